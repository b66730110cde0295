"""XLSX rosters: every cell as the office typed it, never a formula's cached value.

openpyxl reads with read_only=True (streaming) and data_only=False, so a formula cell shows up as
data_type 'f' instead of a value Excel may or may not have cached (research/reliability.md 3.3).
Numbers that are really ids come back as text without ".0"; an all-zeros number format
("0000000") restores the leading zeros the office saw on screen.
"""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from kiosk.files.roster_model import (
    RawTable,
    RosterError,
    RosterLimits,
    RosterProblem,
    clean_cell,
)

_ROSTER_SHEET = ("명단", "roster")
_ZERO_PAD = re.compile(r"0+")


def read_xlsx(path: Path, limits: RosterLimits) -> RawTable:
    """The chosen sheet's non-empty rows as text, with formula and error cells noted."""
    import openpyxl  # heavy: imported only when an XLSX is actually read

    _check_unzipped_size(path, limits)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise RosterError([RosterProblem("unreadable", detail=type(exc).__name__)]) from None
    try:
        sheet = _choose_sheet(book.worksheets)
        sheet.reset_dimensions()  # don't trust the stored size: pad rows to what is really there
        table = RawTable(encoding="xlsx", sheet=str(sheet.title))
        budget = limits.max_rows + limits.header_search_rows + 1
        for line, row in enumerate(sheet.iter_rows(), start=1):
            cells = [_cell_text(table, line, col, cell) for col, cell in enumerate(row)]
            if any(cells):
                table.rows.append((line, cells))
                if len(table.rows) > budget:
                    raise RosterError([RosterProblem("too_many_rows", detail=str(limits.max_rows))])
        return table
    finally:
        book.close()


def _check_unzipped_size(path: Path, limits: RosterLimits) -> None:
    """Refuse archives that would inflate past the limit before any XML is parsed."""
    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        raise RosterError([RosterProblem("unreadable", detail="zip")]) from None
    if total > limits.max_unzipped_bytes:
        raise RosterError([RosterProblem("too_large", detail=str(limits.max_unzipped_bytes))])


def _choose_sheet(sheets: list[Any]) -> Any:
    """A sheet named like 명단/roster if there is one, else the first."""
    for sheet in sheets:
        title = str(sheet.title).casefold()
        if any(word in title for word in _ROSTER_SHEET):
            return sheet
    if not sheets:
        raise RosterError([RosterProblem("empty_file")])
    return sheets[0]


def _cell_text(table: RawTable, line: int, col: int, cell: Any) -> str:
    """One cell as text; formulas and error values are recorded and read as empty."""
    kind = getattr(cell, "data_type", "n")
    value = cell.value
    if value is None:
        return ""
    if kind == "f":
        table.formula_cells.append((line, col))
        return ""
    if kind == "e":
        table.error_cells.append((line, col, str(value)))
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        table.numeric_cells.add((line, col))
        return _number_text(value, str(getattr(cell, "number_format", "") or ""))
    if isinstance(value, datetime | date | time | timedelta):
        return _date_text(value)
    return clean_cell(str(value))


def _number_text(value: float, number_format: str) -> str:
    """Int-valued numbers without ".0", zero-padded when the format showed them padded."""
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    text = str(int(value))
    if _ZERO_PAD.fullmatch(number_format) and not text.startswith("-"):
        text = text.zfill(len(number_format))
    return text


def _date_text(value: datetime | date | time | timedelta) -> str:
    """ISO text; a datetime at midnight is a plain date, as Excel shows it."""
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return str(value)
