"""Big synthetic event files for the end-of-day benchmarks (export, merge).

Rows go in through the storage layer (log.insert, the same INSERT the kiosk uses, with its
checksum) in one transaction, so building 100,000 check-ins takes seconds, not a day of scans.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.domain.model import CheckinRecord
from kiosk.domain.outcome import Outcome
from kiosk.domain.sample import generate_roster, sample_event
from kiosk.services.organizer import create_event
from kiosk.storage import log
from kiosk.storage.store import EventStore


def event_with_roster(path: Path, people: int) -> Path:
    """A new event file (the sample event) with a synthetic roster of `people`."""
    create_event(path, sample_event()).close()
    store = EventStore.open(path)
    store.replace_roster(generate_roster(people, seed=11))
    store.close()
    return path


def add_checkins(
    path: Path, kiosk_id: str, door: str, serials: range, *, repeats: float = 0.05, seed: int = 1
) -> int:
    """Check in `serials` at one kiosk over two hours before the start; a few scan twice."""
    rng = random.Random(seed)
    starts = sample_event().starts_at.astimezone(UTC)
    times = sorted(starts - timedelta(seconds=rng.uniform(-600, 7200)) for _ in serials)
    store = EventStore.open(path)
    seq = 0
    with store.transaction() as conn:
        for serial, at in zip(serials, times, strict=True):
            seq += 1
            log.insert(conn, _row(kiosk_id, seq, Outcome.ACCEPTED, serial, at, door))
            if rng.random() < repeats:
                seq += 1
                again = at + timedelta(seconds=rng.uniform(5, 600))
                log.insert(
                    conn, _row(kiosk_id, seq, Outcome.ALREADY_CHECKED_IN, serial, again, door)
                )
    store.close()
    return seq


def _row(
    kiosk_id: str, seq: int, outcome: Outcome, serial: int, at: datetime, door: str
) -> CheckinRecord:
    return CheckinRecord(
        kiosk_id=kiosk_id,
        seq=seq,
        outcome=outcome,
        at_utc=at,
        mono_ns=seq * 1_000_000,
        door=door,
        person=f"S{serial}",
        boot_id="bench",
    )
