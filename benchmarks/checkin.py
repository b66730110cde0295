"""Check-in commit latency with synchronous=FULL, and ticket verification time.

    uv run python benchmarks/checkin.py [--n 2000]

Commit latency is measured from the call to `KioskService.check_in(code)` to its return, which
includes verifying the signature and committing the row (one transaction, fsync'd); a result
is shown to the volunteer only after that. Targets (DESIGN.md): commit p99 under 20 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.domain.clock import SystemClock
from kiosk.domain.tickets import TicketVerifier
from kiosk.files.keys import key_path_for, read_private_key
from kiosk.services.door import Door, KioskService
from kiosk.services.organizer import ensure_sample_event, ticket_code
from kiosk.storage.store import EventStore


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def report(label: str, samples_ms: list[float]) -> None:
    print(
        f"{label:<44} n={len(samples_ms):>6}  p50 {statistics.median(samples_ms):7.3f} ms"
        f"  p99 {percentile(samples_ms, 99):7.3f} ms  max {max(samples_ms):7.3f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = ensure_sample_event(Path(tmp))
        store = EventStore.open(path)
        key = read_private_key(key_path_for(path))
        people = store.attendees()
        codes = [ticket_code(store, key, people[i % len(people)]) for i in range(args.n)]
        service = KioskService(store, SystemClock(), Door("b" * 16, "bench"))
        for code in codes[:50]:  # warm up
            service.check_in(code)
        latencies = []
        for code in codes:
            started = time.perf_counter()
            service.check_in(code)
            latencies.append((time.perf_counter() - started) * 1000)
        report("check-in (verify + commit, WAL + FULL)", latencies)
        event = store.event()
        verifier = TicketVerifier({1: key.public_key()}, event.number, event.day)
        verify_ms = []
        for code in codes:
            started = time.perf_counter()
            verifier.verify(code)
            verify_ms.append((time.perf_counter() - started) * 1000)
        report("ticket verification (Ed25519)", verify_ms)
        garbage = ["X" * 256, "A" * 117, "https://example.org/" + "a" * 200, "\x00" * 256]
        reject_ms = []
        for i in range(args.n):
            started = time.perf_counter()
            verifier.verify(garbage[i % len(garbage)])
            reject_ms.append((time.perf_counter() - started) * 1000)
        report("rejecting malformed input", reject_ms)
        print(
            f"synchronous = {store._conn.execute('PRAGMA synchronous').fetchone()[0]} (2 = FULL),"
            f" journal = {store._conn.execute('PRAGMA journal_mode').fetchone()[0]},"
            f" cpus = {os.cpu_count()}"
        )
        store.close()


if __name__ == "__main__":
    main()
