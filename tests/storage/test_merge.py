"""Merging kiosk files: a union of logs that loses nothing and counts nobody twice.

Kiosks are real copies of one event file (store.backup_to, as the organizer copies it onto each
laptop), each written by the real door service with its own kiosk id and clock.
"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import UTC, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.attendance import Entry, attendance, attendance_of, scan_of
from kiosk.domain.clock import FixedClock
from kiosk.domain.model import Attendee
from kiosk.files.export_csv import csv_bytes
from kiosk.files.export_xlsx import xlsx_bytes
from kiosk.services import end_of_day
from kiosk.services.door import Door, KioskService
from kiosk.services.organizer import create_event
from kiosk.storage.merge import MergeRefused, Refusal
from kiosk.storage.snapshot import snapshot
from kiosk.storage.store import EventStore
from kiosk.wording import end_of_day as wording
from tests.fakes import DOORS_OPEN, PEOPLE, STARTS, make_event, open_door

ROSTER = [*PEOPLE, *(Attendee(n, f"직원{n}", "본청", "총무과") for n in range(6, 11))]


# -- building kiosk files -------------------------------------------------------------------


def _base(directory: Path) -> Path:
    path = directory / "base.db"
    create_event(path, make_event()).close()
    store = EventStore.open(path)
    store.replace_roster(ROSTER)
    store.close()
    return path


def _copy(source: Path, target: Path) -> Path:
    store = EventStore.open(source)
    try:
        return store.backup_to(target)
    finally:
        store.close()


Op = tuple[str, int, int]
ops = st.lists(
    st.tuples(
        st.sampled_from(["checkin", "checkin", "checkin", "walk_in", "undo", "reject", "wait"]),
        st.integers(0, len(ROSTER) - 1),
        st.integers(1, 900),
    ),
    max_size=14,
)


def _run_kiosk(path: Path, kiosk: str, offset_s: int, actions: list[Op]) -> None:
    """One door's day: check-ins, repeats, walk-ins, undos and rejected scans."""
    store = EventStore.open(path)
    clock = FixedClock((DOORS_OPEN + timedelta(seconds=offset_s)).astimezone(UTC))
    service = KioskService(store, clock, Door(kiosk * 4, f"문{kiosk}"))
    for action, who, seconds in actions:
        if action == "checkin":
            service.check_in_person(ROSTER[who].person)
        elif action == "walk_in":
            name = f"현장{kiosk}{chr(0xAC00 + who)}"  # a walk-in's name holds no digits
            service.register_walk_in(name, ROSTER[who].affiliation)
        elif action == "undo":
            recent = service.recent_checkins()
            if recent:
                service.undo(*recent[who % len(recent)][0].key)
        elif action == "reject":
            service.check_in("NOT-A-TICKET")
        clock.advance(seconds)
    store.close()


@dataclass(frozen=True)
class State:
    """What a merged file means: its log rows and the attendance derived from them."""

    rows: frozenset[object]
    arrivals: tuple[Entry, ...]
    people: frozenset[tuple[str, str, str, str]]
    stats: str
    csv: bytes


def _state(path: Path) -> State:
    store = EventStore.open(path)
    try:
        records = store.records()
        present = attendance_of(store.live_arrivals(), records, store.attendees())
        with snapshot(path) as view:  # the export's lean reads give the same attendance
            standing, repeats = view.scans()
            fast = attendance(standing, repeats, view.identities())
        assert sorted(standing) == sorted(map(scan_of, store.live_arrivals()))
        assert fast == present
        return State(
            rows=frozenset(records),
            arrivals=tuple(present),
            people=frozenset(
                (a.person, a.name, a.affiliation, a.department) for a in store.attendees()
            ),
            stats=repr(end_of_day.export_data(store).stats),
            csv=csv_bytes(end_of_day.export_data(store)),
        )
    finally:
        store.close()


def _xlsx(path: Path) -> bytes:
    store = EventStore.open(path)
    try:
        return xlsx_bytes(end_of_day.export_data(store))
    finally:
        store.close()


def _merged(directory: Path, name: str, target: Path, *sources: Path) -> Path:
    out = _copy(target, directory / f"{name}.db")
    store = EventStore.open(out)
    try:
        end_of_day.merge(store, list(sources))
    finally:
        store.close()
    return out


# -- the properties -------------------------------------------------------------------------


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    days=st.lists(st.tuples(st.integers(-7200, 7200), ops), min_size=3, max_size=3),
)
def test_merge_is_commutative_associative_idempotent_and_loses_nothing(days) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        base = _base(d)
        a, b, c = (_copy(base, d / f"{k}.db") for k in "abc")
        for path, kiosk, (offset, actions) in zip((a, b, c), "ABC", days, strict=True):
            _run_kiosk(path, kiosk, offset, actions)

        ab, ba = _merged(d, "ab", a, b), _merged(d, "ba", b, a)
        assert _state(ab) == _state(ba)
        assert _xlsx(ab) == _xlsx(ba)  # the office gets the same file whatever the order

        left = _merged(d, "ab_c", ab, c)
        right = _merged(d, "a_bc", a, _merged(d, "bc", b, c))
        assert _state(left) == _state(right)

        assert _state(_merged(d, "aa", a, _copy(a, d / "a2.db"))) == _state(a)

        everything = _state(left).rows
        for source in (a, b, c):
            assert _state(source).rows <= everything  # no check-in lost
        each = [len(_state(p).rows) for p in (a, b, c)]
        base_rows = len(_state(base).rows)
        assert len(everything) == sum(each) - 2 * base_rows  # nothing counted twice
        people = [entry.person for entry in _state(left).arrivals]
        assert len(people) == len(set(people))  # each person once, with all doors


# -- what a merge reports and refuses -------------------------------------------------------


def _two_doors(tmp_path: Path) -> tuple[Path, Path]:
    """The same person at two doors, and a walk-in at the back door."""
    base = _base(tmp_path)
    back = _copy(base, tmp_path / "back.db")
    front = open_door(base, kiosk_id="f" * 16, door="정문")
    front.service.check_in_person("S1")
    front.store.close()
    store = EventStore.open(back)  # a kiosk holds no signing key: no tickets needed here
    clock = FixedClock((DOORS_OPEN - timedelta(seconds=60)).astimezone(UTC))
    rear = KioskService(store, clock, Door("b" * 16, "후문"))
    rear.check_in_person("S1")
    clock.advance(600)
    rear.check_in_person("S1")  # a repeat at the same door
    rear.register_walk_in("정하늘", "본청", "예산과")
    store.close()
    return base, back


def test_merge_reports_what_came_in_and_lists_every_door(tmp_path: Path) -> None:
    here, other = _two_doors(tmp_path)
    store = EventStore.open(here)
    report = end_of_day.merge(store, [other])
    (source,) = report.sources
    assert (source.rows_new, source.rows_present, source.walk_ins_added) == (3, 0, 1)
    present = {a.person: a for a in attendance_of(store.live_arrivals(), store.records())}
    assert present["S1"].door == "후문"  # the earlier of the two accepted scans
    assert present["S1"].doors == ("후문", "정문")
    walk_in = next(a for a in store.attendees() if a.walk_in)
    assert (walk_in.name, walk_in.affiliation) == ("정하늘", "본청")
    again = end_of_day.merge(store, [other])
    assert (again.rows_new, again.sources[0].rows_present) == (0, 3)
    store.close()


def test_merge_never_writes_to_its_sources(tmp_path: Path) -> None:
    here, other = _two_doors(tmp_path)
    before = other.read_bytes()
    store = EventStore.open(here)
    end_of_day.merge(store, [other])
    store.close()
    assert other.read_bytes() == before
    assert not Path(f"{other}-wal").exists()


def _refusal(store: EventStore, path: Path) -> Refusal:
    before = store.records()
    with pytest.raises(MergeRefused) as refused:
        end_of_day.merge(store, [path])
    assert store.records() == before  # nothing changed
    assert wording.describe(refused.value)
    return refused.value.reason


def test_merge_refuses_this_very_file(tmp_path: Path) -> None:
    here, _ = _two_doors(tmp_path)
    store = EventStore.open(here)
    assert _refusal(store, here) is Refusal.SAME_FILE
    link = tmp_path / "link.db"
    link.hardlink_to(here)
    assert _refusal(store, link) is Refusal.SAME_FILE
    store.close()


def test_merge_refuses_another_event(tmp_path: Path) -> None:
    here, _ = _two_doors(tmp_path)
    other = tmp_path / "other.db"
    create_event(other, make_event(number=77)).close()
    store = EventStore.open(here)
    assert _refusal(store, other) is Refusal.OTHER_EVENT
    message = wording.describe(MergeRefused(other, Refusal.OTHER_EVENT))
    assert "다른 행사" in message
    store.close()


def test_merge_refuses_a_file_whose_rows_were_changed(tmp_path: Path) -> None:
    here, other = _two_doors(tmp_path)
    with sqlite3.connect(other) as raw:
        raw.execute("DROP TRIGGER checkin_no_update")
        raw.execute("UPDATE checkin SET at_utc = ? WHERE seq = 1", (STARTS.isoformat(),))
    raw.close()
    store = EventStore.open(here)
    assert _refusal(store, other) is Refusal.DAMAGED
    store.close()


def test_merge_refuses_a_broken_file_and_nothing_is_half_merged(tmp_path: Path) -> None:
    here, other = _two_doors(tmp_path)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    store = EventStore.open(here)
    before = store.records()
    with pytest.raises(MergeRefused):
        end_of_day.merge(store, [other, junk])  # the good one is not merged alone
    assert store.records() == before
    store.close()
