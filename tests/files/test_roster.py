"""Roster import: each encoding the office may send, and each refusal with the message it shows.

All names are synthetic. A refused file raises RosterError: no rows come back at all.
"""

from __future__ import annotations

import codecs
import datetime
import random
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.files.roster import (
    RosterError,
    RosterFile,
    RosterLimits,
    RosterProblem,
    read_roster,
)
from kiosk.texts import voice
from kiosk.wording.roster import describe, describe_all

HEADER = ["이름", "소속", "부서", "직위", "사번", "전화번호", "이메일"]
PEOPLE = [
    ["김민수", "본청", "총무과", "주무관", "1000001", "010-1234-5678", "minsu@example.kr"],
    ["박서연", "동부교육지원청", "교육과", "장학사", "1000002", "010-2345-6789", ""],
    ["최지훈", "교육연구정보원", "연구부", "연구사", "1000003", "", ""],
]
Writer = Callable[..., Path]


def refused(path: Path, **kwargs: Any) -> list[str]:
    """The Korean messages of a refusal; fails the test if the file was accepted."""
    with pytest.raises(RosterError) as caught:
        read_roster(path, **kwargs)
    return [describe(problem) for problem in caught.value.problems]


def names(roster: RosterFile) -> list[str]:
    return [row.name for row in roster.rows]


# --- encodings ---------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp949"])
def test_each_accepted_encoding_reads_every_field(write_csv: Writer, encoding: str) -> None:
    roster = read_roster(write_csv([HEADER, *PEOPLE], encoding=encoding))
    assert roster.encoding == encoding
    first = roster.rows[0]
    assert (first.line, first.name, first.affiliation, first.department) == (
        2,
        "김민수",
        "본청",
        "총무과",
    )
    assert (first.position, first.employee_no, first.email) == (
        "주무관",
        "1000001",
        "minsu@example.kr",
    )
    assert first.phone == "010-1234-5678" and first.phone_digits == "01012345678"
    assert not hasattr(first, "serial") and "serial" not in roster.columns
    assert names(roster) == ["김민수", "박서연", "최지훈"]
    assert roster.warnings == []


def test_cp949_only_syllables_survive(write_csv: Writer) -> None:
    rows = [HEADER[:2], ["박똠", "본청"], ["이뷁", "서부교육지원청"]]
    path = write_csv(rows, encoding="cp949")
    data = path.read_bytes()
    assert "똠".encode("cp949") in data  # two CP949 bytes, not EUC-KR's 8-byte jamo sequence
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    roster = read_roster(path)
    assert roster.encoding == "cp949"
    assert names(roster) == ["박똠", "이뷁"]


def test_excel_unicode_text_utf16_tabs_is_accepted(write_csv: Writer) -> None:
    roster = read_roster(write_csv([HEADER, *PEOPLE], encoding="utf-16", delimiter="\t"))
    assert roster.encoding == "utf-16"
    assert names(roster) == ["김민수", "박서연", "최지훈"]


LATIN1 = b"name,affiliation\r\nJos\xe9 Kim,Org\r\n"  # 0xE9 then ',' is neither UTF-8 nor CP949


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (LATIN1, "2행: 읽을 수 없는 글자가 있습니다 (바이트 위치 21)"),
        ("이름,소속\r\n김민수,본청\r\n".encode("utf-16-le"), "1행: 읽을 수 없는 글자가 있습니다"),
        (random.Random(7).randbytes(600), "읽을 수 없는 글자가 있습니다"),
    ],
    ids=["latin-1", "utf-16-without-bom", "random-bytes"],
)
def test_other_encodings_are_refused_not_guessed(
    write_bytes: Writer, data: bytes, expected: str
) -> None:
    messages = refused(write_bytes(data))
    assert len(messages) == 1
    assert expected in messages[0]
    assert messages[0].endswith("파일 인코딩을 확인해 주세요 (UTF-8 또는 CP949)")


def test_a_bad_byte_deep_in_a_utf8_file_is_reported_on_its_row(write_bytes: Writer) -> None:
    text = "이름,소속\r\n김민수,본청\r\n박서연,본청\r\n".encode()
    data = text + b"\xc3\x28 Lee,\xed\x9f\r\n"  # invalid in UTF-8 and in CP949
    [message] = refused(write_bytes(data))
    assert message.startswith("4행: 읽을 수 없는 글자가 있습니다")


def test_cp949_bytes_are_never_read_as_utf8(write_csv: Writer) -> None:
    roster = read_roster(write_csv([HEADER[:2], ["김민수", "본청"]], encoding="cp949"))
    assert roster.encoding == "cp949" and names(roster) == ["김민수"]


# --- headers -----------------------------------------------------------------------------


def test_english_headers_in_any_case_and_spacing(write_csv: Writer) -> None:
    header = [
        "No.",
        "Full Name",
        "ORGANIZATION",
        "Dept",
        "Title",
        "Employee No",
        "Mobile",
        "E-mail",
    ]
    row = ["7", "Kim Minsu", "HQ", "Admin", "Officer", "A-17", "010 1111 2222", "k@example.kr"]
    roster = read_roster(write_csv([header, row]))
    first = roster.rows[0]
    assert first.name == "Kim Minsu" and first.affiliation == "HQ"
    assert (first.department, first.position, first.employee_no) == ("Admin", "Officer", "A-17")
    assert (first.phone, first.phone_digits, first.email) == (
        "010 1111 2222",
        "01011112222",
        "k@example.kr",
    )


def test_row_number_and_phone_number_headers_are_not_confused(write_csv: Writer) -> None:
    roster = read_roster(
        write_csv(
            [["번호", "성명", "소속기관", "전화번호"], ["3", "김민수", "본청", "02-123-4567"]]
        )
    )
    row = roster.rows[0]
    assert row.phone == "02-123-4567"
    assert roster.columns == ("name", "affiliation", "phone")
    assert roster.warnings == []  # a row-number column is known, not "not imported"


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_tab_and_semicolon_separated_files(write_csv: Writer, delimiter: str) -> None:
    roster = read_roster(write_csv([HEADER, *PEOPLE], delimiter=delimiter))
    assert names(roster) == ["김민수", "박서연", "최지훈"]
    assert roster.rows[1].department == "교육과"


def test_title_rows_above_the_header_are_skipped(write_csv: Writer) -> None:
    rows = [
        ["2025 연수 참석자 명단", "", ""],
        ["", "", ""],
        ["이름", "소속", "비고"],
        ["김민수", "본청", "x"],
    ]
    roster = read_roster(write_csv(rows))
    assert roster.header_line == 3
    assert [(r.line, r.name) for r in roster.rows] == [(4, "김민수")]
    assert [describe(w) for w in roster.warnings] == ["3행: 가져오지 않는 열입니다: 비고"]


def test_missing_required_column_is_refused(write_csv: Writer) -> None:
    assert refused(write_csv([["이름", "부서"], ["김민수", "총무과"]])) == [
        "1행: 필수 열이 없습니다: 소속"
    ]


def test_missing_name_header_is_refused(write_csv: Writer) -> None:
    assert refused(write_csv([["소속", "부서"], ["본청", "총무과"]])) == [
        "필수 열이 없습니다: 이름 (첫 10행 안에 '이름' 또는 '성명' 제목이 있어야 합니다)"
    ]


def test_two_name_columns_are_refused(write_csv: Writer) -> None:
    assert refused(write_csv([["이름", "소속", "성명"], ["김민수", "본청", "김민수"]])) == [
        "1행: '이름' 열이 여러 개 있습니다: A(이름), C(성명). 하나만 남겨 주세요"
    ]


# --- row checks --------------------------------------------------------------------------


def test_empty_names_are_refused_naming_the_rows(write_csv: Writer) -> None:
    rows = [HEADER[:2], ["김민수", "본청"], ["", "본청"], ["박서연", "본청"], ["  ", "본청"]]
    assert refused(write_csv(rows)) == ["3행, 5행: 이름이 비어 있습니다"]


def test_overlong_name_is_refused(write_csv: Writer) -> None:
    assert refused(write_csv([HEADER[:2], ["김" * 51, "본청"]])) == ["2행: 이름이 50자를 넘습니다"]


def test_conflicting_duplicate_employee_number_lists_every_row(write_csv: Writer) -> None:
    rows: list[list[str]] = [["이름", "소속", "사번"]]
    rows += [[f"김민{i}", "본청", str(2000000 + i)] for i in range(2, 41)]
    rows[12 - 1][2] = "1234567"  # list index = line - 1
    rows[40 - 1][2] = "1234567"
    assert refused(write_csv(rows)) == ["12행과 40행: 같은 사번(1234567)에 다른 사람이 있습니다"]


def test_conflict_names_the_collapsed_copies_too(write_csv: Writer) -> None:
    kim = ["김민수", "본청", "1234567"]
    rows = [["이름", "소속", "사번"], kim, ["박서연", "본청", "1234567"], kim]
    assert refused(write_csv(rows)) == ["2행, 3행, 4행: 같은 사번(1234567)에 다른 사람이 있습니다"]


def test_exact_duplicates_collapse_with_a_warning(write_csv: Writer) -> None:
    rows = [HEADER, PEOPLE[0], PEOPLE[1], PEOPLE[2], PEOPLE[0]]
    roster = read_roster(write_csv(rows))
    assert names(roster) == ["김민수", "박서연", "최지훈"]
    assert [describe(w) for w in roster.warnings] == [
        "2행과 5행: 똑같은 행이 여러 번 있어 하나로 합쳤습니다"
    ]


@pytest.mark.parametrize("number", ["abc", "0", "-3", "16777216", "1.5", "", "１２"])
def test_anything_in_the_row_number_column_is_accepted_and_ignored(
    write_csv: Writer, number: str
) -> None:
    rows = [["번호", "이름", "소속"], ["1", "김민수", "본청"], [number, "박서연", "본청"]]
    roster = read_roster(write_csv(rows))
    assert names(roster) == ["김민수", "박서연"] and roster.warnings == []


def test_csv_text_starting_with_equals_is_kept_verbatim(write_csv: Writer) -> None:
    rows = [
        HEADER[:4],
        ["김민수", "본청", "=SUM(A1:A3)", "+주무관"],
        ["=박서연", "@본청", "-", "="],
    ]
    roster = read_roster(write_csv(rows))
    assert (roster.rows[0].department, roster.rows[0].position) == ("=SUM(A1:A3)", "+주무관")
    assert (roster.rows[1].name, roster.rows[1].affiliation) == ("=박서연", "@본청")


def test_control_and_direction_characters_are_dropped_from_cells(
    write_csv: Writer, write_xlsx: Writer
) -> None:
    rows = [HEADER[:3], ["김\u202e민수\x1b", "본\u200b청", "교육\t정책과"]]
    in_excel = [HEADER[:3], ["김\u202e민수", "본\u200b청", "교육\t정책과"]]  # XLSX holds no ESC
    for path in (write_csv(rows), write_xlsx(in_excel)):
        row = read_roster(path).rows[0]
        assert (row.name, row.affiliation, row.department) == ("김민수", "본청", "교육 정책과")


def test_huge_cell_is_refused(write_csv: Writer) -> None:
    rows = [HEADER[:3], ["김민수", "본청", "가" * 1001]]
    assert refused(write_csv(rows)) == ["2행: '부서' 칸이 1000자를 넘습니다"]


def test_too_many_rows_are_refused(write_csv: Writer) -> None:
    rows = [HEADER[:2]] + [[f"김민{i}", "본청"] for i in range(6)]
    assert refused(write_csv(rows), limits=RosterLimits(max_rows=5)) == [
        "명단이 너무 깁니다 (5행 초과)"
    ]


def test_blank_lines_are_skipped_and_rows_keep_their_numbers(write_bytes: Writer) -> None:
    data = "이름,소속\r\n\r\n김민수,본청\r\n,\r\n박서연,본청\r\n이하 여백\r\n최지훈,본청\r\n"
    roster = read_roster(write_bytes(data.encode()))
    assert [(r.line, r.name) for r in roster.rows] == [(3, "김민수"), (5, "박서연")]


@pytest.mark.parametrize("data", [b"", "이름,소속\r\n".encode()])
def test_a_roster_without_people_is_refused(write_bytes: Writer, data: bytes) -> None:
    assert refused(write_bytes(data)) == ["명단에 사람이 한 명도 없습니다"]


def test_legacy_xls_is_refused_with_advice(write_bytes: Writer) -> None:
    path = write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "roster.xls")
    assert refused(path) == [
        "지원하지 않는 파일 형식입니다 (xls). CSV 또는 엑셀 통합 문서(.xlsx)로 저장해 주세요"
    ]


def test_missing_file_is_a_message_not_a_crash(tmp_path: Path) -> None:
    [message] = refused(tmp_path / "없음.csv")
    assert message.startswith("파일을 열 수 없습니다")


# --- XLSX --------------------------------------------------------------------------------


def test_xlsx_roster(write_xlsx: Writer) -> None:
    roster = read_roster(write_xlsx([HEADER, *PEOPLE]))
    assert roster.encoding == "xlsx" and roster.sheet == "Sheet1"
    assert names(roster) == ["김민수", "박서연", "최지훈"]
    assert roster.rows[0].employee_no == "1000001" and roster.rows[2].line == 4


def test_xlsx_formula_cell_is_refused_naming_the_cell(write_xlsx: Writer) -> None:
    rows = [["제목"], [], HEADER[:3], ["김민수", "본청", "총무과"], ["박서연", "본청", '=C4&"2"']]
    assert refused(write_xlsx(rows)) == [
        "5행: 수식이 든 셀이 있습니다: C5. "
        "엑셀에서 '값 붙여넣기'로 수식을 값으로 바꾼 뒤 다시 가져와 주세요"
    ]


def test_xlsx_formula_outside_imported_columns_is_only_a_warning(write_xlsx: Writer) -> None:
    roster = read_roster(write_xlsx([[*HEADER[:2], "합계"], ["김민수", "본청", "=1+1"]]))
    assert names(roster) == ["김민수"]
    assert describe(roster.warnings[-1]) == "2행: 가져오지 않는 열의 수식은 무시했습니다: C2"


def test_xlsx_text_that_looks_like_a_formula_is_text(write_xlsx: Writer) -> None:
    def as_text(sheet: Any) -> None:
        sheet["C2"].data_type = "s"

    roster = read_roster(write_xlsx([HEADER[:3], ["김민수", "본청", "=총무과"]], edit=as_text))
    assert roster.rows[0].department == "=총무과"


def test_xlsx_numbers_that_are_ids_come_back_as_text(write_xlsx: Writer) -> None:
    header = ["번호", "이름", "소속", "사번", "전화번호"]
    rows = [
        header,
        [1, "김민수", "본청", 1234567, 1012345678],
        [2.0, "박서연", "본청", "0012345", ""],
    ]
    rows.append([3, "최지훈", "본청", 123.0, "010-3333-4444"])

    def padded(sheet: Any) -> None:
        sheet["D4"].number_format = "0000000"

    roster = read_roster(write_xlsx(rows, edit=padded))
    assert [r.employee_no for r in roster.rows] == ["1234567", "0012345", "0000123"]
    assert [r.phone for r in roster.rows] == ["01012345678", "", "010-3333-4444"]
    assert [describe(w) for w in roster.warnings] == [
        "'Sheet1' 시트를 읽었습니다",
        "2행: 숫자로 저장된 전화번호 앞의 0을 되살렸습니다",
    ]


def test_xlsx_dates_become_iso_text(write_xlsx: Writer) -> None:
    rows = [HEADER[:3], ["김민수", "본청", datetime.date(2025, 3, 1)]]
    rows.append(["박서연", "본청", datetime.datetime(2025, 3, 1, 9, 30)])
    roster = read_roster(write_xlsx(rows))
    assert [r.department for r in roster.rows] == ["2025-03-01", "2025-03-01T09:30:00"]


def test_xlsx_sheet_named_roster_is_preferred(write_xlsx: Writer) -> None:
    roster = read_roster(
        write_xlsx([HEADER[:2], ["박똠", "본청"]], sheet="참석자 명단", before=["표지"])
    )
    assert roster.sheet == "참석자 명단" and names(roster) == ["박똠"]


def test_xlsx_refusals_name_rows_like_csv(write_xlsx: Writer) -> None:
    rows = [["사번", "이름", "소속"], [5, "김민수", "본청"], [5, "이뷁", "본청"], [6, None, "본청"]]
    assert refused(write_xlsx(rows)) == [
        "4행: 이름이 비어 있습니다",
        "2행과 3행: 같은 사번(5)에 다른 사람이 있습니다",
    ]


def test_text_file_named_xlsx_is_refused(write_bytes: Writer) -> None:
    assert refused(write_bytes("이름,소속\r\n".encode(), "roster.xlsx")) == [
        "엑셀 통합 문서(.xlsx)가 아닙니다. 파일이 손상되었거나 확장자가 잘못되었습니다"
    ]


# --- messages ----------------------------------------------------------------------------


def test_english_messages_and_describe_all() -> None:
    problems = [
        RosterProblem("empty_name", (3, 7), "name"),
        RosterProblem("conflicting_duplicate", (12, 40), "employee_no", "1234567"),
        RosterProblem("missing_column", (1,), "affiliation"),
    ]
    assert describe_all(problems, voice("en")).splitlines() == [
        "rows 3, 7: the name is empty",
        "rows 12, 40: different people share the same employee number (1234567)",
        "row 1: a required column is missing: affiliation",
    ]
    assert describe_all(problems, voice("ko")).splitlines()[0] == "3행, 7행: 이름이 비어 있습니다"
    assert str(RosterError(problems)).startswith("empty_name rows 3, 7 column name")  # for logs


def test_long_row_lists_are_shortened() -> None:
    problem = RosterProblem("empty_name", tuple(range(2, 30)), "name")
    assert describe(problem) == (
        "2행, 3행, 4행, 5행, 6행, 7행, 8행, 9행, 10행, 11행 외 18개 행: 이름이 비어 있습니다"
    )


def test_bom_is_not_part_of_the_first_header(write_bytes: Writer) -> None:
    data = codecs.BOM_UTF8 + "성명,소속\r\n김민수,본청\r\n".encode()
    assert names(read_roster(write_bytes(data))) == ["김민수"]


# --- robustness --------------------------------------------------------------------------

_PREFIXES = st.sampled_from([b"", "이름,소속\r\n".encode(), "이름\t소속\r\n".encode("cp949")])


@settings(max_examples=150, deadline=None)
@given(prefix=_PREFIXES, body=st.binary(max_size=300) | st.text(max_size=200).map(str.encode))
def test_any_bytes_give_a_roster_or_a_refusal_never_a_crash(prefix: bytes, body: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "roster.csv"
        path.write_bytes(prefix + body)
        try:
            roster = read_roster(path)
        except RosterError as refusal:
            assert refusal.problems and all(describe(p) for p in refusal.problems)
        else:
            assert roster.rows and all(row.name and row.line > 1 for row in roster.rows)
