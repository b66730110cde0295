"""Three doors, one roster, everyone checked in once at a steady rate (sync.py --load)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

from benchmarks._event_files import event_with_roster
from benchmarks.sync import kiosk, paired, rows_of, start, stop, wait
from kiosk.domain.clock import SystemClock
from kiosk.files.keys import key_path_for, read_private_key
from kiosk.services.door import Door, KioskService
from kiosk.services.organizer import ticket_code
from kiosk.storage.store import EventStore
from kiosk.sync.engine import engine_home
from kiosk.sync.node import read_status

DOORS = (("a", "동문"), ("b", "서문"), ("c", "남문"))
TICK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def run_load(folder: Path, people: int, rate: float) -> None:
    base = event_with_roster(folder / "base.db", people)
    events, datas = [], []
    for name, _ in DOORS:
        events.append(folder / f"{name}.db")
        shutil.copyfile(base, events[-1])
        shutil.copyfile(key_path_for(base), key_path_for(events[-1]))
        datas.append(folder / f"data-{name}")
        datas[-1].mkdir()
    processes: list[subprocess.Popen[str]] = []
    try:
        for (_, door), event, data in zip(DOORS, events, datas, strict=True):
            processes.append(start(data, event, door))
        ids = [(d / "kiosk-id").read_text().strip() for d in datas]
        for data, event in zip(datas[1:], events[1:], strict=True):
            text = kiosk(datas[0], events[0], "sync", "invite").stdout.strip()  # one per door
            kiosk(data, event, "sync", "join", text)
        wait(lambda: all(paired(datas[0], i) for i in ids[1:]), "B and C paired at A", 0.1)
        wait(lambda: all(_all_online(d) for d in datas), "every door online at every door", 0.2)
        engines = [_engine_pids(d) for d in datas]
        idle = _usage(engines, 10.0)
        print(f"engines idle (10 s): {_figures(idle)}")
        codes = _codes(events[0], people)
        busy_from = _cpu(engines)
        started = time.monotonic()
        last_scan = _scan_all(events, ids, codes, rate)
        scanning_s = time.monotonic() - started
        busy = _rss(engines), [(_cpu(engines)[i] - busy_from[i]) / scanning_s for i in range(3)]
        wait(lambda: all(rows_of_all(e) >= people for e in events), "all rows at all doors", 0.01)
        agreed = time.monotonic() - last_scan
        print(f"{people} people at {rate:g}/s over 3 doors in {scanning_s:.0f} s; "
              f"all three totals agree {agreed:.2f} s after the last scan")  # fmt: skip
        for (_, door), event, data in zip(DOORS, events, datas, strict=True):
            arrived = json.loads(kiosk(data, event, "stats", "--json").stdout)["arrived"]
            rows = rows_of_all(event)
            print(f"  {door}: arrived {arrived}, rows {rows}, lost {people - arrived}, "
                  f"counted twice {rows - people}")  # fmt: skip
        print(f"engines busy: {_figures(busy)}")
        peaks = ", ".join(f"{m:.0f} MiB" for m in _rss(engines, "VmHWM:"))
        print(f"engines' peak RSS: {peaks}")
    finally:
        stop(processes)


def rows_of_all(event: Path) -> int:
    return sum(rows_of(event, kiosk_id) for kiosk_id in _kiosk_ids(event))


def _kiosk_ids(event: Path) -> list[str]:
    with sqlite3.connect(f"file:{event}?mode=ro", uri=True) as conn:
        return [r[0] for r in conn.execute("SELECT DISTINCT kiosk_id FROM checkin")]


def _all_online(data: Path) -> bool:
    found = read_status(data)
    return found is not None and sum(bool(d["online"]) for d in found["doors"]) == 2


def _codes(event: Path, people: int) -> list[str]:
    store = EventStore.open(event)
    try:
        key = read_private_key(key_path_for(event))
        return [ticket_code(store, key, person) for person in store.attendees()[:people]]
    finally:
        store.close()


def _scan_all(events: list[Path], ids: list[str], codes: list[str], rate: float) -> float:
    """Each code once, door after door, at `rate` per second; the monotonic time of the last."""
    stores = [EventStore.open(e) for e in events]
    try:
        services = [KioskService(s, SystemClock(), Door(i, d[1]))
                    for s, i, d in zip(stores, ids, DOORS, strict=True)]  # fmt: skip
        began = time.monotonic()
        for n, code in enumerate(codes):
            delay = began + n / rate - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            services[n % 3].check_in(code, how="cli")
        return time.monotonic()
    finally:
        for store in stores:
            store.close()


def _engine_pids(data: Path) -> list[int]:
    """The engine's monitor and its daemon (every process in the monitor's process group)."""
    group = int((engine_home(data) / "engine.pid").read_text().strip())
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rpartition(")")[2].split()
            except OSError:
                continue
            if int(fields[2]) == group:
                found.append(int(entry.name))
    return found


def _cpu(engines: list[list[int]]) -> list[float]:
    """CPU seconds used so far by each door's engine processes."""
    totals = []
    for pids in engines:
        total = 0
        for pid in pids:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
            total += int(fields[11]) + int(fields[12])
        totals.append(total / TICK)
    return totals


def _rss(engines: list[list[int]], field: str = "VmRSS:") -> list[float]:
    """MiB resident per door's engine (every process of it); VmHWM: the peak so far."""
    found = []
    for pids in engines:
        kib = 0
        for pid in pids:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith(field):
                    kib += int(line.split()[1])
        found.append(kib / 1024)
    return found


def _usage(engines: list[list[int]], seconds: float) -> tuple[list[float], list[float]]:
    before = _cpu(engines)
    time.sleep(seconds)
    after = _cpu(engines)
    return _rss(engines), [(b - a) / seconds for a, b in zip(before, after, strict=True)]


def _figures(usage: tuple[list[float], list[float]]) -> str:
    rss, cpu = usage
    return ", ".join(f"{r:.0f} MiB RSS {c:.1%} CPU" for r, c in zip(rss, cpu, strict=True))
