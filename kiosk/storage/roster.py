"""The roster tables: who is expected, who left (tombstones), and the walk-ins of the door.

Serials are identities for ever (kiosk.domain.roster_plan): people are never deleted so that
their serial could be given again. Someone who leaves the roster moves to `retired` (or stays
in `attendee`, off the roster, when they have check-ins) and their ticket is revoked; the
high-water mark in `meta` makes sure no later person receives a serial ever used.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace as copy
from datetime import datetime

from kiosk.domain.model import Attendee
from kiosk.domain.roster_plan import Known, RosterPlan, Standing, for_the_kiosk, plan

COLUMNS = (
    "ref, serial, name, affiliation, department, position, employee_no, phone, email,"
    " walk_in, on_roster, generation, key_email, key_phone, ticketed"
)
_MARKS = ",".join("?" * 15)
_RETIRED = (
    "serial, name, affiliation, department, position, employee_no, key_email, key_phone, generation"
)
WALK_IN_SERIALS = (9_000_000, 16_000_000)
HIGH_WATER = "serial_high_water"


@dataclass(frozen=True, slots=True)
class RosterChange:
    """What importing a roster did."""

    added: int
    updated: int
    unchanged: int
    kept_off_roster: int
    removed: int
    returned: int = 0


def _attendee(row: tuple[object, ...]) -> Attendee:
    (ref, serial, name, aff, dept, pos, emp, phone, email, walk_in, on_roster, gen,
     key_email, key_phone, ticketed) = row  # fmt: skip
    return Attendee(
        serial=int(serial),  # type: ignore[call-overload]
        name=str(name),
        affiliation=str(aff),
        department=str(dept),
        position=str(pos),
        employee_no=str(emp),
        phone=str(phone),
        email=str(email),
        walk_in=bool(walk_in),
        on_roster=bool(on_roster),
        generation=int(gen),  # type: ignore[call-overload]
        ref=str(ref) if walk_in else "",
        key_email=str(key_email),
        key_phone=str(key_phone),
        ticketed=bool(ticketed),
    )


def _values(a: Attendee) -> tuple[object, ...]:
    return (
        a.person,
        a.serial,
        a.name,
        a.affiliation,
        a.department,
        a.position,
        a.employee_no,
        a.phone,
        a.email,
        int(a.walk_in),
        int(a.on_roster),
        a.generation,
        a.key_email,
        a.key_phone,
        int(a.ticketed),
    )


def by_serial(conn: sqlite3.Connection, serial: int) -> Attendee | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM attendee WHERE serial = ?", (serial,)).fetchone()
    return _attendee(row) if row else None


def by_person(conn: sqlite3.Connection, person: str) -> Attendee | None:
    row = conn.execute(f"SELECT {COLUMNS} FROM attendee WHERE ref = ?", (person,)).fetchone()
    return _attendee(row) if row else None


def everyone(conn: sqlite3.Connection) -> list[Attendee]:
    return [_attendee(r) for r in conn.execute(f"SELECT {COLUMNS} FROM attendee ORDER BY serial")]


def retired(conn: sqlite3.Connection) -> list[Attendee]:
    """People who left the roster without a check-in: kept so their serial is never reused."""
    rows = conn.execute(f"SELECT {_RETIRED} FROM retired ORDER BY serial")
    return [_retired_attendee(row) for row in rows]


def _retired_attendee(row: tuple[object, ...]) -> Attendee:
    serial, name, aff, dept, pos, emp, key_email, key_phone, gen = row
    return Attendee(
        serial=int(serial),  # type: ignore[call-overload]
        name=str(name),
        affiliation=str(aff),
        department=str(dept),
        position=str(pos),
        employee_no=str(emp),
        key_email=str(key_email),
        key_phone=str(key_phone),
        generation=int(gen),  # type: ignore[call-overload]
        on_roster=False,
    )


def high_water(conn: sqlite3.Connection) -> int:
    """The highest roster serial ever given in this event (given serials are never reused)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (HIGH_WATER,)).fetchone()
    stored = int(row[0]) if row else 0
    found = conn.execute(
        "SELECT max(serial) FROM (SELECT serial FROM attendee WHERE walk_in = 0"
        " UNION ALL SELECT serial FROM retired UNION ALL SELECT serial FROM revocation)"
        " WHERE serial < ?",
        (WALK_IN_SERIALS[0],),
    ).fetchone()[0]
    return max(stored, int(found or 0))


def raise_high_water(conn: sqlite3.Connection, value: int) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE"
        " SET value = max(CAST(value AS INTEGER), CAST(excluded.value AS INTEGER))",
        (HIGH_WATER, str(value)),
    )


def expected_count(conn: sqlite3.Connection) -> int:
    row = conn.execute(
        "SELECT count(*) FROM attendee WHERE on_roster = 1 AND walk_in = 0"
    ).fetchone()
    return int(row[0])


def affiliations(conn: sqlite3.Connection) -> list[str]:
    """Affiliations in roster order of frequency, most common first (for the walk-in picker)."""
    rows = conn.execute(
        "SELECT affiliation FROM attendee WHERE affiliation != ''"
        " GROUP BY affiliation ORDER BY count(*) DESC, affiliation"
    )
    return [str(r[0]) for r in rows]


def known(conn: sqlite3.Connection) -> list[Known]:
    """Everyone a roster file could name: on the roster, off it with check-ins, or retired."""
    people = [
        Known(a, Standing.ON_ROSTER if a.on_roster else Standing.OFF_ROSTER)
        for a in everyone(conn)
        if not a.walk_in
    ]
    return people + [Known(a, Standing.RETIRED) for a in retired(conn)]


def plan_import(
    conn: sqlite3.Connection, incoming: Sequence[Attendee], secret: bytes | None
) -> RosterPlan:
    """What making `incoming` the roster would do (nothing is written)."""
    rows = [for_the_kiosk(a, secret) for a in incoming]
    return plan(known(conn), rows, high_water(conn))


def apply(conn: sqlite3.Connection, change: RosterPlan, at: datetime) -> RosterChange:
    """Carry out a plan; the caller holds the transaction (and re-planned inside it)."""
    from kiosk.storage.log import utc_text

    stamp = utc_text(at)
    for person in change.roster:
        conn.execute("DELETE FROM retired WHERE serial = ?", (person.serial,))
        conn.execute(
            f"INSERT OR REPLACE INTO attendee ({COLUMNS}) VALUES ({_MARKS})", _values(person)
        )
    for person in change.returned:
        _revoke_below(conn, person.serial, person.generation, "left_roster", stamp)
    kept = removed = 0
    for person in change.leaving:
        revoke(conn, person.serial, person.generation, "left_roster", stamp)
        seen = conn.execute(
            "SELECT 1 FROM checkin WHERE person = ? LIMIT 1", (person.person,)
        ).fetchone()
        if seen:
            conn.execute("UPDATE attendee SET on_roster = 0 WHERE serial = ?", (person.serial,))
            kept += 1
        else:
            _retire(conn, person, stamp)
            removed += 1
    raise_high_water(conn, change.high_water)
    updated = len(change.updated)
    return RosterChange(len(change.added), updated, change.unchanged, kept, removed,
                        len(change.returned))  # fmt: skip


def _retire(conn: sqlite3.Connection, person: Attendee, stamp: str) -> None:
    conn.execute("DELETE FROM attendee WHERE serial = ?", (person.serial,))
    conn.execute(
        f"INSERT OR REPLACE INTO retired ({_RETIRED}, retired_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            person.serial,
            person.name,
            person.affiliation,
            person.department,
            person.position,
            person.employee_no,
            person.key_email,
            person.key_phone,
            person.generation,
            stamp,
        ),
    )


def keep_arrived_retirees(conn: sqlite3.Connection) -> None:
    """A retired person whose check-in arrived later (a door's file merged after they left the
    roster) is kept as an attendee off the roster, so the attendance list can name them."""
    back = conn.execute(
        f"SELECT {_RETIRED} FROM retired r WHERE EXISTS"
        " (SELECT 1 FROM checkin c WHERE c.person = 'S' || r.serial)"
    ).fetchall()
    for row in back:
        person = _retired_attendee(row)
        conn.execute("DELETE FROM retired WHERE serial = ?", (person.serial,))
        conn.execute(
            f"INSERT OR IGNORE INTO attendee ({COLUMNS}) VALUES ({_MARKS})", _values(person)
        )


def revoke(conn: sqlite3.Connection, serial: int, generation: int, reason: str, stamp: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO revocation (serial, generation, revoked_at, reason)"
        " VALUES (?,?,?,?)",
        (serial, generation, stamp, reason),
    )


def _revoke_below(
    conn: sqlite3.Connection, serial: int, generation: int, reason: str, stamp: str
) -> None:
    for older in range(generation):
        revoke(conn, serial, older, reason, stamp)


def set_generation(conn: sqlite3.Connection, serial: int, generation: int, stamp: str) -> None:
    """A reissue: every older generation is revoked, the person's ticket is not yet issued."""
    _revoke_below(conn, serial, generation, "reissued", stamp)
    conn.execute(
        "UPDATE attendee SET generation = ?, ticketed = 0 WHERE serial = ? AND walk_in = 0",
        (generation, serial),
    )


def mark_ticketed(conn: sqlite3.Connection, serials: Sequence[int]) -> None:
    conn.executemany("UPDATE attendee SET ticketed = 1 WHERE serial = ?", [(s,) for s in serials])


def add_walk_in(conn: sqlite3.Connection, attendee: Attendee) -> Attendee:
    """Store a walk-in under its registration ref; its local serial derives from the ref."""

    existing = by_person(conn, attendee.ref)
    if existing:
        return existing
    low, high = WALK_IN_SERIALS
    serial = low + zlib.crc32(attendee.ref.encode()) % (high - low)
    while conn.execute("SELECT 1 FROM attendee WHERE serial = ?", (serial,)).fetchone():
        serial = low + (serial + 1 - low) % (high - low)
    stored = copy(attendee, serial=serial, walk_in=True, on_roster=False, email="", phone="")
    conn.execute(f"INSERT INTO attendee ({COLUMNS}) VALUES ({_MARKS})", _values(stored))
    return stored
