"""Opening the event file at start: one kiosk per file, and a damaged file set aside, not used.

* A QLockFile beside the event file keeps a second kiosk off the same file (it would write the
  same log with the same kiosk id). A lock left by a crashed kiosk is taken over.
* A file that fails its start-up check is set aside and the kiosk goes on from its last good
  copy under a new kiosk id (kiosk/services/recovery.py, without Qt); here the operator is told
  in words what happened and to keep both files.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile

from kiosk.services.context import Context
from kiosk.services.recovery import NoGoodCopy, Recovery, recover
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class StartupRefused(Exception):
    """The kiosk cannot start on this file; the message says what the operator should do."""


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
        try:
            recovery = recover(ctx, path)
        except NoGoodCopy as missing:
            raise StartupRefused(
                translate(
                    "Startup",
                    "The event file {path} is damaged and there is no good copy on this kiosk. "
                    "Copy the event file from the organizer's PC again. Keep the damaged file.",
                ).format(path=path)
            ) from missing
        store = EventStore.open(path, busy_timeout_ms=ctx.settings.busy_timeout_ms)
        return OpenedEvent(store, path, lock, recovery)
    except BaseException:
        lock.unlock()
        raise


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
