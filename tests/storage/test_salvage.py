"""Salvage and merge from hard places: damaged files, write-protected sticks, older kiosks.

`kiosk merge --salvage FILE` takes every check-in row of a damaged file whose checksum holds,
lists what it skipped, and still refuses another event's file and rows that clash with ours.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, timedelta
from pathlib import Path

import pytest

from kiosk.cli import run
from kiosk.domain.model import CheckinRecord
from kiosk.domain.outcome import Outcome
from kiosk.files.keys import key_path_for
from kiosk.services import end_of_day
from kiosk.storage import log
from kiosk.storage.merge import MergeRefused, Refusal
from kiosk.storage.schema import SCHEMA_V1
from kiosk.storage.store import EventStore
from kiosk.wording import end_of_day as wording
from tests.fakes import DOORS_OPEN, open_door
from tests.reliability.test_damaged_file import crashed_copy, damage

A, B = "a" * 16, "b" * 16


def _rows(path: Path) -> dict[tuple[str, int], CheckinRecord]:
    store = EventStore.open(path)
    try:
        return {r.key: r for r in store.records()}
    finally:
        store.close()


def _pair(tmp_path: Path, rejected: int = 30) -> tuple[Path, Path]:
    """This kiosk's file (`here`) and a copy another door used: 3 check-ins, then junk scans."""
    here = tmp_path / "here.db"
    open_door(here, kiosk_id=A).store.close()
    other = tmp_path / "other.db"
    store = EventStore.open(here)
    store.backup_to(other)
    store.close()
    key_path_for(other).write_bytes(key_path_for(here).read_bytes())  # for tickets only
    door = open_door(other, kiosk_id=B, door="후문")
    for serial in (1, 2, 3):
        door.service.check_in(door.ticket(serial))
    for i in range(rejected):
        door.service.check_in(f"junk-{i:03d}-" + "x" * 100)
    door.store.close()
    assert not Path(f"{other}-wal").exists()
    return here, other


def _flip(path: Path, old: bytes, new: bytes) -> None:
    """Change bytes inside one row: SQLite's structure holds, the row's checksum does not."""
    data = path.read_bytes()
    assert data.count(old) == 1 and len(old) == len(new)
    path.write_bytes(data.replace(old, new))


def _salvage(store: EventStore, *paths: Path) -> end_of_day.MergeReport:
    return end_of_day.merge(store, [], list(paths))


def test_a_row_whose_checksum_fails_is_skipped_and_named_and_the_rest_come_in(
    tmp_path: Path,
) -> None:
    here, other = _pair(tmp_path)
    _flip(other, b"junk-017-", b"junk-0!7-")  # the 21st row of kiosk B
    store = EventStore.open(here)
    with pytest.raises(MergeRefused) as refused:
        end_of_day.merge(store, [other])
    assert refused.value.reason is Refusal.DAMAGED
    assert "--salvage" in wording.describe(refused.value)
    (source,) = _salvage(store, other).sources
    assert source.skipped == ((B, 21),)
    assert source.rows_new == 3 + 30 - 1 and source.roster_read
    assert {a.person for a in store.live_arrivals()} == {"S1", "S2", "S3"}
    assert f"{B}/21" in wording.describe_merge(end_of_day.MergeReport((source,)))
    store.close()


def test_pages_whose_structure_is_gone_still_give_every_intact_row_and_nothing_else(
    tmp_path: Path,
) -> None:
    here, other = _pair(tmp_path, rejected=120)
    original = _rows(other)
    damage(other)  # every page's header and cell pointers scribbled over
    store = EventStore.open(here)
    (source,) = _salvage(store, other).sources
    taken = {key: r for key, r in _rows(here).items() if key[0] == B}
    assert len(taken) > len(original) // 2  # most rows live where the damage did not reach
    assert all(original[key] == row for key, row in taken.items())  # nothing made up
    top = max(seq for _, seq in [*taken, *source.skipped])
    assert {(B, s) for s in range(1, top + 1)} == set(taken) | set(source.skipped)
    assert source.broken_pages > 0 and not source.roster_read
    store.close()


def test_salvage_refuses_another_events_file_readable_or_damaged(tmp_path: Path) -> None:
    here, _ = _pair(tmp_path)
    other_event = tmp_path / "other-event.db"
    door = open_door(other_event, kiosk_id=B)
    door.store.close()
    store = EventStore.open(here)
    with sqlite3.connect(other_event) as raw:
        raw.execute("UPDATE event SET number = 77")
    raw.close()
    before = _rows(here)
    with pytest.raises(MergeRefused) as refused:
        _salvage(store, other_event)
    assert refused.value.reason is Refusal.OTHER_EVENT
    damage(other_event)  # its event row no longer readable: our uid is not in it either
    with pytest.raises(MergeRefused) as refused:
        _salvage(store, other_event)
    assert refused.value.reason is Refusal.OTHER_EVENT
    assert _rows(here) == before
    store.close()


def test_salvage_refuses_a_row_this_file_holds_with_other_content(tmp_path: Path) -> None:
    here, other = _pair(tmp_path)
    mine = open_door(here, kiosk_id=B)  # the same kiosk id wrote other rows here
    mine.service.check_in(mine.ticket(4))
    mine.store.close()
    store = EventStore.open(here)
    before = _rows(here)
    with pytest.raises(MergeRefused) as refused:
        _salvage(store, other)
    assert refused.value.reason is Refusal.CONFLICT
    assert _rows(here) == before
    store.close()


def test_salvage_is_all_or_nothing_with_the_other_files(tmp_path: Path) -> None:
    here, other = _pair(tmp_path)
    damage(other)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 500)
    store = EventStore.open(here)
    before = _rows(here)
    with pytest.raises(MergeRefused):
        end_of_day.merge(store, [junk], [other])
    assert _rows(here) == before
    store.close()


# -- the set-aside copy, and a write-protected stick -----------------------------------------


@pytest.fixture
def stick(tmp_path: Path) -> Iterator[Path]:
    """A folder made read-only as a write-protected USB stick is (root ignores the modes,
    so each test also checks that nothing new appears in it)."""
    folder = tmp_path / "stick"
    folder.mkdir()
    yield folder
    os.chmod(folder, 0o755)


def _protect(folder: Path) -> dict[str, bytes]:
    for part in folder.iterdir():
        os.chmod(part, 0o444)
    os.chmod(folder, 0o555)
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def test_a_crashed_kiosks_file_and_wal_merge_from_a_write_protected_stick(
    tmp_path: Path, stick: Path
) -> None:
    here, other = _pair(tmp_path, rejected=0)
    crashed_copy(other, (4, 5), B, stick / "door2.db")  # S4 and S5 are in its -wal only
    uri = f"{(stick / 'door2.db').as_uri()}?mode=ro&immutable=1"  # what ignores the -wal
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as peek:
        assert peek.execute("SELECT count(*) FROM checkin").fetchone()[0] == 3
    on_stick = _protect(stick)
    store = EventStore.open(here)
    report = end_of_day.merge(store, [stick / "door2.db"])
    assert report.rows_new == 5
    assert {a.person for a in store.live_arrivals()} == {"S1", "S2", "S3", "S4", "S5"}
    store.close()
    assert {p.name: p.read_bytes() for p in stick.iterdir()} == on_stick  # no -shm, no change
    assert stat.S_IMODE(stick.stat().st_mode) == 0o555


def test_the_file_set_aside_at_start_up_is_salvaged_from_a_write_protected_stick(
    tmp_path: Path, stick: Path
) -> None:
    here, other = _pair(tmp_path, rejected=5)
    crashed_copy(other, (4,), B, stick / "event.db.corrupt-20241030-101500")
    damage(stick / "event.db.corrupt-20241030-101500")
    on_stick = _protect(stick)
    store = EventStore.open(here)
    (source,) = _salvage(store, stick / "event.db.corrupt-20241030-101500").sources
    assert {a.person for a in store.live_arrivals()} == {"S1", "S2", "S3", "S4"}
    assert source.rows_new == 3 + 5 + 1 and source.skipped == ()
    store.close()
    assert {p.name: p.read_bytes() for p in stick.iterdir()} == on_stick


# -- a door that ran the previous release (schema 1) -----------------------------------------


def _v1_file(path: Path, uid: str, number: int) -> None:
    """An event file as release 1 wrote it: e-mail and full phone numbers, no tombstones."""
    with sqlite3.connect(path) as conn:
        for statement in SCHEMA_V1:
            conn.execute(statement)
        conn.execute(
            "INSERT INTO event (id, uid, number, title, starts_at, created_at)"
            " VALUES (1, ?, ?, '옛 행사', ?, ?)",
            (uid, number, DOORS_OPEN.isoformat(), DOORS_OPEN.isoformat()),
        )
        conn.execute(
            "INSERT INTO attendee (ref, serial, name, affiliation, phone, email)"
            " VALUES ('S40', 40, '한가람', '본청', '010-1234-5678', 'garam@example.org')"
        )
        conn.execute("INSERT INTO revocation VALUES (2, 0, ?)", (DOORS_OPEN.isoformat(),))
        at = DOORS_OPEN.astimezone(UTC)
        for seq, person in enumerate(("S1", "S40"), start=1):
            record = CheckinRecord(
                kiosk_id=B,
                seq=seq,
                outcome=Outcome.ACCEPTED,
                at_utc=at + timedelta(seconds=seq),
                mono_ns=seq,
                door="옛문",
                person=person,
            )
            log.insert(conn, record)
        conn.execute("PRAGMA user_version = 1")
    conn.close()


def test_a_schema_1_file_merges_by_its_own_columns_and_brings_no_email(tmp_path: Path) -> None:
    here, _ = _pair(tmp_path, rejected=0)
    store = EventStore.open(here)
    old = tmp_path / "old-door.db"
    _v1_file(old, store.uid, store.event().number)
    before = old.read_bytes()
    (source,) = end_of_day.merge(store, [old]).sources
    assert (source.rows_new, source.attendees_added, source.revocations_added) == (2, 1, 1)
    assert {a.person for a in store.live_arrivals()} == {"S1", "S40"}
    newcomer = store.attendee(40)
    assert newcomer is not None and newcomer.name == "한가람"
    assert (newcomer.phone, newcomer.email) == ("5678", "")
    assert (2, 0) in store.revoked()
    store.close()
    assert old.read_bytes() == before  # read, never migrated


# -- the command line --------------------------------------------------------------------


def test_kiosk_merge_salvage_lists_what_it_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    here, other = _pair(tmp_path)
    _flip(other, b"junk-017-", b"junk-0!7-")
    data = tmp_path / "data"
    argv = ["--data-dir", str(data), "--lang", "ko", "--event", str(here), "merge"]
    assert run([*argv, str(other)]) == 1
    assert "--salvage" in capsys.readouterr().err
    assert run([*argv, "--salvage", str(other)]) == 0
    out = capsys.readouterr().out
    assert f"{B}/21" in out and "검사합계가 맞는 입장 기록 32건" in out
    assert run(argv) == 2
    assert "kiosk merge --salvage 파일" in capsys.readouterr().err
