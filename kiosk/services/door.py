"""The door's use cases: check in a code or a person, register a walk-in, undo, search, stats.

The service holds the store, the clock and this kiosk's identity; it returns domain values and
never chooses words or colours (the UI does). A CheckinResult is returned only after its row
committed: when the disk refuses, StorageError propagates and nothing is acknowledged.

The service's store is the process's one writer to the event file: the door's check-ins, and
the writing halves of an import, a merge or the doors' sync, all on the thread that owns it
(jobs on other threads only read, through `EventStore.open_reader`). Whoever writes behind the
service's back says so with `notify(Change...)`; the service reloads what it keeps and tells
its listeners (the screens), so no widget has to remember to reload.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Flag, auto

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.domain import names, rules, stats
from kiosk.domain.access import MODE_KEY, How, NameCheckin, Unlock, how_of
from kiosk.domain.clock import Clock
from kiosk.domain.clockwatch import ClockReading, ClockWatch
from kiosk.domain.model import Attendee, CheckinRecord, CheckinResult, Event
from kiosk.domain.outcome import Outcome
from kiosk.domain.search import SearchIndex
from kiosk.domain.tickets import MAX_INPUT_CHARS, TicketVerifier, canonical_code
from kiosk.storage.store import EventStore

log = logging.getLogger(__name__)
STORED_CODE_CHARS = 128


@dataclass(frozen=True)
class Door:
    """Who is writing: this machine's kiosk id and the door's name."""

    kiosk_id: str
    name: str


class Change(Flag):
    """What a write changed, for those who show or keep it."""

    ATTENDANCE = auto()  # check-in rows (this door's or others')
    PEOPLE = auto()  # the roster or walk-ins
    TICKETS = auto()  # revocations, generations, keys
    EVENT = auto()  # the event's own details (title, agenda, times)


_RELOADS = Change.PEOPLE | Change.TICKETS | Change.EVENT


@dataclass(frozen=True)
class Judgement:
    """A code's verdict and, when its signature held, whose ticket it is."""

    outcome: Outcome
    attendee: Attendee | None = None
    person: str = ""


class KioskService:
    def __init__(self, store: EventStore, clock: Clock, door: Door) -> None:
        self.store = store
        self.clock = clock
        self.door = door
        self._event = store.event()
        self._verifier = self._make_verifier()
        self._index: SearchIndex | None = None  # built on the first search: start-up stays fast
        self.clock_watch = ClockWatch()  # wall-clock jumps between two rows are noted in the row
        self.clock_confirmed: date | None = None  # the date the clock showed when confirmed
        self._listeners: list[Callable[[Change], None]] = []

    @property
    def event(self) -> Event:
        return self._event

    def identity(self) -> tuple[str, int]:
        """The event file's identity (uid, number): what another door's file must carry."""
        return (self.store.uid, self._event.number)

    def reload(self) -> None:
        """Re-read the event, keys, revocations and roster (after an import or a merge)."""
        self._event = self.store.event()
        self._verifier = self._make_verifier()
        self._index = None

    def subscribe(self, listener: Callable[[Change], None]) -> None:
        """`listener(change)` after every write `notify` is told of (on the writer's thread)."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[Change], None]) -> None:
        """Stop telling `listener` (a screen that is going away)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    def notify(self, change: Change) -> None:
        """The event file changed through this store (an import, a merge, a sync fold, a
        revocation): reload what the service keeps, then tell the listeners."""
        if change & _RELOADS:
            self.reload()
        for listener in list(self._listeners):
            listener(change)

    def _make_verifier(self) -> TicketVerifier:
        keys = {
            key_id: Ed25519PublicKey.from_public_bytes(raw)
            for key_id, raw in self.store.public_keys().items()
        }
        return TicketVerifier(keys, self._event.number, self._event.day, self.store.revoked())

    def confirm_clock(self, shown: date | None = None) -> None:
        """The operator confirmed a clock off the event's day (`shown`: the date it showed).

        From now on valid tickets are admitted whatever the clock says (rules.is_open), and
        every row written carries `clock_confirmed` in its details, so the log keeps it.
        """
        zone = self._event.starts_at.tzinfo
        self.clock_confirmed = shown or self.clock.now().astimezone(zone).date()
        log.warning(
            "operator confirmed the clock: it shows %s, the event is on %s",
            self.clock_confirmed.isoformat(),
            self._event.day.isoformat(),
        )

    # -- check-in ------------------------------------------------------------------------

    def check_in(self, code: str, how: str = "") -> CheckinResult:
        """A scanned or typed code: verify it offline, then record the outcome.

        `how` (access.How: qr, scanner, cli) goes into the row's details."""
        facts = {"how": how} if how else {}
        judged = self.judge(code)
        if judged.outcome is not Outcome.ACCEPTED or judged.attendee is None:
            return self._reject(judged.outcome, judged.person, code, judged.attendee, facts)
        return self._arrive(judged.attendee, facts)

    def judge(self, code: str) -> Judgement:
        """Whose ticket a code is and whether it admits, before the opening hours and repeats
        are considered; nothing is written."""
        verdict = self._verifier.verify(code)
        ticket = verdict.ticket
        if ticket is None:
            return Judgement(verdict.outcome)
        attendee = self.store.attendee(ticket.serial)
        person = f"S{ticket.serial}"
        if verdict.outcome is not Outcome.ACCEPTED:
            return Judgement(verdict.outcome, attendee, person)
        if attendee is None or attendee.walk_in:
            return Judgement(Outcome.UNKNOWN_ATTENDEE, None, person)
        if ticket.generation < attendee.generation:  # reissued since: the older one is void
            return Judgement(Outcome.REVOKED, attendee, person)
        return Judgement(Outcome.ACCEPTED, attendee, person)

    def check_in_person(self, person: str, unlock: Unlock | None = None) -> CheckinResult:
        """A person found by search at the door, after a volunteer's unlock or the person's
        phone digits (`unlock`, recorded in the row's details with how=name; the screens
        always give it)."""
        facts = {"how": How.NAME.value} | ({"unlock": unlock.value} if unlock else {})
        attendee = self.store.attendee_by_person(person)
        if attendee is None:
            return self._reject(Outcome.UNKNOWN_ATTENDEE, person, "", None, facts)
        return self._arrive(attendee, facts)

    def name_checkin(self) -> NameCheckin:
        """The event's choice: staffed (a volunteer's code) or self-service (phone digits)."""
        return NameCheckin.parse(self.store.meta(MODE_KEY))

    def set_name_checkin(self, mode: NameCheckin) -> None:
        self.store.set_meta(MODE_KEY, mode.value)
        log.info("name check-in set to %s", mode.value)

    def register_walk_in(
        self, name: str, affiliation: str, department: str = "", position: str = ""
    ) -> CheckinResult:
        """A person not on the roster: stored, flagged as a walk-in, and checked in at once.

        ValueError unless the name looks like a name (kiosk.domain.names)."""
        problem = names.name_problem(name)
        if problem is not None:
            raise ValueError(f"not a name: {problem.value}")
        name = names.clean_name(name)
        attendee = Attendee(
            serial=0,
            name=name,
            affiliation=affiliation.strip(),
            department=department.strip(),
            position=position.strip(),
            walk_in=True,
        )
        facts = {
            "name": attendee.name,
            "affiliation": attendee.affiliation,
            "department": attendee.department,
            "position": attendee.position,
            "how": How.WALK_IN.value,
        }
        record = self._new_record(Outcome.WALK_IN_REGISTERED, "", facts=facts)
        written = self.store.register_walk_in(record, attendee)
        stored = self.store.attendee_by_person(f"W{written.kiosk_id}:{written.seq}")
        self._index = None
        return CheckinResult(
            Outcome.WALK_IN_REGISTERED, stored, written.at_utc, written.door, record=written
        )

    def undo(self, kiosk_id: str, seq: int) -> CheckinResult:
        """Take back a check-in (a new row; nothing is deleted)."""
        target = self.store.record(kiosk_id, seq)
        if target is None or not target.outcome.counts_as_arrival:
            raise ValueError("no such check-in")
        attendee = self.store.attendee_by_person(target.person)
        record = self._new_record(Outcome.UNDONE, target.person, undoes=target.key)
        written = self.store.append(record)
        self.notify(Change.ATTENDANCE)  # the counter may go down (or not: another door's row)
        return CheckinResult(Outcome.UNDONE, attendee, written.at_utc, written.door, record=written)

    def revoke_ticket(self, serial: int, lost: bool = False) -> Attendee:
        """Cancel a person's current ticket (stolen, or lost: the organizer reissues it).

        The person stays on the roster and can still be checked in by name; from now on their
        ticket is `revoked` here, and at every kiosk this file's rows reach by merge.
        """
        (person,) = self.store.revoke_tickets([serial], "lost" if lost else "revoked")
        log.info("ticket of S%d generation %d revoked (%s)", serial, person.generation,
                 "lost" if lost else "revoked")  # fmt: skip
        self.notify(Change.TICKETS)
        return person

    def ticket_revoked(self, attendee: Attendee) -> bool:
        """True when this person's current ticket no longer admits."""
        return (attendee.serial, attendee.generation) in self.store.revoked()

    def _arrive(self, attendee: Attendee, facts: dict[str, str]) -> CheckinResult:
        confirmed = self.clock_confirmed is not None
        if not rules.is_open(self._event, self.clock.now(), clock_confirmed=confirmed):
            return self._reject(Outcome.NOT_OPEN_YET, attendee.person, "", attendee, facts)
        written, first = self.store.check_in(  # the store judges it: arrival or repeat
            attendee.person,
            lambda outcome: self._new_record(outcome, attendee.person, facts=facts),
        )
        return CheckinResult(
            written.outcome,
            attendee,
            written.at_utc,
            written.door,
            first_at=first.at_utc if first else None,
            first_door=first.door if first else "",
            record=written,
        )

    def _reject(
        self,
        outcome: Outcome,
        person: str,
        code: str,
        attendee: Attendee | None,
        facts: dict[str, str] | None = None,
    ) -> CheckinResult:
        canonical = canonical_code(code)  # the log keys on the canonical text of a ticket
        if canonical is not None:
            stored_code = canonical
        else:  # a malformed code is kept as given, truncated
            stored_code = code[:STORED_CODE_CHARS] if len(code) <= MAX_INPUT_CHARS else code[:32]
        # A lone surrogate (not UTF-8) must not turn a rejected scan into a crash.
        stored_code = stored_code.encode("utf-8", "backslashreplace").decode("utf-8")
        written = self.store.append(
            self._new_record(outcome, person, code=stored_code, facts=facts)
        )
        return CheckinResult(outcome, attendee, written.at_utc, written.door, record=written)

    def _new_record(
        self,
        outcome: Outcome,
        person: str,
        *,
        code: str = "",
        facts: Mapping[str, object] | None = None,
        undoes: tuple[str, int] | None = None,
    ) -> CheckinRecord:
        """The row to write, its details JSON from `facts` (how it was made) and two facts about
        the clock: `clock_jump_s` (the wall clock moved this much beyond elapsed time since this
        kiosk's previous row; the log stays ordered by seq, this explains odd times) and
        `clock_confirmed` (the date the clock showed when the operator confirmed it)."""
        reading = ClockReading(self.clock.now(), self.clock.monotonic_ns(), self.clock.boot_id)
        known = dict(facts or {})
        jump = self.clock_watch.observe(reading)
        if jump is not None:
            known["clock_jump_s"] = round(jump, 3)
        if self.clock_confirmed is not None:
            known["clock_confirmed"] = self.clock_confirmed.isoformat()
        return CheckinRecord(
            kiosk_id=self.door.kiosk_id,
            seq=0,
            outcome=outcome,
            at_utc=reading.wall,
            mono_ns=reading.mono_ns,
            door=self.door.name,
            person=person,
            code=code,
            undoes=undoes,
            boot_id=reading.boot_id,
            details=json.dumps(known, ensure_ascii=False, sort_keys=True) if known else "",
        )

    # -- looking things up ---------------------------------------------------------------

    def search(self, query: str, limit: int = 8, names_only: bool = False) -> list[Attendee]:
        if self._index is None:
            self._index = SearchIndex(self.store.attendees())
        return self._index.search(query, limit=limit, names_only=names_only)

    def same_person(self, name: str, affiliation: str) -> Attendee | None:
        """A roster person or earlier walk-in a new walk-in would duplicate, if any."""
        return names.same_person(name, affiliation, self.store.attendees())

    def name_checkins(self) -> list[tuple[CheckinRecord, Attendee | None]]:
        """Every standing check-in made by name (any door in this file), newest first."""
        records = self.store.records()
        found = [r for r in records if r.outcome.counts_as_arrival]
        by_name = [r for r in found if how_of(r.details)[0] == How.NAME]
        by_name.sort(key=lambda r: (r.at_utc, r.kiosk_id, r.seq), reverse=True)
        undone = {r.undoes for r in records if r.undoes is not None}
        return [
            (r, self.store.attendee_by_person(r.person)) for r in by_name if r.key not in undone
        ]

    def recent_checkins(self, limit: int = 20) -> list[tuple[CheckinRecord, Attendee | None]]:
        return [
            (r, self.store.attendee_by_person(r.person))
            for r in self.store.recent_arrivals(self.door.kiosk_id, limit)
        ]

    def arrived_count(self) -> int:
        return self.store.arrived_count()

    def expected_count(self) -> int:
        return self.store.expected_count() or self._event.expected

    def affiliations(self) -> list[str]:
        return self.store.affiliations()

    def stats(self) -> stats.Stats:
        tz = self._event.starts_at.tzinfo or datetime.now().astimezone().tzinfo
        assert tz is not None
        return stats.compute(
            self.store.attendees(),
            self.store.live_arrivals(),
            self.store.outcome_counts(),
            tz,
            expected_fallback=self._event.expected,
        )
