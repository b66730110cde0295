"""What is on now, what comes next, and how long until the lecture starts.

Agenda times are wall-clock times on the event's day in the event's own time zone, so a kiosk
whose clock runs in UTC still highlights the right item. `now` is always passed in.
"""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

from kiosk.domain.model import AgendaItem, Event

# The agenda gives start times only; the last item is taken to last this long.
LAST_ITEM_LENGTH = timedelta(minutes=30)


def item_start(event: Event, item: AgendaItem) -> datetime:
    """The moment an agenda item starts, as an aware datetime in the event's time zone."""
    return datetime.combine(event.day, item.starts, tzinfo=event.starts_at.tzinfo)


def timeline(event: Event) -> list[tuple[datetime, AgendaItem]]:
    """The agenda in time order with each item's start (items at the same time keep their order)."""
    return sorted(((item_start(event, item), item) for item in event.agenda), key=lambda p: p[0])


def current_and_next(
    event: Event, now: datetime, last_item_length: timedelta = LAST_ITEM_LENGTH
) -> tuple[AgendaItem | None, AgendaItem | None]:
    """The item under way at `now` (None before the first and after the last has ended),
    and the next item to start (None once the last one has started)."""
    _require_aware(now)
    current: AgendaItem | None = None
    items = timeline(event)
    for index, (start, item) in enumerate(items):
        if start > now:
            return current, item
        current = item
        is_last = index == len(items) - 1
        if is_last and now >= start + last_item_length:
            current = None
    return current, None


def countdown(event: Event, now: datetime) -> timedelta | None:
    """Time left until the lecture starts (`event.starts_at`), or None once it has started."""
    _require_aware(now)
    left = event.starts_at - now
    return left if left > timedelta(0) else None


def on_day(event: Event, day: date) -> Event:
    """The same event moved to another day at the same local times (the demo runs it today)."""
    starts_at = datetime.combine(day, event.starts_at.timetz())
    return dataclasses.replace(event, starts_at=starts_at)


def _require_aware(now: datetime) -> None:
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
