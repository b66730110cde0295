"""Noticing a wrong or jumping wall clock, without trusting the wall clock to notice it.

A kiosk has two clocks: the wall clock (what the log's `at_utc` shows; NTP, a flat CMOS battery
or an operator can move it) and the monotonic clock (which only ever counts elapsed time, and
restarts at every boot). Between two readings of the same boot both should advance alike; when
they disagree by more than a minute, the wall clock was set, and the log row says so. The order
of check-ins never depends on either: it is the per-kiosk sequence number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.model import Event

JUMP_LIMIT_S = 60.0


@dataclass(frozen=True, slots=True)
class ClockReading:
    """Both clocks read together. `boot_id` tells apart runs whose monotonic clocks differ."""

    wall: datetime
    mono_ns: int
    boot_id: str = ""


def jump_between(
    before: ClockReading, after: ClockReading, limit_s: float = JUMP_LIMIT_S
) -> float | None:
    """Seconds the wall clock moved beyond elapsed time (negative: set back), if over the limit.

    None when within the limit, or when the readings come from different runs (their monotonic
    clocks cannot be compared).
    """
    if before.boot_id != after.boot_id:
        return None
    wall_s = (after.wall - before.wall).total_seconds()
    mono_s = (after.mono_ns - before.mono_ns) / 1e9
    drift = wall_s - mono_s
    return drift if abs(drift) > limit_s else None


class ClockWatch:
    """Compares each reading with the previous one; remembers every jump it saw."""

    def __init__(self, limit_s: float = JUMP_LIMIT_S) -> None:
        self.limit_s = limit_s
        self.jumps: list[tuple[ClockReading, float]] = []
        self._last: ClockReading | None = None

    def observe(self, reading: ClockReading) -> float | None:
        """The jump since the previous reading (seconds), or None; the reading becomes the last."""
        last, self._last = self._last, reading
        if last is None:
            return None
        jump = jump_between(last, reading, self.limit_s)
        if jump is not None:
            self.jumps.append((reading, jump))
        return jump

    @property
    def last_jump_s(self) -> float | None:
        return self.jumps[-1][1] if self.jumps else None


def needs_date_confirmation(event: Event, now: datetime) -> bool:
    """True when the machine's date (in the event's time zone) is not the event's day.

    Tickets are checked against the event file's date, never the clock, so a wrong clock turns
    nobody away; but the log's times would be wrong, so the operator must look and confirm.
    """
    zone = event.starts_at.tzinfo
    return now.astimezone(zone).date() != event.day
