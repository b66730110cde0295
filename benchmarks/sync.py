"""Door sync benchmark: a commit at door A to the row folded in at door B, through Syncthing.

    uv run python -m benchmarks.sync [--tickets N]
    uv run python -m benchmarks.sync --load 3000 [--rate 20]

Two real `kiosk sync run` processes (each its own data directory and copy of one 500-person
event file) on 127.0.0.1, free ports, discovery off; A invites, B joins. Then N tickets are
checked in at A through the kiosk's service on A's event file (another connection than the
node's, as `kiosk checkin` or the window would), one at a time, and the time from the commit's
return to the row being in B's event file (what makes B answer `already_checked_in`) is measured.
Prints p50, p95 and max; checks the last ticket is `already_checked_in` at B naming A's door.
With --load N: three doors on one N-person roster check in every person once, at --rate per
second spread over the doors in turn; prints the time from the last scan until all three event
files hold all N check-ins, lost and doubled rows, and the engines' memory (RSS of monitor and
daemon) and CPU while idle and while busy, read from /proc (Linux).
Every wait is bounded; all processes are stopped by their PID (their engines with them).
"""

from __future__ import annotations

import argparse
import json
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks._event_files import event_with_roster
from kiosk.domain.clock import SystemClock
from kiosk.files.keys import key_path_for, read_private_key
from kiosk.services.door import Door, KioskService
from kiosk.services.organizer import ticket_code
from kiosk.storage.store import EventStore
from kiosk.sync.pairing import engine_client

ROOT = Path(__file__).resolve().parents[1]
WAIT_S = 30.0


def kiosk(data: Path, event: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(data), "--event", str(event)]
    return subprocess.run(
        [*command, *args], cwd=ROOT, capture_output=True, text=True, timeout=WAIT_S, check=True
    )


def start(data: Path, event: Path, door: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(data), "--lang", "en"]
    command += ["--event", str(event), "sync", "run", "--no-discovery", "--door", door]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()  # the ready line (the engine answers within 20 s)
    if not line.startswith("Door sync running"):
        raise SystemExit(f"sync run did not start: {line!r}")
    return process


def stop(processes: list[subprocess.Popen[str]]) -> None:
    """Stop each `kiosk sync run` by its PID; each stops its engine by its PID."""
    for process in processes:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(WAIT_S)
        except subprocess.TimeoutExpired:
            process.kill()


def wait(condition: Callable[[], bool], what: str, step_s: float = 0.005) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"not within {WAIT_S:.0f} s: {what}")
        time.sleep(step_s)


def rows_of(event: Path, kiosk_id: str) -> int:
    with sqlite3.connect(f"file:{event}?mode=ro", uri=True) as conn:
        query = "SELECT count(*) FROM checkin WHERE kiosk_id = ?"
        return int(conn.execute(query, (kiosk_id,)).fetchone()[0])


def paired(data: Path, name: str) -> bool:
    client, _ = engine_client(data)
    return any(d["name"] == name for d in client.devices())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tickets", type=int, default=20)
    parser.add_argument("--load", type=int, default=0, help="three doors check in N people")
    parser.add_argument("--rate", type=float, default=20.0, help="scans per second, all doors")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.load:
            from benchmarks._sync_load import run_load

            run_load(Path(folder), args.load, args.rate)
        else:
            run(Path(folder), args.tickets)


def run(folder: Path, tickets: int) -> None:
    base = event_with_roster(folder / "base.db", 500)
    events = []
    for name in ("a", "b"):
        path = folder / f"{name}.db"
        shutil.copyfile(base, path)
        shutil.copyfile(key_path_for(base), key_path_for(path))
        events.append(path)
        (folder / f"data-{name}").mkdir()
    (event_a, event_b), data_a, data_b = events, folder / "data-a", folder / "data-b"
    processes: list[subprocess.Popen[str]] = []
    try:
        processes.append(start(data_a, event_a, "동문"))
        processes.append(start(data_b, event_b, "서문"))
        id_a = (data_a / "kiosk-id").read_text().strip()
        id_b = (data_b / "kiosk-id").read_text().strip()
        started = time.monotonic()
        text = kiosk(data_a, event_a, "sync", "invite").stdout.strip()
        kiosk(data_b, event_b, "sync", "join", text)
        wait(lambda: paired(data_a, id_b), "B paired at A", 0.1)
        print(f"paired in {time.monotonic() - started:.1f} s (invite, join, accept)")
        delays, last_code = measure(event_a, event_b, id_a, tickets)
        p95 = sorted(delays)[round(0.95 * (len(delays) - 1))]
        print(f"commit at A -> folded at B, {len(delays)} tickets: "
              f"p50 {statistics.median(delays) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
              f"max {max(delays) * 1000:.0f} ms")  # fmt: skip
        last = json.loads(kiosk(data_b, event_b, "checkin", "--code", last_code, "--json").stdout)
        print(f"the last ticket at B: {last['outcome']}, first door {last['first_door']}")
    finally:
        stop(processes)


def measure(event_a: Path, event_b: Path, id_a: str, tickets: int) -> tuple[list[float], str]:
    store = EventStore.open(event_a)
    try:
        key = read_private_key(key_path_for(event_a))
        service = KioskService(store, SystemClock(), Door(id_a, "동문"))
        delays: list[float] = []
        code = ""
        for person in store.attendees()[:tickets]:
            code = ticket_code(store, key, person)
            service.check_in(code, how="cli")  # returns once committed
            committed = time.perf_counter()
            expected = len(delays) + 1
            wait(lambda n=expected: rows_of(event_b, id_a) >= n, "the row at B")
            delays.append(time.perf_counter() - committed)
        return delays, code
    finally:
        store.close()


if __name__ == "__main__":
    main()
