"""When check-in is open, and which scans admit a person."""

from __future__ import annotations

from datetime import datetime, timedelta

from kiosk.domain.model import Event


def opens_at(event: Event) -> datetime:
    """Check-in opens this long before the start (doors open before the lecture)."""
    return event.starts_at - timedelta(minutes=event.opens_minutes_before)


def is_open(event: Event, now: datetime) -> bool:
    """Open from `opens_at` on; never closed afterwards, so late-comers are still recorded."""
    return now >= opens_at(event)


def arrived_late(event: Event, at: datetime) -> bool:
    return at > event.starts_at
