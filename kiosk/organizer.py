"""The organizer's use cases: create an event, import a roster, issue tickets, the sample."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.model import AgendaItem, Attendee, Event
from kiosk.domain.tickets import Ticket, issue
from kiosk.files import keys
from kiosk.files.tickets import TicketImage, write_tickets
from kiosk.storage.roster import RosterChange
from kiosk.storage.store import EventStore

if TYPE_CHECKING:
    from kiosk.files.roster import RosterProblem

log = logging.getLogger(__name__)
KEY_ID = 1
SAMPLE_FILE = "sample-2024-10-30.db"


@dataclass(frozen=True)
class RosterReport:
    change: RosterChange
    warnings: Sequence[RosterProblem]


def create_event(path: Path, event: Event) -> EventStore:
    """A new event file with its signing key beside it; the file keeps only the public half."""
    key_file = keys.key_path_for(path)
    if key_file.exists():
        raise FileExistsError(key_file)
    key = Ed25519PrivateKey.generate()
    store = EventStore.create(path, event)
    try:
        keys.write_private_key(key_file, key)
        store.add_public_key(KEY_ID, keys.public_bytes(key))
    except BaseException:
        store.close()
        path.unlink(missing_ok=True)
        raise
    log.info("created event %s (%s) with key %s", path, event.title, key_file)
    return store


def import_roster(store: EventStore, roster_file: Path) -> RosterReport:
    """Read, check and store a roster: all rows or none (RosterError names what was wrong)."""
    from kiosk.files.roster import read_roster

    parsed = read_roster(roster_file)
    change = store.replace_roster([row.as_attendee(row.serial or 0) for row in parsed.rows])
    return RosterReport(change, parsed.warnings)


def ticket_code(store: EventStore, key: Ed25519PrivateKey, attendee: Attendee) -> str:
    event = store.event()
    ticket = Ticket(KEY_ID, event.number, attendee.serial, event.day, attendee.generation)
    return issue(ticket, key)


def issue_tickets(store: EventStore, out_dir: Path, key_file: Path | None = None) -> Path:
    """One PNG per roster attendee, badges.pdf and index.csv in `out_dir`; needs the private key."""
    from kiosk.resources import font_path

    key = keys.read_private_key(key_file or keys.key_path_for(store.path))
    event = store.event()
    images = [
        TicketImage(a.serial, a.name, a.affiliation, a.department, ticket_code(store, key, a))
        for a in store.attendees()
        if a.on_roster and not a.walk_in
    ]
    index = write_tickets(images, out_dir, event.title, font_path())
    from kiosk.files.badges import write_badges

    write_badges(images, out_dir / "badges.pdf", event.title, font_path(), event.starts_at)
    return index


def ensure_sample_event(directory: Path) -> Path:
    """The built-in sample event (EVENT.md) with a synthetic roster, created on first run."""
    from kiosk.domain.sample import generate_roster, sample_event

    path = directory / SAMPLE_FILE
    if path.exists():
        return path
    store = create_event(path, sample_event())
    try:
        store.replace_roster(generate_roster())
    finally:
        store.close()
    return path


def copy_for_today(source: Path, target: Path, today: date) -> EventStore:
    """A fresh copy of an event moved to `today` (same agenda times): what `kiosk demo` runs.

    The copy gets its own signing key, so the demo can mint its tickets without the original's.
    """
    original = EventStore.open(source)
    try:
        event = original.event()
        people = [a for a in original.attendees() if a.on_roster and not a.walk_in]
    finally:
        original.close()
    starts = datetime.combine(today, event.starts_at.timetz())
    for stale in (target, keys.key_path_for(target)):
        stale.unlink(missing_ok=True)
    # Open from midnight: a demo shown before the doors' real opening time still checks people in.
    opens = max(event.opens_minutes_before, starts.hour * 60 + starts.minute)
    store = create_event(target, replace(event, starts_at=starts, opens_minutes_before=opens))
    store.replace_roster(people)
    return store


def parse_agenda(text: str) -> tuple[AgendaItem, ...]:
    """Agenda lines `HH:MM title` (one per line; blank lines and `#` comments skipped)."""
    from datetime import time

    items = []
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        clock, _, title = line.partition(" ")
        try:
            starts = time.fromisoformat(clock)
        except ValueError as error:
            message = f"agenda line {number}: expected 'HH:MM title', got {line!r}"
            raise ValueError(message) from error
        items.append(AgendaItem(starts, title.strip()))
    return tuple(items)
