"""The event file: durable settings, an append-only log, a roster that never loses a check-in."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.domain.model import Attendee
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore
from tests.fakes import PEOPLE, open_door


def test_the_file_is_opened_in_wal_mode_with_full_sync(door) -> None:
    conn = door.store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_the_log_refuses_updates_and_deletes(door) -> None:
    door.service.check_in(door.ticket(1))
    conn = door.store._conn
    for statement in ("UPDATE checkin SET door = 'x'", "DELETE FROM checkin"):
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            conn.execute(statement)
    assert len(door.store.records()) == 1


def test_rows_carry_utc_and_monotonic_time(door) -> None:
    door.clock.advance(5)
    door.service.check_in(door.ticket(1))
    row = door.store.records()[0]
    assert row.at_utc.utcoffset().total_seconds() == 0
    assert row.mono_ns == door.clock.mono
    assert row.boot_id == "test-boot"


def test_a_new_roster_keeps_everyone_already_checked_in(door) -> None:
    door.service.check_in(door.ticket(2))
    change = door.store.replace_roster([PEOPLE[0], PEOPLE[2]])
    assert (change.kept_off_roster, change.removed, change.unchanged) == (1, 2, 2)
    kept = door.store.attendee(2)
    assert kept is not None and not kept.on_roster
    assert door.store.first_arrival("S2") is not None
    assert door.store.expected_count() == 2


def test_rows_without_a_serial_keep_the_serial_of_the_same_person(door) -> None:
    renamed_dept = Attendee(0, "박서연", "본청", "재정과", "사무관", "1000003")
    newcomer = Attendee(0, "한가람", "본청", "총무과")
    door.store.replace_roster([*PEOPLE[:2], renamed_dept, *PEOPLE[3:], newcomer])
    assert door.store.attendee(3).department == "재정과"  # matched by employee number
    assert door.store.attendee(6).name == "한가람"


def test_a_damaged_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "event.db"
    open_door(path).store.close()
    data = bytearray(path.read_bytes())
    data[4096 : 4096 + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    with pytest.raises(StorageError) as failure:
        EventStore.open(path)
    assert failure.value.problem is Problem.CORRUPT
    assert path.read_bytes() == bytes(data)


def test_a_file_that_is_not_an_event_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x)")
    with pytest.raises(StorageError) as failure:
        EventStore.open(other)
    assert failure.value.problem is Problem.NOT_AN_EVENT
    with pytest.raises(StorageError) as missing:
        EventStore.open(tmp_path / "nope.db")
    assert missing.value.problem is Problem.MISSING


def test_a_backup_is_a_complete_copy_made_while_open(door, tmp_path: Path) -> None:
    door.service.check_in(door.ticket(1))
    (tmp_path / "usb").mkdir()
    copy = door.store.backup_to(tmp_path / "usb" / "copy.db")
    door.service.check_in(door.ticket(3))  # the kiosk keeps writing
    other = EventStore.open(copy)
    assert [r.person for r in other.records()] == ["S1"]
    assert other.uid == door.store.uid
    other.close()


def test_silent_damage_to_a_row_is_caught_by_its_checksum(door, tmp_path: Path) -> None:
    door.service.check_in(door.ticket(1))
    copy = door.store.backup_to(tmp_path / "copy.db")
    with sqlite3.connect(copy) as conn:
        conn.execute("DROP TRIGGER checkin_no_update")
        conn.execute("UPDATE checkin SET door = '후문'")
    tampered = EventStore.open(copy)
    assert any("checksum" in p for p in tampered.integrity_problems())
    tampered.close()
    assert door.store.integrity_problems() == []
