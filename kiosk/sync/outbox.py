"""Publishing this door's file: after every commit to the event file, and as a heartbeat.

The publisher watches the event file through its own read-only connection: `PRAGMA
data_version` changes when any process commits (the kiosk window, `kiosk checkin` beside
`kiosk sync run`), and polling it every 200 ms costs a few microseconds. A change is published
once the file has been quiet for a moment (a burst of scans becomes one write), and the file is
rewritten every few seconds anyway, so its peers see the door alive (kiosk.sync.status).
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.domain.clock import Clock
from kiosk.storage import merge
from kiosk.storage.errors import StorageError
from kiosk.storage.log import utc_text
from kiosk.sync.doorfile import DoorFile, Refused, decode, door_path, encode, write_atomic

log = logging.getLogger(__name__)
POLL_S = 0.2
DEBOUNCE_S = 0.15
HEARTBEAT_S = 5.0


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
    ) -> None:
        self.event_path = event_path
        self.sync_dir = sync_dir
        self.kiosk_id = kiosk_id
        self.door = door
        self.clock = clock
        self.debounce_s = debounce_s
        self.heartbeat_s = heartbeat_s
        self.published = published  # e.g. ask Syncthing to scan the file at once
        self.path: Path | None = None
        self.counter: int | None = None
        self.last_error = ""
        self._conn: sqlite3.Connection | None = None
        self._version: int | None = None
        self._changed_at: float | None = None
        self._published_at: float | None = None

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
        except (StorageError, OSError) as error:
            self._fail(error)
        return False

    def publish(self) -> Path:
        """Write the file now (StorageError or OSError when it cannot)."""
        conn = self._watch()
        self._version = merge.data_version(conn)
        out = merge.outgoing(conn, self.kiosk_id)
        path = door_path(self.sync_dir, self.kiosk_id, out.uid)
        counter = self._next_counter(path)
        data = DoorFile(out.uid, out.number, self.kiosk_id, self.door, counter,
                        utc_text(self.clock.now()), out.rows, out.revocations)  # fmt: skip
        write_atomic(path, encode(data))
        self.path, self.counter, self.last_error = path, counter, ""
        self._changed_at, self._published_at = None, self._now()
        if self.published is not None:
            self.published(path)
        return path

    def _due(self, now: float) -> bool:
        if self._published_at is None:
            return True
        if self._changed_at is not None and now - self._changed_at >= self.debounce_s:
            return True
        return now - self._published_at >= self.heartbeat_s

    def _commit_seen(self) -> bool:
        version = merge.data_version(self._watch())
        seen = self._version is not None and version != self._version
        self._version = version if self._version is None else self._version
        return seen

    def _watch(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = merge.open_watcher(self.event_path)
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
