"""The CSV export: UTF-8 with BOM (what Korean Excel reads as Unicode), or CP949 on request.

The file opens with the statement of purpose as label,value lines and a blank line, then the
attendance table. CP949 (Korean Windows' ANSI code page) lacks emoji, rare Hanja, accented
letters and more: rather than write '?', the export is refused, naming every row and character
that does not fit, and nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.progress import Progress, silent
from kiosk.files.export import HEADER, ExportData, csv_text
from kiosk.files.safe_text import neutralize

ENCODINGS = ("utf-8-sig", "cp949")


@dataclass(frozen=True, slots=True)
class Unencodable:
    """A character the chosen encoding cannot hold: where it is and what it is."""

    number: str  # the row's 번호, or the purpose label for the heading lines
    column: str
    character: str

    @property
    def codepoint(self) -> str:
        return f"U+{ord(self.character):04X}"


class EncodingRefused(Exception):
    """The export would lose characters in this encoding; nothing was written."""

    def __init__(self, encoding: str, problems: list[Unencodable]) -> None:
        super().__init__(f"{encoding}: {len(problems)} characters cannot be written")
        self.encoding = encoding
        self.problems = problems


def csv_bytes(data: ExportData, encoding: str = "utf-8-sig", progress: Progress = silent) -> bytes:
    """The CSV file's bytes; raises EncodingRefused rather than substitute a character.
    `progress` is told the rows done; it may raise Cancelled (nothing is written here)."""
    if encoding not in ENCODINGS:
        raise ValueError(f"unsupported encoding {encoding!r}; use one of {ENCODINGS}")
    data.build_table(progress)
    heading = [[neutralize(label), neutralize(value)] for label, value in data.purpose()]
    text = csv_text(heading) + "\r\n" + data.table_csv
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        raise EncodingRefused(encoding, _unencodable(heading, data.table, encoding)) from None


def _unencodable(
    heading: list[list[str]], table: list[list[str]], encoding: str
) -> list[Unencodable]:
    found = []
    for label, value in heading:
        found += [Unencodable(label, "", c) for c in _misfits(value, encoding)]
    for row in table[1:]:
        for column, cell in zip(HEADER, row, strict=True):
            found += [Unencodable(row[0], column, c) for c in _misfits(cell, encoding)]
    return found


def _misfits(text: str, encoding: str) -> list[str]:
    """Distinct characters of `text` the encoding cannot hold, in order of appearance."""
    misfits: list[str] = []
    for character in text:
        if character in misfits:
            continue
        try:
            character.encode(encoding)
        except UnicodeEncodeError:
            misfits.append(character)
    return misfits
