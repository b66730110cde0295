"""Folding other kiosks' copies of this event into this file: a union of append-only logs.

Each source is opened read-only, and one with a -wal (a crashed kiosk's) through a temporary
copy of both, so a merge never writes beside a source and works from a write-protected stick.
A source is refused before anything changes when it is this very file, belongs to another event
(another uid or number), comes from a newer schema, or is damaged (quick_check, row checksums,
or a row whose key this file holds with other content, which only a damaged or forged file can
have). A file of schema 1 (a door that ran the previous release) is read by its own columns.
Then, in one transaction: every log row by its (kiosk id, seq) key with INSERT OR IGNORE,
attendees this file lacks (a roster difference), and walk-ins rebuilt from their registration
rows. A union is idempotent and order-independent, so merging twice, or in any order, is safe.

Salvage (`salvage=True`) takes from a damaged or set-aside file every check-in row whose
checksum holds (kiosk.storage.salvage) and lists the rows it skipped. It still refuses another
event's file: when the event row itself cannot be read, the file must still hold this event's
uid somewhere in its bytes, or nothing is taken. Roster people, revocations and generations
carry no checksum, so they are taken only from a file whose structure check passes; a walk-in
comes back from its registration row all the same. Rows this file holds with other content are
still refused, and what a salvage takes is still folded all or nothing.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from kiosk.domain.model import Attendee
from kiosk.domain.progress import Progress, part, silent
from kiosk.domain.refusal import Refused
from kiosk.domain.roster_plan import employee_key
from kiosk.storage import log, roster, salvage
from kiosk.storage.errors import Problem, classify
from kiosk.storage.log import bad_crc_rows
from kiosk.storage.schema import SCHEMA_VERSION, last_four
from kiosk.storage.snapshot import open_read_only, readable_copy

_LOG = log.COLUMNS
_ATTENDEE = roster.COLUMNS
REVOCATION = "serial, generation, revoked_at, reason"
# Schema 1 had no digests, tombstones or revocation reasons, and kept e-mail and full phone
# numbers, which a kiosk no longer holds: they are left behind (see kiosk_side).
_V1_ATTENDEE = (
    "ref, serial, name, affiliation, department, position, employee_no, phone, '',"
    " walk_in, on_roster, generation, '', '', 0"
)
_V1_REVOCATION = "serial, generation, revoked_at, ''"
Key = tuple[str, int]
SHOWN_KEYS = 5


class Refusal(StrEnum):
    SAME_FILE = "same_file"
    OTHER_EVENT = "other_event"
    DAMAGED = "damaged"
    CONFLICT = "conflict"
    UNREADABLE = "unreadable"
    SCHEMA = "schema"


class MergeRefused(Refused[Refusal]):
    """A source cannot be merged; nothing was changed."""

    def __init__(self, path: Path, reason: Refusal, detail: str = "") -> None:
        super().__init__(reason, path, detail)

    @property
    def reason(self) -> Refusal:
        return self.problem


@dataclass(frozen=True, slots=True)
class SourceReport:
    """What one source brought."""

    path: Path
    rows_new: int
    rows_present: int
    walk_ins_added: int
    attendees_added: int
    revocations_added: int = 0
    salvaged: bool = False
    skipped: tuple[Key, ...] = ()  # rows of a salvaged file not taken, and not here either
    skipped_here: int = 0  # rows not taken that this file already holds
    broken_pages: int = 0
    roster_read: bool = True  # roster, revocations and generations taken from the source


@dataclass(frozen=True)
class Salvage:
    """What a salvage could not take from a damaged file."""

    skipped: list[Key]
    broken_pages: int
    roster_read: bool


@dataclass(frozen=True)
class Source:
    """A checked source's rows, read before the merge's transaction begins."""

    path: Path
    rows: list[tuple[object, ...]]
    attendees: list[tuple[object, ...]]
    revocations: list[tuple[object, ...]] = field(default_factory=list)
    retired: list[int] = field(default_factory=list)
    high_water: int = 0
    salvage: Salvage | None = None


def fold(conn: sqlite3.Connection, sources: Sequence[Source]) -> list[SourceReport]:
    """Fold checked sources into this file; the caller holds the transaction (all or nothing).

    Reading and checking the sources happens before (`read_source`), so the write lock is held
    only for the inserts and the kiosk's own check-ins wait as little as possible.
    """
    known = dict(((k, s), c) for k, s, c in conn.execute("SELECT kiosk_id, seq, crc FROM checkin"))
    held = set(known)
    for source in sources:
        _check_conflicts(source, known)
        _check_people(conn, source)
    return [_fold(conn, source, held) for source in sources]


def _check_people(conn: sqlite3.Connection, source: Source) -> None:
    """A serial that names someone else there (another employee number, e-mail or phone):
    the two files' rosters were imported apart, and folding would credit the wrong person."""
    here = {
        int(serial): keys
        for serial, *keys in conn.execute(
            "SELECT serial, employee_no, key_email, key_phone FROM attendee WHERE walk_in = 0"
            " UNION ALL SELECT serial, employee_no, key_email, key_phone FROM retired"
        )
    }
    clashes = []
    for row in source.attendees:
        if row[9] or int(row[1]) not in here:  # type: ignore[call-overload]
            continue
        emp, key_email, key_phone = here[int(row[1])]  # type: ignore[call-overload]
        theirs = (
            (str(row[6]), str(row[12]), str(row[13])) if len(row) > 13 else (str(row[6]), "", "")
        )
        ours = (employee_key(str(emp)), str(key_email), str(key_phone))
        theirs = (employee_key(theirs[0]), theirs[1], theirs[2])
        if any(a and b and a != b for a, b in zip(ours, theirs, strict=True)):
            clashes.append(f"S{row[1]}")
    if clashes:
        shown = ", ".join(clashes[:SHOWN_KEYS])
        raise MergeRefused(source.path, Refusal.CONFLICT, shown)


def read_source(
    path: Path,
    here: Path,
    identity: tuple[str, int],
    *,
    salvaging: bool = False,
    progress: Progress = silent,
) -> Source:
    """Open `path` read-only, check it belongs to the event `identity` (uid, number), read it.

    With `salvaging`, a damaged file gives its check-in rows whose checksums hold instead of
    a refusal (see the module's notes). `progress` is told the steps done (a salvage: the
    pages searched); when it raises Cancelled, the temporary copy goes and nothing is kept.
    """
    if not path.exists():
        raise MergeRefused(path, Refusal.UNREADABLE, "no such file")
    if path.resolve() == here.resolve() or os.path.samefile(path, here):
        raise MergeRefused(path, Refusal.SAME_FILE)
    try:
        with readable_copy(path) as local, open_read_only(local) as source:
            progress(1, 4)
            if salvaging:
                return _salvage(source, local, path, identity, part(progress, 1, 4, 4))
            version = _check_source(source, path, identity)
            progress(2, 4)
            rows = source.execute(f"SELECT {_LOG} FROM checkin").fetchall()
            progress(3, 4)
            read = Source(path, rows, *_roster_parts(source, version))
            progress(4, 4)
            return read
    except (sqlite3.Error, OSError) as error:
        problem = classify(error)
        reason = Refusal.DAMAGED if problem.problem is Problem.CORRUPT else Refusal.UNREADABLE
        raise MergeRefused(path, reason, str(problem)) from error


def _check_source(source: sqlite3.Connection, path: Path, identity: tuple[str, int]) -> int:
    """The source's schema version, once it is known sound and of this event."""
    quick = [str(r[0]) for r in source.execute("PRAGMA quick_check")]
    if quick != ["ok"]:
        raise MergeRefused(path, Refusal.DAMAGED, "; ".join(quick[:SHOWN_KEYS]))
    version = int(source.execute("PRAGMA user_version").fetchone()[0])
    if not 1 <= version <= SCHEMA_VERSION:
        raise MergeRefused(path, Refusal.SCHEMA, f"schema {version}, expected {SCHEMA_VERSION}")
    _check_event(source, path, identity)
    bad = bad_crc_rows(source)
    if bad:
        raise MergeRefused(path, Refusal.DAMAGED, _keys_text(bad))
    return version


def _roster_parts(
    source: sqlite3.Connection, version: int
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[int], int]:
    """Attendees, revocations, retired serials and the serial high-water mark, by version."""
    if version >= 2:
        people = source.execute(f"SELECT {_ATTENDEE} FROM attendee").fetchall()
        revoked = source.execute(f"SELECT {REVOCATION} FROM revocation").fetchall()
        retired = [int(r[0]) for r in source.execute("SELECT serial FROM retired")]
        high_water = roster.high_water(source)
    else:
        people = source.execute(f"SELECT {_V1_ATTENDEE} FROM attendee").fetchall()
        revoked = source.execute(f"SELECT {_V1_REVOCATION} FROM revocation").fetchall()
        retired = []
        serials = [int(p[1]) for p in people if not p[9]] + [int(r[0]) for r in revoked]
        high_water = max((s for s in serials if s < roster.WALK_IN_SERIALS[0]), default=0)
    return [kiosk_side(p) for p in people], revoked, retired, high_water


def kiosk_side(person: tuple[object, ...]) -> tuple[object, ...]:
    """No e-mail, and a phone only as its last four digits (what a kiosk's search uses)."""
    return (*person[:7], last_four(str(person[7])), "", *person[9:])


def _salvage(
    source: sqlite3.Connection,
    local: Path,
    path: Path,
    identity: tuple[str, int],
    progress: Progress,
) -> Source:
    """The rows of a damaged file whose checksums hold (`local`: the file as read)."""
    version = _salvage_version(source, local, path)
    sound = salvage.structure_ok(source)
    _check_salvage_event(source, local, path, identity, sound)
    found = salvage.recover(source, local, progress)
    parts = _sound_roster_parts(source, version) if sound and version else None
    notes = Salvage(found.skipped(), found.broken_pages, roster_read=parts is not None)
    return Source(path, list(found.rows.values()), *(parts or ([], [], [], 0)), salvage=notes)


def _sound_roster_parts(
    source: sqlite3.Connection, version: int
) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]], list[int], int] | None:
    try:
        return _roster_parts(source, version)
    except sqlite3.DatabaseError:
        return None


def _salvage_version(source: sqlite3.Connection, local: Path, path: Path) -> int | None:
    """The schema version, from SQLite or the file's first page; refused only when newer."""
    try:
        version: int | None = int(source.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError:
        version = salvage.header_version(local)
    if version is not None and version > SCHEMA_VERSION:
        raise MergeRefused(path, Refusal.SCHEMA, f"schema {version}, expected {SCHEMA_VERSION}")
    return version or None


def _check_salvage_event(
    source: sqlite3.Connection, local: Path, path: Path, identity: tuple[str, int], sound: bool
) -> None:
    """Another event's file is refused. The event row of a file whose structure is broken
    cannot be trusted (a broken page may read as anything): that file must hold our uid."""
    if sound:
        _check_event(source, path, identity)
        return
    if not salvage.holds_text(local, identity[0]):
        raise MergeRefused(path, Refusal.OTHER_EVENT, "event unreadable")


def _check_event(source: sqlite3.Connection, path: Path, identity: tuple[str, int]) -> None:
    found = source.execute("SELECT uid, number FROM event").fetchall()
    if len(found) != 1 or (str(found[0][0]), int(found[0][1])) != identity:
        raise MergeRefused(path, Refusal.OTHER_EVENT, _event_text(source))


def _event_text(source: sqlite3.Connection) -> str:
    row = source.execute("SELECT title, number, starts_at FROM event").fetchone()
    return f"{row[0]} #{row[1]} {row[2]}" if row else ""


def _keys_text(keys: list[tuple[str, int]]) -> str:
    shown = ", ".join(f"{k}/{s}" for k, s in keys[:SHOWN_KEYS])
    return shown + (f" (+{len(keys) - SHOWN_KEYS})" if len(keys) > SHOWN_KEYS else "")


def _check_conflicts(source: Source, known: dict[tuple[str, int], int]) -> None:
    """A key held here with other content: two kiosks shared an id, or the file was forged."""
    clashes = []
    for row in source.rows:
        key = (str(row[0]), int(row[1]))  # type: ignore[call-overload]
        crc = known.setdefault(key, int(row[-1]))  # type: ignore[call-overload]
        if crc != row[-1]:
            clashes.append(key)
    if clashes:
        raise MergeRefused(source.path, Refusal.CONFLICT, _keys_text(clashes))


def _fold(conn: sqlite3.Connection, source: Source, held: set[Key]) -> SourceReport:
    before = _count(conn, "checkin")
    conn.executemany(f"INSERT OR IGNORE INTO checkin ({_LOG}) VALUES ({_marks(13)})", source.rows)
    new = _count(conn, "checkin") - before
    people_before = _count(conn, "attendee")
    _copy_roster_people(conn, source.attendees)
    copied = _count(conn, "attendee") - people_before
    walk_ins = rebuild_walk_ins(conn)
    revoked = _fold_revocations(conn, source)
    report = SourceReport(source.path, new, len(source.rows) - new, walk_ins, copied, revoked)
    if source.salvage is None:
        return report
    notes = source.salvage
    lost = tuple(key for key in notes.skipped if key not in held)
    return dataclasses.replace(
        report,
        salvaged=True,
        skipped=lost,
        skipped_here=len(notes.skipped) - len(lost),
        broken_pages=notes.broken_pages,
        roster_read=notes.roster_read,
    )


def _fold_revocations(conn: sqlite3.Connection, source: Source) -> int:
    """Revocations are a grow-only set; a person's generation is the highest either file knows.

    Who is on the roster is the organizer's to say, not a merge's: a door's older copy brings
    back nobody this file retired, and the serial high-water mark only rises.
    """
    before = _count(conn, "revocation")
    conn.executemany(
        f"INSERT OR IGNORE INTO revocation ({REVOCATION}) VALUES (?,?,?,?)", source.revocations
    )
    for row in source.attendees:
        serial, generation = row[1], row[11]
        conn.execute(
            "UPDATE attendee SET generation = ?, ticketed = 0"
            " WHERE serial = ? AND walk_in = 0 AND generation < ?",
            (generation, serial, generation),
        )
    roster.raise_high_water(conn, source.high_water)
    roster.keep_arrived_retirees(conn)
    return _count(conn, "revocation") - before


def _copy_roster_people(conn: sqlite3.Connection, people: list[tuple[object, ...]]) -> None:
    """Roster people this file lacks (walk-ins are rebuilt from the log instead)."""
    retired = {int(r[0]) for r in conn.execute("SELECT serial FROM retired")}
    roster_people = [p for p in people if not p[9] and p[1] not in retired]
    conn.executemany(
        f"INSERT OR IGNORE INTO attendee ({_ATTENDEE}) VALUES ({_marks(15)})", roster_people
    )


def rebuild_walk_ins(conn: sqlite3.Connection) -> int:
    """An attendee for every walk-in registration row that has none; returns how many."""
    missing = conn.execute(
        "SELECT c.person, c.details FROM checkin c WHERE c.outcome = 'walk_in_registered'"
        " AND c.person IS NOT NULL AND NOT EXISTS (SELECT 1 FROM attendee a WHERE a.ref = c.person)"
        " ORDER BY c.kiosk_id, c.seq"
    ).fetchall()
    for person, details in missing:
        roster.add_walk_in(conn, _walk_in(str(person), str(details or "{}")))
    return len(missing)


def _walk_in(ref: str, details: str) -> Attendee:
    try:
        facts = json.loads(details)
    except ValueError:
        facts = {}
    if not isinstance(facts, dict):
        facts = {}
    return Attendee(
        serial=0,
        name=str(facts.get("name", "")),
        affiliation=str(facts.get("affiliation", "")),
        department=str(facts.get("department", "")),
        position=str(facts.get("position", "")),
        walk_in=True,
        ref=ref,
    )


def _count(conn: sqlite3.Connection, table: str) -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _marks(n: int) -> str:
    return ",".join("?" * n)
