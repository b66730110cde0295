"""A short long day: 300 scans from a looping video through the real ScanWorker into the
service on the GUI thread. Every scan is recorded, no thread is left behind, memory stays put.

The full run (10,000 scans at 1280x720) is `benchmarks/faults/long_day.py`.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.reliability.harness import load_harness


def test_300_scans_leave_no_thread_behind_and_no_runaway_memory(
    qtbot: QtBot, tmp_path: Path
) -> None:
    day = load_harness("long_day").run_day
    # A first short day: OpenCV and the decoder start their thread pools once, on first use.
    day(tmp_path / "first", scans=20, codes=30, warmup=10, size=(360, 640))
    s = day(tmp_path / "second", scans=300, codes=30, warmup=100, size=(360, 640))
    assert s.scans >= 300  # (a scan already queued when the worker stopped is still handled)
    assert s.rows == s.scans  # one row per scan, committed before the next one
    assert s.worker_stopped
    assert s.threads_after <= s.threads_before
    assert s.python_threads_after <= s.python_threads_before
    assert s.growth_kb < 64 * 1024  # generous: a leak per scan or per frame would not pass it


def test_emitting_signals_does_not_use_up_a_python_constant() -> None:
    """PySide6 6.12.0 dropped a reference to True on every Python-side emit: after a few
    thousand emits (minutes of camera previews) the kiosk aborted with "bool_dealloc". This
    guards the pin in pyproject.toml against a version that brings the bug back."""
    import sys

    from PySide6.QtCore import QObject, Signal

    class Emitter(QObject):
        happened = Signal(str)

    emitter = Emitter()
    received: list[str] = []
    emitter.happened.connect(received.append)
    before = (sys.getrefcount(True), sys.getrefcount(None), sys.getrefcount(False))
    for _ in range(1_000):
        emitter.happened.emit("x")
    after = (sys.getrefcount(True), sys.getrefcount(None), sys.getrefcount(False))
    assert len(received) == 1_000
    assert all(a - b > -100 for a, b in zip(after, before, strict=True)), (before, after)
