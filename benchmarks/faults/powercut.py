"""Power cut: lose whatever the disk had not flushed, at a random moment, and look for every
acknowledged check-in afterwards.

The method is SQLite's own crash test (test6.c, TH3), done at the kiosk's level. A shim VFS
(APSW) passes reads and writes through to a real file, and keeps for each file what a disk
would still hold after losing power: the content as of its last xSync, plus the writes made
since. "Power fails" at a random write/sync/truncate; the disk image is then rebuilt from the
synced bytes, each later write surviving with p=0.5 (so they may also be reordered), and one in
ten survivors torn at a 512-byte boundary. The image is opened with the kiosk's own start-up
path (stdlib sqlite3: quick_check, WAL recovery), and every check-in whose commit had returned
must be there with its checksum; integrity_check must say ok.

The workload is the kiosk's: KioskService.check_in over EventStore on the sample event, one
transaction per scan, the PRAGMAs of kiosk/storage/database.py (WAL, synchronous=FULL,
foreign_keys) plus locking_mode=EXCLUSIVE, which WAL needs when the VFS has no shared memory
(the shim cannot offer it; the locking mode does not change what reaches the disk). The same
harness with synchronous=NORMAL and OFF must show losses: proof that it can see one.

Assumptions: the drive honours flush (one that lies defeats every setting), a completed
create or unlink is durable, and a write never damages bytes outside its own range (SQLite's
"powersafe overwrite", the default on Linux).

    uv run python benchmarks/faults/powercut.py --trials 200 --commits 300 --modes FULL,NORMAL,OFF
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import apsw

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

SECTOR = 512
Op = tuple[str, int, bytes]  # ("w", offset, data) or ("t", size, b"")


class Disk:
    """What survives a power cut: synced bytes per file, and the writes not yet synced."""

    def __init__(self, rng: random.Random, survive_p: float = 0.5, torn_p: float = 0.1) -> None:
        self.rng = rng
        self.survive_p, self.torn_p = survive_p, torn_p
        self.durable: dict[str, bytearray] = {}
        self.pending: dict[str, list[Op]] = {}
        self.ops = 0
        self.crash_at: int | None = None
        self.image: dict[str, bytes] | None = None

    def track(self, name: str) -> None:
        if name not in self.durable:
            existing = Path(name).read_bytes() if os.path.exists(name) else b""
            self.durable[name] = bytearray(existing)
            self.pending[name] = []

    def write(self, name: str, offset: int, data: bytes) -> None:
        self._tick()
        self.pending[name].append(("w", offset, bytes(data)))

    def truncate(self, name: str, size: int) -> None:
        self._tick()
        self.pending[name].append(("t", size, b""))

    def sync(self, name: str) -> None:
        self._tick()
        for op in self.pending[name]:
            _apply(self.durable[name], op)
        self.pending[name] = []

    def delete(self, name: str) -> None:
        self._tick()
        self.durable.pop(name, None)
        self.pending.pop(name, None)

    def _tick(self) -> None:
        self.ops += 1
        if self.image is None and self.ops == self.crash_at:
            self.image = self.cut()

    def cut(self) -> dict[str, bytes]:
        """The files as the disk holds them once power is back."""
        image = {}
        for name, durable in self.durable.items():
            content = bytearray(durable)
            for kind, at, data in self.pending[name]:
                if self.rng.random() >= self.survive_p:
                    continue  # never reached the platter
                if kind == "w" and len(data) > SECTOR and self.rng.random() < self.torn_p:
                    sectors = self.rng.randrange(1, (len(data) + SECTOR - 1) // SECTOR)
                    data = data[: sectors * SECTOR]  # torn: only the first sectors landed
                _apply(content, (kind, at, data))
            image[name] = bytes(content)
        return image


def _apply(content: bytearray, op: Op) -> None:
    kind, at, data = op
    if kind == "t":
        del content[at:]
        return
    if len(content) < at:
        content.extend(bytes(at - len(content)))
    content[at : at + len(data)] = data


class PowerCutVFS(apsw.VFS):
    """The default VFS, with every write, sync, truncate and delete reported to a Disk."""

    def __init__(self, name: str = "powercut") -> None:
        self.disk = Disk(random.Random(0))
        self.vfs_name = name
        super().__init__(name, "")

    def xOpen(self, name, flags):
        return PowerCutFile(self, name, flags)

    def xDelete(self, filename, syncdir):
        self.disk.delete(filename)
        return super().xDelete(filename, syncdir)


class PowerCutFile(apsw.VFSFile):
    def __init__(self, vfs: PowerCutVFS, name, flags) -> None:
        super().__init__("", name, flags)
        self.disk = vfs.disk
        self.key = name.filename() if isinstance(name, apsw.URIFilename) else name
        if self.key:
            self.disk.track(self.key)

    def xWrite(self, data, offset):
        if self.key:
            self.disk.write(self.key, offset, data)
        return super().xWrite(data, offset)

    def xTruncate(self, size):
        if self.key:
            self.disk.truncate(self.key, size)
        return super().xTruncate(size)

    def xSync(self, flags):
        if self.key:
            self.disk.sync(self.key)  # the real fsync is not needed: the Disk is the platter


@dataclass
class ModeSummary:
    mode: str
    trials: int = 0
    acknowledged: int = 0
    lost: int = 0
    trials_with_loss: int = 0
    max_lost: int = 0
    unopenable: int = 0  # the kiosk refuses the file at start (quick_check or not a database)
    integrity_failures: int = 0
    checksum_failures: int = 0
    crashed_mid_run: int = 0
    examples: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Workload:
    template: Path
    codes: list[str]
    commits: int
    autocheckpoint: int


def prepare(directory: Path) -> tuple[Path, list[str]]:
    """The sample event (500 attendees), cleanly closed, and its tickets' codes."""
    from kiosk.files.keys import key_path_for, read_private_key
    from kiosk.services.organizer import ensure_sample_event, ticket_code
    from kiosk.storage.store import EventStore

    path = ensure_sample_event(directory)
    store = EventStore.open(path)
    key = read_private_key(key_path_for(path))
    codes = [ticket_code(store, key, a) for a in store.attendees()]
    store.close()
    return path, codes


def _configure(conn: apsw.Connection, sync: str, autocheckpoint: int) -> None:
    """kiosk/storage/database.py's settings, with the synchronous level under test."""
    from kiosk.storage.database import SYNCHRONOUS_FULL

    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("PRAGMA foreign_keys = ON")
    mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    conn.execute(f"PRAGMA synchronous = {sync}")
    conn.execute(f"PRAGMA wal_autocheckpoint = {autocheckpoint}")
    level = conn.execute("PRAGMA synchronous").fetchone()[0]
    assert mode == "wal", mode
    assert sync != "FULL" or level == SYNCHRONOUS_FULL, level


def run_trial(
    vfs: PowerCutVFS, work: Workload, sync: str, rng: random.Random, crash_at: int | None
) -> tuple[list[tuple[tuple[str, int], int]], dict[str, bytes], Path, int, bool]:
    """One day of check-ins until the power fails; the acknowledged rows and the disk image."""
    from kiosk.domain.clock import FixedClock
    from kiosk.services.door import Door, KioskService
    from kiosk.storage.log import row_crc
    from kiosk.storage.store import EventStore

    directory = Path(tempfile.mkdtemp(prefix="powercut-"))
    path = directory / "event.db"
    shutil.copyfile(work.template, path)
    vfs.disk = Disk(rng)
    vfs.disk.crash_at = crash_at
    conn = apsw.Connection(str(path), vfs=vfs.vfs_name)
    acked: list[tuple[tuple[str, int], int]] = []
    try:
        _configure(conn, sync, work.autocheckpoint)
        store = EventStore(conn, path)  # type: ignore[arg-type]  (the same calls, another driver)
        event = store.event()
        clock = FixedClock(event.starts_at)
        service = KioskService(store, clock, Door("p0wer0cut0000001", "정문"))
        for _ in range(work.commits):
            if vfs.disk.image is not None:
                break
            result = service.check_in(rng.choice(work.codes))
            clock.advance(rng.uniform(0.2, 3.0))
            if vfs.disk.image is None and result.record is not None:  # returned before the cut
                acked.append((result.record.key, row_crc(result.record)))
        crashed = vfs.disk.image is not None
        image = vfs.disk.image if crashed else vfs.disk.cut()  # or right after the last commit
    finally:
        conn.close()
    ops = vfs.disk.ops
    shutil.rmtree(directory, ignore_errors=True)
    return acked, image or {}, path, ops, crashed


def check_image(
    image: dict[str, bytes], path: Path, acked: list[tuple[tuple[str, int], int]], s: ModeSummary
) -> None:
    """Open the rebuilt files as the kiosk would at start-up and look for every acknowledgement."""
    from kiosk.storage.database import connect
    from kiosk.storage.errors import StorageError
    from kiosk.storage.log import bad_crc_rows

    directory = Path(tempfile.mkdtemp(prefix="powercut-image-"))
    target = directory / "event.db"
    for suffix in ("", "-wal"):
        if str(path) + suffix in image:
            Path(str(target) + suffix).write_bytes(image[str(path) + suffix])
    rows: dict[tuple[str, int], int] = {}
    try:
        conn = connect(target)
        try:
            if conn.execute("PRAGMA integrity_check").fetchall() != [("ok",)]:
                s.integrity_failures += 1
            s.checksum_failures += len(bad_crc_rows(conn))
            rows = {(k, q): c for k, q, c in conn.execute("SELECT kiosk_id, seq, crc FROM checkin")}
        finally:
            conn.close()
    except StorageError as error:
        s.unopenable += 1
        s.examples.append(f"refused at start: {error}"[:200])
    except sqlite3.Error as error:
        s.integrity_failures += 1
        s.examples.append(f"unreadable: {error}"[:200])
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    lost = sum(1 for key, crc in acked if rows.get(key) != crc)
    s.trials += 1
    s.acknowledged += len(acked)
    s.lost += lost
    s.trials_with_loss += lost > 0
    s.max_lost = max(s.max_lost, lost)


def run(
    trials: int,
    directory: Path,
    modes: tuple[str, ...] = ("FULL", "NORMAL", "OFF"),
    commits: int = 300,
    seed: int = 1,
    autocheckpoint: int = 100,
) -> list[ModeSummary]:
    template, codes = prepare(directory)
    work = Workload(template, codes, commits, autocheckpoint)
    vfs = PowerCutVFS(f"powercut-{os.getpid()}")
    summaries = []
    try:
        for mode in modes:
            rng = random.Random(f"{seed}-{mode}")
            _, _, _, total_ops, _ = run_trial(vfs, work, mode, random.Random(seed), None)
            summary = ModeSummary(mode)
            for _ in range(trials):
                crash_at = rng.randint(1, total_ops + max(1, total_ops // 50))
                acked, image, path, _, crashed = run_trial(vfs, work, mode, rng, crash_at)
                summary.crashed_mid_run += crashed
                check_image(image, path, acked, summary)
            summaries.append(summary)
    finally:
        vfs.unregister()
    return summaries


def print_table(summaries: list[ModeSummary]) -> None:
    print(
        "| synchronous | power cuts | check-ins acknowledged | lost | trials with loss | "
        "max lost/trial | refused at start (corrupt) | integrity failures | row checksum failures |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for s in summaries:
        print(
            f"| {s.mode} | {s.trials} | {s.acknowledged:,} | **{s.lost:,}** | "
            f"{s.trials_with_loss} | {s.max_lost} | {s.unopenable} | {s.integrity_failures} | "
            f"{s.checksum_failures} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--commits", type=int, default=300, help="check-ins per trial")
    parser.add_argument("--modes", default="FULL,NORMAL,OFF")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--autocheckpoint", type=int, default=100, help="WAL pages (the kiosk: 1000 by default)"
    )
    args = parser.parse_args()
    started = time.monotonic()
    modes = tuple(m.strip().upper() for m in args.modes.split(","))
    with tempfile.TemporaryDirectory() as tmp:
        summaries = run(args.trials, Path(tmp), modes, args.commits, args.seed, args.autocheckpoint)
    print_table(summaries)
    for s in summaries:
        print(f"{s.mode}: power failed mid-run in {s.crashed_mid_run} of {s.trials} trials")
        for example in s.examples[:3]:
            print(f"  {s.mode}: {example}")
    print(f"time: {time.monotonic() - started:.0f} s")
    full = [s for s in summaries if s.mode == "FULL"]
    ok = all(s.lost == 0 and s.unopenable == 0 and s.integrity_failures == 0 for s in full)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
