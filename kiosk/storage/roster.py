"""The roster table: who is expected, and the walk-ins registered at the door."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import replace as copy

from kiosk.domain.model import Attendee

_COLUMNS = (
    "ref, serial, name, affiliation, department, position, employee_no, phone, email,"
    " walk_in, on_roster, generation"
)
WALK_IN_SERIALS = (9_000_000, 16_000_000)


@dataclass(frozen=True, slots=True)
class RosterChange:
    """What importing a roster did."""

    added: int
    updated: int
    unchanged: int
    kept_off_roster: int
    removed: int


def _attendee(row: tuple[object, ...]) -> Attendee:
    ref, serial, name, aff, dept, pos, emp, phone, email, walk_in, on_roster, gen = row
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
    )


def by_serial(conn: sqlite3.Connection, serial: int) -> Attendee | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM attendee WHERE serial = ?", (serial,)).fetchone()
    return _attendee(row) if row else None


def by_person(conn: sqlite3.Connection, person: str) -> Attendee | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM attendee WHERE ref = ?", (person,)).fetchone()
    return _attendee(row) if row else None


def everyone(conn: sqlite3.Connection) -> list[Attendee]:
    return [_attendee(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM attendee ORDER BY serial")]


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


def replace(conn: sqlite3.Connection, incoming: Sequence[Attendee]) -> RosterChange:
    """Make `incoming` the roster; the caller holds the transaction.

    Rows without a serial (0) keep the serial the same person had (matched by employee number,
    else by name, affiliation and department), so issued tickets stay valid. Anyone who has a
    check-in and is missing from the new file stays, marked off the roster: no check-in is lost.
    """
    old = {a.serial: a for a in everyone(conn) if not a.walk_in}
    numbered = _assign_serials(old, incoming)
    added = updated = unchanged = 0
    for attendee in numbered:
        before = old.get(attendee.serial)
        attendee = _with_generation(attendee, before)
        if before is None:
            added += 1
        elif before == attendee:
            unchanged += 1
        else:
            updated += 1
        conn.execute(
            f"INSERT OR REPLACE INTO attendee ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            _values(attendee),
        )
    kept, removed = _retire_missing(conn, old, {a.serial for a in numbered})
    return RosterChange(added, updated, unchanged, kept, removed)


def _with_generation(attendee: Attendee, before: Attendee | None) -> Attendee:

    generation = before.generation if before else attendee.generation
    return copy(attendee, generation=generation, on_roster=True, walk_in=False, ref="")


def _assign_serials(old: dict[int, Attendee], incoming: Sequence[Attendee]) -> list[Attendee]:

    by_employee = {a.employee_no: a.serial for a in old.values() if a.employee_no}
    by_identity = {(a.name, a.affiliation, a.department): a.serial for a in old.values()}
    taken = {a.serial for a in incoming if a.serial}
    next_free = max([0, *old, *taken]) + 1
    result = []
    for attendee in incoming:
        serial: int | None = attendee.serial
        if not serial:
            serial = by_employee.get(attendee.employee_no) if attendee.employee_no else None
            serial = serial or by_identity.get(
                (attendee.name, attendee.affiliation, attendee.department)
            )
            if not serial or serial in taken:
                serial, next_free = next_free, next_free + 1
            taken.add(serial)
        result.append(copy(attendee, serial=serial))
    return result


def _retire_missing(
    conn: sqlite3.Connection, old: dict[int, Attendee], present: set[int]
) -> tuple[int, int]:
    kept = removed = 0
    for serial, attendee in old.items():
        if serial in present:
            continue
        seen = conn.execute(
            "SELECT 1 FROM checkin WHERE person = ? LIMIT 1", (attendee.person,)
        ).fetchone()
        if seen:
            conn.execute("UPDATE attendee SET on_roster = 0 WHERE serial = ?", (serial,))
            kept += 1
        else:
            conn.execute("DELETE FROM attendee WHERE serial = ?", (serial,))
            removed += 1
    return kept, removed


def add_walk_in(conn: sqlite3.Connection, attendee: Attendee) -> Attendee:
    """Store a walk-in under its registration ref; its local serial derives from the ref."""

    existing = by_person(conn, attendee.ref)
    if existing:
        return existing
    low, high = WALK_IN_SERIALS
    serial = low + zlib.crc32(attendee.ref.encode()) % (high - low)
    while conn.execute("SELECT 1 FROM attendee WHERE serial = ?", (serial,)).fetchone():
        serial = low + (serial + 1 - low) % (high - low)
    stored = copy(attendee, serial=serial, walk_in=True, on_roster=False)
    conn.execute(
        f"INSERT INTO attendee ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", _values(stored)
    )
    return stored
