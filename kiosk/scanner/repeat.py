"""One scan per stay in view: the same code seen again within a few seconds is not a new scan.

A phone held up for two seconds is decoded in sixty frames; the attendee is checked in once.
The window restarts every time the code is seen, so a code that stays in view (even with a
few unreadable frames in between) is never reported twice, and one shown again after it has
been gone for longer than the window is a new scan (which the kiosk answers "already checked in").
Codes are keyed on their canonical text (kiosk.domain.tickets.canonical_code), so a scanner's
lower-case or Caps Lock rendering of the same ticket is the same scan; anything that is not a
well-formed code is keyed as given.
"""

from __future__ import annotations

from kiosk.domain.tickets import canonical_code

REPEAT_WINDOW_S = 3.0


class RepeatFilter:
    """`accept(text, now)` is True only for a code not seen in the last `window_s` seconds."""

    def __init__(self, window_s: float = REPEAT_WINDOW_S) -> None:
        self.window_s = window_s
        self._last_seen: dict[str, float] = {}

    def accept(self, text: str, now: float) -> bool:
        key = repeat_key(text)
        last = self._last_seen.get(key)
        self._last_seen[key] = now
        if len(self._last_seen) > 256:
            self._forget_before(now - self.window_s)
        return last is None or now - last > self.window_s

    def forget(self, text: str) -> None:
        """Let the next sighting of `text` count as a new scan (e.g. its check-in was not saved)."""
        self._last_seen.pop(repeat_key(text), None)

    def _forget_before(self, cutoff: float) -> None:
        self._last_seen = {t: seen for t, seen in self._last_seen.items() if seen >= cutoff}


def repeat_key(text: str) -> str:
    """What two sightings must share to be one scan: the canonical code, else the text itself."""
    return canonical_code(text) or text
