"""Folding the other doors' files into this event file, with the same checks as a merge.

A door's file is read in one go and trusted whole or not at all: its digest (a truncated,
half-replaced or hand-edited file), the event's identity, the kiosk it claims (its folder's, not
ours, and only its own rows: each file has one writer), every row's checksum (`row_crc`, as a
merge checks it), then, inside the fold's one transaction, no row this file holds with other
content. The rows, walk-ins and revocations go in through the store, by `merge.fold` itself
(INSERT OR IGNORE by (kiosk id, seq)): idempotent and order-independent. A refused file changes
nothing, its reason is kept for the operator, and the door's next good publish is taken again.

With Syncthing in between, the node also `vouch`es for each file before it is folded: it came
from its door's own device (kiosk.sync.node). A file not vouched for is tried again on the next
polls (the engine's index may lag the file by a moment) and refused as UNTRUSTED after
VOUCH_GRACE_S, until the door publishes anew. An engine that does not answer (restarting,
busy) refuses nothing: the file is asked about again, so a door's last file before its laptop
died is still folded once the engine answers.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.clock import Clock
from kiosk.storage import merge, outgoing
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.log import crc_holds
from kiosk.storage.store import EventStore
from kiosk.sync import status
from kiosk.sync.doorfile import SUFFIX, DoorFile, Refusal, Refused, decode
from kiosk.sync.status import PeerState

log = logging.getLogger(__name__)
SHOWN = 5
VOUCH_GRACE_S = 2.0
ASK_AGAIN_S = 1.0  # the engine did not answer whether a file is vouched for: asked again then
# (owner's kiosk id, its file, bytes read) -> vouched for, or None when the engine did not answer
Vouch = Callable[[str, Path, int], bool | None]


@dataclass(frozen=True)
class Folded:
    """What one door's file brought in."""

    kiosk_id: str
    rows_new: int
    walk_ins_added: int
    revocations_added: int  # the caller's verifier must reload to answer `revoked`
    people_added: int = 0  # roster people this file lacked (the caller reloads its roster)


def check(
    door: DoorFile, identity: tuple[str, int], owner: str, here: str, *, rows: bool = True
) -> None:
    """Refused unless `door` is this event's, from the kiosk `owner`, with sound rows only.

    `here` is this kiosk's id: a peer holding it is a copied data directory."""
    if (door.uid, door.number) != identity:
        raise Refused(Refusal.OTHER_EVENT, f"{door.uid} #{door.number}")
    if door.kiosk_id == here:
        raise Refused(Refusal.SAME_KIOSK, door.kiosk_id)
    if door.kiosk_id != owner:
        raise Refused(Refusal.MISPLACED, f"{door.kiosk_id} in {owner}")
    if rows:
        check_rows(door, owner)


def check_rows(door: DoorFile, owner: str) -> None:
    """Only `owner`'s rows, each matching its checksum."""
    foreign = [f"{row[0]}/{row[1]}" for row in door.rows if row[0] != owner]
    if foreign:
        raise Refused(Refusal.FOREIGN_ROWS, ", ".join(foreign[:SHOWN]))
    bad = [f"{row[0]}/{row[1]}" for row in door.rows if not crc_holds(row)]
    if bad:
        raise Refused(Refusal.CHECKSUM, ", ".join(bad[:SHOWN]))
    negative = [f"{row[0]}/{row[1]}" for row in door.rows if int(row[1]) < 1]  # type: ignore[call-overload]
    if negative:
        raise Refused(Refusal.DAMAGED, "seq " + ", ".join(negative[:SHOWN]))


def fold_into(store: EventStore, door: DoorFile, path: Path) -> Folded:
    """Fold a checked door file in one transaction of the store (all or nothing).

    As a merge does, the roster people its rows name come with them: one this roster lacks is
    added (a late registrant at that door), one whose serial names someone else here refuses
    the file (CONFLICT: the rosters were imported apart), and an arrival of someone the file
    does not name either refuses it (UNKNOWN_PERSON), so no one is counted without a name or
    warned as a repeat for someone else."""
    source = merge.Source(path, door.rows, door.people, door.revocations)
    try:
        with store.transaction() as conn:
            (report,) = merge.fold(conn, [source])
            strangers = outgoing.strangers(conn, door.rows)
            if strangers:  # rolled back with the transaction
                raise Refused(Refusal.UNKNOWN_PERSON, ", ".join(strangers[:SHOWN]))
    except merge.MergeRefused as refusal:
        raise Refused(Refusal.CONFLICT, refusal.detail) from refusal
    except StorageError as error:
        busy = error.problem is Problem.LOCKED
        raise Refused(Refusal.BUSY if busy else Refusal.UNREADABLE, str(error)) from error
    return Folded(door.kiosk_id, report.rows_new, report.walk_ins_added,
                  report.revocations_added, report.attendees_added)  # fmt: skip


class Inbox:
    """The other doors' files under `<sync>/doors/`, folded into `store` as they change.

    Call `poll` every few hundred milliseconds from the thread that owns the store (the one
    writer); `status` gives the doors for the scan screen and the operator's page.
    """

    def __init__(
        self, store: EventStore, sync_dir: Path, kiosk_id: str, clock: Clock,
        vouch: Vouch | None = None,
    ) -> None:  # fmt: skip
        self.store = store
        self.vouch = vouch
        self.sync_dir = sync_dir
        self.kiosk_id = kiosk_id
        self.clock = clock
        self.identity = (store.uid, store.event().number)
        self.peers: dict[str, PeerState] = {}
        self._stamps: dict[str, tuple[int, int, int]] = {}
        self._contents: dict[str, int] = {}
        self._doubted: dict[str, tuple[tuple[int, int, int], float]] = {}  # stamp, since
        self._ask_at: dict[str, float] = {}  # the engine did not answer: when to ask again

    def poll(self) -> list[Folded]:
        """Read every door file that changed; what each one brought (new rows or not)."""
        found = []
        for owner, path in self._files():
            folded = self._take(owner, path)
            if folded is not None:
                found.append(folded)
        return found

    def status(self, stale_s: float = status.STALE_S) -> list[dict[str, object]]:
        return status.doors(list(self.peers.values()), self._now(), stale_s)

    def _files(self) -> list[tuple[str, Path]]:
        doors = self.sync_dir / "doors"
        name = f"{self.identity[0]}{SUFFIX}"
        try:
            folders = sorted(p for p in doors.iterdir() if p.is_dir())
        except OSError:
            return []
        return [(f.name, f / name) for f in folders if f.name != self.kiosk_id]

    def _take(self, owner: str, path: Path) -> Folded | None:
        stamp = _stamp(path)
        if stamp is None and owner not in self.peers:
            return None  # no file of this event yet (or a folder of an earlier event): no door
        state = self.peers.setdefault(owner, PeerState(owner))
        if stamp is None or self._stamps.get(owner) == stamp:
            return None  # absent (between Syncthing's delete and rename) or unchanged
        try:
            raw = _read_bounded(path)
            door = decode(raw)
            if not self._vouched(owner, path, len(raw), stamp):
                return None
            folded = self._fold(owner, door, path)
        except Refused as refusal:
            self._refuse(owner, state, refusal, stamp)
            return None
        except OSError as error:  # vanished while read: tried again on the next poll
            log.debug("door file %s not read: %s", path, error)
            return None
        except Exception as error:  # one peer's file must never stop the others
            log.exception("door file %s could not be folded", path)
            self._refuse(owner, state, Refused(Refusal.DAMAGED, type(error).__name__), stamp)
            return None
        self._stamps[owner] = stamp
        self.peers[owner] = status.observed(
            state, door=door.door, counter=door.counter, rows=len(door.rows),
            new_rows=folded.rows_new, peer_wall=_wall(door.wall_utc, self.clock),
            our_wall=self.clock.now(), now=self._now(),
        )  # fmt: skip
        return folded

    def _vouched(self, owner: str, path: Path, size: int, stamp: tuple[int, int, int]) -> bool:
        """True when no one is asked, or the node vouches for the file; refused as UNTRUSTED
        once it has not been vouched for during VOUCH_GRACE_S."""
        if self.vouch is None:
            return True
        if self._now() < self._ask_at.get(owner, 0.0):
            return False
        answer = self.vouch(owner, path, size)
        if answer:
            self._doubted.pop(owner, None)
            return True
        if answer is None:  # not a "no": no time counts towards UNTRUSTED
            self._doubted.pop(owner, None)
            self._ask_at[owner] = self._now() + ASK_AGAIN_S
            return False
        seen, since = self._doubted.get(owner, (None, self._now()))
        since = since if seen == stamp else self._now()
        self._doubted[owner] = (stamp, since)
        if self._now() - since >= VOUCH_GRACE_S:
            raise Refused(Refusal.UNTRUSTED, "not from its door's device")
        return False

    def _fold(self, owner: str, door: DoorFile, path: Path) -> Folded:
        """Fold unless the rows and revocations are what was folded last time (a heartbeat)."""
        content = hash((tuple(door.rows), tuple(door.revocations), tuple(door.people)))
        if self._contents.get(owner) == content:
            check(door, self.identity, owner, self.kiosk_id, rows=False)  # checked when folded
            return Folded(owner, 0, 0, 0)
        check(door, self.identity, owner, self.kiosk_id)
        folded = fold_into(self.store, door, path)
        self._contents[owner] = content
        return folded

    def _refuse(
        self, owner: str, state: PeerState, refusal: Refused, stamp: tuple[int, int, int]
    ) -> None:
        if refusal.reason is Refusal.BUSY:  # the event file was locked: retried next poll
            return
        self._stamps[owner] = stamp  # read again only once the door publishes anew
        if state.refusal != refusal.reason:
            log.warning("door file of %s refused: %s", owner, refusal)
        self.peers[owner] = status.refused(state, refusal.reason.value, refusal.detail)

    def _now(self) -> float:
        return self.clock.monotonic_ns() / 1e9


MAX_DOOR_FILE_BYTES = 64 * 1024 * 1024  # ~400,000 rows: far beyond one door's day


def _read_bounded(path: Path) -> bytes:
    """The door file's bytes, refused as DAMAGED past MAX_DOOR_FILE_BYTES (never read whole)."""
    with path.open("rb") as handle:
        data = handle.read(MAX_DOOR_FILE_BYTES + 1)
    if len(data) > MAX_DOOR_FILE_BYTES:
        raise Refused(Refusal.DAMAGED, f"over {MAX_DOOR_FILE_BYTES} bytes")
    return data


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_ino, info.st_size, info.st_mtime_ns


def _wall(text: str, clock: Clock) -> datetime:
    """The door's wall time; ours when it cannot be read (no warning rather than a false one)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return clock.now()
    return moment if moment.tzinfo else clock.now()
