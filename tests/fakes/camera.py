"""Cameras for tests: a clock that only moves when told, a scripted camera, QR frames, and a
camera that shows given tickets and then ends by itself (for the screens)."""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, Sequence

import numpy as np
import qrcode
from qrcode.constants import ERROR_CORRECT_M

from kiosk.scanner.source import FrameSource, Read
from kiosk.services.demo_camera import render


class FakeClock:
    """Monotonic seconds that advance only through `advance` or `sleep` (the worker's waits)."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds

    def sleep(self, seconds: float) -> None:
        self.t += seconds
        time.sleep(0.0005)  # let the test thread run (the GIL) without slowing the test


def ticket(n: int) -> str:
    """A ticket-shaped payload: 117 upper-case base32 characters, distinct per n."""
    raw = n.to_bytes(9, "big") + bytes(range(64))
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def qr_image(text: str, ppm: int = 4) -> np.ndarray:
    """The code as a gray image with its 4-module quiet zone, `ppm` pixels per module."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    modules = np.array(qr.get_matrix(), dtype=bool)
    return np.where(np.kron(modules, np.ones((ppm, ppm), bool)), 0, 255).astype(np.uint8)


def scene(
    codes: Sequence[tuple[str, tuple[int, int]]] = (),
    size: tuple[int, int] = (480, 640),
    ppm: int = 4,
) -> np.ndarray:
    """A grey BGR frame with each code (quiet zone included) pasted with its top-left at (x, y)."""
    frame = np.full((*size, 3), 128, np.uint8)
    for text, (x, y) in codes:
        code = qr_image(text, ppm)
        h, w = code.shape
        frame[y : y + h, x : x + w] = code[..., None]
    return frame


def noisy(size: tuple[int, int] = (240, 320), seed: int = 0) -> np.ndarray:
    """A picture with sensor-like noise: never identical to the next one, never black."""
    rng = np.random.default_rng(seed)
    return rng.integers(60, 200, (*size, 3), dtype=np.uint8)


class ScriptedCamera(FrameSource):
    """A camera whose picture and plug state follow a script of fake time.

    `script(t)` returns the frame to show at fake time t (None: unplugged, reads and opens fail).
    Each successful read advances the clock by one frame period. After `end_s` the camera
    reports `finished`, so the worker ends by itself and the test can count what it emitted.
    """

    live = True

    def __init__(
        self,
        clock: FakeClock,
        script: Callable[[float], np.ndarray | None],
        *,
        end_s: float,
        fps: float = 30.0,
    ) -> None:
        self.clock = clock
        self.script = script
        self.end_s = end_s
        self.period = 1.0 / fps
        self.start = clock()
        self.is_open = False
        self.opens = 0

    def _frame(self) -> np.ndarray | None:
        return self.script(self.clock() - self.start)

    def open(self) -> bool:
        self.opens += 1
        self.is_open = self._frame() is not None
        return self.is_open

    def read(self) -> Read:
        self.clock.advance(self.period)
        frame = self._frame() if self.is_open and not self.finished else None
        return (frame is not None), (None if frame is None else frame.copy()), self.clock()

    def close(self) -> None:
        self.is_open = False

    @property
    def finished(self) -> bool:
        return self.clock() - self.start >= self.end_s


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
