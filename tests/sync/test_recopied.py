"""A door whose event file was put back from an older copy: its published rows come back.

Red team: with an older copy of the event file in place (same data directory, same kiosk id),
the door's next check-ins took seqs it had already published with other content; every peer
refused the door as `conflict` for good, and the door admitted again people it had admitted.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk.domain.outcome import Outcome
from kiosk.sync.doorfile import decode, door_path
from kiosk.sync.engine import Binary
from kiosk.sync.node import NodeOptions, SyncNode, read_status
from tests.fakes import open_door
from tests.sync.doors import Kiosk, base_event, kiosk

A = "a" * 16


def _reopen(a: Kiosk, tmp_path: Path) -> tuple[Kiosk, SyncNode]:
    """Door A's kiosk started again, with its sync node (its engine never started)."""
    door = open_door(a.door.store.path, A, "a문", a.clock)  # type: ignore[arg-type]
    node = SyncNode(tmp_path, door.store, A, "a문", NodeOptions(),
                    binary=Binary(tmp_path / "syncthing", "1.19.2"), clock=a.clock)  # fmt: skip
    return Kiosk(door, node.publisher, node.inbox, a.clock), node


def _put_back(a: Kiosk, copy: Path) -> None:
    a.close()
    for leftover in ("-wal", "-shm"):
        Path(f"{a.door.store.path}{leftover}").unlink(missing_ok=True)
    shutil.copy(copy, a.door.store.path)


def test_an_event_file_put_back_from_an_older_copy_gets_its_published_rows_back(
    tmp_path: Path,
) -> None:
    base = base_event(tmp_path)
    sync = tmp_path / "sync"
    a, b = kiosk(base, sync, "a"), kiosk(base, sync, "b")
    a.door.service.check_in(a.door.ticket(1))
    older = a.door.store.backup_to(tmp_path / "a-backup.db")  # the copy made in the morning
    a.door.service.check_in(a.door.ticket(2))
    a.door.service.check_in(a.door.ticket(3))
    a.publisher.publish()
    assert [f.rows_new for f in b.inbox.poll()] == [3]

    _put_back(a, older)
    a, node = _reopen(a, tmp_path)
    assert {r.person for r in a.door.store.records()} == {"S1", "S2", "S3"}  # back at start
    again = a.door.service.check_in(a.door.ticket(2))
    assert again.outcome is Outcome.ALREADY_CHECKED_IN
    assert a.door.service.check_in(a.door.ticket(4)).outcome is Outcome.ACCEPTED
    assert a.door.store.latest_seqs()[A] == 5  # numbering goes on after the published rows
    a.clock.advance(1)
    assert node.publisher.tick() and node.publisher.last_error == ""
    assert [f.rows_new for f in b.inbox.poll()] == [2]  # the repeat and S4: no conflict
    assert b.inbox.status()[0]["refused"] == ""
    assert b.door.store.arrived_count() == a.door.store.arrived_count() == 4
    node.close()
    a.close()
    b.close()


def test_an_older_copy_used_before_sync_started_is_not_published_and_says_why(
    tmp_path: Path,
) -> None:
    base = base_event(tmp_path)
    sync = tmp_path / "sync"
    a, b = kiosk(base, sync, "a"), kiosk(base, sync, "b")
    older = a.door.store.backup_to(tmp_path / "a-backup.db")
    a.door.service.check_in(a.door.ticket(1))
    a.publisher.publish()
    b.inbox.poll()
    published = door_path(sync, A, a.door.store.uid).read_bytes()

    _put_back(a, older)
    used = open_door(a.door.store.path, A, "a문", a.clock)  # type: ignore[arg-type]
    used.service.check_in(used.ticket(5))  # seq 1 again, another person: a true conflict
    used.store.close()
    a, node = _reopen(a, tmp_path)
    a.clock.advance(6)
    assert not node.publisher.tick()
    assert "seq 1" in node.publisher.last_error and "older copy" in node.publisher.last_error
    assert door_path(sync, A, a.door.store.uid).read_bytes() == published  # the good file kept
    node.write_status()
    found = read_status(tmp_path)
    assert found is not None and "seq 1" in found["publish_error"]
    assert b.inbox.poll() == [] and b.inbox.status()[0]["refused"] == ""
    assert [r[3] for r in decode(published).rows] == ["S1"]
    node.close()
    a.close()
    b.close()
