"""Kill -9 while check-ins stream in: is every acknowledged check-in still there afterwards?

A child process runs `kiosk checkin --codes-from - --json` on one event file and is killed
with SIGKILL at a random moment; the parent keeps every JSON line the child printed (a line is
printed only after its transaction committed), then opens the file and looks for each one.

    uv run python benchmarks/faults/kill9.py --cycles 200
    uv run python benchmarks/faults/kill9.py --cycles 200 --checkpoint-pages 4  # in checkpoints
    uv run python benchmarks/faults/kill9.py --cycles 200 --sync OFF  # same result: see below

With --sync or --checkpoint-pages the child is `_checkin_child.py`, the same check-in loop with
those settings on its connection; otherwise it is the real `kiosk checkin` command. A kill -9
loses nothing even with synchronous=OFF (the OS still holds the writes): only a power cut
(powercut.py) tells FULL from OFF.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


@dataclass
class Summary:
    cycles: int = 0
    acknowledged: int = 0
    lost: int = 0
    integrity_failures: int = 0
    committed_unacknowledged_max: int = 0
    rows: int = 0
    lost_examples: list[str] = field(default_factory=list)


def prepare(directory: Path, attendees: int = 500) -> tuple[Path, list[str]]:
    """A sample event file and the codes of its attendees' tickets."""
    from kiosk.files.keys import key_path_for, read_private_key
    from kiosk.services.organizer import ensure_sample_event, ticket_code
    from kiosk.storage.store import EventStore

    path = ensure_sample_event(directory)
    store = EventStore.open(path)
    key = read_private_key(key_path_for(path))
    codes = [ticket_code(store, key, a) for a in store.attendees()[:attendees]]
    store.close()
    return path, codes


def child_command(
    data_dir: Path, event: Path, sync: str, checkpoint_pages: int | None
) -> list[str]:
    """The real `kiosk checkin`, or the same loop with other durability settings."""
    if sync == "FULL" and checkpoint_pages is None:
        where = ["--data-dir", str(data_dir), "--event", str(event)]
        return [sys.executable, "-m", "kiosk", *where, "checkin", "--codes-from", "-", "--json"]
    child = Path(__file__).with_name("_checkin_child.py")
    pages = str(checkpoint_pages or 1000)
    return [sys.executable, str(child), str(data_dir), str(event), sync, pages]


def one_cycle(
    data_dir: Path,
    event: Path,
    codes: list[str],
    rng: random.Random,
    max_delay: float,
    command: list[str] | None = None,
) -> tuple[list[dict[str, object]], float]:
    """Start the child, feed it codes, kill it after a random delay; return its acknowledgements."""
    child = subprocess.Popen(
        command or child_command(data_dir, event, "FULL", None),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    stream = [rng.choice(codes) for _ in range(20000)]
    feeder = threading.Thread(target=_feed, args=(child, stream), daemon=True)
    feeder.start()
    lines: list[bytes] = []
    reader = threading.Thread(target=lambda: lines.extend(child.stdout), daemon=True)
    reader.start()
    delay = rng.uniform(0, max_delay)
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    reader.join(timeout=10)
    feeder.join(timeout=10)
    for pipe in (child.stdin, child.stdout):  # closed here: a broken pipe left them open
        with contextlib.suppress(OSError):
            if pipe is not None:
                pipe.close()
    acks = []
    for raw in lines:
        with contextlib.suppress(json.JSONDecodeError):  # a torn last line is no acknowledgement
            acks.append(json.loads(raw))
    return acks, delay


def _feed(child: subprocess.Popen[bytes], stream: list[str]) -> None:
    try:
        for code in stream:
            child.stdin.write(code.encode() + b"\n")
        child.stdin.close()
    except (BrokenPipeError, OSError, ValueError):
        pass


def verify(event: Path, acks: list[dict[str, object]], summary: Summary) -> None:
    with sqlite3.connect(event) as conn:  # opening runs WAL recovery, as the kiosk would
        if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
            summary.integrity_failures += 1
        rows = {
            (datetime.fromisoformat(at), outcome)
            for at, outcome in conn.execute("SELECT at_utc, outcome FROM checkin")
        }
        summary.rows = len(rows)
    for ack in acks:
        key = (datetime.fromisoformat(str(ack["at"])), ack["outcome"])
        if key not in rows:
            summary.lost += 1
            summary.lost_examples.append(json.dumps(ack, ensure_ascii=False))
    summary.acknowledged += len(acks)


def run(
    cycles: int,
    directory: Path,
    seed: int = 1,
    max_delay: float = 1.5,
    sync: str = "FULL",
    checkpoint_pages: int | None = None,
) -> Summary:
    rng = random.Random(seed)
    data_dir = directory / "data"
    data_dir.mkdir(parents=True, exist_ok=True)
    event, codes = prepare(data_dir)
    command = child_command(data_dir, event, sync, checkpoint_pages)
    summary = Summary()
    for _ in range(cycles):
        before = _row_count(event)
        acks, _ = one_cycle(data_dir, event, codes, rng, max_delay, command)
        verify(event, acks, summary)
        extra = summary.rows - before - len(acks)
        summary.committed_unacknowledged_max = max(summary.committed_unacknowledged_max, extra)
        summary.cycles += 1
    return summary


def _row_count(event: Path) -> int:
    with sqlite3.connect(event) as conn:
        return int(conn.execute("SELECT count(*) FROM checkin").fetchone()[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-delay", type=float, default=1.5, help="seconds after spawn")
    parser.add_argument("--sync", default="FULL", choices=["FULL", "NORMAL", "OFF"])
    parser.add_argument(
        "--checkpoint-pages", type=int, default=None, help="wal_autocheckpoint (kiosk: 1000)"
    )
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        s = run(args.cycles, Path(tmp), args.seed, args.max_delay, args.sync, args.checkpoint_pages)
    pages = args.checkpoint_pages or 1000
    print(f"settings: synchronous={args.sync}, wal_autocheckpoint={pages}")
    print(f"kill -9 cycles: {s.cycles}")
    print(f"check-ins acknowledged: {s.acknowledged}")
    print(f"acknowledged but lost: {s.lost}")
    print(f"integrity_check failures: {s.integrity_failures}")
    print(f"committed but not acknowledged (max per cycle): {s.committed_unacknowledged_max}")
    print(f"rows in the log at the end: {s.rows}")
    print(f"time: {time.monotonic() - started:.0f} s")
    for example in s.lost_examples[:5]:
        print("LOST:", example)
    return 0 if s.lost == 0 and s.integrity_failures == 0 else 1


if __name__ == "__main__":
    os.environ.setdefault("KIOSK_LANG", "en")
    sys.exit(main())
