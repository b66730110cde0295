"""The append-only check-in log: every scan, accepted or not, one row, keyed (kiosk id, seq)."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from kiosk.domain.model import CheckinRecord
from kiosk.domain.outcome import Outcome

_COLUMNS = (
    "kiosk_id, seq, outcome, person, code, at_utc, mono_ns, boot_id, door,"
    " undoes_kiosk, undoes_seq, details, crc"
)
COLUMNS = _COLUMNS  # the order crc_holds and a merge read rows in


def utc_text(moment: datetime) -> str:
    """Fixed-width UTC text, so rows sort by time as strings."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def row_crc(record: CheckinRecord) -> int:
    """A checksum of the row's content: SQLite checks pages' structure, not their bytes."""
    undoes = record.undoes or ("", 0)
    fields = (
        record.kiosk_id,
        record.seq,
        record.outcome.value,
        record.person,
        record.code,
        utc_text(record.at_utc),
        record.mono_ns,
        record.boot_id,
        record.door,
        undoes[0],
        undoes[1],
        record.details,
    )
    return zlib.crc32("\x1f".join(map(str, fields)).encode("utf-8"))


def insert(conn: sqlite3.Connection, record: CheckinRecord) -> None:
    """Insert one row; the caller holds the transaction. A known (kiosk, seq) is left as is."""
    undoes = record.undoes or (None, None)
    conn.execute(
        f"INSERT OR IGNORE INTO checkin ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            record.kiosk_id,
            record.seq,
            record.outcome.value,
            record.person or None,
            record.code,
            utc_text(record.at_utc),
            record.mono_ns,
            record.boot_id,
            record.door,
            undoes[0],
            undoes[1],
            record.details or None,
            row_crc(record),
        ),
    )


def next_seq(conn: sqlite3.Connection, kiosk_id: str) -> int:
    row = conn.execute("SELECT max(seq) FROM checkin WHERE kiosk_id = ?", (kiosk_id,)).fetchone()
    return (row[0] or 0) + 1


def _record(row: tuple[Any, ...]) -> CheckinRecord:
    (
        kiosk_id,
        seq,
        outcome,
        person,
        code,
        at_utc,
        mono_ns,
        boot_id,
        door,
        undoes_kiosk,
        undoes_seq,
        details,
        _crc,
    ) = row
    return CheckinRecord(
        kiosk_id=str(kiosk_id),
        seq=int(seq),
        outcome=Outcome(outcome),
        at_utc=datetime.fromisoformat(str(at_utc)),
        mono_ns=int(mono_ns),
        door=str(door),
        person=str(person or ""),
        code=str(code),
        undoes=(str(undoes_kiosk), int(undoes_seq)) if undoes_kiosk is not None else None,
        boot_id=str(boot_id),
        details=str(details or ""),
    )


def records(
    conn: sqlite3.Connection, where: str = "", params: Iterable[object] = ()
) -> list[CheckinRecord]:
    sql = f"SELECT {_COLUMNS} FROM checkin {where}"
    return [_record(row) for row in conn.execute(sql, tuple(params))]


def first_arrival(conn: sqlite3.Connection, person: str) -> CheckinRecord | None:
    """The earliest check-in of a person that no undo has taken back."""
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM live_arrival WHERE person = ?"
        " ORDER BY at_utc, kiosk_id, seq LIMIT 1",
        (person,),
    ).fetchall()
    return _record(rows[0]) if rows else None


def live_arrivals(conn: sqlite3.Connection) -> list[CheckinRecord]:
    """Every check-in not undone, earliest first (a person may have several: several doors)."""
    return [
        _record(row)
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM live_arrival ORDER BY at_utc, kiosk_id, seq"
        )
    ]


def recent_arrivals(conn: sqlite3.Connection, kiosk_id: str, limit: int) -> list[CheckinRecord]:
    """This kiosk's latest check-ins still standing, newest first (for the operator's undo)."""
    return [
        _record(row)
        for row in conn.execute(
            f"SELECT {_COLUMNS} FROM live_arrival WHERE kiosk_id = ? ORDER BY seq DESC LIMIT ?",
            (kiosk_id, limit),
        )
    ]


def arrived_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(DISTINCT person) FROM live_arrival").fetchone()[0])


def count_by_outcome(conn: sqlite3.Connection) -> dict[Outcome, int]:
    return {
        Outcome(outcome): count
        for outcome, count in conn.execute("SELECT outcome, count(*) FROM checkin GROUP BY outcome")
    }


def crc_holds(row: tuple[Any, ...]) -> bool:
    """Whether a row read back (its columns in COLUMNS order) still matches its checksum."""
    try:
        return bool(row_crc(_record(row)) == row[-1])
    except (TypeError, ValueError):
        return False


def bad_crc_rows(conn: sqlite3.Connection) -> list[tuple[str, int]]:
    """Rows whose content no longer matches their checksum (silent damage)."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM checkin")
    return [(str(row[0]), int(row[1])) for row in rows if not crc_holds(row)]
