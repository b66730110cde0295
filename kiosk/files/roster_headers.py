"""Recognising a roster's header row and which column holds which field.

Header names are compared whole after normalising (NFKC, case-folded, spaces and _-.* dropped), so
"번호" (a row number) and "전화번호" (phone) can never be confused by substring matching. A trailing
bracketed note ("사번(7자리)") is tolerated.

A `번호`/`No`/`연번`/`순번`/`일련번호`/`serial` column is the sheet's row number in Korean office
files: re-sorting the sheet renumbers it, so it is recognised (not reported as unknown) and never
read. The total row under the people ("합계", "계", "총 500명", "500") is recognised here too.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from kiosk.files.roster_model import REQUIRED, RosterProblem, column_letter

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("이름", "성명", "name", "full name", "성함"),
    "affiliation": (
        "소속",
        "기관",
        "소속기관",
        "기관명",
        "소속명",
        "소속기관명",
        "affiliation",
        "organization",
        "organisation",
    ),
    "department": ("부서", "부서명", "department", "dept"),
    "position": ("직위", "직급", "직책", "position", "title", "rank"),
    "employee_no": (
        "사번",
        "직원번호",
        "교직원번호",
        "employee number",
        "employee no",
        "employee_no",
        "id",
    ),
    "phone": (
        "전화",
        "전화번호",
        "휴대폰",
        "휴대폰번호",
        "핸드폰",
        "핸드폰번호",
        "휴대전화",
        "휴대전화번호",
        "연락처",
        "phone",
        "mobile",
    ),
    "email": ("이메일", "전자우편", "메일", "이메일주소", "email", "e-mail", "email address"),
}
_ROW_NUMBER = ("번호", "연번", "순번", "일련번호", "serial", "no", "number", "#")
_DROP = re.compile(r"[\s_\-.*·]+")
_NOTE = re.compile(r"[(\[（［].*[)\]）］]$")
_TOTAL_WORDS = ("계", "합계", "소계", "총계", "총합계", "누계", "합", "total", "subtotal", "sum")
_COUNT = re.compile(r"(?:(?:총|총원|합계|계|총계|소계|total)[:：=]?)?[0-9][0-9,]*(?:명|인)?")
_EDGES = ":：=-"


def normalise(header: str) -> str:
    """The comparable form of a header cell."""
    return _DROP.sub("", unicodedata.normalize("NFKC", header).casefold())


_LOOKUP: dict[str, str] = {normalise(a): f for f, names in _ALIASES.items() for a in names}
_ROW_NUMBERS = {normalise(name) for name in _ROW_NUMBER}
_TOTALS = {normalise(word) for word in _TOTAL_WORDS}


def _key(header: str) -> str:
    key = normalise(header)
    return key if key in _LOOKUP or key in _ROW_NUMBERS else _NOTE.sub("", key)


def field_for(header: str) -> str | None:
    """The field a header names, or None for a column the kiosk does not import."""
    return _LOOKUP.get(_key(header))


def is_row_number(header: str) -> bool:
    """A 번호/No/연번/순번 header: the sheet's own row numbers, never imported."""
    return _key(header) in _ROW_NUMBERS


def is_total(text: str) -> bool:
    """A cell that marks a total row: 계, 합계, 소계, 총계, Total, or a count (500명, 총 500명,
    총계: 500)."""
    key = _NOTE.sub("", normalise(text)).strip(_EDGES)
    return key in _TOTALS or _COUNT.fullmatch(key) is not None


def is_total_label(text: str) -> bool:
    """A total written out ("합계", "총 500명"), not a bare number (which could be anything)."""
    return is_total(text) and not normalise(text).replace(",", "").isdigit()


def is_count(text: str) -> bool:
    """An empty cell, or one a total row may hold beside its label: a number or a count."""
    key = normalise(text).strip(_EDGES)
    return not key or _COUNT.fullmatch(key) is not None or key.replace(",", "").isdigit()


def header_score(cells: list[str]) -> int:
    """How many known fields a row names; 0 unless one of them is the name column."""
    fields = {field_for(cell) for cell in set(cells) if cell} - {None}
    return len(fields) if "name" in fields else 0


@dataclass(slots=True)
class Header:
    """Where the header is and which column (0-based) holds each field."""

    line: int
    columns: dict[str, int] = field(default_factory=dict)
    problems: list[RosterProblem] = field(default_factory=list)
    warnings: list[RosterProblem] = field(default_factory=list)


def map_columns(line: int, cells: list[str]) -> Header:
    """Assign columns to fields; two columns for one field refuse, unknown ones warn."""
    header = Header(line)
    seen: dict[str, list[int]] = {}
    for index, text in enumerate(cells):
        target = field_for(text)
        if target is not None:
            seen.setdefault(target, []).append(index)
        elif text and not is_row_number(text):
            header.warnings.append(RosterProblem("ignored_column", (line,), text))
    for target, indexes in seen.items():
        header.columns[target] = indexes[0]
        if len(indexes) > 1:
            cols = ", ".join(f"{column_letter(i)}({cells[i]})" for i in indexes)
            header.problems.append(RosterProblem("duplicate_column", (line,), target, cols))
    for target in REQUIRED:
        if target not in header.columns:
            header.problems.append(RosterProblem("missing_column", (line,), target))
    return header
