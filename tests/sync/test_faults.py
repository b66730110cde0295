"""Faults at real doors: a laptop frozen (SIGSTOP) and a hand-edited peer file.

Two real `kiosk sync run` processes (tests/sync/kiosks.py), 127.0.0.1 only, discovery off,
every wait bounded, every process stopped by its PID.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.sync.node import sync_dir
from tests.sync.engines import wait_until
from tests.sync.kiosks import ROOT, WAIT_S, Door, StartDoor, conflict_copies, rows_of

WALK_IN = """
import sys
from kiosk.services.context import Context
ctx = Context.resolve(sys.argv[1])
store = ctx.open_store(sys.argv[2])
ctx.service(store).register_walk_in("김새봄", "본청")
store.close()
"""


def _walk_in(door: Door) -> None:
    done = subprocess.run(
        [sys.executable, "-c", WALK_IN, str(door.data_dir), str(door.event)],
        cwd=ROOT, capture_output=True, text=True, timeout=WAIT_S, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def _peer(door: Door, kiosk_id: str) -> dict[str, Any] | None:
    status = door.kiosk("sync", "status", "--json")
    if status.returncode != 0:
        return None
    found = [d for d in json.loads(status.stdout)["doors"] if d["kiosk_id"] == kiosk_id]
    return found[0] if found else None


def _totals(door: Door) -> tuple[int, int]:
    figures = door.json("stats")
    return figures["arrived"], figures["walk_ins"]


def _pair(a: Door, b: Door) -> None:
    text = a.kiosk("sync", "invite").stdout.strip()
    joined = b.kiosk("sync", "join", text)
    assert joined.returncode == 0, joined.stderr
    assert wait_until(lambda: (_peer(a, b.kiosk_id()) or {}).get("online"), WAIT_S, 0.2)


@pytest.mark.slow
def test_a_frozen_door_goes_offline_catches_up_and_a_hand_edited_file_is_refused(
    copies: tuple[Path, Path, list[str]], start_door: StartDoor
) -> None:
    event_a, event_b, codes = copies
    a = start_door("a", event_a, "동문")
    b = start_door("b", event_b, "서문")
    _pair(a, b)
    a_id, b_id = a.kiosk_id(), b.kiosk_id()

    # A ticket and a walk-in at B both appear at A; the repeat at A names door B.
    assert b.json("checkin", "--code", codes[0], "--door", "서문")["outcome"] == "accepted"
    _walk_in(b)
    assert wait_until(lambda: rows_of(event_a, b_id) == 2, WAIT_S, 0.05)
    again = a.json("checkin", "--code", codes[0])
    assert (again["outcome"], again["first_door"]) == ("already_checked_in", "서문")
    assert _totals(a) == (2, 1)  # the walk-in counts as arrived

    seen = rows_of(event_a, a_id)  # A's rows (its repeat too) reach B
    assert wait_until(lambda: rows_of(event_b, a_id) == seen, WAIT_S, 0.05)

    # B's laptop freezes (kiosk and engine): shown offline at A within 30 s.
    frozen = time.monotonic()
    b.signal_all(signal.SIGSTOP)
    try:
        assert wait_until(lambda: (_peer(a, b_id) or {}).get("online") is False, 30.0, 0.5)
        offline_s = time.monotonic() - frozen
        assert a.json("checkin", "--code", codes[1], "--door", "동문")["outcome"] == "accepted"

        # Someone edits B's file in A's receive-only folder: refused with a reason, nothing folded.
        (copy,) = (sync_dir(a.data_dir) / "doors" / b_id).glob("*.jsonl")
        raw = copy.read_bytes()
        copy.write_bytes(raw.replace("서문".encode(), "북문".encode(), 1))
        assert wait_until(lambda: (_peer(a, b_id) or {}).get("refused") == "damaged", 10.0, 0.2)
        assert rows_of(event_a, b_id) == 2 and _totals(a) == (3, 1)
        assert rows_of(event_b, a_id) == seen  # B, frozen, has not seen it
    finally:
        b.signal_all(signal.SIGCONT)
    resumed = time.monotonic()

    # Within 10 s of SIGCONT, B holds A's check-in: the ticket is a repeat at B, naming door A.
    assert wait_until(lambda: rows_of(event_b, a_id) == seen + 1, 10.0, 0.05)
    caught_up_s = time.monotonic() - resumed
    repeat = b.json("checkin", "--code", codes[1])
    assert (repeat["outcome"], repeat["first_door"]) == ("already_checked_in", "동문")

    # B's next publish replaces the edited copy and A folds B again; totals agree both ways.
    assert wait_until(lambda: (_peer(a, b_id) or {}).get("refused") == "", WAIT_S, 0.2)
    assert (_peer(a, b_id) or {}).get("online") is True
    assert "북문".encode() not in copy.read_bytes()
    assert wait_until(lambda: _totals(a) == _totals(b) == (3, 1), WAIT_S, 0.2)
    assert conflict_copies(a.data_dir, b.data_dir, event_a.parent) == []
    print(f"\noffline {offline_s:.1f} s after SIGSTOP, caught up {caught_up_s:.1f} s after SIGCONT")
