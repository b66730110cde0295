"""CSV rosters: decode the bytes by a fixed ladder (never by guessing), then split the cells.

The ladder follows research/reliability.md section 3.2: a BOM decides (UTF-8 or UTF-16); NUL bytes
without a BOM mean a binary or BOM-less UTF-16 file; otherwise strict UTF-8, then strict CP949.
Statistical detectors misread short CP949 files (김민수 -> 梯團熱), so none is used.

The file is streamed, never held whole: the ladder checks it chunk by chunk, then the rows are
read one record at a time with every record's length capped before it is split, so a 16 MB line
of commas is refused after reading its first quarter megabyte instead of becoming 16 million cells.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from kiosk.domain.progress import ROWS_PER_REPORT, Progress, silent
from kiosk.files.roster_headers import header_score
from kiosk.files.roster_model import (
    RawRow,
    RawTable,
    RosterError,
    RosterLimits,
    RosterProblem,
    clean_cell,
    too_many_columns,
    trimmed,
)

DELIMITERS = (",", "\t", ";")
_CHUNK = 1 << 20
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)


def read_csv(path: Path, limits: RosterLimits, progress: Progress = silent) -> RawTable:
    """The rows of a CSV (or tab/semicolon separated) roster as text cells, read lazily;
    `progress` is told the bytes read of the file's size as the rows are taken."""
    codec = choose_codec(path)
    delimiter = choose_delimiter(path, codec, limits)
    return RawTable(_rows(path, codec, delimiter, limits, progress), encoding=codec)


def choose_codec(path: Path) -> str:
    """The codec that reads the whole file strictly, or RosterError("undecodable") naming the row
    and byte where the furthest-reaching candidate stopped."""
    with path.open("rb") as handle:
        head = handle.read(4)
    for bom, codec, plain in _BOMS:
        if head.startswith(bom):
            failure = _first_bad_byte(path, codec, plain)
            if failure:
                raise RosterError([_undecodable(*failure)])
            return codec
    nul = _first_nul(path)
    if nul:
        raise RosterError([_undecodable(*nul)])
    furthest = (-1, 0)
    for codec in ("utf-8", "cp949"):
        failure = _first_bad_byte(path, codec, codec)
        if failure is None:
            return codec
        furthest = max(furthest, failure)
    raise RosterError([_undecodable(*furthest)])


def _first_bad_byte(path: Path, codec: str, plain: str) -> tuple[int, int] | None:
    """(byte offset, line) of the first byte `codec` cannot read, or None if it reads it all."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    offset = lines = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            pending = len(decoder.getstate()[0])
            try:
                lines += decoder.decode(chunk).count("\n")
            except UnicodeDecodeError as exc:
                prefix = exc.object[: exc.start].decode(plain, errors="replace")
                return offset - pending + exc.start, lines + prefix.count("\n") + 1
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return offset - len(decoder.getstate()[0]), lines + 1
    return None


def _first_nul(path: Path) -> tuple[int, int] | None:
    """(byte offset, line) of the first NUL byte, which no text roster holds."""
    offset = lines = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            found = chunk.find(b"\x00")
            if found >= 0:
                return offset + found, lines + chunk.count(b"\n", 0, found) + 1
            offset, lines = offset + len(chunk), lines + chunk.count(b"\n")
    return None


def _undecodable(offset: int, line: int) -> RosterProblem:
    return RosterProblem("undecodable", rows=(line,), detail=str(offset))


def choose_delimiter(path: Path, codec: str, limits: RosterLimits) -> str:
    """The delimiter (comma, tab or semicolon) under which the header row is best recognised.

    A wrong delimiter leaves "이름,소속" as one unrecognisable cell, so trying each and keeping
    the one that finds the most known header names is decisive; comma wins ties.
    """
    head: list[str] = []
    with path.open(encoding=codec, newline="") as handle:
        while len(head) < limits.header_search_rows:
            line = handle.readline(limits.max_row_chars)
            if not line:
                break
            if line.strip():
                head.append(line.removeprefix("\ufeff"))
    best, best_score = DELIMITERS[0], 0
    for delimiter in DELIMITERS:
        try:
            records = list(csv.reader(head, delimiter=delimiter))
        except csv.Error:
            continue
        score = max((header_score(cells) for cells in records), default=0)
        if score > best_score:
            best, best_score = delimiter, score
    return best


class _Lines:
    """The file's physical lines for csv.reader, refusing a record longer than the limit."""

    def __init__(self, handle: TextIO, limit: int) -> None:
        self._handle, self._limit = handle, limit
        self.record, self.chars = 1, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        line = self._handle.readline(self._limit + 1 - self.chars)
        if not line:
            raise StopIteration
        self.chars += len(line)
        if self.chars > self._limit:
            raise RosterError(
                [RosterProblem("row_too_long", rows=(self.record,), detail=str(self._limit))]
            )
        return line

    def next_record(self) -> None:
        self.record, self.chars = self.record + 1, 0


def _rows(
    path: Path, codec: str, delimiter: str, limits: RosterLimits, progress: Progress
) -> Iterator[RawRow]:
    """Non-empty records as cells; a record's number is the row Excel would show it on."""
    size = max(path.stat().st_size, 1)
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding=codec, newline="") as handle:
        lines = _Lines(handle, limits.max_row_chars)
        reader = csv.reader(lines, delimiter=delimiter, strict=True)
        try:
            for record in reader:
                cells = trimmed([clean_cell(cell) for cell in record])
                if len(cells) > limits.max_columns:
                    raise RosterError([too_many_columns(lines.record, limits)])
                if cells:
                    yield RawRow(lines.record, cells)
                if lines.record % ROWS_PER_REPORT == 0:
                    progress(raw.tell(), size)  # the bytes the text layer took
                lines.next_record()
        except csv.Error as exc:
            raise RosterError([RosterProblem("bad_csv", (lines.record,), "", str(exc))]) from None
