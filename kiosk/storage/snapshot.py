"""Read-only views of an event file: a merge's sources, and the consistent reads of an export.

A second, read-only connection lets an export run beside the kiosk's writer (WAL readers never
block it), on whichever thread calls it (an sqlite3 connection belongs to its thread), and
inside one read transaction, so every query sees the same moment of the log.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from kiosk.domain.access import method
from kiosk.domain.attendance import Identity, Scan
from kiosk.storage.errors import classify
from kiosk.storage.store import EventStore

_SCAN = (
    "SELECT at_utc, kiosk_id, seq, person, door, outcome = 'walk_in_registered',"
    " CASE WHEN json_valid(details) THEN json_extract(details, '$.how') END,"
    " CASE WHEN json_valid(details) THEN json_extract(details, '$.unlock') END FROM"
)


class Snapshot(EventStore):
    """An EventStore over a read-only connection, with the lean reads a large export needs."""

    def scans(self) -> tuple[list[Scan], list[Scan]]:
        """The standing check-ins and the repeat scans, as kiosk.domain.attendance wants them."""
        standing = self._scans(f"{_SCAN} live_arrival")
        repeats = self._scans(f"{_SCAN} checkin WHERE outcome = 'already_checked_in'")
        return standing, repeats

    def _scans(self, sql: str) -> list[Scan]:
        return [
            Scan(
                datetime.fromisoformat(at),
                kiosk,
                seq,
                person or "",
                door,
                bool(walk_in),
                method(str(how or ""), str(unlock or "")),
            )
            for at, kiosk, seq, person, door, walk_in, how, unlock in self._conn.execute(sql)
        ]

    def identities(self) -> dict[str, Identity]:
        """Name, affiliation, department and position by person (no other personal data)."""
        sql = "SELECT ref, name, affiliation, department, position FROM attendee"
        return {
            ref: (name, aff, dept, pos) for ref, name, aff, dept, pos in self._conn.execute(sql)
        }

    def latest_time(self) -> datetime | None:
        """The time of the log's latest row: the "as of" of an export."""
        row = self._conn.execute("SELECT max(at_utc) FROM checkin").fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None


@contextlib.contextmanager
def open_read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write (mode=ro), closed on exit; sqlite3.Error if unreadable.

    A cleanly closed file (no -wal beside it) is also opened immutable: even a read-only
    connection to a WAL-mode file would otherwise leave empty -wal and -shm files on the stick.
    A file with a -wal (a kiosk that crashed, or is still running) is read through its WAL.
    """
    quiet = not Path(f"{path}-wal").exists()
    uri = path.resolve().as_uri() + ("?mode=ro&immutable=1" if quiet else "?mode=ro")
    conn = sqlite3.connect(uri, uri=True, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


@contextlib.contextmanager
def readable_copy(path: Path) -> Iterator[Path]:
    """`path` itself when it was closed cleanly, else a temporary copy of it and its -wal.

    A crashed kiosk's file comes with a -wal holding its latest rows. Reading that through
    SQLite needs a -shm beside it, which a write-protected USB stick cannot take (a read-only
    open then fails; `immutable=1` would silently skip the -wal). A copy of both in a temporary
    folder is read with nothing written beside the original. The copy is retried while the
    files change under it (a kiosk still writing), so the -wal always matches its file.
    """
    wal = Path(f"{path}-wal")
    if not wal.exists():
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="kiosk-source-") as folder:
        copy = Path(folder) / path.name
        for _ in range(5):
            before = _stamp(path), _stamp(wal)
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, f"{copy}-wal")
            if (_stamp(path), _stamp(wal)) == before:
                break
        yield copy


def _stamp(path: Path) -> tuple[int, int]:
    status = os.stat(path)
    return status.st_size, status.st_mtime_ns


@contextlib.contextmanager
def snapshot(path: Path) -> Iterator[Snapshot]:
    """The event file as of one moment, for reading only (StorageError if it cannot be read)."""
    try:
        with open_read_only(path) as conn:
            conn.execute("BEGIN")
            try:
                yield Snapshot(conn, path)
            finally:
                conn.execute("COMMIT")
    except sqlite3.Error as error:
        raise classify(error) from error
