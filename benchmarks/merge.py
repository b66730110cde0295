"""Merge benchmark: two kiosk files of 50,000 check-ins each folded into one.

    uv run python -m benchmarks.merge [--checkins N] [--overlap F] [--repeat R]

One event file with a synthetic roster is copied (backup API) onto two "kiosks"; each records
N check-ins (5% scan twice), the second door seeing a fraction F of the first door's people
again. Then, on fresh copies each time, it times: merging the second file into the first
(read-only open, quick_check, row checksums, conflict check, union in one transaction), and
merging it again (everything already present: the idempotent case). Prints median wall and CPU
seconds, rows new and present, and the attendance count after the merge.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks._event_files import add_checkins, event_with_roster
from kiosk.services import end_of_day
from kiosk.storage.store import EventStore


def kiosk_files(directory: Path, checkins: int, overlap: float) -> tuple[Path, Path]:
    start = time.perf_counter()
    people = int(checkins * (2 - overlap))
    base = event_with_roster(directory / "base.db", people)
    store = EventStore.open(base)
    front, back = store.backup_to(directory / "front.db"), store.backup_to(directory / "back.db")
    store.close()
    first_of_back = int(checkins * (1 - overlap)) + 1
    add_checkins(front, "f" * 16, "정문", range(1, checkins + 1), seed=1)
    add_checkins(back, "b" * 16, "후문", range(first_of_back, first_of_back + checkins), seed=2)
    print(f"built two kiosk files of {checkins:,} check-ins in {time.perf_counter() - start:.1f} s")
    return front, back


def merge_once(front: Path, back: Path, work: Path, twice: bool) -> tuple[float, float, str]:
    target = shutil.copyfile(front, work)
    store = EventStore.open(target)
    if twice:
        end_of_day.merge(store, [back])
    start, start_cpu = time.perf_counter(), time.process_time()
    report = end_of_day.merge(store, [back])
    wall, cpu = time.perf_counter() - start, time.process_time() - start_cpu
    source = report.sources[0]
    summary = f"new {source.rows_new:,}, present {source.rows_present:,}"
    summary += f", arrived after merge {store.arrived_count():,}"
    store.close()
    for leftover in work.parent.glob(work.name + "*"):
        leftover.unlink()
    return wall, cpu, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkins", type=int, default=50_000)
    parser.add_argument("--overlap", type=float, default=0.2)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        front, back = kiosk_files(directory, args.checkins, args.overlap)
        print(f"load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        for twice, label in ((False, "merge"), (True, "merge again (idempotent)")):
            runs = [
                merge_once(front, back, directory / "work.db", twice) for _ in range(args.repeat)
            ]
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            print(f"{label:26s} {wall:6.2f} s (CPU {cpu:5.2f} s): {runs[-1][2]}")


if __name__ == "__main__":
    main()
