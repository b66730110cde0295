"""End of day from the command line and the operator's use cases: export, merge, safe copy."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path

import openpyxl
import pytest

from kiosk.cli import run
from kiosk.domain.attendance import attendance_of
from kiosk.domain.clock import FixedClock
from kiosk.domain.model import Attendee
from kiosk.files.export_csv import EncodingRefused
from kiosk.services import end_of_day
from kiosk.services.door import Door, KioskService
from kiosk.services.organizer import create_event
from kiosk.storage.store import EventStore
from kiosk.wording import end_of_day as wording
from tests.fakes import DOORS_OPEN, make_event, open_door


def kiosk(data: Path, event: Path, *args: str) -> int:
    return run(["--data-dir", str(data), "--event", str(event), "--lang", "ko", *args])


def _checked_in(tmp_path: Path, *serials: int) -> Path:
    door = open_door(tmp_path / "event.db")
    for serial in serials:
        door.service.check_in(door.ticket(serial))
        door.clock.advance(30)
    door.store.close()
    return tmp_path / "event.db"


def test_export_command_writes_xlsx_and_csv_and_names_the_digest(tmp_path, capsys) -> None:
    event = _checked_in(tmp_path, 1, 3)
    assert kiosk(tmp_path / "d", event, "export", "--out", str(tmp_path / "a.xlsx")) == 0
    printed = capsys.readouterr().out
    assert "2명" in printed and "SHA-256" in printed
    assert openpyxl.load_workbook(tmp_path / "a.xlsx")["출석 명단"].max_row == 3
    args = ("export", "--out", str(tmp_path / "a.txt"), "--format", "csv")
    assert kiosk(tmp_path / "d", event, *args) == 0
    assert (tmp_path / "a.txt").read_bytes().startswith(b"\xef\xbb\xbf")


def test_export_command_refuses_cp949_loudly_and_writes_nothing(tmp_path, capsys) -> None:
    door = open_door(tmp_path / "event.db")
    door.store.replace_roster([*door.store.attendees(), Attendee(6, "김😀수", "본청")])
    door.service.check_in(door.ticket(6))
    door.store.close()
    out = tmp_path / "a.csv"
    args = ("export", "--out", str(out), "--encoding", "cp949")
    assert kiosk(tmp_path / "d", tmp_path / "event.db", *args) == 1
    message = capsys.readouterr().err
    assert "번호 1" in message and "이름" in message and "U+1F600" in message
    assert not out.exists()


def test_stats_json_and_the_export_summary_agree(tmp_path, capsys) -> None:
    event = _checked_in(tmp_path, 1, 2, 4)
    assert kiosk(tmp_path / "d", event, "stats", "--json") == 0
    printed = json.loads(capsys.readouterr().out)
    store = EventStore.open(event)
    assert end_of_day.export_data(store).stats.as_json() == printed
    store.close()


def _kiosk_copy(event: Path, target: Path, kiosk_id: str, door: str, serials: list[int]) -> Path:
    """A copy of the event file on another door's kiosk, where `serials` arrive."""
    source = EventStore.open(event)
    source.backup_to(target)
    source.close()
    store = EventStore.open(target)
    clock = FixedClock((DOORS_OPEN + timedelta(minutes=3)).astimezone(UTC))
    service = KioskService(store, clock, Door(kiosk_id, door))
    for serial in serials:
        service.check_in_person(f"S{serial}")
    store.close()
    return target


def test_merge_command_folds_two_doors_into_one_attendance(tmp_path, capsys) -> None:
    event = _checked_in(tmp_path, 1, 2)
    back = _kiosk_copy(event, tmp_path / "back.db", "b" * 16, "후문", [2, 3])
    assert kiosk(tmp_path / "d", event, "merge", str(back)) == 0
    assert "새 기록 2건" in capsys.readouterr().out
    store = EventStore.open(event)
    present = {a.person: a.doors for a in attendance_of(store.live_arrivals(), store.records())}
    assert present == {"S1": ("정문",), "S2": ("정문", "후문"), "S3": ("후문",)}
    store.close()


def test_merge_command_refuses_another_event_and_changes_nothing(tmp_path, capsys) -> None:
    event = _checked_in(tmp_path, 1)
    other = tmp_path / "other.db"
    create_event(other, make_event(number=4242)).close()
    assert kiosk(tmp_path / "d", event, "merge", str(other)) == 1
    assert "다른 행사" in capsys.readouterr().err
    store = EventStore.open(event)
    assert len(store.records()) == 1
    store.close()


def test_safe_copy_while_the_kiosk_keeps_recording(tmp_path: Path) -> None:
    door = open_door(tmp_path / "event.db")
    door.service.check_in(door.ticket(1))
    copy = end_of_day.safe_copy(door.store, tmp_path / "copy.db")
    door.service.check_in(door.ticket(2))  # the kiosk goes on after the copy
    saved = EventStore.open(copy)
    assert saved.integrity_problems() == []
    assert [r.person for r in saved.records()] == ["S1"]
    saved.close()
    assert [r.person for r in door.store.records()] == ["S1", "S2"]
    door.store.close()


def test_backup_command_still_writes_a_copy(tmp_path: Path) -> None:
    event = _checked_in(tmp_path, 1)
    assert kiosk(tmp_path / "d", event, "backup", "--out", str(tmp_path / "copy.db")) == 0
    copy = EventStore.open(tmp_path / "copy.db")
    assert len(copy.records()) == 1
    copy.close()


def test_the_default_export_name_carries_event_date_and_purpose(tmp_path: Path) -> None:
    store = EventStore.open(_checked_in(tmp_path))
    assert end_of_day.default_export_name(store, "csv") == "테스트-특강-2024-10-30-출석확인.csv"
    store.close()


def test_export_to_a_missing_folder_fails_instead_of_creating_it(tmp_path, capsys) -> None:
    event = _checked_in(tmp_path, 1)
    out = tmp_path / "usb-not-mounted" / "a.xlsx"
    assert kiosk(tmp_path / "d", event, "export", "--out", str(out)) == 1
    assert "내보내지 못했습니다" in capsys.readouterr().err
    assert not out.parent.exists()


def test_a_cp949_refusal_names_the_heading_line_too(tmp_path: Path) -> None:
    store = EventStore.open(_checked_in(tmp_path, 1))
    store.update_event(replace(store.event(), title="특강 ✨"))
    with pytest.raises(EncodingRefused) as refused:
        end_of_day.export(store, tmp_path / "a.csv", encoding="cp949")
    assert wording.describe(refused.value).splitlines()[1:] == ["  머리말 행사: '✨' (U+2728)"]
    store.close()
