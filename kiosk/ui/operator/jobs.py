"""Slow file jobs (import, export, merge, safe copy) on one background thread.

The GUI must keep answering the door while an export of thousands of rows is written, so the job
runs on a one-thread QThreadPool and its result (or exception) comes back to the GUI thread as a
queued signal. A job must not touch widgets, nor the GUI's database connection: an sqlite3
connection belongs to the thread that opened it, so a job opens its own EventStore.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[object, BaseException | None], None]


class _Relay(QObject):
    """Lives in the GUI thread; a signal emitted from the worker reaches it queued."""

    finished = Signal(int, object, object)  # job number, result, error


class _Task(QRunnable):
    def __init__(self, number: int, job: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._number, self._job, self._relay = number, job, relay

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as error:  # handed back to the GUI, which shows it
            log.exception("background job failed")
            self._relay.finished.emit(self._number, None, error)
            return
        self._relay.finished.emit(self._number, result, None)


class JobRunner(QObject):
    """Runs one job at a time off the GUI thread and calls `done(result, error)` on it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._waiting: dict[int, Done] = {}
        self._count = 0

    def busy(self) -> bool:
        return bool(self._waiting)

    def run(self, job: Callable[[], object], done: Done) -> None:
        self._count += 1
        self._waiting[self._count] = done
        self._pool.start(_Task(self._count, job, self._relay))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished and the pool's thread has exited (shutdown, tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, object, object)
    def _on_finished(self, number: int, result: object, error: object) -> None:
        done = self._waiting.pop(number, None)
        if done is not None:
            done(result, error if isinstance(error, BaseException) else None)
