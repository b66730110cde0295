"""A safe copy or an export never replaces a file that is not an earlier output of its kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.files.targets import TargetProblem, TargetRefused
from kiosk.services.end_of_day import export, safe_copy
from tests.fakes import open_door


def test_a_backup_never_replaces_another_doors_unmerged_copy(door, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    door.store.backup_to(stick / "door2.db")
    (stick / "door2.key").write_bytes((tmp_path / "event.key").read_bytes())  # for the fixture
    other = open_door(stick / "door2.db", kiosk_id="b2b2b2b2b2b2b2b2")
    other.service.check_in(door.ticket(1))
    other.store.close()
    (stick / "door2.key").unlink()
    before = (stick / "door2.db").read_bytes()
    with pytest.raises(TargetRefused) as refused:
        safe_copy(door.store, stick / "door2.db")
    assert refused.value.problem is TargetProblem.UNMERGED
    assert (stick / "door2.db").read_bytes() == before


def test_a_backup_replaces_its_own_earlier_copy(door, tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    safe_copy(door.store, stick / "copy.db")
    door.service.check_in(door.ticket(1))
    safe_copy(door.store, stick / "copy.db")  # the stick's copy is brought up to date


def test_a_backup_or_export_never_replaces_an_unrelated_file(door, tmp_path: Path) -> None:
    roster = tmp_path / "명단.csv"
    roster.write_text("이름,소속\n김하늘,본청\n", encoding="utf-8-sig")
    other_event = open_door(tmp_path / "other.db")
    other_event.store.close()
    for target in (roster, tmp_path / "other.db"):
        before = target.read_bytes()
        with pytest.raises(TargetRefused):
            safe_copy(door.store, target)
        assert target.read_bytes() == before
    before = roster.read_bytes()
    with pytest.raises(TargetRefused):
        export(door.store, roster, "csv")
    assert roster.read_bytes() == before


def test_an_export_replaces_its_own_earlier_export(door, tmp_path: Path) -> None:
    for fmt in ("csv", "xlsx"):
        export(door.store, tmp_path / f"출석.{fmt}", fmt)
        door.service.check_in(door.ticket(2))
        export(door.store, tmp_path / f"출석.{fmt}", fmt)
