"""Doors together without Syncthing: each door publishes its file, the others fold it in.

The sync folder is shared directly (what Syncthing would copy between laptops), so these tests
see the data path alone: what a door writes, what a peer accepts, refuses and reports.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.domain.outcome import Outcome
from kiosk.storage.store import EventStore
from kiosk.sync import status
from kiosk.sync.doorfile import PARTIAL, Refusal, decode, door_path, encode
from kiosk.sync.fold import Inbox
from kiosk.sync.status import PeerState
from tests.sync.doors import Kiosk, SyncClock, base_event, kiosk


@pytest.fixture
def doors(tmp_path: Path):
    base = base_event(tmp_path)
    sync_dir = tmp_path / "sync"
    a, b = kiosk(base, sync_dir, "a"), kiosk(base, sync_dir, "b")
    yield a, b
    a.close()
    b.close()


def _exchange(*kiosks: Kiosk) -> None:
    for k in kiosks:
        k.publisher.publish()
    for k in kiosks:
        k.inbox.poll()


def _file_of(k: Kiosk) -> Path:
    return door_path(k.publisher.sync_dir, k.publisher.kiosk_id, k.door.store.uid)


def _rows(store: EventStore) -> set[tuple[str, int]]:
    return {r.key for r in store.records()}


def test_a_ticket_checked_in_at_door_a_is_a_repeat_at_door_b_naming_door_a(doors) -> None:
    a, b = doors
    assert a.door.service.check_in(a.door.ticket(3)).outcome is Outcome.ACCEPTED
    _exchange(a, b)
    again = b.door.service.check_in(b.door.ticket(3))
    assert again.outcome is Outcome.ALREADY_CHECKED_IN
    assert again.first_door == "a문"
    assert a.door.store.arrived_count() == b.door.store.arrived_count() == 1
    _exchange(a, b)  # B's repeat reaches A, and nobody is counted twice
    assert _rows(a.door.store) == _rows(b.door.store)
    assert a.door.store.arrived_count() == b.door.store.arrived_count() == 1


def test_a_walk_in_registered_at_b_appears_at_a(doors) -> None:
    a, b = doors
    b.door.service.register_walk_in("한가람", "현장등록")
    _exchange(a, b)
    walk_ins = [p for p in a.door.store.attendees() if p.walk_in]
    assert [(p.name, p.affiliation) for p in walk_ins] == [("한가람", "현장등록")]
    assert a.door.store.arrived_count() == 1


def test_a_ticket_revoked_at_a_is_revoked_at_b(doors) -> None:
    a, b = doors
    a.door.service.revoke_ticket(4)
    _exchange(a, b)
    b.door.service.reload()  # what the one writer does when a fold brought revocations
    assert b.door.service.check_in(b.door.ticket(4)).outcome is Outcome.REVOKED


def test_a_fold_reports_what_it_brought(doors) -> None:
    a, b = doors
    a.door.service.check_in(a.door.ticket(1))
    a.door.service.revoke_ticket(2)
    a.publisher.publish()
    (folded,) = b.inbox.poll()
    assert (folded.kiosk_id, folded.rows_new, folded.revocations_added) == ("a" * 16, 1, 1)
    (door,) = b.inbox.status()
    assert door["door"] == "a문" and door["rows"] == 1 and door["online"] is True


def test_folding_twice_changes_nothing(doors) -> None:
    a, b = doors
    a.door.service.check_in(a.door.ticket(1))
    b.door.service.check_in(b.door.ticket(2))
    _exchange(a, b)
    before = (_rows(b.door.store), b.door.store.arrived_count(), b.door.store.revocations())
    fresh = Inbox(b.door.store, b.inbox.sync_dir, b.inbox.kiosk_id, b.clock)  # reads all again
    assert [f.rows_new for f in fresh.poll()] == [0]
    assert (_rows(b.door.store), b.door.store.arrived_count(), b.door.store.revocations()) == before


def _tamper(path: Path, old: bytes, new: bytes, *, fix_digest: bool) -> None:
    head, _, body = path.read_bytes().partition(b"\n")
    body = body.replace(old, new, 1)
    if fix_digest:  # a careful forger recomputes the file's digest, not the rows' checksums
        import hashlib

        data = body.rstrip(b"\n")
        header = json.loads(head) | {"sha256": hashlib.sha256(data).hexdigest()}
        head = json.dumps(header).encode()
    path.write_bytes(head + b"\n" + body)


@pytest.mark.parametrize(("fix_digest", "reason"), [(False, "damaged"), (True, "checksum")])
def test_a_hand_edited_file_is_refused_until_its_owner_publishes_again(
    doors, fix_digest: bool, reason: str
) -> None:
    a, b = doors
    a.door.service.check_in(a.door.ticket(1))
    _exchange(a, b)
    a.door.service.check_in(a.door.ticket(5))
    a.publisher.publish()
    _tamper(_file_of(a), b'"S5"', b'"S3"', fix_digest=fix_digest)  # one byte of a row
    assert b.inbox.poll() == []
    (door,) = b.inbox.status()
    assert door["refused"] == reason
    assert {r.person for r in b.door.store.records()} == {"S1"}  # the previous state stays
    a.clock.advance(1)
    a.publisher.publish()  # the owner's next publish replaces the edited copy
    assert [f.rows_new for f in b.inbox.poll()] == [1]
    assert {r.person for r in b.door.store.records()} == {"S1", "S5"}
    assert b.inbox.status()[0]["refused"] == ""


def test_a_truncated_file_is_skipped_and_reported_and_nothing_changes(doors) -> None:
    a, b = doors
    a.door.service.check_in(a.door.ticket(1))
    a.publisher.publish()
    path = _file_of(a)
    path.write_bytes(path.read_bytes()[:-40])
    assert b.inbox.poll() == []
    assert b.inbox.status()[0]["refused"] == Refusal.DAMAGED
    assert b.door.store.records() == []


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda f: {**f, "uid": "0" * 32}, Refusal.OTHER_EVENT),
        (lambda f: {**f, "kiosk_id": "b" * 16}, Refusal.SAME_KIOSK),
        (lambda f: {**f, "kiosk_id": "c" * 16}, Refusal.MISPLACED),
    ],
)
def test_a_file_of_another_event_or_kiosk_is_refused(doors, change, reason) -> None:
    a, b = doors
    a.door.service.check_in(a.door.ticket(1))
    a.publisher.publish()
    path = _file_of(a)
    door = decode(path.read_bytes())
    path.write_bytes(encode(type(door)(**change(door.__dict__))))
    assert b.inbox.poll() == []
    assert b.inbox.status()[0]["refused"] == reason
    assert b.door.store.records() == []


def test_a_file_carrying_another_doors_rows_is_refused(tmp_path: Path) -> None:
    base = base_event(tmp_path)
    a, b, c = (kiosk(base, tmp_path / "sync", n) for n in "abc")
    c.door.service.check_in(c.door.ticket(2))
    _exchange(a, c)
    path = _file_of(a)
    door = decode(path.read_bytes())
    c_rows = decode(_file_of(c).read_bytes()).rows
    path.write_bytes(encode(type(door)(**{**door.__dict__, "rows": door.rows + c_rows})))
    b.inbox.poll()
    assert {d["kiosk_id"]: d["refused"] for d in b.inbox.status()}["a" * 16] == "foreign_rows"
    for k in (a, b, c):
        k.close()


def test_the_publisher_notices_a_commit_by_another_connection(doors) -> None:
    """`kiosk checkin` on the command line beside `kiosk sync run`: another process commits."""
    a, _ = doors
    assert a.publisher.tick()  # the first tick publishes
    assert not a.publisher.tick()
    other = EventStore.open(a.door.store.path)  # a second writer, as another process would be
    from kiosk.services.door import Door, KioskService

    KioskService(other, a.clock, Door("a" * 16, "a문")).check_in(a.door.ticket(2))
    other.close()
    assert not a.publisher.tick()  # seen, waiting for the burst to settle
    a.clock.advance(0.2)
    assert a.publisher.tick()
    assert [r[3] for r in decode(_file_of(a).read_bytes()).rows] == ["S2"]


def test_the_heartbeat_is_rewritten_without_commits_and_counts_on_across_restarts(
    doors,
) -> None:
    a, _ = doors
    a.publisher.tick()
    first = decode(_file_of(a).read_bytes())
    a.clock.advance(4)
    assert not a.publisher.tick()
    a.clock.advance(1.5)
    assert a.publisher.tick()
    second = decode(_file_of(a).read_bytes())
    assert second.counter == first.counter + 1 and second.wall_utc > first.wall_utc
    a.publisher.close()
    restarted = type(a.publisher)(a.publisher.event_path, a.publisher.sync_dir,
                                  a.publisher.kiosk_id, "a문", a.clock)  # fmt: skip
    restarted.publish()
    restarted.close()
    assert decode(_file_of(a).read_bytes()).counter == second.counter + 1


def test_a_door_is_online_only_while_its_heartbeat_changes_on_our_clock(doors) -> None:
    a, b = doors
    _exchange(a, b)
    assert b.inbox.status()[0]["online"] is True
    b.clock.advance(19)
    assert b.inbox.status()[0]["online"] is True
    b.clock.advance(2)  # no new heartbeat for 21 s on B's clock
    door = b.inbox.status()[0]
    assert door["online"] is False and door["last_data_age_s"] == 21.0
    a.clock.advance(21)
    a.publisher.publish()
    b.inbox.poll()
    assert b.inbox.status()[0]["online"] is True


def test_a_door_whose_clock_is_far_ahead_is_online_with_a_clock_warning(tmp_path: Path) -> None:
    base = base_event(tmp_path)
    a = kiosk(base, tmp_path / "sync", "a", SyncClock())
    b = kiosk(base, tmp_path / "sync", "b", SyncClock())
    a.clock.current += timedelta(minutes=10)
    _exchange(a, b)
    (door,) = b.inbox.status()
    assert door["online"] is True and door["clock_off"] == 600
    a.close()
    b.close()


def test_status_is_a_pure_function_of_what_was_seen_and_our_clock() -> None:
    never = PeerState("c" * 16, door="c문")
    seen = PeerState("d" * 16, door="d문", counter=7, seen_at=100.0, rows=12, skew_s=-200.0)
    assert status.doors([seen, never], now=105.0) == [
        {"door": "c문", "kiosk_id": "c" * 16, "online": False, "last_data_age_s": None,
         "rows": 0, "folded": 0, "refused": "", "clock_off": None},
        {"door": "d문", "kiosk_id": "d" * 16, "online": True, "last_data_age_s": 5.0,
         "rows": 12, "folded": 0, "refused": "", "clock_off": -200},
    ]  # fmt: skip
    assert status.doors([seen], now=130.0)[0]["online"] is False


def test_a_leftover_partial_file_is_never_read_and_the_next_publish_replaces_it(doors) -> None:
    a, b = doors
    a.door.service.check_in(a.door.ticket(1))
    a.publisher.publish()
    good = _file_of(a).read_bytes()
    partial = _file_of(a).with_name(_file_of(a).name + PARTIAL)
    partial.write_bytes(good[: len(good) // 2])  # a publisher killed while writing
    assert _file_of(a).read_bytes() == good
    assert [f.rows_new for f in b.inbox.poll()] == [1]
    a.publisher.publish()
    assert not partial.exists()


_WRITER = """
import sys, itertools
from pathlib import Path
from kiosk.sync.fold import Inbox
from kiosk.sync.doorfile import DoorFile, encode, write_atomic
path = Path(sys.argv[1])
row = ("k" * 16, 1, "accepted", "S1", "CODE", "2024-10-30T01:05:00.000000+00:00", 1, "b", "문",
       None, None, None, 0)
for n in itertools.count(1):
    rows = [row[:1] + (s,) + row[2:] for s in range(1, 200 + n % 300)]
    write_atomic(path, encode(DoorFile("u" * 32, 1, "k" * 16, "문", n, "t", rows, [])))
    if n == 1:
        print("ready", flush=True)
"""


def test_a_publisher_killed_mid_write_never_leaves_a_torn_file(tmp_path: Path) -> None:
    path = tmp_path / "doors" / ("k" * 16) / ("u" * 32 + ".jsonl")
    root = Path(__file__).resolve().parents[2]
    for attempt in range(5):
        writer = subprocess.Popen(
            [sys.executable, "-c", _WRITER, str(path)], cwd=root, stdout=subprocess.PIPE
        )
        try:
            assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
            time.sleep(0.05 + attempt * 0.037)
        finally:
            os.kill(writer.pid, signal.SIGKILL)
            writer.wait(timeout=10)
            if writer.stdout is not None:
                writer.stdout.close()
        door = decode(path.read_bytes())  # whole, never torn: Refused would fail the test
        assert len(door.rows) >= 199


@pytest.mark.parametrize("seq", [2**63, -5, 0])
def test_a_number_no_log_can_hold_is_refused_and_never_stops_the_door(doors, seq) -> None:
    """Red team: a seq of 2**63 used to crash `kiosk sync run` on every start."""
    a, b = doors
    a.door.service.check_in(a.door.ticket(1))
    a.publisher.publish()
    path = _file_of(a)
    door = decode(path.read_bytes())
    (row,) = door.rows
    from kiosk.storage.log import _record, row_crc

    forged = (row[0], seq, *row[2:-1], 0)
    forged = (
        *forged[:-1],
        row_crc(_record(forged)),
    )  # the checksum holds: only the number is wrong
    path.write_bytes(encode(type(door)(**{**door.__dict__, "rows": [forged]})))
    assert b.inbox.poll() == []  # no exception reaches the loop
    assert b.inbox.status()[0]["refused"] == Refusal.DAMAGED
    assert b.door.store.records() == []


def test_a_folder_without_a_file_of_this_event_is_no_door(doors) -> None:
    """A door folder left from an earlier event on the same data folder (its file names another
    event) is not listed as an offline door of this one; a door appears with its first file."""
    a, b = doors
    old = b.inbox.sync_dir / "doors" / ("c" * 16)
    old.mkdir(parents=True)
    (old / "an-earlier-event.jsonl").write_bytes(b"{}\n{}\n")
    b.inbox.poll()
    assert [d["kiosk_id"] for d in b.inbox.status()] == []
    _exchange(a, b)
    assert [d["kiosk_id"] for d in b.inbox.status()] == [a.publisher.kiosk_id]
