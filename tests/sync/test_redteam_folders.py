"""Red team, a careless hand: a door's sync folder removed while the doors run.

Real `kiosk sync run` processes on 127.0.0.1 (tests/sync/kiosks.py), discovery off, every wait
bounded, every process stopped by its PID.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from kiosk.sync.node import sync_dir
from tests.sync.engines import wait_until
from tests.sync.kiosks import WAIT_S, StartDoor, rows_of
from tests.sync.test_faults import _pair, _peer


def test_a_door_folder_removed_by_hand_comes_back_and_rows_flow_again(
    copies: tuple[Path, Path, list[str]], start_door: StartDoor
) -> None:
    event_a, event_b, codes = copies
    a = start_door("a", event_a, "동문")
    b = start_door("b", event_b, "서문")
    _pair(a, b)
    a_id = a.kiosk_id()
    assert json.loads(a.kiosk("checkin", "--code", codes[0], "--json").stdout)["outcome"] == (
        "accepted"
    )
    assert wait_until(lambda: rows_of(event_b, a_id) == 1, WAIT_S, 0.1)

    # At B, A's folder is deleted by hand; at A, its own folder is.
    shutil.rmtree(sync_dir(b.data_dir) / "doors" / a_id)
    shutil.rmtree(sync_dir(a.data_dir) / "doors" / a_id)
    for code in codes[1:3]:
        assert json.loads(a.kiosk("checkin", "--code", code, "--json").stdout)["outcome"] == (
            "accepted"
        )
    assert wait_until(lambda: rows_of(event_b, a_id) == 3, WAIT_S, 0.2), rows_of(event_b, a_id)
    assert wait_until(lambda: (_peer(b, a_id) or {}).get("online"), WAIT_S, 0.2)
    assert json.loads(b.kiosk("stats", "--json").stdout)["arrived"] == 3
