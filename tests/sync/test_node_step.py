"""What a node's step tells the window: rows came, and whether more than the count changed.

Folding a peer's file of check-ins alone must not make the window reload its whole service
(roster, keys, revocations, the search index); walk-ins, roster people and revocations do.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.sync.engine import Binary
from kiosk.sync.node import NodeOptions, SyncNode
from tests.sync.doors import base_event, kiosk


def test_a_step_says_whether_people_or_revocations_came_with_the_rows(tmp_path: Path) -> None:
    base = base_event(tmp_path)
    a, b = kiosk(base, tmp_path / "sync", "a"), kiosk(base, tmp_path / "sync", "b")
    node = SyncNode(tmp_path, b.door.store, "b" * 16, "b문", NodeOptions(),
                    binary=Binary(tmp_path / "syncthing", "1.19.2"), clock=b.clock)  # fmt: skip
    node.inbox.vouch = None  # no engine here to vouch for A's file (tests/sync/test_forgery.py)
    node.step(restart=False)  # B's own first publish; no engine is ever started
    a.door.service.check_in(a.door.ticket(1))
    a.publisher.publish()
    assert node.step(restart=False) and node.brought == (False, False)  # check-ins only
    assert not node.step(restart=False) and node.brought == (False, False)
    a.door.service.revoke_ticket(4)
    a.clock.advance(1)
    a.publisher.publish()
    assert node.step(restart=False) and node.brought == (False, True)
    a.door.service.register_walk_in("한가람", "현장등록")
    a.clock.advance(1)
    a.publisher.publish()
    assert node.step(restart=False) and node.brought == (True, False)
    node.close()
    a.close()
    b.close()
