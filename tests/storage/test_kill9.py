"""A short run of the kill -9 harness: no acknowledged check-in is ever lost.

The full run (200 cycles) is `benchmarks/faults/kill9.py`; its figure is in the README.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HARNESS = Path(__file__).resolve().parents[2] / "benchmarks" / "faults" / "kill9.py"


def _harness():
    spec = importlib.util.spec_from_file_location("kill9", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_every_acknowledged_checkin_survives_kill_9(tmp_path: Path) -> None:
    summary = _harness().run(cycles=12, directory=tmp_path, seed=7, max_delay=2.5)
    assert summary.cycles == 12
    assert summary.acknowledged > 0, "the child never got to acknowledge a check-in"
    assert summary.lost == 0, summary.lost_examples[:3]
    assert summary.integrity_failures == 0
    assert summary.committed_unacknowledged_max <= 1
