"""EventStore: the one writer of an event file. All SQL of the kiosk lives in this package."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace as copy
from datetime import datetime, time
from pathlib import Path

from kiosk.domain import rules
from kiosk.domain.model import AgendaItem, Attendee, CheckinRecord, Event
from kiosk.domain.outcome import Outcome
from kiosk.domain.roster_plan import MAX_GENERATION, NeedsConfirmation, RosterPlan
from kiosk.storage import log, roster
from kiosk.storage.database import backup, connect, open_reader, transaction
from kiosk.storage.errors import Problem, StorageError, classify


def _now() -> str:
    return log.utc_text(datetime.now().astimezone())


def _roster_people(conn: sqlite3.Connection, serials: Sequence[int]) -> list[Attendee]:
    """The roster people with these serials, or StorageError naming the serials not found."""
    people = [roster.by_serial(conn, s) for s in dict.fromkeys(serials)]
    missing = [s for s, p in zip(dict.fromkeys(serials), people, strict=True)
               if p is None or p.walk_in]  # fmt: skip
    if missing:
        raise StorageError(Problem.NO_SUCH_PERSON, ", ".join(map(str, missing)))
    return [p for p in people if p is not None]


def _next_generations(conn: sqlite3.Connection, serials: Sequence[int]) -> list[Attendee]:
    people = _roster_people(conn, serials)
    gone = [str(p.serial) for p in people if not p.on_roster]
    if gone:
        raise StorageError(Problem.NO_SUCH_PERSON, ", ".join(gone))
    full = [f"S{p.serial}" for p in people if p.generation >= MAX_GENERATION]
    if full:
        raise StorageError(Problem.OTHER, f"{', '.join(full)}: no generation left")
    return [copy(p, generation=p.generation + 1, ticketed=False) for p in people]


def _event_values(event: Event) -> tuple[object, ...]:
    """The event's columns in table order, from `number` to `opens_minutes_before`."""
    return (
        event.number,
        event.title,
        event.subtitle,
        event.venue,
        event.starts_at.isoformat(),
        event.expected,
        int(event.is_sample),
        event.opens_minutes_before,
    )


class EventStore:
    """An open event file. Methods return domain values; failures raise StorageError."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path

    # -- life cycle ---------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path, *, busy_timeout_ms: int = 2000) -> EventStore:
        conn = connect(path, busy_timeout_ms=busy_timeout_ms)
        if conn.execute("SELECT count(*) FROM event").fetchone()[0] != 1:
            conn.close()
            raise StorageError(Problem.NOT_AN_EVENT, str(path))
        return cls(conn, path)

    @classmethod
    def open_reader(cls, path: Path) -> EventStore:
        """A read-only view of an event file for a job off the writer's thread (an export, a
        copy, reading before a write): SQLite refuses it any write, so the process keeps one
        writer, and in WAL mode a reader never holds up the writer's check-ins."""
        conn = open_reader(path)
        try:
            if conn.execute("SELECT count(*) FROM event").fetchone()[0] != 1:
                raise StorageError(Problem.NOT_AN_EVENT, str(path))
        except sqlite3.Error as error:
            conn.close()
            raise classify(error) from error
        except StorageError:
            conn.close()
            raise
        return cls(conn, path)

    @classmethod
    def create(cls, path: Path, event: Event, *, uid: str | None = None) -> EventStore:
        """A new event file; refuses to overwrite an existing one."""
        if path.exists():
            raise StorageError(Problem.OTHER, f"{path} already exists")
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(path, create=True)
        store = cls(conn, path)
        with store.transaction():
            conn.execute(
                "INSERT INTO event (id, uid, number, title, subtitle, venue, starts_at, expected,"
                " is_sample, opens_minutes_before, created_at) VALUES (1,?,?,?,?,?,?,?,?,?,?)",
                (
                    uid or uuid.uuid4().hex,
                    *_event_values(event),
                    log.utc_text(datetime.now().astimezone()),
                ),
            )
            store._write_agenda(event.agenda)
        return store

    def close(self) -> None:
        self._conn.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with transaction(self._conn) as conn:
            yield conn

    def backup_to(self, target: Path) -> Path:
        """A consistent copy for a USB stick, made while the kiosk keeps running."""
        return backup(self._conn, target)

    def integrity_problems(self) -> list[str]:
        """Structure (integrity_check) and row checksums; empty when all is well."""
        rows = [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        problems += [f"checksum mismatch: {k}/{s}" for k, s in log.bad_crc_rows(self._conn)]
        return problems

    # -- the event ----------------------------------------------------------------------

    @property
    def uid(self) -> str:
        return str(self._conn.execute("SELECT uid FROM event").fetchone()[0])

    def event(self) -> Event:
        row = self._conn.execute(
            "SELECT number, title, subtitle, venue, starts_at, expected, is_sample,"
            " opens_minutes_before FROM event"
        ).fetchone()
        number, title, subtitle, venue, starts_at, expected, is_sample, opens = row
        agenda = tuple(
            AgendaItem(time.fromisoformat(starts), title_)
            for starts, title_ in self._conn.execute(
                "SELECT starts, title FROM agenda ORDER BY position"
            )
        )
        return Event(
            number=number,
            title=title,
            venue=venue,
            starts_at=datetime.fromisoformat(starts_at),
            agenda=agenda,
            expected=expected,
            subtitle=subtitle,
            is_sample=bool(is_sample),
            opens_minutes_before=opens,
        )

    def update_event(self, event: Event) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE event SET number=?, title=?, subtitle=?, venue=?, starts_at=?, expected=?,"
                " is_sample=?, opens_minutes_before=?",
                _event_values(event),
            )
            self._write_agenda(event.agenda)

    def _write_agenda(self, agenda: Sequence[AgendaItem]) -> None:
        self._conn.execute("DELETE FROM agenda")
        self._conn.executemany(
            "INSERT INTO agenda (position, starts, title) VALUES (?,?,?)",
            [
                (i, item.starts.isoformat(timespec="minutes"), item.title)
                for i, item in enumerate(agenda)
            ],
        )

    def meta(self, key: str, default: str = "") -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    # -- keys and revocation ------------------------------------------------------------

    def add_public_key(self, key_id: int, raw: bytes) -> None:
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO public_key (key_id, key, added_at) VALUES (?,?,?)",
                (key_id, raw, log.utc_text(datetime.now().astimezone())),
            )

    def public_keys(self) -> dict[int, bytes]:
        return {
            int(k): bytes(v) for k, v in self._conn.execute("SELECT key_id, key FROM public_key")
        }

    def revoke(self, serial: int, generation: int, reason: str = "revoked") -> None:
        with self.transaction() as conn:
            roster.revoke(conn, serial, generation, reason, _now())

    def revoke_tickets(self, serials: Sequence[int], reason: str = "revoked") -> list[Attendee]:
        """Cancel the current ticket of each roster person (all or none); the person stays."""
        with self.transaction() as conn:
            people = _roster_people(conn, serials)
            for person in people:
                roster.revoke(conn, person.serial, person.generation, reason, _now())
            return people

    def next_generations(self, serials: Sequence[int]) -> list[Attendee]:
        """These roster people as a reissue would make them (nothing is written)."""
        return _next_generations(self._conn, serials)

    def reissue(self, serials: Sequence[int]) -> list[Attendee]:
        """The next generation for each person (all or none): their older tickets are revoked."""
        with self.transaction() as conn:
            people = _next_generations(conn, serials)
            for person in people:
                roster.set_generation(conn, person.serial, person.generation, _now())
            return [a for a in (roster.by_serial(conn, p.serial) for p in people) if a]

    def mark_ticketed(self, serials: Sequence[int]) -> None:
        with self.transaction() as conn:
            roster.mark_ticketed(conn, serials)

    def revoked(self) -> set[tuple[int, int]]:
        return {
            (int(s), int(g))
            for s, g in self._conn.execute("SELECT serial, generation FROM revocation")
        }

    def revocations(self) -> list[tuple[int, int, str, str]]:
        """(serial, generation, revoked at UTC, reason), oldest first."""
        return [
            (int(s), int(g), str(at), str(reason))
            for s, g, at, reason in self._conn.execute(
                "SELECT serial, generation, revoked_at, reason FROM revocation"
                " ORDER BY revoked_at, serial, generation"
            )
        ]

    # -- roster -------------------------------------------------------------------------

    def plan_roster(self, attendees: Sequence[Attendee], secret: bytes | None = None) -> RosterPlan:
        """What `replace_roster` would do, without writing."""
        return roster.plan_import(self._conn, attendees, secret)

    def replace_roster(
        self,
        attendees: Sequence[Attendee],
        secret: bytes | None = None,
        *,
        accept_changes: bool = False,
    ) -> roster.RosterChange:
        """Make `attendees` the roster (their serials are ignored: people are matched).

        Raises NeedsConfirmation, changing nothing, when ticket holders would be renamed or
        removed and `accept_changes` is false.
        """
        with self.transaction() as conn:
            plan = roster.plan_import(conn, attendees, secret)
            if plan.needs_confirmation and not accept_changes:
                raise NeedsConfirmation(plan)
            return roster.apply(conn, plan, datetime.now().astimezone())

    def retired(self) -> list[Attendee]:
        return roster.retired(self._conn)

    def attendee(self, serial: int) -> Attendee | None:
        return roster.by_serial(self._conn, serial)

    def attendee_by_person(self, person: str) -> Attendee | None:
        return roster.by_person(self._conn, person)

    def attendees(self) -> list[Attendee]:
        return roster.everyone(self._conn)

    def expected_count(self) -> int:
        return roster.expected_count(self._conn)

    def affiliations(self) -> list[str]:
        return roster.affiliations(self._conn)

    # -- the check-in log ---------------------------------------------------------------

    def append(self, record: CheckinRecord) -> CheckinRecord:
        """Append one row with the next sequence number of its kiosk; durable on return."""
        with self.transaction() as conn:
            return self._append(conn, record)

    def _append(self, conn: sqlite3.Connection, record: CheckinRecord) -> CheckinRecord:
        numbered = copy(record, seq=log.next_seq(conn, record.kiosk_id))
        log.insert(conn, numbered)
        return numbered

    def check_in(
        self, person: str, row_for: Callable[[Outcome], CheckinRecord]
    ) -> tuple[CheckinRecord, CheckinRecord | None]:
        """Record a person's arrival, or a repeat of it: one transaction either way.

        Inside the transaction the domain's rule (rules.arrival_outcome) judges the arrival
        against the person's first standing check-in; `row_for(outcome)` builds the row to write.
        Returns the row written and that first arrival (None when this one is the first).
        """
        with self.transaction() as conn:
            first = log.first_arrival(conn, person)
            return self._append(conn, row_for(rules.arrival_outcome(first))), first

    def register_walk_in(self, record: CheckinRecord, walk_in: Attendee) -> CheckinRecord:
        """A walk-in's registration row and their attendee row, in one transaction.

        The registration row names its own walk-in (W<kiosk>:<seq>), so the log alone tells
        walk-ins apart and a merge can rebuild them.
        """
        with self.transaction() as conn:
            seq = log.next_seq(conn, record.kiosk_id)
            ref = f"W{record.kiosk_id}:{seq}"
            numbered = copy(record, seq=seq, person=ref)
            log.insert(conn, numbered)
            roster.add_walk_in(conn, copy(walk_in, ref=ref))
            return numbered

    def first_arrival(self, person: str) -> CheckinRecord | None:
        return log.first_arrival(self._conn, person)

    def live_arrivals(self) -> list[CheckinRecord]:
        return log.live_arrivals(self._conn)

    def recent_arrivals(self, kiosk_id: str, limit: int = 20) -> list[CheckinRecord]:
        return log.recent_arrivals(self._conn, kiosk_id, limit)

    def records(self) -> list[CheckinRecord]:
        return log.records(self._conn, "ORDER BY at_utc, kiosk_id, seq")

    def record(self, kiosk_id: str, seq: int) -> CheckinRecord | None:
        found = log.records(self._conn, "WHERE kiosk_id = ? AND seq = ?", (kiosk_id, seq))
        return found[0] if found else None

    def latest_seqs(self) -> dict[str, int]:
        """Each kiosk's highest sequence number in this file's log."""
        rows = self._conn.execute("SELECT kiosk_id, max(seq) FROM checkin GROUP BY kiosk_id")
        return {str(k): int(s) for k, s in rows}

    def arrived_count(self) -> int:
        return log.arrived_count(self._conn)

    def outcome_counts(self) -> dict[str, int]:
        return {k.value: v for k, v in log.count_by_outcome(self._conn).items()}
