"""Who came, when and through which doors: the attendance derived from a (merged) log.

A person is present when a check-in of theirs stands (accepted or walk-in registered, not
undone). Their arrival is the earliest such row by (UTC time, kiosk id, sequence), the same
rule as the statistics (`stats.first_arrivals`), so an export and the operator screen never
disagree. Every door that saw them is listed: the doors of their standing check-ins and of
their `already_checked_in` scans, so a person scanned at two entrances appears once, with both.

The rule works on `Scan`s, the few fields of a log row it needs, as named tuples: an export of
100,000 check-ins reads them straight from the store without building full records.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import NamedTuple

from kiosk.domain.model import Attendee, CheckinRecord
from kiosk.domain.outcome import Outcome


class Scan(NamedTuple):
    """What attendance needs of one log row; as a tuple it sorts in the rule's order."""

    at_utc: datetime
    kiosk_id: str
    seq: int
    person: str
    door: str
    walk_in: bool = False  # a walk-in's registration row

    @property
    def key(self) -> tuple[str, int]:
        return (self.kiosk_id, self.seq)

    @property
    def door_label(self) -> str:
        """The door's name, or the kiosk id for a kiosk that had none set."""
        return self.door or self.kiosk_id


def scan_of(record: CheckinRecord) -> Scan:
    walk_in = record.outcome is Outcome.WALK_IN_REGISTERED
    return Scan(record.at_utc, record.kiosk_id, record.seq, record.person, record.door, walk_in)


class Arrival(NamedTuple):
    """One present person: their first standing check-in and every door that saw them."""

    person: str
    first: Scan
    doors: tuple[str, ...]
    scans: int  # standing check-ins plus repeat scans: >1 means seen more than once


class Identity(NamedTuple):
    """What the attendance list shows of a person (nothing more: no phone, no e-mail)."""

    name: str
    affiliation: str = ""
    department: str = ""
    position: str = ""


def identity_of(attendee: Attendee) -> Identity:
    return Identity(attendee.name, attendee.affiliation, attendee.department, attendee.position)


class Entry(NamedTuple):
    """One line of the attendance list: who, when (aware UTC), at which door, every door."""

    person: str
    name: str
    affiliation: str
    department: str
    position: str
    at_utc: datetime
    door: str
    walk_in: bool
    doors: tuple[str, ...]


def attendance(standing: Iterable[Scan], repeats: Iterable[Scan]) -> list[Arrival]:
    """Present people, earliest arrival first.

    `standing` are the check-ins no undo took back (the store's live arrivals); of `repeats`
    only the `already_checked_in` scans should be given: they add doors, not arrivals.
    """
    ordered = sorted(standing)  # by UTC time, kiosk id, sequence (the tuple's own order)
    first: dict[str, Scan] = {}
    seen: dict[str, dict[str, datetime]] = {}
    counts: dict[str, int] = {}
    for scan in ordered:
        first.setdefault(scan.person, scan)
        _see(seen.setdefault(scan.person, {}), scan)
        counts[scan.person] = counts.get(scan.person, 0) + 1
    for scan in repeats:
        if scan.person in seen:
            _see(seen[scan.person], scan)
            counts[scan.person] += 1
    return [
        Arrival(person, scan, _doors(seen[person]), counts[person])
        for person, scan in first.items()
    ]


def attendance_of(
    arrivals: Iterable[CheckinRecord], records: Iterable[CheckinRecord]
) -> list[Arrival]:
    """`attendance` from full log records (any rows; only repeat scans add doors)."""
    repeats = (r for r in records if r.outcome is Outcome.ALREADY_CHECKED_IN)
    return attendance(map(scan_of, arrivals), map(scan_of, repeats))


def _see(doors: dict[str, datetime], scan: Scan) -> None:
    label = scan.door_label
    if label not in doors or scan.at_utc < doors[label]:
        doors[label] = scan.at_utc


def _doors(earliest: dict[str, datetime]) -> tuple[str, ...]:
    """Distinct doors, in the order each first saw the person (ties by name)."""
    if len(earliest) == 1:
        return tuple(earliest)
    return tuple(sorted(earliest, key=lambda label: (earliest[label], label)))


def entries(present: Iterable[Arrival], people: Mapping[str, Identity]) -> list[Entry]:
    """The attendance list: each arrival with the person's identity (blank if unknown)."""
    unknown = Identity("")
    return [
        Entry(
            arrival.person,
            *people.get(arrival.person, unknown),
            arrival.first.at_utc,
            arrival.first.door_label,
            arrival.first.walk_in,
            arrival.doors,
        )
        for arrival in present
    ]
