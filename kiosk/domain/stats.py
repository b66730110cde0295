"""Attendance figures derived from the log: arrived and expected, by affiliation, per 5 minutes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from kiosk.domain.model import Attendee, CheckinRecord
from kiosk.domain.outcome import Outcome

REJECTIONS = frozenset(
    {
        Outcome.UNKNOWN_ATTENDEE,
        Outcome.INVALID_SIGNATURE,
        Outcome.WRONG_EVENT,
        Outcome.REVOKED,
        Outcome.MALFORMED,
        Outcome.NOT_OPEN_YET,
    }
)
BUCKET = timedelta(minutes=5)


@dataclass(frozen=True)
class Stats:
    arrived: int
    expected: int
    walk_ins: int
    rejected: int
    by_affiliation: dict[str, tuple[int, int]] = field(default_factory=dict)  # arrived, expected
    per_5_min: list[tuple[str, int]] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "arrived": self.arrived,
            "expected": self.expected,
            "walk_ins": self.walk_ins,
            "rejected": self.rejected,
            "by_affiliation": {
                name: {"arrived": a, "expected": e} for name, (a, e) in self.by_affiliation.items()
            },
            "per_5_min": [[t, n] for t, n in self.per_5_min],
        }


def first_arrivals(arrivals: Iterable[CheckinRecord]) -> dict[str, CheckinRecord]:
    """Each person's earliest standing check-in (by UTC time, then kiosk id and sequence)."""
    first: dict[str, CheckinRecord] = {}
    for record in sorted(arrivals, key=lambda r: (r.at_utc, r.kiosk_id, r.seq)):
        first.setdefault(record.person, record)
    return first


def compute(
    attendees: Iterable[Attendee],
    arrivals: Iterable[CheckinRecord],
    outcome_counts: Mapping[str, int],
    tz: tzinfo,
    expected_fallback: int = 0,
) -> Stats:
    people = {a.person: a for a in attendees}
    first = first_arrivals(arrivals)
    expected_by: Counter[str] = Counter(
        a.affiliation for a in people.values() if a.on_roster and not a.walk_in
    )
    arrived_by: Counter[str] = Counter(people[p].affiliation if p in people else "" for p in first)
    names = sorted(set(expected_by) | set(arrived_by), key=lambda n: (-expected_by[n], n))
    expected = sum(expected_by.values()) or expected_fallback
    return Stats(
        arrived=len(first),
        expected=expected,
        walk_ins=sum(1 for r in first.values() if r.outcome is Outcome.WALK_IN_REGISTERED),
        rejected=sum(outcome_counts.get(o.value, 0) for o in REJECTIONS),
        by_affiliation={n: (arrived_by[n], expected_by[n]) for n in names},
        per_5_min=per_five_minutes(first.values(), tz),
    )


def per_five_minutes(records: Iterable[CheckinRecord], tz: tzinfo) -> list[tuple[str, int]]:
    """Arrivals per 5-minute slot in local time, from the first to the last slot, gaps as 0."""
    slots = Counter(_slot(r.at_utc.astimezone(tz)) for r in records)
    if not slots:
        return []
    current, last = min(slots), max(slots)
    result = []
    while current <= last:
        result.append((current.strftime("%H:%M"), slots.get(current, 0)))
        current += BUCKET
    return result


def _slot(moment: datetime) -> datetime:
    return moment.replace(minute=moment.minute - moment.minute % 5, second=0, microsecond=0)
