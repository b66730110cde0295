"""Who came, when and through which doors: the attendance derived from a (merged) log.

A person is present when a check-in of theirs stands (accepted or walk-in registered, not
undone). Their arrival is the earliest such row, the same rule as the statistics
(`stats.first_arrivals`), so an export and the operator screen never disagree. Every door that
saw them is listed: the doors of their standing check-ins and of their `already_checked_in`
scans, so a person scanned at two entrances appears once, with both doors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from kiosk.domain.model import CheckinRecord
from kiosk.domain.outcome import Outcome
from kiosk.domain.stats import first_arrivals


@dataclass(frozen=True, slots=True)
class Arrival:
    """One present person: their first standing check-in and every door that saw them."""

    person: str
    first: CheckinRecord
    doors: tuple[str, ...]
    scans: int  # standing check-ins plus repeat scans: >1 means seen more than once

    @property
    def at_utc(self) -> datetime:
        return self.first.at_utc

    @property
    def walk_in(self) -> bool:
        return self.first.outcome is Outcome.WALK_IN_REGISTERED


def door_label(record: CheckinRecord) -> str:
    """The door's name, or the kiosk id for a kiosk that had none set."""
    return record.door or record.kiosk_id


def attendance(
    arrivals: Iterable[CheckinRecord], records: Iterable[CheckinRecord]
) -> list[Arrival]:
    """Present people, earliest arrival first (ties by kiosk id and sequence).

    `arrivals` are the standing check-ins (the store's live arrivals); `records` may be the
    whole log: only its `already_checked_in` rows are used, for the doors.
    """
    standing = list(arrivals)
    first = first_arrivals(standing)
    seen: dict[str, list[CheckinRecord]] = {person: [] for person in first}
    for record in standing:
        seen[record.person].append(record)
    for record in records:
        if record.outcome is Outcome.ALREADY_CHECKED_IN and record.person in seen:
            seen[record.person].append(record)
    return [
        Arrival(person, record, _doors(seen[person]), len(seen[person]))
        for person, record in first.items()
    ]


def _doors(records: list[CheckinRecord]) -> tuple[str, ...]:
    """Distinct doors, in the order each first saw the person (ties by name)."""
    earliest: dict[str, datetime] = {}
    for record in records:
        label = door_label(record)
        if label not in earliest or record.at_utc < earliest[label]:
            earliest[label] = record.at_utc
    return tuple(sorted(earliest, key=lambda label: (earliest[label], label)))
