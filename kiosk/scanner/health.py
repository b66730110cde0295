"""Is the camera actually seeing anything? Lost, dark and frozen cameras, told apart in time.

A door camera fails in a few plain ways: the cable is pulled (reads fail), the lens is covered
or the room lights go out (frames are black), or the driver hangs and repeats one picture
(frames are identical). Each is reported once as a state change, so the screen can say what is
wrong instead of silently not scanning. Time comes from the caller, so tests need no waiting.
"""

from __future__ import annotations

import numpy as np

from kiosk.scanner.camera_state import CameraState


class HealthMonitor:
    """Turns frame observations into camera states.

    `dark_level` is the mean grey level (0-255) below which a frame counts as black; a picture
    must stay that dark (or identical) for `dark_after_s` (`frozen_after_s`) before it is
    reported, so a hand passing in front of the lens is not an alarm.
    """

    def __init__(
        self,
        *,
        dark_level: float = 16.0,
        dark_after_s: float = 2.5,
        frozen_after_s: float = 3.0,
        lost_after_failures: int = 3,
        check_frozen: bool = True,
        check_dark: bool = True,
    ) -> None:
        self.dark_level = dark_level
        self.dark_after_s = dark_after_s
        self.frozen_after_s = frozen_after_s
        self.lost_after_failures = lost_after_failures
        self.check_frozen = check_frozen
        self.check_dark = check_dark
        self.state = CameraState.STARTING
        self._failures = 0
        self._dark_since: float | None = None
        self._same_since: float | None = None
        self._last_sample: np.ndarray | None = None

    def frame_read(self, frame: np.ndarray, now: float) -> CameraState | None:
        """Record a good read; returns the new state when it changed."""
        self._failures = 0
        sample = _sample(frame)
        dark = self.check_dark and float(sample.mean()) < self.dark_level
        self._dark_since = (
            (self._dark_since if self._dark_since is not None else now) if dark else None
        )
        same = self._last_sample is not None and np.array_equal(sample, self._last_sample)
        self._same_since = (
            (self._same_since if self._same_since is not None else now) if same else None
        )
        self._last_sample = sample
        return self._set(self._judge(now))

    def _judge(self, now: float) -> CameraState:
        if self._dark_since is not None and now - self._dark_since >= self.dark_after_s:
            return CameraState.DARK
        same_since = self._same_since if self.check_frozen else None
        if same_since is not None and now - same_since >= self.frozen_after_s:
            return CameraState.FROZEN
        return CameraState.LIVE

    def read_failed(self) -> CameraState | None:
        """Record a failed read; after a few in a row the camera is lost."""
        self._failures += 1
        if self._failures >= self.lost_after_failures:
            return self.lost()
        return None

    def lost(self) -> CameraState | None:
        """The source could not be opened or stopped delivering."""
        self._failures = 0
        self._dark_since = self._same_since = None
        self._last_sample = None
        return self._set(CameraState.LOST)

    def ended(self) -> CameraState | None:
        return self._set(CameraState.ENDED)

    def _set(self, state: CameraState) -> CameraState | None:
        if state == self.state:
            return None
        self.state = state
        return state


def _sample(frame: np.ndarray) -> np.ndarray:
    """A sparse grid of pixels: enough to see black or unchanged, ~1/256 of the cost."""
    return np.ascontiguousarray(frame[::16, ::16])
