"""The values a roster import produces: rows, problems, the whole file, and the refusal.

Kept apart from the parsing modules so that the CSV reader, the XLSX reader and the checks can
all speak the same types without importing one another.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from kiosk.domain.model import Attendee

FIELDS: tuple[str, ...] = (
    "name",
    "affiliation",
    "department",
    "position",
    "employee_no",
    "phone",
    "email",
)
REQUIRED: tuple[str, ...] = ("name", "affiliation")


@dataclass(frozen=True, slots=True)
class RosterLimits:
    """Guards against files no office roster should be (and against zip or memory bombs)."""

    max_bytes: int = 64 * 1024 * 1024
    max_unzipped_bytes: int = 256 * 1024 * 1024
    max_strings_bytes: int = 64 * 1024 * 1024  # an XLSX's shared-string table, unzipped
    max_rows: int = 50_000  # an auditorium roster; keeps a whole import under 200 MB
    max_columns: int = 16_384  # Excel's own width (A..XFD)
    max_row_chars: int = 256 * 1024  # one row's text, all cells together
    max_cell_chars: int = 1_000
    max_name_chars: int = 50
    header_search_rows: int = 10
    max_merged_ranges: int = 10_000  # an XLSX sheet's merged cell ranges (<mergeCell>)


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One person as the file gave them. `line` is the row number Excel shows (header = its row)."""

    line: int
    name: str
    affiliation: str
    department: str = ""
    position: str = ""
    employee_no: str = ""
    phone: str = ""
    email: str = ""

    @property
    def phone_digits(self) -> str:
        """The phone number with only its digits, for matching; `phone` keeps what was typed."""
        return "".join(ch for ch in self.phone if ch.isascii() and ch.isdigit())

    def as_attendee(self) -> Attendee:
        """The person as an Attendee with serial 0: serials are given by the store, never a file."""
        return Attendee(
            serial=0,
            name=self.name,
            affiliation=self.affiliation,
            department=self.department,
            position=self.position,
            employee_no=self.employee_no,
            phone=self.phone,
            email=self.email,
        )


@dataclass(frozen=True, slots=True)
class RosterProblem:
    """Why a file was refused (or what was tolerated). `kind` is a short stable code.

    `rows` are user-visible row numbers; `column` is a field name ("name", "employee_no", ...)
    or, for ignored columns, the header text; `detail` holds the one value the message needs
    (a duplicate's id, a byte offset, a limit, cell references).
    """

    kind: str
    rows: tuple[int, ...] = ()
    column: str = ""
    detail: str = ""


@dataclass(frozen=True, slots=True)
class RosterFile:
    """A roster that passed every check. `columns` are the fields the file had."""

    rows: list[RosterRow]
    warnings: list[RosterProblem]
    encoding: str = ""
    columns: tuple[str, ...] = ()
    sheet: str = ""
    header_line: int = 1


class RosterError(Exception):
    """The file is refused as a whole; nothing from it may be stored."""

    def __init__(self, problems: list[RosterProblem]) -> None:
        self.problems = list(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        """For logs, in plain English codes; people read kiosk.wording.roster's sentences."""
        return "; ".join(_plain(problem) for problem in self.problems)


def _plain(problem: RosterProblem) -> str:
    where = f" rows {', '.join(map(str, problem.rows))}" if problem.rows else ""
    column = f" column {problem.column}" if problem.column else ""
    detail = f": {problem.detail}" if problem.detail else ""
    return f"{problem.kind}{where}{column}{detail}"


@dataclass(slots=True)
class RawRow:
    """One non-empty row as text cells (trailing empty cells dropped), before any header is known.

    `formulas`, `errors` and `numbers` are 0-based columns whose cell held a formula (read as
    empty), an error value (with its text) or a number; `hidden` marks a row hidden in Excel.
    """

    line: int
    cells: list[str]
    formulas: tuple[int, ...] = ()
    errors: tuple[tuple[int, str], ...] = ()
    numbers: tuple[int, ...] = ()
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class Merge:
    """A merged cell range of a sheet: its first and last rows (as Excel numbers them) and its
    first and last columns (0-based). Only the first cell holds the value Excel shows."""

    first_line: int
    first_col: int
    last_line: int
    last_col: int

    @property
    def ref(self) -> str:
        first = f"{column_letter(self.first_col)}{self.first_line}"
        return f"{first}:{column_letter(self.last_col)}{self.last_line}"


@dataclass(slots=True)
class RawTable:
    """A file's rows, read lazily (one row in memory at a time), and what the reader noticed.

    `notes` are warnings about the file as a whole (the sheet read, sheets skipped); readers may
    add to them while `rows` is being consumed. `merges` are the sheet's merged cell ranges.
    """

    rows: Iterator[RawRow]
    encoding: str = ""
    sheet: str = ""
    notes: list[RosterProblem] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    close: Callable[[], None] = lambda: None  # the file, even if no row was ever read


def column_letter(index: int) -> str:
    """Spreadsheet letters for a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def trimmed(cells: list[str]) -> list[str]:
    """`cells` without its trailing empty cells (a row of 16,000 commas is no cells at all)."""
    end = len(cells)
    while end and not cells[end - 1]:
        end -= 1
    del cells[end:]
    return cells


def too_many_columns(line: int, limits: RosterLimits) -> RosterProblem:
    return RosterProblem("too_many_columns", (line,), detail=str(limits.max_columns))


_LINE_BREAKS = {"\t": " ", "\n": " ", "\r": " "}


def clean_cell(value: str) -> str:
    """A cell as the roster keeps it: NFC, trimmed, without control or direction characters.

    Escape sequences, BEL or a right-to-left override inside a name would make the screen and
    the exports show something other than what the office typed; tabs and line breaks become
    spaces.
    """
    text = unicodedata.normalize("NFC", value)
    if text.isprintable():  # the usual cell: no control, format or odd space characters at all
        return text.strip()
    kept = (
        _LINE_BREAKS.get(ch, ch)
        for ch in text
        if ch in _LINE_BREAKS or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    return "".join(kept).strip()
