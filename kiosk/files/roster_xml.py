"""Streaming readers for the XML parts of an XLSX: no tree is ever built.

expat hands over one tag at a time; a sheet is read row by row and every row is capped (columns,
cells, characters) while it is being read, so a zip bomb that inflates to one enormous row, or to
millions of shared strings, is refused or stored compactly instead of filling the memory.
A document type declaration (never present in a real workbook) is refused, so entity tricks are
not even parsed.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterator
from typing import IO, Protocol
from xml.parsers import expat

from kiosk.files.roster_model import (
    Merge,
    RawRow,
    RosterError,
    RosterLimits,
    RosterProblem,
    too_many_columns,
)

EXCEL_MAX_ROWS = 1_048_576
_CHUNK = 1 << 16
_LETTERS = re.compile(r"[A-Za-z]{1,3}")
_MERGE_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\s[^<>]*>")
_MERGE_REF = re.compile(
    rb"""\sref\s*=\s*["']([A-Za-z]{1,3})([0-9]{1,7}):([A-Za-z]{1,3})([0-9]{1,7})"""
)
_LONGEST_TAG = 1024  # a <mergeCell ref="..."/> is far shorter; longer tags are something else

Start = Callable[[str, dict[str, str]], None]
End = Callable[[str], None]
Text = Callable[[str], None]


def unreadable(what: str) -> RosterError:
    return RosterError([RosterProblem("unreadable", detail=what)])


def _refuse_dtd(*_: object) -> None:
    raise unreadable("xml")


def parser(
    start: Start, end: End, text: Text | None = None, *, local: bool = False
) -> expat.XMLParserType:
    """An expat parser calling back with local tag names (namespace prefixes dropped, unless
    `local` says the callbacks drop them themselves, which saves a call per tag)."""
    made = expat.ParserCreate()
    made.buffer_text = True
    if local:
        made.StartElementHandler, made.EndElementHandler = start, end
    else:
        made.StartElementHandler = lambda name, attrs: start(name.rpartition(":")[2], attrs)
        made.EndElementHandler = lambda name: end(name.rpartition(":")[2])
    if text is not None:
        made.CharacterDataHandler = text
    made.StartDoctypeDeclHandler = _refuse_dtd
    made.EntityDeclHandler = _refuse_dtd
    return made


def feed(made: expat.XMLParserType, stream: IO[bytes]) -> Iterator[None]:
    """Feed `stream` to the parser a chunk at a time, pausing after each chunk."""
    try:
        while chunk := stream.read(_CHUNK):
            made.Parse(chunk, False)
            yield
        made.Parse(b"", True)
    except expat.ExpatError:
        raise unreadable("xml") from None
    yield


def attributes(stream: IO[bytes], wanted: set[str]) -> list[tuple[str, dict[str, str]]]:
    """Every element named in `wanted`, with its attributes (for the small index parts)."""
    found: list[tuple[str, dict[str, str]]] = []
    made = parser(lambda name, attrs: found.append((name, attrs)) if name in wanted else None,
                  lambda name: None)  # fmt: skip
    for _ in feed(made, stream):
        pass
    return found


class SharedStrings:
    """The shared-string table, stored as one UTF-8 buffer and an array of end offsets."""

    def __init__(self) -> None:
        self._data = bytearray()
        self._ends = array("Q")

    def append(self, text: str) -> None:
        self._data += text.encode()
        self._ends.append(len(self._data))

    def __getitem__(self, index: int) -> str:
        start = self._ends[index - 1] if index > 0 else 0
        return self._data[start : self._ends[index]].decode()

    def __len__(self) -> int:
        return len(self._ends)


def read_strings(stream: IO[bytes], cap: int) -> SharedStrings:
    """Each <si>'s text (phonetic <rPh> runs left out), cut after `cap` characters."""
    table = SharedStrings()
    parts: list[str] = []
    state = {"in_t": False, "rph": 0, "length": 0}

    def start(name: str, _: dict[str, str]) -> None:
        if name == "si":
            parts.clear()
            state["length"] = 0
        state["in_t"] = name == "t" and not state["rph"]
        state["rph"] += name == "rPh"

    def end(name: str) -> None:
        state["in_t"] = False
        state["rph"] -= name == "rPh"
        if name == "si":
            table.append("".join(parts)[:cap])

    def text(data: str) -> None:
        if state["in_t"] and state["length"] <= cap:
            parts.append(data)
            state["length"] += len(data)

    for _ in feed(parser(start, end, text), stream):
        pass
    return table


def merged_ranges(stream: IO[bytes], cap: int) -> list[Merge]:
    """The <mergeCell> ranges of a sheet part (they follow its rows), at most `cap` of them.

    A cheap pass over the bytes before the rows are read: markup "<" cannot appear in XML text
    unescaped, so a regular expression finds the tags without parsing every cell; only an
    unfinished tag at the end of a chunk is carried over to the next one.
    """
    found: list[Merge] = []
    carry = b""
    while chunk := stream.read(_CHUNK):
        data = carry + chunk
        tags = _MERGE_TAG.finditer(data) if b"mergeCell" in data else ()
        for tag in tags:
            ref = _MERGE_REF.search(tag.group())
            if ref is None:
                continue
            if len(found) >= cap:
                raise RosterError([RosterProblem("too_many_merged_ranges", detail=str(cap))])
            first_col, last_col = _column(ref[1].decode()) - 1, _column(ref[3].decode()) - 1
            first_line, last_line = int(ref[2]), int(ref[4])
            found.append(
                Merge(min(first_line, last_line), min(first_col, last_col),
                      max(first_line, last_line), max(first_col, last_col))
            )  # fmt: skip
        opening = data.rfind(b"<")
        unfinished = opening >= 0 and data.find(b">", opening) < 0
        carry = data[opening:] if unfinished and len(data) - opening <= _LONGEST_TAG else b""
    return found


class CellReader(Protocol):
    def __call__(self, kind: str, raw: str, style: str, formula: bool) -> tuple[str, str]: ...


class SheetRows:
    """A worksheet's non-empty rows, read lazily; `cell_text` turns a cell into (text, mark)."""

    def __init__(self, cell_text: CellReader, limits: RosterLimits) -> None:
        self._cell_text, self._limits = cell_text, limits
        self._ready: list[RawRow] = []
        self._line = self._rows = self._rph = 0
        self._formula = self._collect = False
        self._start_row({})
        self._start_cell({})
        self._rows = self._line = 0

    def read(self, stream: IO[bytes]) -> Iterator[RawRow]:
        made = parser(self._start, self._end, self._text, local=True)
        for _ in feed(made, stream):
            yield from self._ready
            self._ready.clear()

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        if ":" in name:
            name = name.rpartition(":")[2]
        if name == "c":
            self._start_cell(attrs)
        elif name == "row":
            self._start_row(attrs)
        elif name == "f":
            self._formula = True
        elif name in ("v", "t"):
            self._collect = not self._rph
        elif name == "rPh":
            self._rph += 1

    def _end(self, name: str) -> None:
        if ":" in name:
            name = name.rpartition(":")[2]
        if name in ("v", "t"):
            self._collect = False
        elif name == "rPh":
            self._rph -= 1
        elif name == "c":
            self._end_cell()
        elif name == "row":
            self._end_row()

    def _text(self, data: str) -> None:
        if self._collect and self._length <= self._limits.max_cell_chars:
            self._value.append(data)
            self._length += len(data)

    def _start_row(self, attrs: dict[str, str]) -> None:
        self._rows += 1
        try:
            self._line = int(attrs.get("r") or self._line + 1)
        except ValueError:
            raise unreadable("xml") from None
        if self._rows > EXCEL_MAX_ROWS or self._line > EXCEL_MAX_ROWS:
            limit = str(self._limits.max_rows)
            raise RosterError([RosterProblem("too_many_rows", detail=limit)])
        self._hidden = attrs.get("hidden") in ("1", "true")
        self._cells: dict[int, str] = {}
        self._marks: dict[str, list[int]] = {"f": [], "n": []}
        self._errors: list[tuple[int, str]] = []
        self._col = self._count = self._chars = 0

    def _start_cell(self, attrs: dict[str, str]) -> None:
        self._count += 1
        ref = attrs.get("r")
        self._col = _column(ref) if ref else self._col + 1
        if self._col > self._limits.max_columns or self._count > self._limits.max_columns:
            raise RosterError([too_many_columns(self._line, self._limits)])
        self._kind, self._style = attrs.get("t", "n"), attrs.get("s", "")
        self._formula = self._collect = False
        self._value: list[str] = []
        self._length = self._rph = 0

    def _end_cell(self) -> None:
        raw = "".join(self._value)[: self._limits.max_cell_chars + 1]
        text, mark = self._cell_text(self._kind, raw, self._style, self._formula)
        index = self._col - 1
        if mark == "e":
            self._errors.append((index, text))
            return
        if mark:
            self._marks[mark].append(index)
        if text:
            self._cells[index] = text
            self._chars += len(text)
            if self._chars > self._limits.max_row_chars:
                limit = str(self._limits.max_row_chars)
                raise RosterError([RosterProblem("row_too_long", (self._line,), "", limit)])

    def _end_row(self) -> None:
        if not (self._cells or self._marks["f"] or self._errors):
            return
        cells = [""] * (max(self._cells, default=-1) + 1)
        for index, text in self._cells.items():
            cells[index] = text
        formulas, numbers = tuple(self._marks["f"]), tuple(self._marks["n"])
        row = RawRow(self._line, cells, formulas, tuple(self._errors), numbers, self._hidden)
        self._ready.append(row)


def _column(ref: str) -> int:
    """The 1-based column of a cell reference ("A1" -> 1, "XFD7" -> 16384)."""
    letters = _LETTERS.match(ref)
    if letters is None:
        raise unreadable("xml")
    number = 0
    for letter in letters.group().upper():
        number = number * 26 + ord(letter) - 64
    return number
