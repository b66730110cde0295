"""Now/next highlighting and the countdown, with the clock passed in."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from kiosk.domain.agenda import countdown, current_and_next, on_day
from kiosk.domain.model import AgendaItem, Event
from kiosk.domain.sample import KST, sample_event

EVENT = sample_event()


def at(hour: int, minute: int, day: int = 30) -> datetime:
    return datetime(2024, 10, day, hour, minute, tzinfo=KST)


def titles(pair: tuple[AgendaItem | None, AgendaItem | None]) -> tuple[str | None, str | None]:
    """The start times of (current, next), which name the sample items unambiguously."""
    current, following = pair
    return (
        current.starts.strftime("%H:%M") if current else None,
        following.starts.strftime("%H:%M") if following else None,
    )


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(9, 0, day=29), (None, "10:00")),
        (at(9, 59), (None, "10:00")),
        (at(10, 0), ("10:00", "10:30")),
        (at(10, 32), ("10:30", "10:35")),
        (at(11, 0), ("10:35", "11:35")),
        (at(11, 40), ("11:35", "11:55")),
        (at(12, 10), ("11:55", None)),
        (at(12, 25), (None, None)),
        (at(10, 0, day=31), (None, None)),
    ],
)
def test_current_and_next_through_the_day(
    now: datetime, expected: tuple[str | None, str | None]
) -> None:
    assert titles(current_and_next(EVENT, now)) == expected


def test_agenda_times_are_read_in_the_events_time_zone() -> None:
    now_in_utc = datetime(2024, 10, 30, 1, 40, tzinfo=UTC)  # 10:40 in Busan
    assert titles(current_and_next(EVENT, now_in_utc)) == ("10:35", "11:35")


def test_an_agenda_given_out_of_order_is_read_in_time_order() -> None:
    event = Event(
        number=1,
        title="t",
        venue="v",
        starts_at=at(14, 0),
        agenda=(AgendaItem(time(15, 0), "B"), AgendaItem(time(14, 0), "A")),
    )
    current, following = current_and_next(event, at(14, 30))
    assert current is not None and current.title == "A"
    assert following is not None and following.title == "B"


def test_an_event_without_agenda_has_nothing_now_or_next() -> None:
    event = Event(number=1, title="t", venue="v", starts_at=at(14, 0))
    assert current_and_next(event, at(14, 0)) == (None, None)


def test_countdown_to_the_lecture_start() -> None:
    assert countdown(EVENT, at(10, 0)) == timedelta(minutes=30)
    assert countdown(EVENT, at(9, 0, day=29)) == timedelta(days=1, hours=1, minutes=30)
    assert countdown(EVENT, datetime(2024, 10, 30, 1, 29, tzinfo=UTC)) == timedelta(minutes=1)
    assert countdown(EVENT, at(10, 30)) is None
    assert countdown(EVENT, at(11, 0)) is None


def test_a_naive_now_is_refused() -> None:
    with pytest.raises(ValueError):
        current_and_next(EVENT, datetime(2024, 10, 30, 10, 0))
    with pytest.raises(ValueError):
        countdown(EVENT, datetime(2024, 10, 30, 10, 0))


def test_the_demo_moves_the_event_to_another_day_at_the_same_local_times() -> None:
    moved = on_day(EVENT, date(2026, 3, 2))
    assert moved.starts_at == datetime(2026, 3, 2, 10, 30, tzinfo=KST)
    assert moved.agenda == EVENT.agenda
    assert titles(current_and_next(moved, datetime(2026, 3, 2, 10, 40, tzinfo=KST))) == (
        "10:35",
        "11:35",
    )
