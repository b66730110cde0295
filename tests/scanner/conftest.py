"""Scanner tests must not leave threads behind: a running QThread after a test is a failure."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QThread

from tests.scanner.fakes import FakeClock


def _running_qthreads() -> list[QThread]:
    main = QThread.currentThread()
    return [
        o for o in gc.get_objects() if isinstance(o, QThread) and o is not main and o.isRunning()
    ]


@pytest.fixture(autouse=True)
def _no_dangling_threads() -> Iterator[None]:
    before = set(threading.enumerate())
    yield
    leftovers = _running_qthreads()
    for thread in leftovers:  # stop them so the next test starts clean, then fail this one
        stop = getattr(thread, "stop", None)
        if callable(stop):
            stop()
        thread.quit()
        thread.wait(5000)
    python_threads = [
        t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon
    ]
    if leftovers or python_threads:
        pytest.fail(f"threads still running after the test: {leftovers + python_threads}")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def qr_real() -> Path:
    """The real photo set (../shared/qr-real, or QR_REAL_DIR); tests using it skip without it."""
    default = Path(__file__).resolve().parents[2].parent / "shared" / "qr-real"
    root = Path(os.environ.get("QR_REAL_DIR", default))
    if not root.is_dir():
        pytest.skip(f"real QR photo set not found at {root}")
    return root
