"""XLSX rosters: the first visible worksheet, every cell as the office typed it, streamed.

The workbook is read part by part from the zip with expat (kiosk/files/roster_xml.py), never
loaded whole: a formula cell shows up as a formula, never as the value Excel may or may not have
cached (research/reliability.md 3.3); hidden and very hidden sheets and chart sheets are passed
over; rows hidden in Excel (by hand or by a filter) are marked so the checks can skip and report
them. Numbers that are really ids come back as text without ".0"; an all-zeros number format
("0000000") restores the leading zeros the office saw on screen; date formats give ISO dates.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain.progress import ROWS_PER_REPORT, Progress, silent
from kiosk.files.roster_model import (
    RawRow,
    RawTable,
    RosterError,
    RosterLimits,
    RosterProblem,
    clean_cell,
)
from kiosk.files.roster_xml import (
    SharedStrings,
    SheetRows,
    attributes,
    merged_ranges,
    read_strings,
    unreadable,
)

_ROSTER_SHEET = ("명단", "roster")
_ZERO_PAD = re.compile(r"0+")
_HIDDEN = ("hidden", "veryHidden")
# Built-in number formats that show dates or times (27-36 and 50-58: East Asian Excel's dates)
_DATE_IDS = {*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)}
_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_DATE_CODE = re.compile(r"[dmyhsDMYHS]")


def read_xlsx(path: Path, limits: RosterLimits, progress: Progress = silent) -> RawTable:
    """The chosen sheet's non-empty rows as text, read lazily, with what was skipped noted;
    `progress` is told the sheet's bytes read (unzipped) as the rows are taken."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        raise unreadable("zip") from None
    try:
        _check_sizes(archive, limits)
        book = _Workbook(archive, limits)
    except (zipfile.BadZipFile, zlib.error, OSError, KeyError, ValueError, EOFError):
        archive.close()
        raise unreadable("zip") from None
    except RosterError:
        archive.close()
        raise
    return RawTable(book.rows(progress), encoding="xlsx", sheet=book.sheet, notes=book.notes,
                    merges=book.merges, close=archive.close)  # fmt: skip


def _check_sizes(archive: zipfile.ZipFile, limits: RosterLimits) -> None:
    """Refuse archives that would inflate past the limit before any XML is parsed."""
    total = sum(info.file_size for info in archive.infolist())
    if total > limits.max_unzipped_bytes:
        raise RosterError([RosterProblem("too_large", detail=str(limits.max_unzipped_bytes))])


class _Workbook:
    """Which parts make the workbook, which sheet to read, and how its cells become text."""

    def __init__(self, archive: zipfile.ZipFile, limits: RosterLimits) -> None:
        self._archive, self._limits = archive, limits
        book_part = self._targets("", "_rels/.rels").get("officeDocument", ["xl/workbook.xml"])[0]
        folder, name = posixpath.split(book_part)
        targets = self._targets(folder, f"{folder}/_rels/{name}.rels")
        sheets, self._date1904 = self._sheets(book_part, targets)
        self.sheet, self._part, self.notes = _choose(sheets)
        self._strings = self._read_strings(targets.get("sharedStrings", []))
        self._formats = self._read_styles(targets.get("styles", []))
        with archive.open(self._part) as stream:  # a first pass: merges follow the rows
            self.merges = merged_ranges(stream, limits.max_merged_ranges)

    def rows(self, progress: Progress = silent) -> Iterator[RawRow]:
        try:
            with self._archive, self._archive.open(self._part) as stream:
                size = max(self._archive.getinfo(self._part).file_size, 1)
                rows = SheetRows(self._cell_text, self._limits).read(stream)
                for count, row in enumerate(rows, start=1):
                    if count % ROWS_PER_REPORT == 0:
                        progress(stream.tell(), size)
                    yield row
        except (zipfile.BadZipFile, zlib.error, OSError, KeyError, EOFError):
            raise unreadable("zip") from None

    def _targets(self, folder: str, rels: str) -> dict[str, list[str]]:
        """Relationship type (its last word) -> part names, resolved against `folder`."""
        found: dict[str, list[str]] = {}
        with self._archive.open(rels) as stream:
            for _, attrs in attributes(stream, {"Relationship"}):
                target = attrs.get("Target", "")
                part = target[1:] if target.startswith("/") else posixpath.join(folder, target)
                kind = attrs.get("Type", "").rpartition("/")[2]
                found.setdefault(kind, []).append(posixpath.normpath(part))
        return found

    def _sheets(
        self, book_part: str, targets: dict[str, list[str]]
    ) -> tuple[list[tuple[str, str, bool]], bool]:
        """(name, part, hidden) of each worksheet in tab order (chart sheets left out)."""
        ids = self._ids(book_part)
        worksheets = set(targets.get("worksheet", []))
        sheets, date1904 = [], False
        with self._archive.open(book_part) as stream:
            for tag, attrs in attributes(stream, {"sheet", "workbookPr"}):
                if tag == "workbookPr":
                    date1904 = attrs.get("date1904") in ("1", "true")
                    continue
                rid = next((v for k, v in attrs.items() if k.rpartition(":")[2] == "id"), "")
                part = ids.get(rid, "")
                if part in worksheets:
                    sheets.append((attrs.get("name", ""), part, attrs.get("state") in _HIDDEN))
        return sheets, date1904

    def _ids(self, book_part: str) -> dict[str, str]:
        folder, name = posixpath.split(book_part)
        ids = {}
        with self._archive.open(f"{folder}/_rels/{name}.rels") as stream:
            for _, attrs in attributes(stream, {"Relationship"}):
                target = attrs.get("Target", "")
                part = target[1:] if target.startswith("/") else posixpath.join(folder, target)
                ids[attrs.get("Id", "")] = posixpath.normpath(part)
        return ids

    def _read_strings(self, parts: list[str]) -> SharedStrings:
        if not parts:
            return SharedStrings()
        if self._archive.getinfo(parts[0]).file_size > self._limits.max_strings_bytes:
            detail = str(self._limits.max_strings_bytes)
            raise RosterError([RosterProblem("too_large", detail=detail)])
        with self._archive.open(parts[0]) as stream:
            return read_strings(stream, self._limits.max_cell_chars + 1)

    def _read_styles(self, parts: list[str]) -> list[str]:
        """Each cell style's number format code ("" for General), by style index."""
        if not parts or self._archive.getinfo(parts[0]).file_size > self._limits.max_strings_bytes:
            return []
        codes: dict[str, str] = {}
        formats: list[str] = []
        inside = {"cellXfs": False}
        with self._archive.open(parts[0]) as stream:
            for tag, attrs in attributes(stream, {"numFmt", "cellXfs", "xf", "cellStyles"}):
                if tag == "numFmt":
                    codes[attrs.get("numFmtId", "")] = attrs.get("formatCode", "")
                elif tag in ("cellXfs", "cellStyles"):
                    inside["cellXfs"] = tag == "cellXfs"
                elif inside["cellXfs"]:
                    number = attrs.get("numFmtId", "0")
                    builtin = "date" if number.isdigit() and int(number) in _DATE_IDS else ""
                    formats.append(codes.get(number, builtin))
        return formats

    def _cell_text(self, kind: str, raw: str, style: str, formula: bool) -> tuple[str, str]:
        """A cell's text and mark: "f" formula (read as empty), "e" error, "n" number, or ""."""
        if formula:
            return "", "f"
        if kind == "e":
            return raw, "e"
        if kind == "s":
            return clean_cell(self._shared(raw)), ""
        if kind == "b":
            return ("TRUE" if raw.strip() in ("1", "true") else "FALSE"), ""
        if kind in ("str", "inlineStr") or not raw:
            return clean_cell(raw), ""
        if kind == "d":
            return raw.removesuffix("T00:00:00"), ""
        return self._number(raw, style)

    def _shared(self, raw: str) -> str:
        try:
            return self._strings[int(raw)]
        except (ValueError, IndexError):
            raise unreadable("xml") from None

    def _number(self, raw: str, style: str) -> tuple[str, str]:
        try:
            value: float = float(raw) if any(c in raw for c in ".eE") else int(raw)
        except ValueError:
            return clean_cell(raw), ""
        code = self._format(style)
        if code == "date" or (code and _DATE_CODE.search(_QUOTED.sub("", code.split(";")[0]))):
            return _date_text(float(value), self._date1904), ""
        return _number_text(value, code), "n"

    def _format(self, style: str) -> str:
        """The number format code of a cell style ("date" for a built-in date format)."""
        index = int(style) if style.isdigit() else 0
        return self._formats[index] if index < len(self._formats) else ""


def _choose(sheets: list[tuple[str, str, bool]]) -> tuple[str, str, list[RosterProblem]]:
    """The first visible sheet named like 명단/roster, else the first visible one; and notes."""
    visible = [(name, part) for name, part, hidden in sheets if not hidden]
    if not visible:
        raise RosterError([RosterProblem("no_visible_sheet" if sheets else "empty_file")])
    named = [s for s in visible if any(w in s[0].casefold() for w in _ROSTER_SHEET)]
    name, part = (named or visible)[0]
    notes = [RosterProblem("sheet_read", detail=name)]
    hidden = [sheet for sheet, _, is_hidden in sheets if is_hidden]
    if hidden:
        notes.append(RosterProblem("hidden_sheets_skipped", detail=", ".join(hidden)))
    return name, part, notes


def _number_text(value: float, number_format: str) -> str:
    """Int-valued numbers without ".0", zero-padded when the format showed them padded."""
    if isinstance(value, float) and not value.is_integer():
        return repr(value)
    text = str(int(value))
    if _ZERO_PAD.fullmatch(number_format) and not text.startswith("-"):
        text = text.zfill(len(number_format))
    return text


def _date_text(serial: float, date1904: bool) -> str:
    """ISO text of an Excel date serial; a date at midnight is a plain date, as Excel shows it."""
    if date1904:
        epoch = datetime(1904, 1, 1)
    else:
        epoch = datetime(1899, 12, 30)
        serial += 0 < serial < 60  # Excel's 29 February 1900, which never was
    days, fraction = divmod(serial, 1)
    try:
        moment = epoch + timedelta(days=days, milliseconds=round(fraction * 86_400_000))
    except OverflowError:
        return repr(serial)
    if 0 <= serial < 1:
        return moment.time().isoformat()
    if moment.time() == datetime.min.time():
        return moment.date().isoformat()
    return moment.isoformat()
