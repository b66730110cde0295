"""Reading a roster file (CSV or XLSX) into checked rows: all of them, or none.

`read_roster(path)` returns a RosterFile, or raises RosterError listing every problem with the
rows concerned, as codes with their data (kiosk/wording/roster.py words them). Nothing here
touches the database: the storage layer stores what this returns (and gives the serials).
Files are streamed: memory stays bounded by the limits in RosterLimits, not by the file's size.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.progress import Progress, silent
from kiosk.files.roster_check import build_roster
from kiosk.files.roster_csv import read_csv
from kiosk.files.roster_model import (
    RawTable,
    RosterError,
    RosterFile,
    RosterLimits,
    RosterProblem,
    RosterRow,
)
from kiosk.files.roster_xlsx import read_xlsx

__all__ = [
    "RosterError",
    "RosterFile",
    "RosterLimits",
    "RosterProblem",
    "RosterRow",
    "read_roster",
]

_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # legacy .xls, and password-protected .xlsx
_XLSX = {".xlsx", ".xlsm"}
_UNSUPPORTED = {".xls", ".xlsb", ".ods", ".numbers", ".hwp", ".hwpx", ".pdf", ".docx", ".doc"}


def read_roster(
    path: str | Path, *, limits: RosterLimits | None = None, progress: Progress = silent
) -> RosterFile:
    """Parse and check a roster. Raises RosterError (nothing returned) if it must be refused.

    `progress` is told the bytes read as the rows are taken; when it raises Cancelled, the
    file is closed and the exception passes through."""
    limits = limits or RosterLimits()
    path = Path(path)
    head = _head(path, limits)
    try:
        table = _table(path, head, limits, progress)
        try:
            return build_roster(table, limits)
        finally:
            table.close()  # a refusal before the first row leaves no file open
    except OSError as exc:  # the file went away or its disk failed while it was being read
        raise RosterError([RosterProblem("unreadable", detail=exc.strerror or str(exc))]) from None


def _head(path: Path, limits: RosterLimits) -> bytes:
    """The first bytes of the file, after refusing missing, unreadable or oversized files."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise RosterError([RosterProblem("unreadable", detail=exc.strerror or str(exc))]) from None
    if size > limits.max_bytes:
        raise RosterError([RosterProblem("too_large", detail=str(limits.max_bytes))])
    return head


def _table(path: Path, head: bytes, limits: RosterLimits, progress: Progress) -> RawTable:
    """Dispatch on the file's content first (extensions lie), then on its extension."""
    suffix = path.suffix.casefold()
    if head.startswith(_OLE):
        kind = "encrypted" if suffix in _XLSX else "unsupported_format"
        raise RosterError([RosterProblem(kind, detail=suffix.lstrip(".") or "xls")])
    if head.startswith(_ZIP) and suffix not in _UNSUPPORTED:
        return read_xlsx(path, limits, progress)
    if suffix in _XLSX:
        raise RosterError([RosterProblem("not_xlsx", detail=suffix.lstrip("."))])
    if suffix in _UNSUPPORTED:
        raise RosterError([RosterProblem("unsupported_format", detail=suffix.lstrip("."))])
    return read_csv(path, limits, progress)
