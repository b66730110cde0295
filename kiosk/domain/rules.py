"""When check-in is open, and which scans admit a person: the first arrival, or a repeat."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.domain.clockwatch import needs_date_confirmation
from kiosk.domain.model import CheckinRecord, Event
from kiosk.domain.outcome import Outcome


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


def arrival_outcome(first_arrival: CheckinRecord | None) -> Outcome:
    """What a valid ticket or a name check-in comes to, given the person's first standing
    check-in: `accepted` when there is none, else `already_checked_in` (they may go in; the
    banner shows when and where they first came). Storage applies it inside the transaction
    that writes the row, so the row and the count can never disagree."""
    return Outcome.ACCEPTED if first_arrival is None else Outcome.ALREADY_CHECKED_IN
