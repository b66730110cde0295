"""CSV rosters: decode the bytes by a fixed ladder (never by guessing), then split the cells.

The ladder follows research/reliability.md section 3.2: a BOM decides (UTF-8 or UTF-16); NUL bytes
without a BOM mean a binary or BOM-less UTF-16 file; otherwise strict UTF-8, then strict CP949.
Statistical detectors misread short CP949 files (김민수 -> 梯團熱), so none is used.
"""

from __future__ import annotations

import codecs
import csv
import io

from kiosk.files.roster_headers import header_score
from kiosk.files.roster_model import (
    RawTable,
    RosterError,
    RosterLimits,
    RosterProblem,
    clean_cell,
)

DELIMITERS = (",", "\t", ";")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_csv(data: bytes, limits: RosterLimits) -> RawTable:
    """Decode and split a CSV (or tab/semicolon separated) roster into text cells."""
    text, encoding = decode(data)
    text = text.removeprefix("\ufeff")
    delimiter = choose_delimiter(text, limits.header_search_rows)
    table = RawTable(encoding=encoding)
    budget = limits.max_rows + limits.header_search_rows + 1
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    line = 0
    try:
        for line, record in enumerate(reader, start=1):
            cells = [clean_cell(cell) for cell in record]
            if any(cells):
                table.rows.append((line, cells))
                if len(table.rows) > budget:
                    raise RosterError([RosterProblem("too_many_rows", detail=str(limits.max_rows))])
    except csv.Error as exc:
        raise RosterError([RosterProblem("bad_csv", rows=(line + 1,), detail=str(exc))]) from None
    return table


def decode(data: bytes) -> tuple[str, str]:
    """Text and the codec that read it, or RosterError("undecodable") naming row and byte."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, (codec,))
    nul = data.find(b"\x00")
    if nul >= 0:
        raise RosterError([_undecodable(data, nul, "latin-1")])
    return _strict(data, ("utf-8", "cp949"))


def _strict(data: bytes, codecs_in_order: tuple[str, ...]) -> tuple[str, str]:
    """Try each codec strictly; on failure report where the furthest-reaching codec stopped."""
    furthest = (-1, codecs_in_order[0])
    for codec in codecs_in_order:
        try:
            return data.decode(codec), codec
        except UnicodeDecodeError as exc:
            furthest = max(furthest, (exc.start, codec))
    raise RosterError([_undecodable(data, *furthest)])


def _undecodable(data: bytes, offset: int, codec: str) -> RosterProblem:
    """Name the text line holding the bad byte (the prefix before it decodes by construction)."""
    prefix = data[:offset].decode(codec, errors="replace")
    return RosterProblem("undecodable", rows=(prefix.count("\n") + 1,), detail=str(offset))


def choose_delimiter(text: str, search_rows: int) -> str:
    """The delimiter (comma, tab or semicolon) under which the header row is best recognised.

    A wrong delimiter leaves "이름,소속" as one unrecognisable cell, so trying each and keeping
    the one that finds the most known header names is decisive; comma wins ties.
    """
    head = [line for line in text.splitlines() if line.strip()][:search_rows]
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
