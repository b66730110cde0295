"""Test doubles for the screens: a camera that shows given codes, then ends by itself."""

from __future__ import annotations

import time
from collections.abc import Sequence

import numpy as np

from kiosk.scanner.source import FrameSource, Read
from kiosk.services.demo_camera import render


class TicketFrames(FrameSource):
    """Shows each code for `frames_each` frames with empty frames between, at about `fps`,
    then reports `finished` so the worker stops by itself."""

    def __init__(
        self, codes: Sequence[str | None], *, frames_each: int = 4, gap: int = 2, fps: float = 60
    ) -> None:
        self._frames: list[np.ndarray] = []
        blank = render(None)
        for code in codes:
            self._frames += [blank] * gap + [render(code)] * frames_each
        self._frames += [blank] * gap
        self._period = 1.0 / fps
        self._index = 0
        self.captured: list[float] = []

    def open(self) -> bool:
        self._index = 0
        return True

    def read(self) -> Read:
        if self.finished:
            return False, None, time.monotonic()
        time.sleep(self._period)
        frame = self._frames[self._index]
        self._index += 1
        now = time.monotonic()
        self.captured.append(now)
        return True, frame.copy(), now

    @property
    def finished(self) -> bool:
        return self._index >= len(self._frames)
