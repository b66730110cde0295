"""Exports read back as an office would open them: no formula anywhere, Korean intact."""

from __future__ import annotations

import csv
import hashlib
import io
import re
import zipfile
from datetime import UTC
from pathlib import Path

import openpyxl
import pytest

from kiosk.domain.model import Attendee
from kiosk.files.export_csv import EncodingRefused
from kiosk.files.safe_text import FORMULA_STARTS
from kiosk.services import end_of_day
from kiosk.services.door import Door, KioskService
from kiosk.wording import end_of_day as wording
from tests.fakes import STARTS, OpenDoor, open_door

HOSTILE = (
    "=1+2",
    "+cmd|' /C calc'!A0",
    "-1",
    "@SUM(A1:A9)",
    "\t=1+2",
    "\r=1+2",
    "\n=1+2",
    '＝HYPERLINK("http://x")',
    "＋1",
    "－1",
    "＠SUM(1)",
    "\x00=1+2",
    "\x01=1+2",
    '=HYPERLINK("http://x","클릭")',
)


def _hostile_roster() -> list[Attendee]:
    return [
        Attendee(i, name, f"{name}소속", name, name, phone="010-0000-0000", email="a@b.kr")
        for i, name in enumerate(HOSTILE, start=1)
    ]


@pytest.fixture
def hostile(tmp_path: Path):
    """Every hostile person checked in, at two doors; a hostile walk-in too."""
    front = open_door(tmp_path / "event.db", kiosk_id="f" * 16, door="=정문")
    front.store.replace_roster(_hostile_roster())
    back = KioskService(front.store, front.clock, Door("b" * 16, "@후문"))
    for attendee in front.store.attendees():
        front.service.check_in_person(attendee.person)
        front.clock.advance(37)
        back.check_in(front.ticket(attendee.serial))
    # A walk-in's name must be a name now; the rest of what was typed is still hostile.
    back.register_walk_in("정하늘", "=WEBSERVICE(1)", "+부서", "@직위")
    back.register_walk_in("한가람", "#N/A", "#REF!", "#DIV/0!")  # Excel error literals stay text
    yield front
    front.store.close()


def _xlsx_cells(path: Path) -> list[openpyxl.cell.cell.Cell]:
    book = openpyxl.load_workbook(path, data_only=False)
    return [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]


def test_no_formula_cell_in_the_xlsx_even_from_hostile_names(hostile: OpenDoor, tmp_path) -> None:
    out = end_of_day.export(hostile.store, tmp_path / "a.xlsx").path
    cells = _xlsx_cells(out)
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert not [t for t in texts if t[0] in FORMULA_STARTS]
    assert "'=1+2" in texts and "'\t=1+2" in texts and '\'＝HYPERLINK("http://x")' in texts
    literals = [c for c in cells if c.value in ("#N/A", "#REF!", "#DIV/0!")]
    assert len(literals) >= 3 and {c.data_type for c in literals} == {"s"}
    with zipfile.ZipFile(out) as archive:
        for name in archive.namelist():
            assert not re.search(rb"<f[ >]", archive.read(name)), name


def test_no_csv_field_starts_a_formula_and_text_survives(hostile: OpenDoor, tmp_path) -> None:
    out = end_of_day.export(hostile.store, tmp_path / "a.csv").path
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    fields = [field for row in rows for field in row]
    assert not [f for f in fields if f and f[0] in FORMULA_STARTS]
    names = {row[1] for row in rows[rows.index(_header(rows)) + 1 :]}
    expected = {"'" + n.replace("\x00", "").replace("\x01", "") for n in HOSTILE}
    assert names == expected | {"정하늘", "한가람"}


def _header(rows: list[list[str]]) -> list[str]:
    return next(row for row in rows if row and row[0] == "번호")


def test_csv_starts_with_a_bom_and_states_its_purpose(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    door.service.check_in(door.ticket(3))
    out = end_of_day.export(door.store, tmp_path / "a.csv").path
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    purpose = {row[0]: row[1] for row in rows[: rows.index([])]}
    assert purpose["용도"] == "출석 확인"
    assert purpose["행사"] == "테스트 특강"
    assert purpose["일시"].startswith("2024-10-30 10:30")
    assert purpose["입장 인원 (명단 행 수)"] == "1"
    table = data[data.index(b"\r\n\r\n") + 4 :]
    assert purpose["자료 SHA-256 (출석 명단, UTF-8 CSV)"] == hashlib.sha256(table).hexdigest()
    door.store.close()


def test_personal_data_beyond_the_purpose_is_left_out(hostile: OpenDoor, tmp_path) -> None:
    for name in ("a.csv", "a.xlsx"):
        end_of_day.export(hostile.store, tmp_path / name)
    texts = [str(c.value) for c in _xlsx_cells(tmp_path / "a.xlsx")]
    texts.append((tmp_path / "a.csv").read_text(encoding="utf-8-sig"))
    assert not [t for t in texts if "010-0000" in t or "a@b.kr" in t]


def test_cp949_round_trip_keeps_every_hangul_syllable(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    for serial in (4, 5):
        door.service.check_in(door.ticket(serial))
    out = end_of_day.export(door.store, tmp_path / "a.csv", encoding="cp949").path
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")
    text = data.decode("cp949")
    assert "이뷁" in text and "최똠" in text
    door.store.close()


@pytest.mark.parametrize("character", ["😀", "㐀"])
def test_cp949_refuses_what_it_cannot_hold_naming_the_row(tmp_path: Path, character) -> None:
    door = open_door(tmp_path / "e.db")
    people = [*door.store.attendees(), Attendee(6, f"김{character}수", "본청", "예산과")]
    door.store.replace_roster(people)
    for serial in (1, 6):
        door.service.check_in(door.ticket(serial))
        door.clock.advance(10)
    out = tmp_path / "a.csv"
    with pytest.raises(EncodingRefused) as refused:
        end_of_day.export(door.store, out, encoding="cp949")
    assert [(p.number, p.column, p.character) for p in refused.value.problems] == [
        ("2", "이름", character)
    ]
    message = wording.describe(refused.value)
    assert "번호 2" in message and character in message and "cp949" in message
    assert not out.exists() and not list(tmp_path.glob("a.csv*"))
    door.store.close()


def test_the_same_data_gives_byte_identical_files(hostile: OpenDoor, tmp_path) -> None:
    for fmt in ("xlsx", "csv"):
        first = end_of_day.export(hostile.store, tmp_path / f"1.{fmt}").path.read_bytes()
        hostile.clock.advance(3600)  # the clock must not leak into the file
        second = end_of_day.export(hostile.store, tmp_path / f"2.{fmt}").path.read_bytes()
        assert first == second, fmt


def test_attendance_sheet_marks_walk_ins_late_comers_and_every_door(tmp_path) -> None:
    front = open_door(tmp_path / "e.db", kiosk_id="f" * 16, door="정문")
    back = KioskService(front.store, front.clock, Door("b" * 16, "후문"))
    front.service.check_in(front.ticket(1))  # 10:05, before the start
    front.clock.current = STARTS.astimezone(UTC)
    front.clock.advance(60)
    back.check_in(front.ticket(1))  # again, at the other door
    back.check_in(front.ticket(2))  # 10:31: late
    back.register_walk_in("정하늘", "본청", "예산과")
    end_of_day.export(front.store, tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx")["출석 명단"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["번호", "이름", "소속", "부서", "직위", "입장 시각", "출입구",
                       "현장 등록", "지각", "확인한 출입구", "확인 방법"]  # fmt: skip
    first, second, walk_in = rows[1:]
    assert first[1] == "김민수" and first[5].strftime("%H:%M") == "10:05"
    assert (first[6], first[8], first[9]) == ("정문", None, "정문, 후문")
    assert (second[8], second[9]) == ("예", "후문")
    assert (walk_in[1], walk_in[7], walk_in[10]) == ("정하늘", "예", "현장 등록")
    front.store.close()


def test_the_summary_is_the_same_computation_as_the_stats_screen(hostile: OpenDoor, tmp_path):
    figures = hostile.service.stats()
    end_of_day.export(hostile.store, tmp_path / "a.xlsx")
    book = openpyxl.load_workbook(tmp_path / "a.xlsx")
    summary = [[c.value for c in row] for row in book["소속별 요약"].iter_rows(min_row=2)]
    total = next(i for i, row in enumerate(summary) if row[0] == "합계")
    assert (summary[total][2], summary[total][1]) == (figures.arrived, figures.expected)
    by_name = [(row[2], row[1]) for row in summary[:total]]
    assert by_name == list(figures.by_affiliation.values())
    curve = [[c.value for c in row] for row in book["5분별 입장"].iter_rows(min_row=2)]
    assert [(t, n) for t, n, _ in curve] == figures.per_5_min
    assert ["현장 등록", figures.walk_ins] in [row[:2] for row in summary]
    assert ["거부된 스캔", figures.rejected] in [row[:2] for row in summary]


def test_the_absent_list_names_who_did_not_come(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    door.service.check_in(door.ticket(3))
    end_of_day.export(door.store, tmp_path / "a.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "a.xlsx")["미입장"]
    names = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert names == ["김민수", "김민수", "이뷁", "최똠"]
    door.store.close()


def test_the_export_says_how_each_person_was_checked_in(tmp_path: Path) -> None:
    from kiosk.domain.access import Unlock

    door = open_door(tmp_path / "e.db")
    door.service.check_in(door.ticket(1), how="qr")
    door.clock.advance(1)
    door.service.check_in(door.ticket(2), how="scanner")
    door.clock.advance(1)
    door.service.check_in_person("S3", Unlock.VOLUNTEER)
    door.clock.advance(1)
    door.service.check_in_person("S4", Unlock.PHONE)
    door.clock.advance(1)
    door.service.register_walk_in("정하늘", "본청")
    out = end_of_day.export(door.store, tmp_path / "a.csv").path
    rows = list(csv.reader(io.StringIO(out.read_bytes().decode("utf-8-sig"), newline="")))
    header = _header(rows)
    column = header.index("확인 방법")
    table = rows[rows.index(header) + 1 :]
    assert [row[column] for row in table] == [
        "QR",
        "스캐너",
        "이름(봉사자)",
        "이름(전화 확인)",
        "현장 등록",
    ]
    xlsx = end_of_day.export(door.store, tmp_path / "a.xlsx").path
    sheet = openpyxl.load_workbook(xlsx)["출석 명단"]
    assert [c.value for c in sheet["K"]] == ["확인 방법", "QR", "스캐너", "이름(봉사자)",
                                            "이름(전화 확인)", "현장 등록"]  # fmt: skip
