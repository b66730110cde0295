"""The one repeat gate: the same code seen again within a few seconds is not a new scan.

A phone held up for two seconds is decoded in sixty frames; the attendee is checked in once.
The window restarts every time the code is seen, so a code that stays in view (even with a
few unreadable frames in between) is never reported twice, and one shown again after it has
been gone for longer than the window is a new scan (which the kiosk answers "already checked in").
Codes are keyed on their canonical text (kiosk.domain.tickets.canonical_code), so a scanner's
lower-case or Caps Lock rendering of the same ticket is the same scan; anything that is not a
well-formed code is keyed as given.

One gate serves every way a code comes in: the camera thread asks it for each decoded code and
the keyboard wedge for each typed one (kiosk.app hands both the same gate), so a ticket shown to
the camera and then to the USB scanner within the window is one scan. When the kiosk could not
record a scan, `forget` lets the next sighting through at once.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from kiosk.domain.tickets import canonical_code

REPEAT_WINDOW_S = 3.0


class RepeatGate:
    """`new_scan(text)` is True only for a code not seen in the last `window_s` seconds.

    Safe to share between the camera thread and the GUI thread. Time comes from `clock`, or
    from the caller (`now`) where sightings carry their own time (frames of a video file).
    """

    def __init__(
        self, window_s: float = REPEAT_WINDOW_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.window_s = window_s
        self._clock = clock
        self._lock = threading.Lock()
        self._last_seen: dict[str, float] = {}

    def new_scan(self, text: str, now: float | None = None) -> bool:
        key = repeat_key(text)
        seen = self._clock() if now is None else now
        with self._lock:
            last = self._last_seen.get(key)
            self._last_seen[key] = seen
            if len(self._last_seen) > 256:
                self._forget_before(seen - self.window_s)
        return last is None or seen - last > self.window_s

    def forget(self, text: str) -> None:
        """Let the next sighting of `text` count as a new scan (its check-in was not saved)."""
        with self._lock:
            self._last_seen.pop(repeat_key(text), None)

    def _forget_before(self, cutoff: float) -> None:
        self._last_seen = {t: seen for t, seen in self._last_seen.items() if seen >= cutoff}


def repeat_key(text: str) -> str:
    """What two sightings must share to be one scan: the canonical code, else the text itself."""
    return canonical_code(text) or text
