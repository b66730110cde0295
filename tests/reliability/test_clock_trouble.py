"""Clock trouble: a wrong date must be confirmed; a jump during the day is noted, never reorders."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.domain.clockwatch import (
    ClockReading,
    ClockWatch,
    jump_between,
    needs_date_confirmation,
)
from kiosk.domain.outcome import Outcome
from tests.fakes import DOORS_OPEN, KST, make_event, open_door

T0 = datetime(2024, 10, 30, 1, 0, tzinfo=UTC)
S = 1_000_000_000


def reading(wall_s: float, mono_s: float, boot: str = "b1") -> ClockReading:
    return ClockReading(T0 + timedelta(seconds=wall_s), int(mono_s * S), boot)


@pytest.mark.parametrize(
    ("wall_s", "mono_s", "expected"),
    [
        (300, 300, None),  # both clocks advanced alike
        (359, 300, None),  # 59 s of drift: NTP slewing, not a jump
        (361, 300, 61.0),  # set forward by a minute
        (300 - 3600, 300, -3600.0),  # set back an hour
        (86_400, 60, 86_340.0),  # a wrong CMOS date corrected by a day
    ],
)
def test_a_jump_is_the_wall_clock_moving_beyond_elapsed_time(wall_s, mono_s, expected) -> None:
    assert jump_between(reading(0, 0), reading(wall_s, mono_s)) == expected


def test_readings_from_different_runs_are_not_compared() -> None:
    # After a restart the monotonic clock starts again: its difference means nothing.
    assert jump_between(reading(0, 5000, "run1"), reading(7200, 3, "run2")) is None


def test_the_watch_flags_each_jump_once_and_remembers_it() -> None:
    watch = ClockWatch()
    steps = [(0, 0), (10, 10), (-3580, 20), (-3570, 30)]
    flagged = [watch.observe(reading(w, m)) for w, m in steps]
    assert flagged == [None, None, -3600.0, None]
    assert watch.last_jump_s == -3600.0 and len(watch.jumps) == 1


@pytest.mark.parametrize(
    ("local_now", "confirm"),
    [
        (datetime(2024, 10, 30, 7, 0, tzinfo=KST), False),
        (datetime(2024, 10, 30, 23, 59, tzinfo=KST), False),
        (datetime(2024, 10, 29, 23, 59, tzinfo=KST), True),
        (datetime(2024, 10, 31, 0, 0, tzinfo=KST), True),
        (datetime(2000, 1, 1, 9, 0, tzinfo=KST), True),  # a flat CMOS battery
        # 2024-10-29 22:00 UTC is already the event's day in Seoul.
        (datetime(2024, 10, 29, 22, 0, tzinfo=UTC), False),
    ],
)
def test_a_system_date_off_the_event_day_needs_the_operators_confirmation(
    local_now: datetime, confirm: bool
) -> None:
    assert needs_date_confirmation(make_event(), local_now) is confirm


def test_a_clock_set_back_an_hour_is_recorded_and_does_not_reorder(tmp_path: Path) -> None:
    door = open_door(tmp_path / "event.db")
    try:
        first = door.service.check_in(door.ticket(1))
        door.clock.advance(30)
        door.clock.current -= timedelta(hours=1)  # NTP steps the wall clock back; mono goes on
        door.clock.mono += 5 * S
        later = door.service.check_in(door.ticket(3))
        door.clock.advance(30)
        again = door.service.check_in(door.ticket(1))
    finally:
        door.store.close()
    assert later.record.seq > first.record.seq  # the log's order is the kiosk's, not the clock's
    assert later.at < first.at  # (the wall times alone would put it first)
    assert json.loads(later.record.details) == {"clock_jump_s": -3605.0}
    assert again.outcome is Outcome.ALREADY_CHECKED_IN
    assert again.first_at == first.at and again.record.seq > later.record.seq
    assert again.record.details == ""  # no new jump since the previous row
    assert door.service.clock_watch.last_jump_s == -3605.0


def test_the_jump_note_survives_in_the_file_and_keeps_a_walk_ins_details(tmp_path: Path) -> None:
    door = open_door(tmp_path / "event.db")
    door.service.check_in(door.ticket(2))
    door.clock.current += timedelta(days=1)
    walk_in = door.service.register_walk_in("한가람", "본청")
    door.store.close()
    reopened = open_door(tmp_path / "event.db")
    try:
        stored = reopened.store.record(walk_in.record.kiosk_id, walk_in.record.seq)
        assert reopened.store.integrity_problems() == []  # the row's checksum covers the note
    finally:
        reopened.store.close()
    facts = json.loads(stored.details)
    assert facts["name"] == "한가람" and facts["affiliation"] == "본청"
    assert facts["clock_jump_s"] == 86_400.0


def test_the_open_window_follows_the_clock_but_a_ticket_follows_the_event_date(
    tmp_path: Path,
) -> None:
    """A clock a day early is a wrong date, not a reason to turn a valid ticket away as another
    event's: the ticket's day is checked against the event file."""
    early = DOORS_OPEN + timedelta(days=1)
    door = open_door(tmp_path / "event.db")
    door.clock.current = early.astimezone(UTC)
    try:
        result = door.service.check_in(door.ticket(4))
    finally:
        door.store.close()
    assert result.outcome is Outcome.ACCEPTED
    assert needs_date_confirmation(door.service.event, door.clock.now())


def test_a_confirmed_clock_a_year_behind_admits_valid_tickets_and_the_log_keeps_it(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A flat CMOS battery: the clock shows last year. Before the operator confirms, the kiosk
    says `not_open_yet` as before; after, the ticket admits and each row says so."""
    behind = DOORS_OPEN.replace(year=2023)
    door = open_door(tmp_path / "event.db")
    door.clock.current = behind.astimezone(UTC)
    try:
        before = door.service.check_in(door.ticket(1))
        with caplog.at_level("WARNING", logger="kiosk.services.door"):
            door.service.confirm_clock()
        after = door.service.check_in(door.ticket(1))
        forged = door.service.check_in("A" * 117)
        stored = door.store.record(after.record.kiosk_id, after.record.seq)
    finally:
        door.store.close()
    assert before.outcome is Outcome.NOT_OPEN_YET
    assert before.record.details == ""
    assert after.outcome is Outcome.ACCEPTED
    assert json.loads(stored.details) == {"clock_confirmed": "2023-10-30"}
    assert json.loads(forged.record.details) == {"clock_confirmed": "2023-10-30"}
    assert forged.outcome is not Outcome.ACCEPTED  # confirming opens the door, not the check
    assert any("2023-10-30" in r.getMessage() for r in caplog.records)


def test_a_confirmed_clock_on_the_event_day_keeps_the_opening_time(tmp_path: Path) -> None:
    """The confirmation only matters while the clock is off the event's day: once it shows the
    right day again, the doors' opening time applies as always."""
    door = open_door(tmp_path / "event.db")
    door.clock.current = (DOORS_OPEN - timedelta(hours=3)).astimezone(UTC)
    try:
        door.service.confirm_clock()
        result = door.service.check_in(door.ticket(2))
    finally:
        door.store.close()
    assert result.outcome is Outcome.NOT_OPEN_YET
