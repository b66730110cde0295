"""Slow file jobs (import, export, merge, safe copy) on one background thread.

The GUI must keep answering the door while an export of thousands of rows is written, so the job
runs on a one-thread QThreadPool and its result (or exception) comes back to the GUI thread as a
queued signal. A job must not touch widgets, nor the GUI's database connection: an sqlite3
connection belongs to the thread that opened it, so a job opens its own EventStore.

A job takes a progress callback (kiosk.domain.progress). Its reports reach the GUI thread as
`progressed(permille)`, queued, and only when the permille changed, so a loop that reports
often sends a thousand signals at most. `cancel()` sets a flag the callback checks on the job's
thread: at its next report it raises Cancelled, which the use case raises only where nothing
was written yet; the job ends with that error.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from kiosk.domain.progress import Cancelled, Progress

log = logging.getLogger(__name__)

Done = Callable[[object, BaseException | None], None]
Job = Callable[[Progress], object]
SCALE = 1000  # progressed() counts in permille


class _Relay(QObject):
    """Lives in the GUI thread; a signal emitted from the worker reaches it queued."""

    finished = Signal(int, object, object)  # job number, result, error
    progressed = Signal(int, int)  # job number, permille


class _Task(QRunnable):
    def __init__(self, number: int, job: Job, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self._number, self._job, self._relay, self._stop = number, job, relay, stop
        self._shown = -1

    def report(self, done: int, total: int) -> None:
        """The job's progress callback, on the job's thread."""
        if self._stop.is_set():
            raise Cancelled
        permille = max(0, min(SCALE, done * SCALE // max(total, 1)))
        if permille != self._shown:
            self._shown = permille
            self._relay.progressed.emit(self._number, permille)

    def run(self) -> None:
        try:
            result = self._job(self.report)
        except Cancelled as stopped:  # the operator's choice, not a failure
            self._relay.finished.emit(self._number, None, stopped)
            return
        except Exception as error:  # handed back to the GUI, which shows it
            log.exception("background job failed")
            self._relay.finished.emit(self._number, None, error)
            return
        self._relay.finished.emit(self._number, result, None)


class JobRunner(QObject):
    """Runs one job at a time off the GUI thread and calls `done(result, error)` on it."""

    progressed = Signal(int)  # the running job's permille done, on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.progressed.connect(self._on_progressed)
        self._waiting: dict[int, Done] = {}
        self._stops: dict[int, threading.Event] = {}
        self._count = 0
        app = QCoreApplication.instance()
        if app is not None:  # the kiosk is closing: a job stops at its next report, unwritten
            app.aboutToQuit.connect(self.cancel)

    def busy(self) -> bool:
        return bool(self._waiting)

    def run(self, job: Job, done: Done) -> None:
        self._count += 1
        self._waiting[self._count] = done
        self._stops[self._count] = threading.Event()
        self._pool.start(_Task(self._count, job, self._relay, self._stops[self._count]))

    def cancel(self) -> None:
        """Ask every waiting job to stop at its next progress report."""
        for stop in self._stops.values():
            stop.set()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every job has finished and the pool's thread has exited (shutdown, tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(int, int)
    def _on_progressed(self, number: int, permille: int) -> None:
        if number in self._waiting:
            self.progressed.emit(permille)

    @Slot(int, object, object)
    def _on_finished(self, number: int, result: object, error: object) -> None:
        self._stops.pop(number, None)
        done = self._waiting.pop(number, None)
        if done is not None:
            done(result, error if isinstance(error, BaseException) else None)
