"""Opening the event file at start: one kiosk per file, and a damaged file set aside, not used.

* A QLockFile beside the event file keeps a second kiosk off the same file (it would write the
  same log with the same kiosk id). A lock left by a crashed kiosk is taken over.
* A file that fails its start-up check is never written to. It is renamed `*.corrupt-<time>`
  (with its -wal and -shm), and the kiosk continues on the last good copy, which it makes at
  every healthy start (SQLite's backup API). The machine then takes a new kiosk id, so the rows
  it writes from now on can never collide, in a later merge, with rows stranded in the damaged
  file. The operator is told to keep both files; the rows whose checksums hold come back from
  the set-aside file by salvage (`kiosk merge --salvage`, or the operator's files view).
"""

from __future__ import annotations

import glob
import hashlib
import logging
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from kiosk import config
from kiosk.services.context import Context
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore

log = logging.getLogger(__name__)
translate = QCoreApplication.translate
SET_ASIDE = ".corrupt-"  # event.db -> event.db.corrupt-<time>, beside it


class StartupRefused(Exception):
    """The kiosk cannot start on this file; the message says what the operator should do."""


@dataclass
class Recovery:
    """A damaged event file was set aside and the kiosk continues on its last good copy."""

    damaged: Path
    restored_from: Path
    copy_time: datetime
    old_kiosk_id: str
    new_kiosk_id: str


@dataclass
class OpenedEvent:
    store: EventStore
    path: Path
    lock: QLockFile
    recovery: Recovery | None = None
    notes: list[str] = field(default_factory=list)

    def close(self) -> None:
        self.store.close()
        self.lock.unlock()


def lock_event(path: Path) -> QLockFile:
    """The single-instance lock for one event file, or StartupRefused naming the holder."""
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # never time out a live kiosk; a dead one's lock is still removed
    if lock.tryLock(0):
        return lock
    info = lock.getLockInfo()  # PySide6: (pid, host, app), or a falsy value when unreadable
    holder = f"{info[0]} @ {info[1]}" if info and len(info) >= 2 else "?"
    raise StartupRefused(
        translate(
            "Startup",
            "The kiosk is already running for this event file (process {holder}). "
            "Use that window, or quit it before starting another.",
        ).format(holder=holder)
    )


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


def open_event(ctx: Context, path: Path) -> OpenedEvent:
    """Lock and open the event file; a damaged one is set aside and its last good copy used."""
    lock = lock_event(path)
    try:
        try:
            store = EventStore.open(path, busy_timeout_ms=ctx.settings.busy_timeout_ms)
            return OpenedEvent(store, path, lock)
        except StorageError as error:
            if error.problem is not Problem.CORRUPT:
                raise StartupRefused(refusal_text(error, path)) from error
            log.error("event file %s is damaged: %s", path, error)
        recovery = recover(ctx, path)
        store = EventStore.open(path, busy_timeout_ms=ctx.settings.busy_timeout_ms)
        return OpenedEvent(store, path, lock, recovery)
    except BaseException:
        lock.unlock()
        raise


def recover(ctx: Context, path: Path) -> Recovery:
    """Rename the damaged file (never writing to it), restore the last good copy in its place."""
    good = last_good_path(ctx.data_dir, path)
    if not good.exists():
        raise StartupRefused(
            translate(
                "Startup",
                "The event file {path} is damaged and there is no good copy on this kiosk. "
                "Copy the event file from the organizer's PC again. Keep the damaged file.",
            ).format(path=path)
        )
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


def refusal_text(error: StorageError, path: Path) -> str:
    """Why the event file cannot be used, and what to do, for the operator."""
    if error.problem is Problem.MISSING:
        return translate("Startup", "The event file {path} does not exist. Check the path.").format(
            path=path
        )
    if error.problem is Problem.LOCKED:
        return translate(
            "Startup",
            "The event file {path} is in use by another program. Close it and start again.",
        ).format(path=path)
    if error.problem is Problem.TOO_NEW:
        return translate(
            "Startup", "The event file {path} was made by a newer kiosk version. Update it."
        ).format(path=path)
    if error.problem is Problem.NOT_AN_EVENT:
        return translate("Startup", "{path} is not an event file.").format(path=path)
    return translate("Startup", "The event file {path} cannot be opened ({problem}).").format(
        path=path, problem=error.problem.value
    )


def recovery_text(recovery: Recovery) -> str:
    """The standing notice after a recovery: what happened and what to keep."""
    return translate(
        "Startup",
        "The event file was damaged and set aside as {damaged}. The kiosk continues on its "
        "last good copy ({time}). Keep both files and give them to the organizer.",
    ).format(damaged=recovery.damaged.name, time=recovery.copy_time.strftime("%H:%M"))
