"""Roster files as HR offices really send them: row-number columns, hidden sheets and rows, total
rows under the people, and files built to exhaust memory. All names are synthetic.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from kiosk.files.roster import (
    RosterError,
    RosterFile,
    RosterLimits,
    read_roster,
)
from kiosk.texts import voice
from kiosk.wording.roster import describe, describe_all

Writer = Callable[..., Path]
PEOPLE = [
    ["김민수", "본청", "총무과", "1000001"],
    ["박서연", "동부교육지원청", "교육과", "1000002"],
    ["최지훈", "교육연구정보원", "연구부", "1000003"],
    ["이하은", "본청", "총무과", "1000004"],
]


def people(roster: RosterFile) -> set[tuple[str, ...]]:
    """What a roster says about each person, whatever the row it came from."""
    return {
        (r.name, r.affiliation, r.department, r.employee_no, str(r.as_attendee().serial))
        for r in roster.rows
    }


def messages(roster: RosterFile) -> list[str]:
    return [describe(w, voice("ko")) for w in roster.warnings]


def refusal(path: Path) -> list[str]:
    with pytest.raises(RosterError) as caught:
        read_roster(path)
    return [describe(p, voice("ko")) for p in caught.value.problems]


def save(book: Any, tmp_path: Path, name: str = "명단.xlsx") -> Path:
    path = tmp_path / name
    book.save(path)
    return path


# --- a 번호 / No column is the sheet's row number, never the serial ------------------------


@pytest.mark.parametrize("heading", ["번호", "No", "연번", "순번", "일련번호", "serial"])
def test_a_re_sorted_sheet_gives_the_same_people_and_no_serials(
    write_csv: Writer, heading: str
) -> None:
    header = [heading, "이름", "소속", "부서", "사번"]
    first = [[str(n), *p] for n, p in enumerate(PEOPLE, 1)]
    by_name = sorted(PEOPLE)  # HR sorted by name and numbered the rows again
    resorted = [[str(n), *p] for n, p in enumerate(by_name, 1)]
    before = read_roster(write_csv([header, *first], name="a.csv"))
    after = read_roster(write_csv([header, *resorted], name="b.csv"))
    assert people(before) == people(after)
    assert {r.as_attendee().serial for r in before.rows} == {0}
    assert before.warnings == []  # known and ignored, not "a column that is not imported"


def test_an_employee_number_under_no_is_ignored(write_csv: Writer) -> None:
    rows = [["No", "이름", "소속"], ["20231234", "김민수", "본청"], ["99999999", "박서연", "본청"]]
    roster = read_roster(write_csv(rows))
    assert [(r.name, r.as_attendee().serial) for r in roster.rows] == [("김민수", 0), ("박서연", 0)]
    assert roster.columns == ("name", "affiliation")


def test_a_re_sorted_xlsx_gives_the_same_people(write_xlsx: Writer) -> None:
    header = ["연번", "성명", "소속", "부서", "사번"]
    first = [[n, *p] for n, p in enumerate(PEOPLE, 1)]
    resorted = [[n, *p] for n, p in enumerate(reversed(PEOPLE), 1)]
    before = read_roster(write_xlsx([header, *first], name="a.xlsx"))
    after = read_roster(write_xlsx([header, *resorted], name="b.xlsx"))
    assert people(before) == people(after) and len(before.rows) == 4


# --- sheets and hidden rows --------------------------------------------------------------


def test_a_hidden_first_sheet_is_passed_over_and_the_sheet_read_is_named(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    old = book.active
    old.title = "작년 명단"
    old.append(["이름", "소속"])
    old.append(["정지우", "본청"])
    old.sheet_state = "hidden"
    secret = book.create_sheet("설정")
    secret.append(["이름", "소속"])
    secret.sheet_state = "veryHidden"
    book.create_chartsheet("그래프", 2)  # a chart sheet is not a worksheet
    current = book.create_sheet("참석자")
    current.append(["이름", "소속"])
    current.append(["김민수", "본청"])
    roster = read_roster(save(book, tmp_path))
    assert roster.sheet == "참석자" and [r.name for r in roster.rows] == ["김민수"]
    assert messages(roster) == [
        "'참석자' 시트를 읽었습니다",
        "숨긴 시트는 읽지 않았습니다: 작년 명단, 설정",
    ]


def test_a_workbook_with_every_sheet_hidden_is_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["이름", "소속"])
    book.active.sheet_state = "hidden"
    book.create_sheet("명단").append(["이름", "소속"])
    saved = save(book, tmp_path, "saved.xlsx")  # openpyxl keeps one sheet visible; Excel need not
    path = tmp_path / "명단.xlsx"
    with zipfile.ZipFile(saved) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/workbook.xml":
                data = data.replace(b'state="visible"', b'state="hidden"')
            target.writestr(item, data)
    assert refusal(path) == ["보이는 시트가 없습니다. 엑셀에서 명단 시트의 숨기기를 취소해 주세요"]


def test_hidden_rows_are_skipped_and_named(write_xlsx: Writer) -> None:
    def hide(sheet: Any) -> None:
        for line in (3, 5):
            sheet.row_dimensions[line].hidden = True

    rows = [["이름", "소속", "부서", "사번"], *PEOPLE]
    roster = read_roster(write_xlsx(rows, edit=hide))
    assert [r.name for r in roster.rows] == ["김민수", "최지훈"]
    assert messages(roster)[-1] == "3행, 5행: 숨긴 행은 가져오지 않았습니다"
    assert describe(roster.warnings[-1], voice("en")) == "rows 3, 5: hidden rows were not imported"


# --- total rows under the people ---------------------------------------------------------


@pytest.mark.parametrize(
    "total",
    [
        ["계", "", "", ""],
        ["합계", "4", "", ""],
        ["소계", "", "", "4"],
        ["총계", "", "", ""],
        ["Total", "4", "", ""],
        ["4명", "", "", ""],
        ["총 4명", "", "", ""],
        ["4", "", "", ""],
        ["합 계 (4명)", "", "", ""],
        ["총계: 4", "", "", ""],
        ["합계 = 4명", "", "", "4"],
    ],
)
def test_a_total_row_is_skipped_and_reported(write_csv: Writer, total: list[str]) -> None:
    rows = [["이름", "소속", "부서", "사번"], *PEOPLE, [], total]
    roster = read_roster(write_csv(rows))
    assert [r.name for r in roster.rows] == [p[0] for p in PEOPLE]
    assert messages(roster) == ["7행: 합계 행으로 보고 가져오지 않았습니다"]


def test_a_total_label_in_the_row_number_column_beside_an_empty_name(write_csv: Writer) -> None:
    rows = [["번호", "이름", "소속"], ["1", "김민수", "본청"], ["", "", ""]]
    rows += [["2", "박서연", "본청"], ["합계", "", "2"]]
    roster = read_roster(write_csv(rows))
    assert [r.name for r in roster.rows] == ["김민수", "박서연"]
    assert messages(roster) == ["5행: 합계 행으로 보고 가져오지 않았습니다"]


def test_subtotals_between_departments_and_a_counted_total_in_xlsx(write_xlsx: Writer) -> None:
    rows = [
        ["2025 연수 참석자", None, None],
        ["이름", "소속", "부서"],
        ["김민수", "본청", "총무과"],
        ["소계", 1, None],
        ["박서연", "본청", "교육과"],
        ["소계", "=COUNTA(A5)", None],  # a formula in an imported column, on a total row only
        [None, None, None],
        ["총 2명", "=B4+B6", None],
    ]
    roster = read_roster(write_xlsx(rows))
    assert [(r.line, r.name) for r in roster.rows] == [(3, "김민수"), (5, "박서연")]
    assert messages(roster)[-1] == "4행, 6행, 8행: 합계 행으로 보고 가져오지 않았습니다"


def test_a_total_word_as_a_name_beside_ordinary_text_is_refused(write_csv: Writer) -> None:
    rows = [["번호", "이름", "소속", "부서"], ["1", "김민수", "본청", "총무과"]]
    rows += [["2", "합계", "교육청", "기획과"], ["3", "박서연", "본청", "교육과"]]
    with pytest.raises(RosterError) as caught:
        read_roster(write_csv(rows))
    assert describe_all(caught.value.problems, voice("ko")) == (
        "3행: 이름 칸의 '합계'는 합계 행처럼 보이지만 다른 칸에 글자가 있어 합계 행인지 사람인지 "
        "알 수 없습니다. 합계 행이면 다른 칸을 비우고, 사람이면 이름을 확인해 주세요"
    )
    assert describe_all(caught.value.problems, voice("en")) == (
        "row 3: the name '합계' looks like a total, but other cells hold text: it is unclear "
        "whether this is a total row or a person; empty the other cells of a total row, or "
        "check the person's name"
    )


def test_a_person_row_without_a_name_is_still_refused(write_csv: Writer) -> None:
    rows = [["이름", "소속", "비고"], ["김민수", "본청", ""], ["", "본청", "명단 확인"]]
    assert refusal(write_csv(rows)) == ["3행: 이름이 비어 있습니다"]


# --- merged cells ------------------------------------------------------------------------


def test_a_vertically_merged_affiliation_is_filled_down_and_reported(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [
        ["2025 연수 참석자 명단", None, None, None],
        ["이름", "소속", "부서", "비고"],
        ["김민수", "본청", "총무과", "버스"],
        ["박서연", None, "교육과", None],
        ["최지훈", None, None, None],
        ["이하은", "동부교육지원청", "연구부", None],
        ["정지우", "교육연구정보원", None, None],
    ]:
        sheet.append(row)
    sheet.merge_cells("A1:D1")  # the title row: above the header, never read as people
    sheet.merge_cells("B3:B5")  # 소속 over three people
    sheet.merge_cells("C4:C5")  # 부서 over two
    sheet.merge_cells("D3:D4")  # a column that is not imported
    sheet.merge_cells("C7:D7")  # across a row: the department stays empty
    roster = read_roster(save(book, tmp_path))
    assert [(r.name, r.affiliation, r.department) for r in roster.rows] == [
        ("김민수", "본청", "총무과"),
        ("박서연", "본청", "교육과"),
        ("최지훈", "본청", "교육과"),
        ("이하은", "동부교육지원청", "연구부"),
        ("정지우", "교육연구정보원", ""),
    ]
    assert messages(roster)[-1] == (
        "4행, 5행: 병합된 셀의 값을 병합된 다른 칸에도 채웠습니다: B3:B5, C4:C5"
    )
    assert describe(roster.warnings[-1], voice("en")) == (
        "rows 4, 5: filled the value of merged cells into the other cells they cover: B3:B5, C4:C5"
    )


def test_too_many_merged_ranges_are_refused(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in [["이름", "소속"], ["김민수", "본청"], ["박서연", None], ["최지훈", None]]:
        sheet.append(row)
    for ref in ("B2:B3", "C2:C3", "D2:D3"):
        sheet.merge_cells(ref)
    with pytest.raises(RosterError) as caught:
        read_roster(save(book, tmp_path), limits=RosterLimits(max_merged_ranges=2))
    assert describe_all(caught.value.problems, voice("ko")) == (
        "병합된 셀 범위가 너무 많습니다 (2개 초과). 엑셀에서 셀 병합을 해제한 뒤 다시 가져와 주세요"
    )


# --- files built to exhaust memory (their memory is measured by benchmarks/roster_memory.py)


def test_a_line_of_commas_is_refused_as_a_row_too_long(write_bytes: Writer) -> None:
    data = "이름,소속\r\n김민수,본청\r\n".encode() + b"," * (1 << 20) + b"\r\n"
    assert refusal(write_bytes(data)) == [
        "3행: 한 행이 너무 깁니다 (262144자 초과). 파일이 명단이 맞는지 확인해 주세요"
    ]


def test_a_cell_past_excels_last_column_is_refused(write_xlsx: Writer) -> None:
    def far(sheet: Any) -> None:
        sheet.cell(row=2, column=16_385, value="x")

    assert refusal(write_xlsx([["이름", "소속"], ["김민수", "본청"]], edit=far)) == [
        "2행: 열이 너무 많습니다 (16384개 초과)"
    ]


# --- messages follow the user's language -------------------------------------------------


def test_messages_follow_the_terminal_language(
    write_csv: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KIOSK_LANG", "en")
    with pytest.raises(RosterError) as caught:
        read_roster(write_csv([["이름", "부서"], ["김민수", "총무과"]]))
    expected = "row 1: a required column is missing: affiliation"
    assert describe_all(caught.value.problems) == expected
    assert str(caught.value) == "missing_column rows 1 column affiliation"  # logs: plain codes


def test_a_subtotal_that_names_its_group_is_skipped_not_refused(tmp_path: Path) -> None:
    """Korean sheets often close each office with "소계 | 본청 | | 12": a total, not a person."""
    from kiosk.files.roster import read_roster

    sheet = tmp_path / "명단.csv"
    sheet.write_text(
        "이름,소속,부서,인원\n김하늘,본청,총무과,\n이바다,본청,예산과,\n소계,본청,,2\n",
        encoding="utf-8",
    )
    parsed = read_roster(sheet)
    assert [row.name for row in parsed.rows] == ["김하늘", "이바다"]
    assert any(w.kind == "total_rows_skipped" for w in parsed.warnings)
