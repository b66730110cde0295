"""Export benchmark: 100,000 check-ins to CSV (target under 2 s) and XLSX (target under 20 s).

    uv run python -m benchmarks.export [--people N] [--repeat R] [--only csv|xlsx]

Builds a synthetic roster of N people (default 100,000), all checked in at two doors (5% scan
twice), then times the whole use case `end_of_day.export` (a read-only snapshot of the store,
the attendance and statistics, the file written) for CSV in UTF-8 with BOM, CSV in CP949 and
XLSX, and the reading-and-deriving part alone. Prints the median wall and CPU seconds of R runs
(CPU time is the fairer figure when other jobs share the machine) and the file sizes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks._event_files import add_checkins, event_with_roster
from kiosk.services import end_of_day
from kiosk.storage.store import EventStore

CASES = (
    ("csv", "utf-8-sig", "CSV UTF-8 BOM", 2),
    ("csv", "cp949", "CSV CP949", 2),
    ("xlsx", "utf-8-sig", "XLSX", 20),
)


def timed(repeat: int, action: Callable[[], object]) -> tuple[float, float]:
    """Median wall and CPU seconds of `repeat` runs of `action`."""
    wall, cpu = [], []
    for _ in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def build(directory: Path, people: int) -> Path:
    start = time.perf_counter()
    path = event_with_roster(directory / "event.db", people)
    half = people // 2
    rows = add_checkins(path, "a" * 16, "정문", range(1, half + 1), seed=1)
    rows += add_checkins(path, "b" * 16, "후문", range(half + 1, people + 1), seed=2)
    print(f"built {people:,} people, {rows:,} log rows in {time.perf_counter() - start:.1f} s")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=("csv", "xlsx"), help="time one format only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        store = EventStore.open(build(directory, args.people))
        print(f"load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        for summary, what in ((False, "list only (CSV)"), (True, "list + summary (XLSX)")):
            wall, cpu = timed(args.repeat, lambda: end_of_day.export_data(store, summary))  # noqa: B023
            print(f"read + derive, {what}: {wall:.2f} s (CPU {cpu:.2f} s)")
        for fmt, encoding, label, target in CASES:
            if args.only and fmt != args.only:
                continue
            out = directory / f"out-{encoding}.{fmt}"
            wall, cpu = timed(args.repeat, lambda: end_of_day.export(store, out, fmt, encoding))  # noqa: B023
            verdict = "ok" if wall < target else "OVER"
            size = out.stat().st_size / 1e6
            print(
                f"{label:14s} {wall:6.2f} s (CPU {cpu:5.2f} s; target < {target} s: {verdict}),"
                f" {size:.1f} MB"
            )
        store.close()


if __name__ == "__main__":
    main()
