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

from kiosk.domain.access import How, method_of
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
    how: str = ""  # access.method: 'qr', 'name/volunteer', ... ('' in rows from before)

    @property
    def key(self) -> tuple[str, int]:
        return (self.kiosk_id, self.seq)


def scan_of(record: CheckinRecord) -> Scan:
    walk_in = record.outcome is Outcome.WALK_IN_REGISTERED
    how = method_of(record.details)
    return Scan(
        record.at_utc, record.kiosk_id, record.seq, record.person, record.door, walk_in, how
    )


# What the list shows of a person: name, affiliation, department, position (nothing more:
# no phone, no e-mail). A plain tuple: an export builds 100,000 of them.
Identity = tuple[str, str, str, str]
UNKNOWN: Identity = ("", "", "", "")


def identity_of(attendee: Attendee) -> Identity:
    return (attendee.name, attendee.affiliation, attendee.department, attendee.position)


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
    how: str = ""  # how the arrival was checked in (access.method)


def attendance(
    standing: Iterable[Scan], repeats: Iterable[Scan], people: Mapping[str, Identity] | None = None
) -> list[Entry]:
    """Present people, earliest arrival first, with who they are (blank when unknown).

    `standing` are the check-ins no undo took back (the store's live arrivals); of `repeats`
    only the `already_checked_in` scans should be given: they add doors, not arrivals.
    """
    first: dict[str, Scan] = {}
    seen: dict[str, dict[str, datetime]] = {}
    for scan in sorted(standing):  # by UTC time, kiosk id, sequence (the tuple's own order)
        doors = seen.get(scan.person)
        if doors is None:  # the first: most people are seen once, so keep this path short
            first[scan.person] = scan
            seen[scan.person] = {scan.door or scan.kiosk_id: scan.at_utc}
        else:
            _see(doors, scan)
    for scan in repeats:
        if scan.person in seen:
            _see(seen[scan.person], scan)
    known = people or {}
    return [
        Entry(
            person,
            *known.get(person, UNKNOWN),
            scan.at_utc,
            scan.door or scan.kiosk_id,
            scan.walk_in,
            _doors(seen[person]),
            scan.how or (How.WALK_IN.value if scan.walk_in else ""),
        )
        for person, scan in first.items()
    ]


def attendance_of(
    arrivals: Iterable[CheckinRecord],
    records: Iterable[CheckinRecord],
    people: Iterable[Attendee] = (),
) -> list[Entry]:
    """`attendance` from full log records (any rows; only repeat scans add doors)."""
    repeats = (r for r in records if r.outcome is Outcome.ALREADY_CHECKED_IN)
    identities = {a.person: identity_of(a) for a in people}
    return attendance(map(scan_of, arrivals), map(scan_of, repeats), identities)


def _see(doors: dict[str, datetime], scan: Scan) -> None:
    label = scan.door or scan.kiosk_id
    if label not in doors or scan.at_utc < doors[label]:
        doors[label] = scan.at_utc


def _doors(earliest: dict[str, datetime]) -> tuple[str, ...]:
    """Distinct doors, in the order each first saw the person (ties by name)."""
    if len(earliest) == 1:
        return tuple(earliest)
    return tuple(sorted(earliest, key=lambda label: (earliest[label], label)))
