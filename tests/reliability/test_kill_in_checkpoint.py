"""kill -9 while the WAL is being folded back into the event file, again and again.

tests/storage/test_kill9.py kills the real `kiosk checkin` at random moments; with the kiosk's
default checkpoint (every 1000 WAL pages) few kills land inside one. Here the child checkpoints
every 4 pages, so most commits end in a checkpoint and many kills interrupt one.
"""

from __future__ import annotations

from pathlib import Path

from tests.reliability.harness import load_harness


def test_kills_during_checkpoints_lose_no_acknowledged_checkin(tmp_path: Path) -> None:
    s = load_harness("kill9").run(
        cycles=8, directory=tmp_path, seed=11, max_delay=2.5, checkpoint_pages=4
    )
    assert s.cycles == 8
    assert s.acknowledged > 0, "the child never got to acknowledge a check-in"
    assert s.lost == 0, s.lost_examples[:3]
    assert s.integrity_failures == 0
    assert s.committed_unacknowledged_max <= 1
