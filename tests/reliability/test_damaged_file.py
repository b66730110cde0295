"""A damaged event file at start-up: detected, never written to, set aside, and the day goes on.

The set-aside itself lives in kiosk/ui/startup.py (open_event/recover); these tests drive it
without a window and check the files on disk byte for byte.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from kiosk import config
from kiosk.domain.outcome import Outcome
from kiosk.services.context import Context
from kiosk.services.door import Door, KioskService
from kiosk.services.organizer import ticket_code
from kiosk.services.recovery import save_last_good, set_aside_copies
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore
from kiosk.ui.startup import StartupRefused, open_event, recovery_text
from tests.fakes import open_door

PAGE = 4096
SIBLINGS = ("", "-wal", "-shm")
EMPTY = hashlib.sha256(b"").hexdigest()


def fingerprint(path: Path) -> dict[str, str | None]:
    """The content of a file and its -wal/-shm siblings (None: absent)."""
    out = {}
    for suffix in SIBLINGS:
        part = Path(f"{path}{suffix}")
        out[suffix] = hashlib.sha256(part.read_bytes()).hexdigest() if part.exists() else None
    return out


def damage(path: Path) -> None:
    """Scribble over every page's header area but the first: what a bad sector leaves."""
    data = bytearray(path.read_bytes())
    for page in range(1, len(data) // PAGE):
        for i in range(page * PAGE + 8, page * PAGE + 200):
            data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def crashed_copy(path: Path, serials: tuple[int, ...], kiosk_id: str, target: Path) -> None:
    """`target` as a kiosk killed mid-day leaves it: the event file plus an unmerged -wal."""
    door = open_door(path, kiosk_id=kiosk_id)
    for serial in serials:
        door.service.check_in(door.ticket(serial))
    for suffix in ("", "-wal"):  # the files as they are while the kiosk still runs
        shutil.copyfile(f"{path}{suffix}", f"{target}{suffix}")
    door.store.close()


@pytest.mark.parametrize("with_wal", [True, False], ids=["after-a-crash", "closed-cleanly"])
def test_a_damaged_file_is_refused_and_not_one_byte_changes(tmp_path: Path, with_wal) -> None:
    path = tmp_path / "event.db"
    if with_wal:
        crashed_copy(tmp_path / "live.db", (1, 2, 3), "a" * 16, path)
        assert Path(f"{path}-wal").stat().st_size > 0
    else:
        door = open_door(path)
        door.service.check_in(door.ticket(1))
        door.store.close()
    damage(path)
    before = fingerprint(path)
    with pytest.raises(StorageError) as refused:
        EventStore.open(path)
    assert refused.value.problem is Problem.CORRUPT
    after = fingerprint(path)
    assert after[""] == before[""]
    # The -shm is SQLite's index of the -wal in shared memory, rebuilt at every open: not data.
    # A read-only look at a cleanly closed file leaves an empty -wal beside it, nothing more.
    assert after["-wal"] == (before["-wal"] or EMPTY)


def _context(data_dir: Path) -> Context:
    data_dir.mkdir(parents=True, exist_ok=True)
    return Context(data_dir, config.load_settings(data_dir), config.kiosk_id(data_dir))


def test_the_kiosk_sets_the_file_aside_continues_on_its_copy_and_merges_later(
    tmp_path: Path,
) -> None:
    ctx = _context(tmp_path / "data")
    first_id = ctx.kiosk_id
    path = ctx.data_dir / "event.db"
    # Morning: a healthy start saves the last good copy; two people arrive before it, two after.
    door = open_door(path, kiosk_id=first_id)
    for serial in (1, 2):
        door.service.check_in(door.ticket(serial))
    assert save_last_good(door.store, ctx.data_dir) is not None
    door.store.close()
    crashed_copy(path, (3, 4), first_id, tmp_path / "crashed.db")
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{tmp_path / 'crashed.db'}{suffix}", f"{path}{suffix}")
    damage(path)
    before = fingerprint(path)

    opened = open_event(ctx, path)
    try:
        recovery = opened.recovery
        assert recovery is not None
        set_aside = fingerprint(recovery.damaged)
        assert (set_aside[""], set_aside["-wal"]) == (before[""], before["-wal"])
        assert recovery.damaged.name.startswith("event.db.corrupt-")
        assert recovery.damaged.name in recovery_text(recovery)  # the operator is told which
        assert "Keep both files" in recovery_text(recovery)
        # A new kiosk id: rows written from now on never collide with the stranded ones.
        assert recovery.new_kiosk_id == ctx.kiosk_id != first_id == recovery.old_kiosk_id
        service = KioskService(opened.store, door.clock, Door(ctx.kiosk_id, "정문"))

        def ticket(serial: int) -> str:
            return ticket_code(opened.store, door.key, opened.store.attendee(serial))

        assert service.check_in(ticket(1)).outcome is Outcome.ALREADY_CHECKED_IN
        assert service.check_in(ticket(5)).outcome is Outcome.ACCEPTED

        # Later, a repaired copy of the damaged file (here: the bytes before the damage) is
        # merged in: every row it holds comes back, none conflicts with the day's new rows.
        from kiosk.services.end_of_day import merge

        merge(opened.store, [tmp_path / "crashed.db"])
        keys = {r.key for r in opened.store.records()}
        stranded = EventStore.open(tmp_path / "crashed.db")
        try:
            assert {r.key for r in stranded.records()} <= keys
        finally:
            stranded.close()
        arrived = {r.person for r in opened.store.live_arrivals()}
        assert arrived == {"S1", "S2", "S3", "S4", "S5"}
    finally:
        opened.close()


def test_without_a_good_copy_the_kiosk_refuses_and_says_what_to_do(tmp_path: Path) -> None:
    ctx = _context(tmp_path / "data")
    path = ctx.data_dir / "event.db"
    door = open_door(path, kiosk_id=ctx.kiosk_id)
    door.service.check_in(door.ticket(1))
    door.store.close()
    damage(path)
    before = fingerprint(path)
    with pytest.raises(StartupRefused) as refused:
        open_event(ctx, path)
    assert "Copy the event file from the organizer" in str(refused.value)
    assert "Keep the damaged file" in str(refused.value)
    assert fingerprint(path)[""] == before[""]  # still there, untouched, under its own name


def test_the_set_aside_file_itself_gives_back_its_rows_by_salvage(tmp_path: Path) -> None:
    """No repaired copy needed: the rows after the last good copy come back from the damaged
    file as it was set aside (its -wal included), and the operator sees where it lies."""
    from kiosk.services.end_of_day import merge

    ctx = _context(tmp_path / "data")
    path = ctx.data_dir / "event.db"
    door = open_door(path, kiosk_id=ctx.kiosk_id)
    for serial in (1, 2):
        door.service.check_in(door.ticket(serial))
    assert save_last_good(door.store, ctx.data_dir) is not None
    door.store.close()
    crashed_copy(path, (3, 4), ctx.kiosk_id, tmp_path / "crashed.db")
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{tmp_path / 'crashed.db'}{suffix}", f"{path}{suffix}")
    damage(path)
    opened = open_event(ctx, path)
    try:
        assert opened.recovery is not None
        assert set_aside_copies(path) == [opened.recovery.damaged]
        before = fingerprint(opened.recovery.damaged)
        report = merge(opened.store, [], [opened.recovery.damaged])
        assert {r.person for r in opened.store.live_arrivals()} == {"S1", "S2", "S3", "S4"}
        (source,) = report.sources
        assert source.salvaged and source.skipped == ()
        assert fingerprint(opened.recovery.damaged) == before  # read, never written
    finally:
        opened.close()


def test_set_aside_copies_are_only_this_event_files(tmp_path: Path) -> None:
    event = tmp_path / "event.db"
    names = ("event.db.corrupt-20241030-101500", "event.db.corrupt-20241030-101500-wal")
    for name in (*names, "event.db.corrupt-20241030-101500-shm", "other.db.corrupt-1"):
        (tmp_path / name).write_bytes(b"x")
    assert set_aside_copies(event) == [tmp_path / names[0]]
    assert set_aside_copies(tmp_path / "missing" / "event.db") == []
