"""Sentences for roster problems, in Korean or English, naming the rows concerned.

The importer returns stable problem codes with their data (rows, column, one detail); these
sentences are what the organizer reads in the import dialog and on the command line. Without an
explicit language they follow the terminal's (`kiosk --lang`, KIOSK_LANG, the locale).
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.files.roster_model import RosterProblem

MAX_LISTED_ROWS = 10

_LABELS = {
    "name": ("이름", "name"),
    "affiliation": ("소속", "affiliation"),
    "department": ("부서", "department"),
    "position": ("직위", "position"),
    "employee_no": ("사번", "employee number"),
    "phone": ("전화번호", "phone"),
    "email": ("이메일", "email"),
}

# kind -> (Korean, English); {col} column label, {detail} the problem's detail
_TEXTS: dict[str, tuple[str, str]] = {
    "missing_column": ("필수 열이 없습니다: {col}", "a required column is missing: {col}"),
    "duplicate_column": (
        "'{col}' 열이 여러 개 있습니다: {detail}. 하나만 남겨 주세요",
        "more than one '{col}' column: {detail}; keep only one",
    ),
    "empty_name": ("이름이 비어 있습니다", "the name is empty"),
    "name_too_long": (
        "이름이 {detail}자를 넘습니다",
        "the name is longer than {detail} characters",
    ),
    "cell_too_long": (
        "'{col}' 칸이 {detail}자를 넘습니다",
        "the '{col}' cell is longer than {detail} characters",
    ),
    "row_too_long": (
        "한 행이 너무 깁니다 ({detail}자 초과). 파일이 명단이 맞는지 확인해 주세요",
        "a row is too long (more than {detail} characters); check that the file is a roster",
    ),
    "too_many_columns": (
        "열이 너무 많습니다 ({detail}개 초과)",
        "too many columns (more than {detail})",
    ),
    "sheet_read": ("'{detail}' 시트를 읽었습니다", "read the sheet '{detail}'"),
    "hidden_sheets_skipped": (
        "숨긴 시트는 읽지 않았습니다: {detail}",
        "hidden sheets were not read: {detail}",
    ),
    "no_visible_sheet": (
        "보이는 시트가 없습니다. 엑셀에서 명단 시트의 숨기기를 취소해 주세요",
        "no sheet is visible; unhide the roster sheet in Excel",
    ),
    "hidden_rows_skipped": (
        "숨긴 행은 가져오지 않았습니다",
        "hidden rows were not imported",
    ),
    "total_rows_skipped": (
        "합계 행으로 보고 가져오지 않았습니다",
        "taken for total rows and not imported",
    ),
    "ambiguous_total_row": (
        "이름 칸의 '{detail}'는 합계 행처럼 보이지만 다른 칸에 글자가 있어 합계 행인지 사람인지 "
        "알 수 없습니다. 합계 행이면 다른 칸을 비우고, 사람이면 이름을 확인해 주세요",
        "the name '{detail}' looks like a total, but other cells hold text: it is unclear "
        "whether this is a total row or a person; empty the other cells of a total row, or "
        "check the person's name",
    ),
    "merged_cells_filled": (
        "병합된 셀의 값을 병합된 다른 칸에도 채웠습니다: {detail}",
        "filled the value of merged cells into the other cells they cover: {detail}",
    ),
    "too_many_merged_ranges": (
        "병합된 셀 범위가 너무 많습니다 ({detail}개 초과). 엑셀에서 셀 병합을 해제한 뒤 "
        "다시 가져와 주세요",
        "too many merged cell ranges (more than {detail}); unmerge the cells in Excel and "
        "import again",
    ),
    "conflicting_duplicate": (
        "같은 {col}({detail})에 다른 사람이 있습니다",
        "different people share the same {col} ({detail})",
    ),
    "duplicate_collapsed": (
        "똑같은 행이 여러 번 있어 하나로 합쳤습니다",
        "identical rows were merged into one",
    ),
    "undecodable": (
        "읽을 수 없는 글자가 있습니다 (바이트 위치 {detail}). "
        "파일 인코딩을 확인해 주세요 (UTF-8 또는 CP949)",
        "unreadable characters (byte offset {detail}); check the file's encoding (UTF-8 or CP949)",
    ),
    "bad_csv": (
        "CSV 형식이 올바르지 않습니다 (따옴표를 확인해 주세요)",
        "the CSV is malformed (check the quotes)",
    ),
    "formula_cell": (
        "수식이 든 셀이 있습니다: {detail}. 엑셀에서 '값 붙여넣기'로 수식을 값으로 바꾼 뒤 "
        "다시 가져와 주세요",
        "cells hold formulas: {detail}; in Excel, paste them as values and import again",
    ),
    "error_cell": (
        "오류 값이 든 셀이 있습니다: {detail}",
        "cells hold error values: {detail}",
    ),
    "formula_ignored": (
        "가져오지 않는 열의 수식은 무시했습니다: {detail}",
        "formulas in columns that are not imported were ignored: {detail}",
    ),
    "ignored_column": (
        "가져오지 않는 열입니다: {col}",
        "this column is not imported: {col}",
    ),
    "phone_zero_restored": (
        "숫자로 저장된 전화번호 앞의 0을 되살렸습니다",
        "restored the leading 0 of phone numbers stored as numbers",
    ),
    "empty_file": ("명단에 사람이 한 명도 없습니다", "the roster has nobody in it"),
    "too_many_rows": (
        "명단이 너무 깁니다 ({detail}행 초과)",
        "the roster is too long (more than {detail} rows)",
    ),
    "too_large": (
        "파일이 너무 큽니다 ({detail}바이트 초과)",
        "the file is too large (more than {detail} bytes)",
    ),
    "unsupported_format": (
        "지원하지 않는 파일 형식입니다 ({detail}). CSV 또는 엑셀 통합 문서(.xlsx)로 저장해 주세요",
        "unsupported file format ({detail}); save it as CSV or an Excel workbook (.xlsx)",
    ),
    "encrypted": (
        "암호가 걸린 엑셀 파일입니다. 암호를 해제하고 저장한 뒤 다시 가져와 주세요",
        "the Excel file is password-protected; remove the password, save, and import again",
    ),
    "not_xlsx": (
        "엑셀 통합 문서(.xlsx)가 아닙니다. 파일이 손상되었거나 확장자가 잘못되었습니다",
        "this is not an Excel workbook (.xlsx): the file is damaged or misnamed",
    ),
    "unreadable": (
        "파일을 열 수 없습니다 ({detail})",
        "the file cannot be opened ({detail})",
    ),
}
_GROUPS = {"conflicting_duplicate", "duplicate_collapsed"}  # "2행과 5행" reads as a pair


def describe(problem: RosterProblem, lang: str | None = None) -> str:
    """One clear sentence, prefixed by the rows it concerns ("3행, 7행: ..." / "rows 3, 7: ...")."""
    en = (lang or _language()).startswith("en")
    ko_text, en_text = _TEXTS.get(problem.kind, ("{kind}", "{kind}"))
    label = _LABELS.get(problem.column, (problem.column, problem.column))[en]
    text = (en_text if en else ko_text).format(col=label, detail=problem.detail, kind=problem.kind)
    if problem.kind == "missing_column" and not problem.rows:
        text += (
            " (no header row with a name column in the first rows)"
            if en
            else " (첫 10행 안에 '이름' 또는 '성명' 제목이 있어야 합니다)"
        )
    prefix = _rows_en(problem.rows) if en else _rows_ko(problem.rows, problem.kind in _GROUPS)
    return f"{prefix}: {text}" if prefix else text


def describe_all(problems: Iterable[RosterProblem], lang: str | None = None) -> str:
    """Every problem, one sentence a line."""
    return "\n".join(describe(problem, lang) for problem in problems)


def _language() -> str:
    from kiosk.texts import language

    return language()


def _rows_ko(rows: tuple[int, ...], pair: bool) -> str:
    shown = [f"{row}행" for row in rows[:MAX_LISTED_ROWS]]
    more = len(rows) - len(shown)
    if pair and len(rows) == 2:
        return "과 ".join(shown)
    return ", ".join(shown) + (f" 외 {more}개 행" if more else "")


def _rows_en(rows: tuple[int, ...]) -> str:
    if not rows:
        return ""
    shown = ", ".join(str(row) for row in rows[:MAX_LISTED_ROWS])
    more = len(rows) - MAX_LISTED_ROWS
    return (
        ("row " if len(rows) == 1 else "rows ") + shown + (f" and {more} more" if more > 0 else "")
    )
