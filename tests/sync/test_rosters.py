"""A peer's check-in of someone this door's roster does not hold: taken as a merge takes it.

Red team: door B folded and counted A's row for a serial B's roster lacks, nameless (and B
answered `unknown_attendee` to that person's ticket). A door's file now carries the roster
people its rows name, so B learns whom it counts, as the USB merge would; a serial naming
someone else at B (rosters imported apart) refuses the file, and an arrival of someone named
nowhere (a forged or damaged file) refuses it too: no one counted without a name, and no
repeat warning for someone else.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.domain.model import Attendee
from kiosk.domain.outcome import Outcome
from kiosk.storage.log import _record, row_crc
from kiosk.sync.doorfile import Refusal, decode, door_path, encode
from tests.fakes import PEOPLE
from tests.sync.doors import Kiosk, base_event, kiosk


@pytest.fixture
def doors(tmp_path: Path):
    base = base_event(tmp_path)
    a, b = kiosk(base, tmp_path / "sync", "a"), kiosk(base, tmp_path / "sync", "b")
    yield a, b
    a.close()
    b.close()


def _add(k: Kiosk, name: str, employee_no: str) -> int:
    """One more person on this door's roster only (its serial)."""
    k.door.store.replace_roster(
        [*PEOPLE, Attendee(0, name, "본청", "총무과", "주무관", employee_no)]
    )
    (added,) = [p for p in k.door.store.attendees() if p.name == name]
    return added.serial


def test_a_late_registrant_checked_in_at_a_is_known_and_counted_by_name_at_b(doors) -> None:
    a, b = doors
    serial = _add(a, "한가람", "2000001")
    assert b.door.store.attendee(serial) is None
    assert a.door.service.check_in(a.door.ticket(serial)).outcome is Outcome.ACCEPTED
    a.publisher.publish()
    (folded,) = b.inbox.poll()
    assert folded.rows_new == 1 and folded.people_added == 1
    known = b.door.store.attendee(serial)
    assert known is not None and (known.name, known.affiliation) == ("한가람", "본청")
    repeat = b.door.service.check_in(b.door.ticket(serial))
    assert repeat.outcome is Outcome.ALREADY_CHECKED_IN and repeat.first_door == "a문"
    figures = b.door.service.stats()
    assert figures.arrived == 1 and figures.by_affiliation["본청"][0] == 1
    assert "" not in figures.by_affiliation  # nobody counted without a name


def test_a_serial_naming_someone_else_here_refuses_the_file_and_warns_no_one(doors) -> None:
    a, b = doors
    serial = _add(a, "한가람", "2000001")
    assert _add(b, "윤다온", "3000001") == serial  # the rosters were imported apart
    a.door.service.check_in(a.door.ticket(1))
    a.door.service.check_in(a.door.ticket(serial))
    a.publisher.publish()
    assert b.inbox.poll() == []
    (door,) = b.inbox.status()
    assert (door["refused"], door["folded"]) == (Refusal.CONFLICT, 0)
    assert b.door.store.records() == [] and b.door.store.arrived_count() == 0
    mine = b.door.service.check_in(b.door.ticket(serial))  # 윤다온 arrives at B: no false repeat
    assert mine.outcome is Outcome.ACCEPTED


def test_an_arrival_of_someone_no_roster_names_refuses_the_file(doors) -> None:
    a, b = doors
    a.door.service.check_in(a.door.ticket(2))
    a.publisher.publish()
    path = door_path(a.publisher.sync_dir, a.publisher.kiosk_id, a.door.store.uid)
    door = decode(path.read_bytes())
    (row,) = door.rows
    stranger = (row[0], 2, row[2], "S77", *row[4:-1], 0)
    stranger = (*stranger[:-1], row_crc(_record(stranger)))  # its checksum holds
    path.write_bytes(encode(type(door)(**{**door.__dict__, "rows": [row, stranger]})))
    assert b.inbox.poll() == []
    (status,) = b.inbox.status()
    assert (status["refused"], status["folded"]) == (Refusal.UNKNOWN_PERSON, 0)
    assert b.door.store.records() == [] and b.door.store.arrived_count() == 0
