"""What a new roster file does to the people an event already knows: a plan, before any write.

A serial is an identity, forever: within an event it is given to one person only, and never to
anyone else, even after that person leaves the roster. A re-import finds each known person by the
strongest key both sides have -- employee number, else e-mail, else phone (the last two as keyed
digests: the event file keeps neither), else (name, affiliation, department) with row order among
exact namesakes. Two keys of the same kind that differ mean two different people, and a person
known by a key the file carries is never found by name instead. A row number in the file
(`번호`) is never a key.

People who leave the roster have their ticket revoked; a person who comes back keeps their serial
with the next generation, so the ticket they held while away stays refused. Changes that would
re-bind an issued ticket (a ticket holder renamed, or removed) are listed for the organizer to
confirm; nothing is re-bound silently.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from dataclasses import replace as copy
from enum import StrEnum

from kiosk.domain.model import Attendee

FIRST_SERIAL = 1
LAST_ROSTER_SERIAL = 8_999_999  # walk-ins live above: 9,000,000 .. 15,999,999
MAX_GENERATION = 255  # the ticket's generation is one byte


_KINDS = ("employee_no", "key_email", "key_phone")  # strongest first


class Standing(StrEnum):
    """Where a known person stands before the import."""

    ON_ROSTER = "on_roster"
    OFF_ROSTER = "off_roster"  # left the roster but has check-ins: kept, ticket revoked
    RETIRED = "retired"  # left the roster without check-ins: a tombstone, ticket revoked


@dataclass(frozen=True, slots=True)
class Known:
    person: Attendee
    standing: Standing


@dataclass(frozen=True)
class RosterPlan:
    """The roster after the import, and what changed. `roster` keeps the file's order."""

    roster: list[Attendee]
    added: list[Attendee] = field(default_factory=list)
    updated: list[tuple[Attendee, Attendee]] = field(default_factory=list)  # (before, after)
    unchanged: int = 0
    returned: list[Attendee] = field(default_factory=list)  # back after leaving: new generation
    leaving: list[Attendee] = field(default_factory=list)  # on the roster before, not now
    high_water: int = 0

    @property
    def renamed_holders(self) -> list[tuple[Attendee, Attendee]]:
        """Ticket holders whose name the file changes: their ticket would show another name."""
        return [(b, a) for b, a in self.updated if b.ticketed and b.name != a.name]

    @property
    def removed_holders(self) -> list[Attendee]:
        """Ticket holders the file leaves out: their ticket would be revoked."""
        return [p for p in self.leaving if p.ticketed]

    @property
    def needs_confirmation(self) -> bool:
        return bool(self.renamed_holders or self.removed_holders)

    @property
    def is_noop(self) -> bool:
        return not (self.added or self.updated or self.returned or self.leaving)


class RosterFull(Exception):
    """No serial is left below the walk-in range (never happens with the row limits)."""


def plan(known: Sequence[Known], incoming: Sequence[Attendee], high_water: int) -> RosterPlan:
    """Match `incoming` (in file order, serials ignored) against everyone the event knows."""
    matcher = _Matcher(known)
    roster: list[Attendee] = []
    added: list[Attendee] = []
    updated: list[tuple[Attendee, Attendee]] = []
    returned: list[Attendee] = []
    unchanged = 0
    matches = matcher.match_all(incoming)
    for row, found in zip(incoming, matches, strict=True):
        if found is None:
            high_water += 1
            if high_water > LAST_ROSTER_SERIAL:
                raise RosterFull(high_water)
            person = _fresh(row, high_water)
            added.append(person)
        else:
            person = _carry(found.person, row)
            if found.standing is not Standing.ON_ROSTER:
                person = copy(person, generation=min(found.person.generation + 1, MAX_GENERATION))
                person = copy(person, ticketed=False)
                returned.append(person)
            elif _same(found.person, person):
                unchanged += 1
            else:
                updated.append((found.person, person))
        roster.append(person)
    staying = {p.serial for p in roster}
    leaving = [
        k.person
        for k in known
        if k.standing is Standing.ON_ROSTER and k.person.serial not in staying
    ]
    return RosterPlan(roster, added, updated, unchanged, returned, leaving, high_water)


def _fresh(row: Attendee, serial: int) -> Attendee:
    return copy(
        row, serial=serial, generation=0, on_roster=True, walk_in=False, ref="", ticketed=False
    )


def _carry(before: Attendee, row: Attendee) -> Attendee:
    """The row's facts on the known person's identity; a digest the row lacks is kept."""
    return copy(
        row,
        serial=before.serial,
        generation=before.generation,
        on_roster=True,
        walk_in=False,
        ref="",
        ticketed=before.ticketed,
        employee_no=row.employee_no or before.employee_no,
        key_email=row.key_email or before.key_email,
        key_phone=row.key_phone or before.key_phone,
        phone=row.phone or before.phone,
    )


def _same(a: Attendee, b: Attendee) -> bool:
    return a == b


def employee_key(value: str) -> str:
    """An employee number as HR means it: full-width digits, spaces around it and the leading
    zeros Excel drops on a re-save ("00123" -> "123") make no difference."""
    text = unicodedata.normalize("NFKC", value).strip()
    if text.isdigit():
        return text.lstrip("0") or "0"
    return text.casefold()


def _compatible(known: Attendee, row: Attendee) -> bool:
    """False when both sides hold a key of one kind and the keys differ: two people."""
    return all(
        not (k and r and k != r)
        for k, r in (
            (employee_key(known.employee_no), employee_key(row.employee_no)),
            (known.key_email, row.key_email),
            (known.key_phone, row.key_phone),
        )
    )


class _Matcher:
    def __init__(self, known: Iterable[Known]) -> None:
        self._claimed: set[int] = set()
        self._by_kind: dict[str, dict[str, list[Known]]] = {
            kind: defaultdict(list) for kind in _KINDS
        }
        self._by_name: dict[tuple[str, str, str], list[Known]] = defaultdict(list)
        for k in sorted(known, key=_precedence):
            for kind, index in self._by_kind.items():
                value = _key_value(k.person, kind)
                if value:
                    index[value].append(k)
            self._by_name[_name_key(k.person)].append(k)

    def match_all(self, rows: Sequence[Attendee]) -> list[Known | None]:
        """Keys first for every row, then namesakes in row order among what is left.

        Doing the keyed matches first keeps a keyless row from taking a person that a later
        row names by employee number.
        """
        found: list[Known | None] = [None] * len(rows)
        for kind in _KINDS:
            for i, row in enumerate(rows):
                value = _key_value(row, kind)
                if found[i] is None and value:
                    found[i] = self._take(self._by_kind[kind].get(value, []), row)
        # By name only where the file cannot tell: a known person who has a key of a kind
        # this file carries must be found by that key, or is not in the file. Rows without
        # any key go first, so a keyed newcomer who shares a name, affiliation and department
        # with a keyless person cannot take that person's serial.
        carried = {kind for kind in _KINDS if any(getattr(row, kind) for row in rows)}
        by_keys = sorted(range(len(rows)), key=lambda i: _has_key(rows[i]))
        for i in by_keys:
            if found[i] is None:
                candidates = self._by_name.get(_name_key(rows[i]), [])
                found[i] = self._take(candidates, rows[i], unkeyed_in=carried)
        return found

    def _take(
        self, candidates: list[Known], row: Attendee, unkeyed_in: set[str] | None = None
    ) -> Known | None:
        for k in candidates:
            if k.person.serial in self._claimed or not _compatible(k.person, row):
                continue
            if unkeyed_in and any(getattr(k.person, kind) for kind in unkeyed_in):
                continue
            self._claimed.add(k.person.serial)
            return k
        return None


def _precedence(k: Known) -> tuple[int, int]:
    """People on the roster first, then those who left; earlier serials first (row order)."""
    return (0 if k.standing is Standing.ON_ROSTER else 1, k.person.serial)


def _key_value(a: Attendee, kind: str) -> str:
    value: str = getattr(a, kind)
    return employee_key(value) if kind == "employee_no" and value else value


def _has_key(a: Attendee) -> bool:
    return bool(a.employee_no or a.key_email or a.key_phone)


def _name_key(a: Attendee) -> tuple[str, str, str]:
    return (a.name, a.affiliation, a.department)


def for_the_kiosk(row: Attendee, secret: bytes | None) -> Attendee:
    """What the event file keeps of a row: keyed digests instead of the e-mail and the phone.

    The digests are keyed with a secret only the organizer holds (derived from the signing
    key), so a kiosk's file cannot be searched for a known address or number. Without the
    secret (an import on a kiosk) no digest is made and the row is found by the other keys.
    """
    digits = "".join(ch for ch in row.phone if ch.isascii() and ch.isdigit())
    email = row.email.strip().casefold()
    return copy(
        row,
        email="",
        phone=digits[-4:],
        key_email=_digest(secret, "email", email) if email and secret else row.key_email,
        key_phone=_digest(secret, "phone", digits)
        if len(digits) >= 7 and secret
        else row.key_phone,
        employee_no=row.employee_no.strip(),
    )


def _digest(secret: bytes, kind: str, value: str) -> str:
    import hashlib
    import hmac

    message = f"{kind}:{value}".encode()
    return hmac.new(secret, message, hashlib.sha256).hexdigest()[:32]


class NeedsConfirmation(Exception):
    """The import would rename or remove ticket holders; the organizer must say yes first."""

    def __init__(self, plan: RosterPlan) -> None:
        super().__init__(
            f"{len(plan.renamed_holders)} renamed, {len(plan.removed_holders)} removed"
        )
        self.plan = plan
