"""An event file from the first release opens in this one, and gives up e-mail and phone numbers."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.storage.schema import SCHEMA_V1
from kiosk.storage.store import EventStore

EMAIL = b"minsu.kim@example.org"
PHONE = b"010-0123-4567"


def _v1_file(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        for statement in SCHEMA_V1:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO event (id, uid, number, title, starts_at, created_at)"
            " VALUES (1, 'u1', 7, '특강', '2024-10-30T10:30:00+09:00', '2024-10-01')"
        )
        conn.execute(
            "INSERT INTO attendee (ref, serial, name, affiliation, phone, email, generation)"
            " VALUES ('S3', 3, '김민수', '본청', ?, ?, 0)",
            (PHONE.decode(), EMAIL.decode()),
        )
        conn.execute("PRAGMA user_version = 1")


def test_a_first_release_file_keeps_its_people_and_drops_their_contacts(tmp_path: Path) -> None:
    path = tmp_path / "event.db"
    _v1_file(path)
    store = EventStore.open(path)
    person = store.attendee(3)
    assert person is not None and person.name == "김민수"
    assert (person.email, person.phone) == ("", "4567")
    store.close()
    for leftover in (path, tmp_path / "event.db.v1.bak"):
        raw = leftover.read_bytes()
        assert EMAIL not in raw and PHONE not in raw, leftover


def test_a_new_serial_never_reuses_a_first_release_serial(tmp_path: Path) -> None:
    path = tmp_path / "event.db"
    _v1_file(path)
    store = EventStore.open(path)
    from kiosk.domain.model import Attendee

    store.replace_roster([Attendee(0, "이서연", "본청")])
    assert {a.serial for a in store.attendees()} == {4}
    store.close()
