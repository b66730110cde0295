"""From a table of text cells to checked roster rows: all of them, or a refusal naming the rows.

Every problem found is collected before refusing, so the office can fix the file in one pass.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from kiosk.files.roster_headers import Header, find_header, normalise
from kiosk.files.roster_model import (
    FIELDS,
    SERIAL_LIMIT,
    RawTable,
    RosterError,
    RosterFile,
    RosterLimits,
    RosterProblem,
    RosterRow,
    column_letter,
)

_DIGITS = re.compile(r"[0-9]+")
_END_MARK = "이하여백"  # Korean forms close a table with "이하 여백" ("blank below")


def build_roster(table: RawTable, limits: RosterLimits) -> RosterFile:
    """Check the table and return the roster, or raise RosterError with every problem found."""
    if not table.rows and not table.formula_cells:
        raise RosterError([RosterProblem("empty_file")])
    header = find_header(table.rows, limits.header_search_rows)
    if header is None:
        raise RosterError([RosterProblem("missing_column", column="name")])
    if header.problems:
        raise RosterError(header.problems)
    warnings = header.warnings + _cell_problems(table, header, errors=False)
    errors = _cell_problems(table, header, errors=True)
    if errors:
        raise RosterError(errors)
    records = _records(table, header)
    rows, problems, notes = _rows(records, header, table, limits)
    unique, collapsed = _collapse(rows)
    problems += _conflicts(unique, collapsed)
    if not problems and not rows:
        problems.append(RosterProblem("empty_file"))
    if problems:
        raise RosterError(problems)
    warnings += notes + [_group("duplicate_collapsed", lines) for lines in collapsed.values()]
    columns = tuple(f for f in FIELDS if f in header.columns)
    return RosterFile(unique, warnings, table.encoding, columns, table.sheet, header.line)


def _cell_problems(table: RawTable, header: Header, *, errors: bool) -> list[RosterProblem]:
    """Formula and error cells: refusing in imported columns, a warning elsewhere."""
    used = set(header.columns.values())
    hits = [(line, col, "") for line, col in table.formula_cells if line >= header.line]
    bad = [(line, col, v) for line, col, v in table.error_cells if line >= header.line]
    problems = []
    for kind, cells in (("formula_cell", hits), ("error_cell", bad)):
        chosen = [(line, col, v) for line, col, v in cells if (col in used) == errors]
        if chosen:
            refs = _refs(chosen)
            lines = tuple(sorted({line for line, _, _ in chosen}))
            problems.append(RosterProblem(kind if errors else "formula_ignored", lines, "", refs))
    return problems


def _refs(cells: list[tuple[int, int, str]], shown: int = 20) -> str:
    """Cell references as Excel shows them ("C5", "D7(#N/A)"), the first `shown` of them."""
    refs = [f"{column_letter(col)}{line}" + (f"({v})" if v else "") for line, col, v in cells]
    more = len(refs) - shown
    return ", ".join(refs[:shown]) + (f" (+{more})" if more > 0 else "")


def _records(table: RawTable, header: Header) -> list[tuple[int, dict[str, str]]]:
    """Data rows after the header as field -> text, up to an "이하 여백" row."""
    records = []
    for line, cells in table.rows:
        if line <= header.line:
            continue
        filled = [cell for cell in cells if cell]
        if len(filled) == 1 and normalise(filled[0]) == _END_MARK:
            break
        values = {f: (cells[i] if i < len(cells) else "") for f, i in header.columns.items()}
        if any(values.values()):
            records.append((line, values))
    return records


def _rows(
    records: list[tuple[int, dict[str, str]]],
    header: Header,
    table: RawTable,
    limits: RosterLimits,
) -> tuple[list[RosterRow], list[RosterProblem], list[RosterProblem]]:
    """Rows plus refusals and warnings about single cells (lengths, names, serials, phones)."""
    found: dict[tuple[str, str], list[int]] = defaultdict(list)
    bad_serial: dict[int, str] = {}
    rows = []
    if len(records) > limits.max_rows:
        return [], [RosterProblem("too_many_rows", detail=str(limits.max_rows))], []
    phone_col = header.columns.get("phone")
    for line, values in records:
        for name, text in values.items():
            if len(text) > limits.max_cell_chars:
                found[("cell_too_long", name)].append(line)
        if not values["name"]:
            found[("empty_name", "name")].append(line)
        elif len(values["name"]) > limits.max_name_chars:
            found[("name_too_long", "name")].append(line)
        serial = _serial(values["serial"]) if "serial" in values else None
        if "serial" in values and serial is None:
            bad_serial[line] = values["serial"]
        phone = values.get("phone", "")
        if (line, phone_col) in table.numeric_cells and phone and not phone.startswith("0"):
            phone = "0" + phone  # Korean numbers all start with 0; Excel drops it from numbers
            found[("phone_zero_restored", "phone")].append(line)
        rows.append(_row(line, serial, values, phone))
    return rows, _problems(found, bad_serial, limits, errors=True), _problems(found, {}, limits)


def _problems(
    found: dict[tuple[str, str], list[int]],
    bad_serial: dict[int, str],
    limits: RosterLimits,
    *,
    errors: bool = False,
) -> list[RosterProblem]:
    """Group per-cell findings into one problem per kind and column."""
    out = []
    details = {
        "cell_too_long": str(limits.max_cell_chars),
        "name_too_long": str(limits.max_name_chars),
    }
    for (kind, column), lines in found.items():
        if (kind != "phone_zero_restored") == errors:
            out.append(RosterProblem(kind, tuple(lines), column, details.get(kind, "")))
    if bad_serial:
        first = next(iter(bad_serial.values()))
        out.append(RosterProblem("bad_serial", tuple(bad_serial), "serial", first))
    return out


def _serial(text: str) -> int | None:
    """A positive serial below 2**24, from ASCII or full-width digits; None if it is not one."""
    digits = unicodedata.normalize("NFKC", text)
    if not _DIGITS.fullmatch(digits):
        return None
    number = int(digits)
    return number if 0 < number < SERIAL_LIMIT else None


def _row(line: int, serial: int | None, values: dict[str, str], phone: str) -> RosterRow:
    get = values.get
    return RosterRow(
        line=line,
        serial=serial,
        name=values["name"],
        affiliation=values["affiliation"],
        department=get("department", ""),
        position=get("position", ""),
        employee_no=get("employee_no", ""),
        phone=phone,
        email=get("email", ""),
    )


def _key(row: RosterRow) -> tuple[object, ...]:
    """Everything but the line: two rows with equal keys are the same entry typed twice."""
    return (row.serial, row.name, row.affiliation, row.department, row.position,
            row.employee_no, row.phone, row.email)  # fmt: skip


def _collapse(rows: list[RosterRow]) -> tuple[list[RosterRow], dict[int, list[int]]]:
    """Keep the first of each exact duplicate; map a kept row's line to all its lines."""
    first: dict[tuple[object, ...], RosterRow] = {}
    lines: dict[int, list[int]] = {}
    for row in rows:
        kept = first.setdefault(_key(row), row)
        lines.setdefault(kept.line, []).append(row.line)
    return list(first.values()), {k: v for k, v in lines.items() if len(v) > 1}


def _conflicts(rows: list[RosterRow], collapsed: dict[int, list[int]]) -> list[RosterProblem]:
    """Different entries sharing a serial or a non-empty employee number, with all their rows."""
    problems = []
    for column in ("serial", "employee_no"):
        groups: dict[object, list[RosterRow]] = defaultdict(list)
        for row in rows:
            value = getattr(row, column)
            if value not in (None, ""):
                groups[value].append(row)
        for value, members in groups.items():
            if len(members) > 1:
                lines = sorted(n for r in members for n in collapsed.get(r.line, [r.line]))
                problems.append(
                    RosterProblem("conflicting_duplicate", tuple(lines), column, str(value))
                )
    problems.sort(key=lambda p: p.rows)
    return problems


def _group(kind: str, lines: list[int]) -> RosterProblem:
    return RosterProblem(kind, tuple(lines))
