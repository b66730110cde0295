"""Red team, honest status: what is wrong is said wherever the doors are shown.

This door's own file could stop being published (the disk full, an older event file put back)
and only `sync status --json` said so: the plain `sync status` and the operator's doors page
showed every door fine, and the plain status left out why a peer's file was refused and that a
peer's clock was off, which the doors page shows.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from kiosk.sync.node import STATUS_FILE, sync_dir
from kiosk.ui.door_sync import DoorSync
from kiosk.ui.operator.doors_page import DoorsPage
from tests.sync.doors import base_event
from tests.sync.kiosks import kiosk
from tests.ui.test_doors import GONE, PEER, FakeNode

FULL = "[Errno 28] No space left on device: 'doors/b2b2b2b2b2b2b2b2/e.jsonl.partial'"


def _running_node(data_dir: Path, publish_error: str) -> None:
    """What a running node writes for `sync status` (kiosk.sync.node.SyncNode.write_status)."""
    body = {"device_id": "DEVICE1", "kiosk_id": "b2b2b2b2b2b2b2b2", "written": time.time(),
            "doors": [PEER, GONE], "publish_error": publish_error}  # fmt: skip
    folder = sync_dir(data_dir)
    folder.mkdir(parents=True)
    (folder / STATUS_FILE).write_text(json.dumps(body, ensure_ascii=False), encoding="utf-8")


def test_plain_sync_status_says_this_doors_file_is_not_published_and_why_a_peer_is_refused(
    tmp_path: Path,
) -> None:
    event = base_event(tmp_path)
    data = tmp_path / "data"
    _running_node(data, FULL)
    done = kiosk(data, event, "--lang", "en", "sync", "status")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split(",")[0] for line in lines[:3]] == [
        "This device: DEVICE1",
        "후문: online",
        "옆문: offline",
    ]
    assert lines[3:] == [
        "  its latest file was refused (checksum): its rows folded before are kept",
        "  its clock is off by +300 s: check the time on that laptop",
        f"This door's check-ins are NOT reaching the other doors: {FULL}",
    ]


def test_the_doors_page_says_when_this_doors_file_is_not_published(qtbot) -> None:
    node = FakeNode("u", 1)
    node.listed = [PEER]
    sync = DoorSync(node)
    page = DoorsPage(sync, lambda claim: None)
    qtbot.addWidget(page)
    sync.start()
    qtbot.waitUntil(lambda: sync.running, timeout=5000)
    assert page.unpublished.isHidden()
    node.unpublished = FULL
    sync.step()
    sync._report()  # the next second's status
    assert not page.unpublished.isHidden()
    assert FULL in page.unpublished.text()
    node.unpublished = ""
    sync._report()
    assert page.unpublished.isHidden()
    sync.stop()
