"""The one guard against threads a test leaves running (used by the scanner and ui suites)."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QThread


def _running_qthreads(started: list[QThread]) -> list[QThread]:
    main = QThread.currentThread()
    found = [o for o in gc.get_objects() if isinstance(o, QThread) and o is not main]
    unique = {id(t): t for t in [*started, *found]}
    return [t for t in unique.values() if shiboken6.isValid(t) and t.isRunning()]


@pytest.fixture(autouse=True)
def no_dangling_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QThread (or a new Python thread) running, after stopping it.

    Every started QThread is held here until the check, so a forgotten thread is reported
    instead of being destroyed while running (which aborts the whole test run). A conftest
    that imports this fixture applies it to every test below it.
    """
    started: list[QThread] = []
    original_start = QThread.start

    def start(self: QThread, *args: object) -> None:
        started.append(self)
        original_start(self, *args)

    monkeypatch.setattr(QThread, "start", start)
    before = set(threading.enumerate())
    yield
    leftovers = _running_qthreads(started)
    for thread in leftovers:  # stopped so the next test starts clean, then this one fails
        stop = getattr(thread, "stop", None)
        if callable(stop):
            stop()
        thread.quit()
        thread.wait(5000)
    strays = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    if leftovers or strays:
        pytest.fail(f"threads still running after the test: {leftovers + strays}")
