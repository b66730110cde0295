"""The values a roster import produces: rows, problems, the whole file, and the refusal.

Kept apart from the parsing modules so that the CSV reader, the XLSX reader and the checks can
all speak the same types without importing one another.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from kiosk.domain.model import Attendee

FIELDS: tuple[str, ...] = (
    "serial",
    "name",
    "affiliation",
    "department",
    "position",
    "employee_no",
    "phone",
    "email",
)
REQUIRED: tuple[str, ...] = ("name", "affiliation")
SERIAL_LIMIT = 16_777_216  # serials must fit the ticket's 24-bit attendee number


@dataclass(frozen=True, slots=True)
class RosterLimits:
    """Guards against files no office roster should be (and against zip or memory bombs)."""

    max_bytes: int = 64 * 1024 * 1024
    max_unzipped_bytes: int = 512 * 1024 * 1024
    max_rows: int = 200_000
    max_cell_chars: int = 1_000
    max_name_chars: int = 50
    header_search_rows: int = 10


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One person as the file gave them. `line` is the row number Excel shows (header = its row)."""

    line: int
    serial: int | None
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

    def as_attendee(self, serial: int | None = None) -> Attendee:
        """An Attendee with the file's serial, or `serial` when the file had no serial column."""
        number = self.serial if serial is None else serial
        if number is None:
            raise ValueError(f"row {self.line} has no serial; pass one")
        return Attendee(
            serial=number,
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

    @property
    def has_serial(self) -> bool:
        return "serial" in self.columns


class RosterError(Exception):
    """The file is refused as a whole; nothing from it may be stored."""

    def __init__(self, problems: list[RosterProblem]) -> None:
        self.problems = list(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        from kiosk.files.roster_text import describe_all

        return describe_all(self.problems, "ko")


@dataclass(slots=True)
class RawTable:
    """Cells as text, before any header is known. Readers fill it; the checks consume it."""

    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    encoding: str = ""
    sheet: str = ""
    formula_cells: list[tuple[int, int]] = field(default_factory=list)  # (line, 0-based column)
    error_cells: list[tuple[int, int, str]] = field(default_factory=list)
    numeric_cells: set[tuple[int, int]] = field(default_factory=set)


def column_letter(index: int) -> str:
    """Spreadsheet letters for a 0-based column index (0 -> A, 26 -> AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


_LINE_BREAKS = {"\t": " ", "\n": " ", "\r": " "}


def clean_cell(value: str) -> str:
    """A cell as the roster keeps it: NFC, trimmed, without control or direction characters.

    Escape sequences, BEL or a right-to-left override inside a name would make the screen and
    the exports show something other than what the office typed; tabs and line breaks become
    spaces.
    """
    text = unicodedata.normalize("NFC", value)
    kept = (
        _LINE_BREAKS.get(ch, ch)
        for ch in text
        if ch in _LINE_BREAKS or unicodedata.category(ch) not in ("Cc", "Cf")
    )
    return "".join(kept).strip()
