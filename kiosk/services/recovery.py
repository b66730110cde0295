"""Recovering from a damaged event file at start, without Qt: set it aside, go on from the last
good copy, under a new kiosk id.

A file that fails its start-up check is never written to. It is renamed `*.corrupt-<time>`
(with its -wal and -shm), and the kiosk continues on the last good copy, which it makes at every
healthy start (SQLite's backup API). The machine then takes a new kiosk id, so the rows it
writes from now on can never collide, in a later merge, with rows stranded in the damaged file.
The rows whose checksums hold come back from the set-aside file by salvage (`kiosk merge
--salvage`, or the operator's files view). The window's start-up (kiosk/ui/startup.py) adds the
single-instance lock and the words.
"""

from __future__ import annotations

import glob
import hashlib
import logging
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk import config
from kiosk.services.context import Context
from kiosk.storage.errors import StorageError
from kiosk.storage.store import EventStore

log = logging.getLogger(__name__)
SET_ASIDE = ".corrupt-"  # event.db -> event.db.corrupt-<time>, beside it


class NoGoodCopy(Exception):
    """The event file is damaged and this kiosk holds no good copy of it."""

    def __init__(self, path: Path) -> None:
        super().__init__(str(path))
        self.path = path


@dataclass
class Recovery:
    """A damaged event file was set aside and the kiosk continues on its last good copy."""

    damaged: Path
    restored_from: Path
    copy_time: datetime
    old_kiosk_id: str
    new_kiosk_id: str


def last_good_path(data_dir: Path, event_path: Path) -> Path:
    """Where the last good copy of this event file is kept (one per file, in the data dir)."""
    digest = hashlib.sha1(str(event_path.resolve()).encode("utf-8")).hexdigest()[:10]
    folder = data_dir / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{event_path.stem}-{digest}.last-good.db"


def save_last_good(store: EventStore, data_dir: Path) -> Path | None:
    """A consistent copy of a healthy event file, to fall back on if it is damaged later."""
    target = last_good_path(data_dir, store.path)
    try:
        return store.backup_to(target)
    except StorageError as error:
        log.error("could not save the last good copy of %s: %s", store.path, error)
        return None


def recover(ctx: Context, path: Path) -> Recovery:
    """Rename the damaged file (never writing to it), restore the last good copy in its place."""
    good = last_good_path(ctx.data_dir, path)
    if not good.exists():
        raise NoGoodCopy(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    damaged = path.with_name(f"{path.name}{SET_ASIDE}{stamp}")
    for suffix in ("", "-wal", "-shm"):
        part = Path(str(path) + suffix)
        if part.exists():
            part.rename(Path(str(damaged) + suffix))
    shutil.copyfile(good, path)
    old_id = ctx.kiosk_id
    (ctx.data_dir / config.KIOSK_ID_FILE).unlink(missing_ok=True)
    ctx.kiosk_id = config.kiosk_id(ctx.data_dir)
    log.error(
        "set %s aside as %s; continuing on the copy of %s; kiosk id %s -> %s",
        path,
        damaged,
        good,
        old_id,
        ctx.kiosk_id,
    )
    copy_time = datetime.fromtimestamp(good.stat().st_mtime)
    return Recovery(damaged, good, copy_time, old_id, ctx.kiosk_id)


def set_aside_copies(path: Path) -> list[Path]:
    """The damaged copies of this event file set aside at start-up, oldest first (their rows
    come back with `kiosk merge --salvage`, or the operator's "Salvage" button)."""
    try:
        found = path.parent.glob(f"{glob.escape(path.name)}{SET_ASIDE}*")
        return sorted(p for p in found if not p.name.endswith(("-wal", "-shm")))
    except OSError:
        return []
