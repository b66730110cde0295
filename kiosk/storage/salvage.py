"""What can still be read of a damaged event file: every check-in row whose checksum holds.

Two readers, and the union of what they find:

* SQL, through a read-only connection: the check-in table scanned forwards and, if that stops
  at a damaged page, backwards from its other end, keeping every row read before the error.
* The pages themselves, when SQL could not read everything: each page of the file and each
  committed frame of its -wal is searched for records shaped like a check-in row (thirteen
  columns of the log's types), wherever they sit, so rows on a page whose header or cell
  pointers are gone are still found. Python's sqlite3 has no `.recover`; this is its part that
  matters here. A row too long for one page (over ~1000 bytes) is found by SQL only.

A row counts only when its checksum (kiosk.storage.log.row_crc) holds, so nothing a bad sector
made up can enter; a row read whose checksum fails is listed by its key, as is every gap in a
kiosk's sequence numbers below the highest one seen. Rows after a kiosk's last readable row
cannot be known; the count of pages whose structure is broken says how much was lost.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.domain.progress import Progress, silent, step
from kiosk.storage.log import COLUMNS, crc_holds

Key = tuple[str, int]
Row = tuple[object, ...]
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_WAL_HEADER, _FRAME_HEADER = 32, 24
_BTREE_PAGES = {2: 12, 5: 12, 10: 8, 13: 8}  # page type -> header size
# A check-in record's header: its size, then the serial types of the 13 columns (text: odd
# >= 13, one or two bytes; integer: 1-6, 8 or 9; NULL: 0 where the column allows it).
_TEXT = rb"(?:[\x81-\xff][\x00-\x7f]|[\x0d-\x7f])"
_INT = rb"[\x01-\x06\x08\x09]"
_CHECKIN_HEADER = re.compile(
    rb"(?=[\x0e-\x7f]"
    + _TEXT  # kiosk_id
    + _INT  # seq
    + _TEXT  # outcome
    + rb"(?:\x00|"
    + _TEXT
    + rb")"  # person
    + _TEXT * 2  # code, at_utc
    + _INT  # mono_ns
    + _TEXT * 2  # boot_id, door
    + rb"(?:\x00|"
    + _TEXT
    + rb")"  # undoes_kiosk
    + rb"(?:\x00|"
    + _INT
    + rb")"  # undoes_seq
    + rb"(?:\x00|"
    + _TEXT
    + rb")"  # details
    + _INT  # crc
    + rb")"
)


@dataclass
class Recovered:
    """The check-in rows found, by key, and what was found but could not be trusted."""

    rows: dict[Key, Row] = field(default_factory=dict)
    damaged: set[Key] = field(default_factory=set)
    broken_pages: int = 0

    def add(self, row: Row) -> None:
        key = _key(row)
        if key is None or key in self.rows:
            return
        if crc_holds(row):
            self.rows[key] = row
            self.damaged.discard(key)
        else:
            self.damaged.add(key)

    def skipped(self) -> list[Key]:
        """Keys read with a failing checksum, and gaps below each kiosk's highest seq seen."""
        highest: dict[str, int] = {}
        for kiosk, seq in [*self.rows, *self.damaged]:
            highest[kiosk] = max(highest.get(kiosk, 0), seq)
        missing = {(k, s) for k, top in highest.items() for s in range(1, top + 1)}
        return sorted(missing - self.rows.keys())


def recover(conn: sqlite3.Connection, path: Path, progress: Progress = silent) -> Recovered:
    """Every check-in row of the file at `path` (opened read-only as `conn`) that can be read;
    `progress` is told the pages searched (about every 1 %), or the one step of SQL."""
    found = Recovered()
    complete = _sql_rows(conn, found)
    if not complete or not structure_ok(conn):
        total = _page_count(path)
        every = step(total)
        for number, page in enumerate(_pages(path), start=1):
            for start in _candidates(page):
                row = _record(page, start)
                if row is not None:
                    found.add(row)
            if number % every == 0:
                progress(number, total)
        found.broken_pages = sum(_broken(page) for page in _final_pages(path))
    progress(1, 1)
    return found


def _sql_rows(conn: sqlite3.Connection, found: Recovered) -> bool:
    """Rows by SQL; False when a damaged page stopped the scan (forwards, then backwards)."""
    for order in ("", " ORDER BY kiosk_id DESC, seq DESC"):
        try:
            for row in conn.execute(f"SELECT {COLUMNS} FROM checkin{order}"):
                found.add(row)
            return True
        except sqlite3.DatabaseError:
            continue
    return False


def structure_ok(conn: sqlite3.Connection) -> bool:
    """PRAGMA quick_check passes (False also when it cannot even run)."""
    try:
        return [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    except sqlite3.DatabaseError:
        return False


def _key(row: Row) -> Key | None:
    kiosk, seq = row[0], row[1]
    return (kiosk, seq) if isinstance(kiosk, str) and isinstance(seq, int) else None


# -- the file's bytes -----------------------------------------------------------------------


def header_version(path: Path) -> int | None:
    """`PRAGMA user_version` read from the bytes of page 1 (its latest committed version)."""
    first = next(iter(_final_pages(path)), b"")
    if not first.startswith(b"SQLite format 3\0") or len(first) < 64:
        return None  # a header this damaged says nothing
    return int.from_bytes(first[60:64], "big")


def holds_text(path: Path, text: str) -> bool:
    """Whether `text` (ASCII) is written somewhere in the file or its committed -wal frames."""
    needle = text.encode("ascii")
    return any(needle in page for page in _pages(path))


def _page_count(path: Path) -> int:
    """About how many pages `_pages` gives: the file's, and the -wal's frames."""
    with path.open("rb") as handle:
        size = _page_size(handle.read(100))
    wal = Path(f"{path}-wal")
    frames = wal.stat().st_size // (size + _FRAME_HEADER) if wal.exists() else 0
    return max(1, -(-path.stat().st_size // size) + frames)


def _page_size(header: bytes) -> int:
    size = int.from_bytes(header[16:18], "big") if len(header) >= 18 else 0
    size = 65536 if size == 1 else size
    return size if size >= 512 and size & (size - 1) == 0 else 4096


def _pages(path: Path) -> Iterator[bytes]:
    """Every page of the file, then every committed frame of its -wal (older versions too)."""
    data = path.read_bytes()
    size = _page_size(data[:100])
    for offset in range(0, len(data), size):
        yield data[offset : offset + size]
    for _, page in _wal_frames(Path(f"{path}-wal")):
        yield page


def _final_pages(path: Path) -> list[bytes]:
    """The pages as SQLite would read them: the file's, replaced by their latest WAL frame."""
    data = path.read_bytes()
    size = _page_size(data[:100])
    pages = [data[offset : offset + size] for offset in range(0, len(data), size)]
    for number, page in _wal_frames(Path(f"{path}-wal")):
        pages.extend([b""] * (number - len(pages)))
        pages[number - 1] = page
    return pages


def _wal_frames(wal: Path) -> list[tuple[int, bytes]]:
    """(page number, page) of each frame up to the last commit of the -wal's current run."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return []
    if len(data) < _WAL_HEADER or int.from_bytes(data[:4], "big") not in _WAL_MAGIC:
        return []
    size, salts = int.from_bytes(data[8:12], "big"), data[16:24]
    frames: list[tuple[int, bytes]] = []
    committed = 0
    offset = _WAL_HEADER
    while size and offset + _FRAME_HEADER + size <= len(data):
        header = data[offset : offset + _FRAME_HEADER]
        if header[8:16] != salts:
            break  # a frame left from an earlier run of the -wal
        page = data[offset + _FRAME_HEADER : offset + _FRAME_HEADER + size]
        frames.append((int.from_bytes(header[:4], "big"), page))
        if int.from_bytes(header[4:8], "big"):
            committed = len(frames)
        offset += _FRAME_HEADER + size
    return frames[:committed]


def _broken(page: bytes) -> bool:
    """A b-tree page whose cell pointers do not point into the page: its cells are lost to SQL."""
    start = 100 if page.startswith(b"SQLite format 3\0") else 0
    header = _BTREE_PAGES.get(page[start] if len(page) > start else -1)
    if header is None:
        return False  # an overflow, free or unrecognizable page: nothing to judge
    cells = int.from_bytes(page[start + 3 : start + 5], "big")
    first = start + header
    if first + 2 * cells > len(page):
        return True
    ends = first + 2 * cells
    pointers = (int.from_bytes(page[at : at + 2], "big") for at in range(first, ends, 2))
    return any(not ends <= pointer < len(page) for pointer in pointers)


# -- records ----------------------------------------------------------------------------


def _candidates(page: bytes) -> Iterator[int]:
    return (match.start() for match in _CHECKIN_HEADER.finditer(page))


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for i in range(8):
        byte = data[offset + i]
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, i + 1
    return (value << 8) | data[offset + 8], 9


def _record(page: bytes, start: int) -> Row | None:
    """The record whose header starts at `start`, if it is one of thirteen readable values."""
    try:
        header_size, used = _varint(page, start)
        at, end = start + used, start + header_size
        types = []
        while at < end:
            kind, used = _varint(page, at)
            types.append(kind)
            at += used
        if at != end or len(types) != 13:
            return None
        values = []
        for kind in types:
            value, at = _value(page, at, kind)
            values.append(value)
    except (IndexError, ValueError):
        return None
    return tuple(values)


_INT_BYTES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _value(page: bytes, at: int, kind: int) -> tuple[object, int]:
    """One column's value (NULL, integer or text) and where the next one starts."""
    if kind in (0, 8, 9):
        return (None, 0, 1)[(0, 8, 9).index(kind)], at
    if kind in _INT_BYTES:
        size = _INT_BYTES[kind]
        if at + size > len(page):
            raise IndexError(at)
        return int.from_bytes(page[at : at + size], "big", signed=True), at + size
    if kind >= 13 and kind % 2:
        size = (kind - 13) // 2
        if at + size > len(page):
            raise IndexError(at)
        return page[at : at + size].decode("utf-8"), at + size  # ValueError if not UTF-8
    raise ValueError(kind)
