"""Export benchmark: 100,000 check-ins to CSV (target under 2 s) and XLSX (target under 20 s).

    uv run python benchmarks/export.py [--people N] [--repeat R]

Builds a synthetic roster of N people (default 100,000) all checked in at two doors (with 5%
repeat scans), then times the whole use case `end_of_day.export` (reading the store, deriving
attendance and statistics, writing the file) for CSV in UTF-8 with BOM, CSV in CP949 and XLSX,
and separately the part spent reading and deriving. Prints seconds and file sizes.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks._event_files import add_checkins, event_with_roster
from kiosk import end_of_day
from kiosk.storage.store import EventStore


def _timed(repeat: int, action) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--only", choices=("csv", "xlsx"), help="time one format only")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        start = time.perf_counter()
        path = event_with_roster(directory / "event.db", args.people)
        half = args.people // 2
        rows = add_checkins(path, "a" * 16, "정문", range(1, half + 1), seed=1)
        rows += add_checkins(path, "b" * 16, "후문", range(half + 1, args.people + 1), seed=2)
        print(
            f"built {args.people:,} people, {rows:,} log rows"
            f" in {time.perf_counter() - start:.1f} s"
        )
        store = EventStore.open(path)
        for summary in (False, True):
            seconds, data = _timed(args.repeat, lambda: end_of_day.export_data(store, summary))  # noqa: B023
            what = "list + summary (XLSX)" if summary else "list only (CSV)"
            print(f"read + derive, {what}: {seconds:.2f} s, {len(data.entries):,} rows")  # type: ignore[attr-defined]
        cases = (("csv", "utf-8-sig", "CSV UTF-8 BOM", 2), ("csv", "cp949", "CSV CP949", 2),
                 ("xlsx", "utf-8-sig", "XLSX", 20))  # fmt: skip
        for fmt, encoding, label, target in cases:
            if args.only and fmt != args.only:
                continue
            out = directory / f"out-{encoding}.{fmt}"
            seconds, _ = _timed(
                args.repeat,
                lambda: end_of_day.export(store, out, fmt, encoding),  # noqa: B023
            )
            size = out.stat().st_size / 1e6
            verdict = "ok" if seconds < target else "OVER"
            print(f"{label:14s} {seconds:6.2f} s (target < {target} s: {verdict}), {size:.1f} MB")
        store.close()


if __name__ == "__main__":
    main()
