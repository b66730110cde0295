"""When check-in is open, and which scans admit a person."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.domain.clockwatch import needs_date_confirmation
from kiosk.domain.model import Event


def opens_at(event: Event) -> datetime:
    """Check-in opens this long before the start (doors open before the lecture)."""
    return event.starts_at - timedelta(minutes=event.opens_minutes_before)


def is_open(event: Event, now: datetime, *, clock_confirmed: bool = False) -> bool:
    """Open from `opens_at` on; never closed afterwards, so late-comers are still recorded.

    Once the operator has confirmed a clock that is off the event's day, the clock cannot tell
    the hour either (a flat CMOS battery resets the time of day with the date), so check-in is
    simply open: the operator at the door is the judge, and a wrong clock turns nobody away.
    """
    if clock_confirmed and needs_date_confirmation(event, now):
        return True
    return now >= opens_at(event)


def arrived_late(event: Event, at: datetime) -> bool:
    return at > event.starts_at
