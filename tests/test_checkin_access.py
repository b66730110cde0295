"""How each check-in was made, the event's name check-in mode and the volunteer code.

Scanning is open to everyone; a name check-in records which unlock opened it, a walk-in needs a
name that looks like a name, and the organizer sets the mode and the code from the command line.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from kiosk.cli import run
from kiosk.domain.access import NameCheckin, Unlock, how_of, phone_proves
from kiosk.services.volunteer_codes import VolunteerCodes
from kiosk.storage.store import EventStore
from tests.fakes import open_door


def test_each_row_says_how_the_check_in_was_made(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    scanned = door.service.check_in(door.ticket(1), how="scanner")
    by_name = door.service.check_in_person("S3", Unlock.PHONE)
    walk_in = door.service.register_walk_in("정하늘", "본청")
    assert how_of(scanned.record.details) == ("scanner", "")
    assert how_of(by_name.record.details) == ("name", "phone")
    assert how_of(walk_in.record.details)[0] == "walk_in"
    assert json.loads(walk_in.record.details)["name"] == "정하늘"  # merges still rebuild it


def test_the_operator_lists_every_name_check_in_still_standing(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    door.service.check_in(door.ticket(1), how="qr")
    first = door.service.check_in_person("S3", Unlock.VOLUNTEER)
    door.service.check_in_person("S4", Unlock.PHONE)
    door.service.undo(first.record.kiosk_id, first.record.seq)
    listed = door.service.name_checkins()
    assert [a.person for _, a in listed if a] == ["S4"]


def test_a_walk_in_whose_name_is_not_a_name_is_refused_and_nothing_is_written(
    tmp_path: Path,
) -> None:
    door = open_door(tmp_path / "e.db")
    for bad in ("1", "김민수😀", "김" * 41):
        with pytest.raises(ValueError):
            door.service.register_walk_in(bad, "본청")
    assert door.service.arrived_count() == 0


def test_a_duplicate_walk_in_is_found_before_it_is_made(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    assert door.service.same_person("박서연", "본청") is not None  # on the roster
    assert door.service.same_person("정하늘", "본청") is None
    door.service.register_walk_in("정하늘", "본청")
    assert door.service.same_person("정 하늘", "본청") is not None  # an earlier walk-in


def test_phone_digits_prove_only_the_person_with_that_phone(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    first, third = door.store.attendee(1), door.store.attendee(3)
    assert first is not None and third is not None
    assert phone_proves(first, "1234")
    assert not phone_proves(first, "5678")
    assert not phone_proves(third, "")  # no phone on the roster: a volunteer is needed


def _cli(tmp_path: Path, event: Path, monkeypatch, *args: str, stdin: bytes = b"") -> int:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    return run(["--data-dir", str(tmp_path / "data"), "--event", str(event), *args])


def test_the_organizer_sets_the_volunteer_code_and_the_mode(
    tmp_path: Path, monkeypatch, capsys
) -> None:
    event = tmp_path / "e.db"
    open_door(event).store.close()
    assert _cli(tmp_path, event, monkeypatch, "volunteer-code", "set", stdin=b"4821\n") == 0
    assert _cli(tmp_path, event, monkeypatch, "event", "set", "--name-checkin", "self-service") == 0
    store = EventStore.open(event)
    try:
        assert VolunteerCodes(store).matches("4821")
        assert not VolunteerCodes(store).matches("4822")
        door = open_door(event)
        assert door.service.name_checkin() is NameCheckin.SELF_SERVICE
        door.store.close()
    finally:
        store.close()
    assert "4821" not in capsys.readouterr().out


@pytest.mark.parametrize("typed", [b"12\n", b"1234567\n", b"abcd\n", b"\n"])
def test_a_volunteer_code_that_is_not_4_to_6_digits_is_refused(
    tmp_path: Path, monkeypatch, capsys, typed: bytes
) -> None:
    event = tmp_path / "e.db"
    open_door(event).store.close()
    assert _cli(tmp_path, event, monkeypatch, "volunteer-code", "set", stdin=typed) == 1
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    store = EventStore.open(event)
    try:
        assert not VolunteerCodes(store).is_set()
    finally:
        store.close()


def test_without_a_setting_the_event_is_staffed(tmp_path: Path) -> None:
    assert open_door(tmp_path / "e.db").service.name_checkin() is NameCheckin.STAFFED
