"""Disk full and a locked file: the scan is never shown as accepted, nothing earlier is lost, the
operator reads what happened, and the next scan works once the cause is gone."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.outcome import Outcome
from kiosk.services.door import KioskService
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore
from kiosk.texts import text
from tests.fakes import OpenDoor, open_door

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("held", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
"""


def _rows(path: Path) -> set[tuple[str, int]]:
    store = EventStore.open(path)
    try:
        assert store.integrity_problems() == []
        return {r.key for r in store.records()}
    finally:
        store.close()


def _fill_until_refused(door: OpenDoor, limit: int = 50_000) -> tuple[list[tuple[str, int]], str]:
    """Scan until the disk refuses; the keys acknowledged before, and the refused code."""
    acked: list[tuple[str, int]] = []
    for i in range(limit):
        code = door.ticket(1 + i % 5)
        try:
            result = door.service.check_in(code)
        except StorageError as error:
            assert error.problem is Problem.DISK_FULL
            return acked, code
        acked.append(result.record.key)
        door.clock.advance(1)
    raise AssertionError("the disk never filled")


def test_a_full_file_cap_refuses_the_scan_keeps_the_rest_and_recovers(tmp_path: Path) -> None:
    """SQLite's own size cap (max_page_count): the same error a full disk gives, without root."""
    door = open_door(tmp_path / "event.db")
    with door.store.transaction() as conn:
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 3}")
    acked, refused = _fill_until_refused(door)
    assert acked, "the cap left no room at all"
    with door.store.transaction() as conn:
        conn.execute("PRAGMA max_page_count = 1000000")  # the operator freed space
    retried = door.service.check_in(refused)
    door.store.close()
    assert retried.outcome in (Outcome.ACCEPTED, Outcome.ALREADY_CHECKED_IN)
    assert _rows(tmp_path / "event.db") == {*acked, retried.record.key}


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs: a real ENOSPC. Needs root (mount); skipped where it is not allowed."""
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(disk)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill_disk(disk: Path, leave: int) -> Path:
    filler = disk / "filler.bin"
    stat = os.statvfs(disk)
    filler.write_bytes(b"\0" * max(0, stat.f_bavail * stat.f_frsize - leave))
    return filler


def _cli_checkin(data_dir: Path, event: Path, code: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KIOSK_LANG": "en"}
    where = ["--data-dir", str(data_dir), "--event", str(event)]
    return subprocess.run(
        [sys.executable, "-m", "kiosk", *where, "checkin", "--code", code, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_a_full_disk_refuses_the_scan_keeps_the_rest_and_recovers(
    small_disk: Path, tmp_path: Path
) -> None:
    path = small_disk / "event.db"
    door = open_door(path)
    filler = _fill_disk(small_disk, leave=48 * 1024)
    try:
        acked, refused = _fill_until_refused(door)
        assert acked
        # The headless check-in on the same full disk: the failure, no JSON line, exit 1.
        cli = _cli_checkin(tmp_path / "data", path, door.ticket(5))
        assert cli.returncode == 1
        assert cli.stdout == ""
        assert text("storage_failed", "en", problem="disk_full", detail="")[:12] in cli.stderr
        assert "disk_full" in cli.stderr
        filler.unlink()  # the operator frees space
        retried = door.service.check_in(refused)
    finally:
        with contextlib.suppress(StorageError):
            door.store.close()
    assert retried.record is not None
    assert _rows(path) == {*acked, retried.record.key}


def test_a_locked_file_refuses_the_scan_then_works_once_released(tmp_path: Path) -> None:
    path = tmp_path / "event.db"
    door = open_door(path)
    code = door.ticket(2)
    door.store.close()
    store = EventStore.open(path, busy_timeout_ms=300)
    service = KioskService(store, door.clock, door.service.door)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StorageError) as refused:
            service.check_in(code)
        assert refused.value.problem is Problem.LOCKED
        assert "locked" in text("storage_failed", "en", problem="locked", detail="locked")
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        if holder.stdout is not None:
            holder.stdout.close()
    assert _rows_open(store) == set()  # the refused scan left no row
    result = service.check_in(code)
    assert result.outcome is Outcome.ACCEPTED
    assert _rows_open(store) == {result.record.key}
    store.close()


def _rows_open(store: EventStore) -> set[tuple[str, int]]:
    return {r.key for r in store.records()}
