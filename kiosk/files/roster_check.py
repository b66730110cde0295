"""From a file's rows to checked roster rows: all of them, or a refusal naming the rows.

The rows arrive one at a time (the readers stream); once the header is found, only the imported
fields of each row are kept. Every problem found is collected before refusing, so the office can
fix the file in one pass. Rows hidden in Excel and total rows ("합계", "총 500명") are skipped
and reported, never imported as people; a total word as a name beside ordinary text is refused.
An XLSX's vertically merged cells (one 소속 over several people) give their value to every row
they cover, in the imported columns other than the name, and are reported.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator

from kiosk.files.roster_headers import (
    Header,
    header_score,
    is_count,
    is_total,
    is_total_label,
    map_columns,
    normalise,
)
from kiosk.files.roster_model import (
    FIELDS,
    Merge,
    RawRow,
    RawTable,
    RosterError,
    RosterFile,
    RosterLimits,
    RosterProblem,
    RosterRow,
    column_letter,
)

_END_MARK = "이하여백"  # Korean forms close a table with "이하 여백" ("blank below")
_SHOWN_CELLS = 20
_SHARED = ("affiliation", "department", "position")  # few distinct values: stored once each


def build_roster(table: RawTable, limits: RosterLimits) -> RosterFile:
    """Check the rows and return the roster, or raise RosterError with every problem found."""
    rows = table.rows
    try:
        check = _Check(limits)
        header = check.find_header(rows)
        check.plan_merges(header, table.merges)
        check.read(header, rows)
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    people, warnings = check.result(header)
    columns = tuple(f for f in FIELDS if f in header.columns)
    notes = table.notes + warnings
    return RosterFile(people, notes, table.encoding, columns, table.sheet, header.line)


class _Check:
    """The state of one pass over the rows: people kept, and every finding so far."""

    def __init__(self, limits: RosterLimits) -> None:
        self.limits = limits
        self.head: list[RawRow] = []
        self.people: list[RosterRow] = []
        self.found: dict[tuple[str, str], list[int]] = defaultdict(list)
        self.cells: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        self.cell_lines: dict[str, set[int]] = defaultdict(set)
        self.hashes: dict[int, int] = {}  # a row's content hash -> its index in people
        self.copies: dict[int, list[int]] = {}  # index in people -> lines of its exact copies
        self.by_number: dict[str, int] = {}  # employee number -> index in people
        self.shared: dict[str, str] = {}
        self.seen = 0
        self.merges: dict[int, list[Merge]] = {}  # column -> vertical merges, by first line
        self.merge_starts: dict[int, list[int]] = {}
        self.merge_tops: dict[Merge, str] = {}  # a merge -> the value in its first cell
        self.merges_filled: dict[Merge, None] = {}
        self.merge_lines: list[int] = []
        self.total_names: dict[str, None] = {}

    def find_header(self, rows: Iterator[RawRow]) -> Header:
        """The first of the first non-empty rows that has a name column, mapped."""
        for row in self._visible(rows):
            self.head.append(row)
            if header_score(row.cells):
                header = map_columns(row.line, row.cells)
                if header.problems:
                    raise RosterError(header.problems)
                self._formulas(header, row)
                return header
            if len(self.head) >= self.limits.header_search_rows:
                break
        if not self.head:
            raise RosterError([RosterProblem("empty_file")])
        raise RosterError([RosterProblem("missing_column", column="name")])

    def plan_merges(self, header: Header, merges: list[Merge]) -> None:
        """The merges to fill: down the rows below the header, in imported columns but the name
        (a name over two rows is one person, not two). A merge across a row fills nothing:
        each column is a different field, and Excel shows its value in the first one only."""
        columns = {i for f, i in header.columns.items() if f != "name"}
        for merge in merges:
            if merge.first_col in columns and merge.last_line > merge.first_line > header.line:
                self.merges.setdefault(merge.first_col, []).append(merge)
        for column, found in self.merges.items():
            found.sort(key=lambda m: m.first_line)
            self.merge_starts[column] = [m.first_line for m in found]

    def read(self, header: Header, rows: Iterator[RawRow]) -> None:
        """Every data row below the header, up to an "이하 여백" row."""
        for row in self._visible(rows):
            filled = [cell for cell in row.cells if cell]
            if len(filled) == 1 and normalise(filled[0]) == _END_MARK:
                break
            self._row(header, row)

    def _visible(self, rows: Iterator[RawRow]) -> Iterator[RawRow]:
        """Rows not hidden in Excel (hidden ones are counted for the report), within the limit."""
        budget = self.limits.max_rows + self.limits.header_search_rows + 1
        for row in rows:
            self.seen += 1
            if self.seen > budget:
                limit = str(self.limits.max_rows)
                raise RosterError([RosterProblem("too_many_rows", detail=limit)])
            if row.hidden:
                if row.cells:
                    self.found[("hidden_rows_skipped", "")].append(row.line)
                continue
            yield row

    def _row(self, header: Header, row: RawRow) -> None:
        cells = row.cells
        values = {f: (cells[i] if i < len(cells) else "") for f, i in header.columns.items()}
        total = _is_total(values, cells)
        if total and values["name"] and not _only_counts(values):
            self.found[("ambiguous_total_row", "name")].append(row.line)
            if len(self.total_names) < _SHOWN_CELLS:
                self.total_names[values["name"]] = None
            return
        if total:
            self.found[("total_rows_skipped", "")].append(row.line)
            return
        self._formulas(header, row)
        if any(values.values()):
            if self.merges:
                self._fill_merged(header, row.line, values)
            self._person(header, row, values)

    def _fill_merged(self, header: Header, line: int, values: dict[str, str]) -> None:
        """Give an empty cell under a merge's first cell the value shown there."""
        for field, column in header.columns.items():
            starts = self.merge_starts.get(column)
            if not starts:
                continue
            index = bisect_right(starts, line) - 1
            if index < 0 or self.merges[column][index].last_line < line:
                continue
            merge = self.merges[column][index]
            if line == merge.first_line:
                self.merge_tops[merge] = values[field]
            elif not values[field] and self.merge_tops.get(merge):
                values[field] = self.merge_tops[merge]
                self.merges_filled[merge] = None
                if not self.merge_lines or self.merge_lines[-1] != line:
                    self.merge_lines.append(line)

    def _formulas(self, header: Header, row: RawRow) -> None:
        """Formula and error cells: refusing in imported columns, a warning elsewhere."""
        used = set(header.columns.values())
        marked = [(col, "") for col in row.formulas] + list(row.errors)
        for col, value in marked:
            kind = ("formula_cell" if value == "" else "error_cell") if col in used else "ignored"
            self.cell_lines[kind].add(row.line)
            if len(self.cells[kind]) <= _SHOWN_CELLS:
                self.cells[kind].append((row.line, col, value))

    def _person(self, header: Header, row: RawRow, values: dict[str, str]) -> None:
        line, limits = row.line, self.limits
        if len(self.people) >= limits.max_rows:
            raise RosterError([RosterProblem("too_many_rows", detail=str(limits.max_rows))])
        for name, text in values.items():
            if len(text) > limits.max_cell_chars:
                self.found[("cell_too_long", name)].append(line)
        if not values["name"]:
            self.found[("empty_name", "name")].append(line)
        elif len(values["name"]) > limits.max_name_chars:
            self.found[("name_too_long", "name")].append(line)
        phone = values.get("phone", "")
        if header.columns.get("phone") in row.numbers and phone and not phone.startswith("0"):
            phone = "0" + phone  # Korean numbers all start with 0; Excel drops it from numbers
            self.found[("phone_zero_restored", "phone")].append(line)
        for name in _SHARED:
            if name in values:
                values[name] = self.shared.setdefault(values[name], values[name])
        self._keep(_person_row(line, values, phone))

    def _keep(self, person: RosterRow) -> None:
        """Keep the first of each exact copy; note employee numbers two people share."""
        digest = hash(_key(person))
        first = self.hashes.get(digest)
        if first is not None and _key(self.people[first]) == _key(person):
            self.copies.setdefault(first, [self.people[first].line]).append(person.line)
            return
        self.hashes.setdefault(digest, len(self.people))
        self.people.append(person)
        if person.employee_no:
            self.by_number.setdefault(person.employee_no, len(self.people) - 1)

    def result(self, header: Header) -> tuple[list[RosterRow], list[RosterProblem]]:
        """The people and the warnings, or RosterError with every problem found."""
        kinds = ("formula_cell", "error_cell")
        errors = [self._cells_problem(kind, kind) for kind in kinds if self.cells[kind]]
        if errors:
            raise RosterError(errors)
        problems = self._grouped(errors=True) + self._conflicts()
        if not problems and not self.people:
            problems.append(RosterProblem("empty_file"))
        if problems:
            raise RosterError(problems)
        warnings = list(header.warnings)
        if self.cells["ignored"]:
            warnings.append(self._cells_problem("ignored", "formula_ignored"))
        warnings += self._grouped(errors=False)
        warnings += [RosterProblem("duplicate_collapsed", tuple(v)) for v in self.copies.values()]
        if self.merges_filled:
            refs = [merge.ref for merge in self.merges_filled]
            more = len(refs) - _SHOWN_CELLS
            shown = ", ".join(refs[:_SHOWN_CELLS]) + (f" (+{more})" if more > 0 else "")
            lines = tuple(sorted(set(self.merge_lines)))
            warnings.append(RosterProblem("merged_cells_filled", lines, "", shown))
        return self.people, warnings

    def _cells_problem(self, kind: str, name: str) -> RosterProblem:
        """Cell references as Excel shows them ("C5", "D7(#N/A)"), the first ones only."""
        cells = self.cells[kind]
        refs = [f"{column_letter(col)}{line}" + (f"({v})" if v else "") for line, col, v in cells]
        more = len(self.cell_lines[kind]) - _SHOWN_CELLS if len(refs) > _SHOWN_CELLS else 0
        shown = ", ".join(refs[:_SHOWN_CELLS]) + (f" (+{more})" if more > 0 else "")
        return RosterProblem(name, tuple(sorted(self.cell_lines[kind])), "", shown)

    def _grouped(self, *, errors: bool) -> list[RosterProblem]:
        """One problem per kind and column, naming every row concerned."""
        notices = ("phone_zero_restored", "hidden_rows_skipped", "total_rows_skipped")
        details = {
            "cell_too_long": str(self.limits.max_cell_chars),
            "name_too_long": str(self.limits.max_name_chars),
            "ambiguous_total_row": ", ".join(self.total_names),
        }
        return [
            RosterProblem(kind, tuple(lines), column, details.get(kind, ""))
            for (kind, column), lines in self.found.items()
            if (kind not in notices) == errors
        ]

    def _conflicts(self) -> list[RosterProblem]:
        """Different people sharing a non-empty employee number, with all their rows."""
        groups: dict[str, list[int]] = defaultdict(list)
        for index, person in enumerate(self.people):
            if person.employee_no and self.by_number[person.employee_no] != index:
                groups[person.employee_no].append(index)
        problems = []
        for number, others in groups.items():
            members = [self.by_number[number], *others]
            lines = sorted(n for i in members for n in self.copies.get(i, [self.people[i].line]))
            problems.append(
                RosterProblem("conflicting_duplicate", tuple(lines), "employee_no", number)
            )
        problems.sort(key=lambda p: p.rows)
        return problems


def _is_total(values: dict[str, str], cells: list[str]) -> bool:
    """A total row: a total or a count where the name would be, or a total label elsewhere
    beside an empty name, with nothing but numbers in the other imported columns."""
    if values["name"]:
        return is_total(values["name"])
    labelled = any(is_total_label(cell) for cell in cells if cell)
    return labelled and _only_counts(values)


def _only_counts(values: dict[str, str]) -> bool:
    """Beside the name, what a total row holds: empty cells, numbers, counts, and at most one
    label naming its group ("소계 | 본청 | | 12"). A row with two labels, or with an e-mail or
    phone, looks like a person whose name happens to be a total word."""
    labels = [
        f
        for f, text in values.items()
        if f != "name" and text and not (is_count(text) or is_total(text))
    ]
    identifying = {"employee_no", "phone", "email"}
    return len(labels) <= 1 and not identifying.intersection(labels)


def _person_row(line: int, values: dict[str, str], phone: str) -> RosterRow:
    get = values.get
    return RosterRow(
        line=line,
        name=values["name"],
        affiliation=values["affiliation"],
        department=get("department", ""),
        position=get("position", ""),
        employee_no=get("employee_no", ""),
        phone=phone,
        email=get("email", ""),
    )


def _key(row: RosterRow) -> tuple[str, ...]:
    """Everything but the line: two rows with equal keys are the same entry typed twice."""
    return (row.name, row.affiliation, row.department, row.position,
            row.employee_no, row.phone, row.email)  # fmt: skip
