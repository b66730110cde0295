"""The organizer's use cases: create an event, import a roster, issue tickets, the sample."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.model import AgendaItem, Attendee, Event
from kiosk.domain.progress import Progress, part, silent
from kiosk.domain.tickets import Ticket, issue
from kiosk.files import keys
from kiosk.files.tickets import TicketImage, staged, write_tickets
from kiosk.storage.roster import RosterChange
from kiosk.storage.store import EventStore

if TYPE_CHECKING:
    from kiosk.files.roster import RosterProblem
    from kiosk.files.roster_model import RosterFile

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


def import_roster(
    store: EventStore,
    roster_file: Path,
    *,
    accept_changes: bool = False,
    key_file: Path | None = None,
    progress: Progress = silent,
) -> RosterReport:
    """Read, check and store a roster: all rows or none (RosterError names what was wrong).

    An organizer's act: it needs the event's signing key (keys.KeyRefused otherwise), because
    serials are given in one place only (copies given serials apart would give one serial to
    two people) and the e-mail and phone digests are keyed with it. People are matched with
    those the event already knows (kiosk.domain.roster_plan); when the file would rename or
    remove ticket holders, NeedsConfirmation is raised and nothing changes unless
    `accept_changes`. `progress` is told the reading, and may stop it (Cancelled) before
    anything is stored.
    """
    load_signing_key(store, key_file)  # refused before the file is even read
    return store_roster(store, read_roster_file(roster_file, progress),
                        accept_changes=accept_changes, key_file=key_file)  # fmt: skip


def read_roster_file(roster_file: Path, progress: Progress = silent) -> RosterFile:
    """The slow half of an import, on any thread and without the event file: read and check
    the roster (RosterError lists what was wrong). `progress` is told the bytes read; when it
    raises Cancelled, nothing was stored."""
    from kiosk.files.roster import read_roster

    return read_roster(roster_file, progress=progress)


def store_roster(
    store: EventStore,
    parsed: RosterFile,
    *,
    accept_changes: bool = False,
    key_file: Path | None = None,
) -> RosterReport:
    """The writer's half of an import: match the people read with those the event knows and
    store them in one transaction (see `import_roster`)."""
    secret = match_secret(load_signing_key(store, key_file))
    incoming = [row.as_attendee() for row in parsed.rows]
    change = store.replace_roster(incoming, secret, accept_changes=accept_changes)
    return RosterReport(change, parsed.warnings)


def match_secret(key: Ed25519PrivateKey) -> bytes:
    """The organizer's key for the e-mail and phone digests, derived from the signing key, so
    it exists exactly where tickets can be issued and a kiosk's copy of the file cannot be
    searched for a known address or number."""
    from cryptography.hazmat.primitives import serialization

    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return hashlib.sha256(b"kiosk roster match v1\0" + raw).digest()


def ticket_code(store: EventStore, key: Ed25519PrivateKey, attendee: Attendee) -> str:
    event = store.event()
    ticket = Ticket(KEY_ID, event.number, attendee.serial, event.day, attendee.generation)
    return issue(ticket, key)


def load_signing_key(store: EventStore, key_file: Path | None = None) -> Ed25519PrivateKey:
    """The event's private key (default: beside the event file), checked before anything is
    written: keys.KeyRefused when the file is missing, not an Ed25519 PEM, or another event's
    key (whose tickets every kiosk would call forged)."""
    path = key_file or keys.key_path_for(store.path)
    key = keys.read_private_key(path)
    if store.public_keys().get(KEY_ID) != keys.public_bytes(key):
        raise keys.KeyRefused(keys.KeyProblem.NOT_THIS_EVENT, path)
    return key


def issue_tickets(
    store: EventStore,
    out_dir: Path,
    key_file: Path | None = None,
    serials: Sequence[int] | None = None,
    progress: Progress = silent,
) -> Path:
    """One PNG per roster attendee, badges.pdf and index.csv in `out_dir`; needs the private key.

    People whose current ticket is revoked get none (`reissue` gives them the next one);
    `serials` limits the run to those people. `progress` is told the tickets and badges made;
    when it raises Cancelled, `out_dir` and the event file are left as they were (the files
    are moved in only once all are made, and the run is recorded after that).
    """
    key = load_signing_key(store, key_file)
    revoked = store.revoked()
    wanted = set(serials) if serials is not None else None
    people = [
        a
        for a in store.attendees()
        if a.on_roster
        and not a.walk_in
        and (a.serial, a.generation) not in revoked
        and (wanted is None or a.serial in wanted)
    ]
    index = _write_tickets(store, key, people, out_dir, progress)
    store.mark_ticketed([a.serial for a in people])
    return index


def _write_tickets(
    store: EventStore,
    key: Ed25519PrivateKey,
    people: Sequence[Attendee],
    out_dir: Path,
    progress: Progress = silent,
) -> Path:
    """The PNGs, index.csv and badges.pdf, made apart and moved into `out_dir` together; the
    last call of `progress` comes before the move (measured: the PNGs take 3/4 of the time)."""
    from kiosk.files.badges import write_badges
    from kiosk.resources import font_path

    event = store.event()
    images = [
        TicketImage(a.serial, a.name, a.affiliation, a.department, ticket_code(store, key, a))
        for a in people
    ]
    with staged(out_dir) as folder:
        write_tickets(images, folder, event.title, font_path(), part(progress, 0, 75, 100))
        badges, sheet = part(progress, 75, 100, 100), folder / "badges.pdf"
        write_badges(images, sheet, event.title, font_path(), event.starts_at, badges)
    return out_dir / "index.csv"


def reissue_tickets(
    store: EventStore,
    serials: Sequence[int],
    out_dir: Path,
    key_file: Path | None = None,
    progress: Progress = silent,
) -> tuple[list[Attendee], Path]:
    """The next generation of these people's tickets: the old ones are revoked, new files
    written to `out_dir`. The files are written first and the new generation committed after,
    so a wrong key, an unknown serial, a folder that cannot be written or a Cancelled raised
    by `progress` (told the tickets made) changes nothing."""
    key = load_signing_key(store, key_file)
    people = store.next_generations(serials)
    index = _write_tickets(store, key, people, out_dir, progress)
    store.reissue(serials)
    store.mark_ticketed([a.serial for a in people])
    return people, index


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

    The copy gets its own signing key, so the demo can mint its tickets without the original's,
    and the demo PIN (pin_store.DEMO_PIN, shown on the demo's screen), so anyone trying the demo
    can open operator mode, and the demo volunteer code for name check-in and walk-ins; a real
    event's PIN and code are set by its organizer (`kiosk pin set`, `kiosk volunteer-code set`).
    """
    from kiosk.domain.clock import SystemClock
    from kiosk.services.pins import PinStore
    from kiosk.services.volunteer_codes import DEMO_CODE_PARAMS, DEMO_VOLUNTEER_CODE, VolunteerCodes

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
    PinStore(store, SystemClock()).set_demo_pin()
    VolunteerCodes(store, DEMO_CODE_PARAMS).set_code(DEMO_VOLUNTEER_CODE)
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
            raise AgendaLineError(number, line) from error
        items.append(AgendaItem(starts, title.strip()))
    return tuple(items)


class AgendaLineError(ValueError):
    """An agenda line that is not `HH:MM title`; `number` counts from 1."""

    def __init__(self, number: int, line: str) -> None:
        super().__init__(f"agenda line {number}: expected 'HH:MM title', got {line!r}")
        self.number = number
        self.line = line
