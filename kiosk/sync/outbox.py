"""Publishing this door's file: after every commit to the event file, and as a heartbeat.

The publisher watches the event file through its own read-only connection: `PRAGMA
data_version` changes when any process commits (the kiosk window, `kiosk checkin` beside
`kiosk sync run`), and polling it every 200 ms costs a few microseconds. A change is published
once the file has been quiet for a moment (a burst of scans becomes one write), and the file is
rewritten every few seconds anyway, so its peers see the door alive (kiosk.sync.status).

What a door has published, its peers hold for good (a fold never deletes), keyed by (kiosk id,
seq). So before each publish the publisher checks that the event file still holds every own row
it published before (the file itself, verified, is the memory across restarts): when an older
copy of the event file was put back, the rows it lacks are folded back into it through
`restore` (the node's store, the one writer) and the numbering goes on after them; when the
event file holds other content at a published seq (check-ins made on the older copy), nothing
is published over the good file and `last_error` says why, until the operator sorts it out.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.domain.clock import Clock
from kiosk.storage import outgoing
from kiosk.storage.errors import StorageError
from kiosk.storage.log import utc_text
from kiosk.sync.doorfile import (
    DoorFile,
    Refusal,
    Refused,
    decode,
    door_path,
    encode,
    write_atomic,
)
from kiosk.sync.fold import check_rows

log = logging.getLogger(__name__)
POLL_S = 0.2
DEBOUNCE_S = 0.15
HEARTBEAT_S = 5.0
SHOWN = 5


class Diverged(Exception):
    """The event file holds other rows than this door already published: not published."""


class Publisher:
    """Keeps `<sync>/doors/<kiosk id>/<event uid>.jsonl` up to date. Call `tick` or `run`."""

    def __init__(
        self,
        event_path: Path,
        sync_dir: Path,
        kiosk_id: str,
        door: str,
        clock: Clock,
        *,
        debounce_s: float = DEBOUNCE_S,
        heartbeat_s: float = HEARTBEAT_S,
        published: Callable[[Path], None] | None = None,
        restore: Callable[[DoorFile], object] | None = None,
    ) -> None:
        self.event_path = event_path
        self.sync_dir = sync_dir
        self.kiosk_id = kiosk_id
        self.door = door
        self.clock = clock
        self.debounce_s = debounce_s
        self.heartbeat_s = heartbeat_s
        self.published = published  # e.g. ask Syncthing to scan the file at once
        self.restore = restore  # folds own rows back into the event file (the one writer)
        self.path: Path | None = None
        self.counter: int | None = None
        self.last_error = ""
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._changed_at: float | None = None
        self._published_at: float | None = None
        self._held: dict[int, int] | None = None  # own rows published: seq -> checksum

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def run(self, stop: threading.Event, poll_s: float = POLL_S) -> None:
        """Poll until `stop` is set (a thread's target); errors are logged and retried."""
        try:
            while not stop.is_set():
                self.tick()
                stop.wait(poll_s)
        finally:
            self.close()

    def tick(self) -> bool:
        """One poll: publish when a commit has settled or the heartbeat is due."""
        now = self._now()
        try:
            if self._commit_seen():
                self._changed_at = self._changed_at if self._changed_at is not None else now
            if self._due(now):
                self.publish()
                return True
        except Diverged as error:
            self._diverged(error)
        except (StorageError, OSError) as error:
            self._fail(error)
        return False

    def recover(self) -> bool:
        """Put back own rows the event file lost since they were published (True when some
        were); `last_error` says so when the event file holds other rows at a published seq."""
        try:
            conn = self._watch()
            return self._put_back(outgoing.outgoing(conn, self.kiosk_id))
        except Diverged as error:
            self._diverged(error)
        except (StorageError, OSError) as error:
            self._fail(error)
        return False

    def publish(self) -> Path:
        """Write the file now (StorageError or OSError when it cannot, Diverged when the event
        file holds other rows than were published; nothing is written then)."""
        conn = self._watch()
        self._version = outgoing.data_version(conn)
        out = outgoing.outgoing(conn, self.kiosk_id)
        if self._put_back(out):
            self._version = outgoing.data_version(conn)
            out = outgoing.outgoing(conn, self.kiosk_id)
        path = door_path(self.sync_dir, self.kiosk_id, out.uid)
        counter = self._next_counter(path)
        data = DoorFile(out.uid, out.number, self.kiosk_id, self.door, counter,
                        utc_text(self.clock.now()), out.rows, out.revocations,
                        out.people)  # fmt: skip
        write_atomic(path, encode(data))
        self._held = _checksums(out.rows)
        self.path, self.counter, self.last_error = path, counter, ""
        self._changed_at, self._published_at = None, self._now()
        if self.published is not None:
            self.published(path)
        return path

    def _put_back(self, out: outgoing.Outgoing) -> bool:
        """Fold back own published rows `out` lacks; True when some were. Diverged when `out`
        holds other content at a published seq, or lacks rows that cannot be put back."""
        path = door_path(self.sync_dir, self.kiosk_id, out.uid)
        if self._held is None:
            self._held = _checksums(self._previous(path, out).rows)
        mine = _checksums(out.rows)
        clash = sorted(seq for seq, crc in self._held.items() if mine.get(seq, crc) != crc)
        if clash:
            raise Diverged(
                f"the event file holds other check-ins than this door already published"
                f" (seq {_seqs(clash)}): it was replaced by an older copy and used; merge it"
                f" by USB, the published file is kept"
            )
        missing = {seq for seq in self._held if seq not in mine}
        if not missing:
            return False
        previous = self._previous(path, out)
        rows = [row for row in previous.rows if int(row[1]) in missing]  # type: ignore[call-overload]
        if len(rows) != len(missing) or self.restore is None:
            raise Diverged(f"the event file lacks published check-ins (seq {_seqs(missing)})")
        self.restore(dataclasses.replace(previous, rows=rows))
        log.warning(
            "the event file lacked %d check-ins this door had published (an older copy was put"
            " back): folded back in from its published file", len(rows),
        )  # fmt: skip
        return True

    def _previous(self, path: Path, out: outgoing.Outgoing) -> DoorFile:
        """This door's published file, verified as its own for this event; empty without one."""
        empty = DoorFile(out.uid, out.number, self.kiosk_id, self.door, 0, "", [], [])
        try:
            door = decode(path.read_bytes())
        except FileNotFoundError:
            return empty
        except (OSError, Refused) as error:
            log.warning("this door's published file is not readable, not checked: %s", error)
            return empty
        try:
            if (door.uid, door.number, door.kiosk_id) != (out.uid, out.number, self.kiosk_id):
                raise Refused(Refusal.MISPLACED, f"{door.kiosk_id} {door.uid} #{door.number}")
            check_rows(door, self.kiosk_id)
        except Refused as refusal:
            log.warning("this door's published file is not its own, not checked: %s", refusal)
            return empty
        return door

    def _diverged(self, error: Diverged) -> None:
        """Not published: said once, tried again after a commit or a heartbeat's time."""
        text = str(error)
        if text != self.last_error:
            log.warning("door file not published: %s", text)
        self.last_error = text
        self._changed_at, self._published_at = None, self._now()

    def _due(self, now: float) -> bool:
        if self._published_at is None:
            return True
        if self._changed_at is not None and now - self._changed_at >= self.debounce_s:
            return True
        return now - self._published_at >= self.heartbeat_s

    def _commit_seen(self) -> bool:
        version = outgoing.data_version(self._watch())
        seen = self._version is not None and version != self._version
        self._version = version if self._version is None else self._version
        return seen

    def _watch(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = outgoing.open_watcher(self.event_path)
        return self._conn

    def _next_counter(self, path: Path) -> int:
        """One more than the last publish, also across restarts (read from the file itself)."""
        if self.counter is None:
            with contextlib.suppress(OSError, Refused):
                self.counter = decode(path.read_bytes()).counter
        return (self.counter or 0) + 1

    def _fail(self, error: Exception) -> None:
        text = str(error)
        if text != self.last_error:
            log.warning("door file not published: %s", text)
        self.last_error = text
        self.close()  # a fresh connection next time (the file may have been replaced)
        self._version = None

    def _now(self) -> float:
        return self.clock.monotonic_ns() / 1e9


def _checksums(rows: list[tuple[object, ...]]) -> dict[int, int]:
    return {int(row[1]): int(row[-1]) for row in rows}  # type: ignore[call-overload]


def _seqs(seqs: set[int] | list[int]) -> str:
    shown = sorted(seqs)
    more = f" (+{len(shown) - SHOWN})" if len(shown) > SHOWN else ""
    return ", ".join(map(str, shown[:SHOWN])) + more
