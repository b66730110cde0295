"""Doors of one event on one machine: copies of one event file, each with its own sync folder."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kiosk.files.keys import key_path_for
from kiosk.sync.fold import Inbox
from kiosk.sync.outbox import Publisher
from tests.fakes import DOORS_OPEN, OpenDoor, open_door


@dataclass
class SyncClock:
    """Wall and monotonic time that move together, only when told to (as FixedClock does)."""

    current: datetime = field(default_factory=lambda: DOORS_OPEN.astimezone(UTC))
    mono: int = 1_000_000_000
    boot_id: str = "test-boot"

    def now(self) -> datetime:
        return self.current

    def monotonic_ns(self) -> int:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)
        self.mono += int(seconds * 1e9)


@dataclass
class Kiosk:
    """One door: its event file and service, its publisher and its inbox."""

    door: OpenDoor
    publisher: Publisher
    inbox: Inbox
    clock: SyncClock

    def close(self) -> None:
        self.publisher.close()
        self.door.store.close()


def base_event(folder: Path) -> Path:
    base = folder / "base.db"
    open_door(base).store.close()
    return base


def kiosk(base: Path, sync_dir: Path, name: str, clock: SyncClock | None = None) -> Kiosk:
    """A copy of `base` (as the organizer copies it onto a laptop) at door `name`."""
    path = base.with_name(f"{name}.db")
    if not path.exists():
        store = open_door(base).store
        store.backup_to(path)
        store.close()
        shutil.copyfile(key_path_for(base), key_path_for(path))
    clock = clock or SyncClock()
    kiosk_id = name * 16 if len(name) == 1 else name
    door = open_door(path, kiosk_id, f"{name}문", clock)  # type: ignore[arg-type]
    publisher = Publisher(path, sync_dir, kiosk_id, door.service.door.name, clock)
    return Kiosk(door, publisher, Inbox(door.store, sync_dir, kiosk_id, clock), clock)
