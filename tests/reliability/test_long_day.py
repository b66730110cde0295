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
