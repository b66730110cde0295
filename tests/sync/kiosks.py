"""Doors as real `kiosk sync run` processes, for the end-to-end and fault tests.

Each door has its own data directory and its own copy of one event file (as the organizer copies
it onto each laptop); everything runs on 127.0.0.1 with free ports and discovery off. The
`start_door` fixture (conftest.py) stops every door and its engine by PID, even when a test
failed or left a door stopped with SIGSTOP.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.domain.model import Attendee
from kiosk.files.keys import key_path_for
from kiosk.sync.engine import engine_home
from kiosk.sync.pairing import PairingError, engine_client
from tests.fakes import PEOPLE, open_door
from tests.sync.engines import process_alive

ROOT = Path(__file__).resolve().parents[2]
WAIT_S = 60.0  # a bound, not a pace: on a loaded 2-core CI machine pairing took over 30 s once
NAMES = ("김하늘", "이바다", "박구름", "최들판", "정노을", "한새벽", "윤마루", "강누리", "조가람")


@dataclass
class Door:
    data_dir: Path
    event: Path
    process: subprocess.Popen[str]
    lines: queue.Queue[str]
    pump: threading.Thread | None = None  # reads its output until the process ends

    def kiosk(self, *args: str) -> subprocess.CompletedProcess[str]:
        return kiosk(self.data_dir, self.event, *args)

    def json(self, *args: str) -> Any:
        done = self.kiosk(*args, "--json")
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def kiosk_id(self) -> str:
        return (self.data_dir / "kiosk-id").read_text().strip()

    def engine_pid(self) -> int | None:
        return engine_pid(self.data_dir)

    def signal_all(self, sig: signal.Signals) -> None:
        """`sig` to this door's kiosk process and to its engine (monitor and daemon), by PID."""
        if self.process.poll() is None:
            os.kill(self.process.pid, sig)
        found = self.engine_pid()
        if found and process_alive(found):
            os.killpg(found, sig)


StartDoor = Callable[[str, Path, str], Door]


def kiosk(data_dir: Path, event: Path, *args: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "--event", str(event)]
    return subprocess.run(
        [*command, *args], cwd=ROOT, capture_output=True, text=True, timeout=WAIT_S, check=False
    )


def event_copies(folder: Path, names: tuple[str, ...]) -> tuple[list[Path], list[str]]:
    """Copies of one event file, one per door name, and tickets for 14 people."""
    base = folder / "base.db"
    opened = open_door(base)
    extra = [Attendee(0, name, "본청") for name in NAMES]
    opened.store.replace_roster([*PEOPLE, *extra])  # serials are given by the store
    codes = [opened.ticket(a.serial) for a in opened.store.attendees()]
    assert len(codes) == len(PEOPLE) + len(NAMES)
    copies = []
    for name in names:
        path = folder / f"{name}.db"
        opened.store.backup_to(path)
        shutil.copyfile(key_path_for(base), key_path_for(path))
        copies.append(path)
    opened.store.close()
    return copies, codes


def launch(data_dir: Path, event: Path, door: str) -> Door:
    data_dir.mkdir()
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(data_dir), "--lang", "en"]
    command += ["--event", str(event), "sync", "run", "--no-discovery", "--door", door]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines: queue.Queue[str] = queue.Queue()
    pump = threading.Thread(target=_pump, args=(process, lines), daemon=True)
    pump.start()
    return Door(data_dir, event, process, lines, pump)


def stop(door: Door) -> int | None:
    """Stop the door (SIGCONT first, in case a test left it stopped); its engine's PID if that
    was still running afterwards (then killed)."""
    found = door.engine_pid()
    door.signal_all(signal.SIGCONT)
    door.process.send_signal(signal.SIGTERM)
    try:
        door.process.wait(WAIT_S)
    except subprocess.TimeoutExpired:
        door.process.kill()
        door.process.wait(5)
    if door.pump is not None:
        door.pump.join(5)  # it closes the output pipe at its end
    if found and process_alive(found):  # never left behind, even on failure
        os.killpg(found, signal.SIGKILL)
        return found
    return None


def _pump(process: subprocess.Popen[str], lines: queue.Queue[str]) -> None:
    assert process.stdout is not None
    with process.stdout:
        for line in process.stdout:
            lines.put(line.rstrip("\n"))


def engine_pid(data_dir: Path) -> int | None:
    try:
        return int((engine_home(data_dir) / "engine.pid").read_text().strip())
    except (OSError, ValueError):
        return None


def rows_of(event: Path, kiosk_id: str) -> int:
    with sqlite3.connect(f"file:{event}?mode=ro", uri=True) as conn:
        found = conn.execute("SELECT count(*) FROM checkin WHERE kiosk_id = ?", (kiosk_id,))
        return int(found.fetchone()[0])


def paired(data_dir: Path) -> set[str]:
    try:
        client, _ = engine_client(data_dir)
        return {d["name"] for d in client.devices()}
    except (PairingError, OSError):
        return set()


def conflict_copies(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in folder.rglob("*.sync-conflict*")]
