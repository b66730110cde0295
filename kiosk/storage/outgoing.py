"""What a door publishes for the doors' live sync (kiosk.sync), read beside the kiosk's writer.

A read-only connection that notices every process's commits (`open_watcher`, `data_version`),
this kiosk's own rows with the revocations and the roster people they name, in the shape a merge
takes from a source (`outgoing`), and the check a door's file gets before it is folded in
(`strangers`). The folding itself is kiosk.storage.merge's.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kiosk.storage import log, roster
from kiosk.storage.errors import Problem, StorageError, classify
from kiosk.storage.merge import REVOCATION, kiosk_side


@dataclass(frozen=True)
class Outgoing:
    """One moment of this file as a door publishes it: the event, its own rows, revocations,
    and the roster people its rows name (as a merge takes them from a source's roster)."""

    uid: str
    number: int
    rows: list[tuple[object, ...]]
    revocations: list[tuple[object, ...]]
    people: list[tuple[object, ...]] = field(default_factory=list)


def open_watcher(path: Path) -> sqlite3.Connection:
    """A read-only connection that sees every process's commits (see `data_version`)."""
    if not path.exists():
        raise StorageError(Problem.MISSING, str(path))
    uri = path.resolve().as_uri() + "?mode=ro"
    try:
        return sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as error:
        raise classify(error) from error


def data_version(conn: sqlite3.Connection) -> int:
    """Changes whenever another connection (any process) commits to the file."""
    try:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])
    except sqlite3.Error as error:
        raise classify(error) from error


def outgoing(conn: sqlite3.Connection, kiosk_id: str) -> Outgoing:
    """This kiosk's own log rows (their stored checksums) and the revocations, in one read."""
    try:
        conn.execute("BEGIN")
        try:
            uid, number = conn.execute("SELECT uid, number FROM event").fetchone()
            rows = conn.execute(
                f"SELECT {log.COLUMNS} FROM checkin WHERE kiosk_id = ? ORDER BY seq", (kiosk_id,)
            ).fetchall()
            revoked = conn.execute(f"SELECT {REVOCATION} FROM revocation").fetchall()
            people = conn.execute(
                f"SELECT {roster.COLUMNS} FROM attendee WHERE walk_in = 0"
                " AND ref IN (SELECT person FROM checkin WHERE kiosk_id = ?) ORDER BY serial",
                (kiosk_id,),
            ).fetchall()
        finally:
            conn.execute("COMMIT")
    except sqlite3.Error as error:
        raise classify(error) from error
    return Outgoing(str(uid), int(number), rows, revoked, [kiosk_side(p) for p in people])


def strangers(conn: sqlite3.Connection, rows: Sequence[tuple[object, ...]]) -> list[str]:
    """The roster people (S<serial>) that arrival rows among `rows` name and this file does not
    know: a merge brings every person its rows name, so only a forged or damaged file has any."""
    named = {str(r[3]) for r in rows if r[2] == "accepted" and str(r[3] or "").startswith("S")}
    lookup = "SELECT 1 FROM attendee WHERE ref = ?"
    missing = [p for p in named if conn.execute(lookup, (p,)).fetchone() is None]
    return sorted(missing, key=lambda p: (len(p), p))
