"""A short run of the power-cut harness: with the kiosk's settings no acknowledged check-in is
lost, while the same harness does see losses with synchronous=OFF (so it can see one).

The full run (200 power cuts per setting) is `benchmarks/faults/powercut.py`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.harness import load_harness

pytest.importorskip("apsw")


def test_no_acknowledged_checkin_is_lost_to_a_power_cut(tmp_path: Path) -> None:
    full, off = load_harness("powercut").run(
        trials=15, directory=tmp_path, modes=("FULL", "OFF"), commits=80, seed=3
    )
    assert full.trials == 15 and full.crashed_mid_run >= 10
    assert full.acknowledged > 100
    assert full.lost == 0, full.examples
    assert full.unopenable == full.integrity_failures == full.checksum_failures == 0
    # The control: the same cuts without fsync lose acknowledged check-ins.
    assert off.lost > 0
