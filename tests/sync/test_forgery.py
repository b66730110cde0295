"""A paired door cannot speak for another: each door's folder is bound to its owner's device.

Red team: door C turned its receive-only copy of door A's folder into send-receive, wrote a
well-formed file with rows in A's name (good checksums) and door B folded them, since every
peer folder was shared with every paired device. Real engines on 127.0.0.1, discovery off,
every wait bounded, every process stopped by its PID.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

from kiosk.files.keys import key_path_for
from kiosk.storage.log import _record, row_crc
from kiosk.sync.doorfile import decode, encode, write_atomic
from kiosk.sync.engine import Binary
from kiosk.sync.node import NodeOptions, SyncNode, folder_id, sync_dir
from kiosk.sync.pairing import engine_client
from kiosk.sync.rest import RECEIVE_ONLY
from tests.fakes import open_door
from tests.sync.engines import wait_until
from tests.sync.kiosks import WAIT_S, Door, StartDoor, engine_pid, rows_of

FORGED_SEQ = 500


def _seqs(event: Path, kiosk_id: str) -> set[int]:
    with sqlite3.connect(f"file:{event}?mode=ro", uri=True) as conn:
        rows = conn.execute("SELECT seq FROM checkin WHERE kiosk_id = ?", (kiosk_id,))
        return {int(r[0]) for r in rows}


def _join(lead: Door, door: Door) -> None:
    text = lead.kiosk("sync", "invite").stdout.strip()  # one invitation per door
    joined = door.kiosk("sync", "join", text)
    assert joined.returncode == 0, joined.stderr


def _folder(door: Door, folder: str) -> dict[str, Any] | None:
    client, _ = engine_client(door.data_dir)
    return next((f for f in client.folders() if f["id"] == folder), None)


def _forge(c: Door, uid: str, a_id: str) -> None:
    """What a hostile door C does: its copy of A's folder made send-receive and shared with
    everyone, A's file rewritten with one more row in A's name, all checksums right."""
    client, _ = engine_client(c.data_dir)
    folder = folder_id(uid, a_id)
    devices = [{"deviceID": d["deviceID"]} for d in client.devices()]
    client.modify_folder(folder, type="sendreceive", devices=devices)
    path = sync_dir(c.data_dir) / "doors" / a_id / f"{uid}.jsonl"
    door = decode(path.read_bytes())
    row = door.rows[0]
    forged = (row[0], FORGED_SEQ, row[2], "S9", *row[4:-1], 0)
    forged = (*forged[:-1], row_crc(_record(forged)))
    body = {**door.__dict__, "counter": door.counter + 100, "rows": [*door.rows, forged]}
    write_atomic(path, encode(type(door)(**body)))
    client.scan(folder)
    me = client.my_id()[:7]
    assert wait_until(
        lambda: client.file(folder, path.name).get("local", {}).get("modifiedBy") == me, WAIT_S
    )


def test_a_door_cannot_forge_another_doors_rows_through_its_copy_of_their_folder(
    copies: tuple[Path, Path, list[str]], start_door: StartDoor
) -> None:
    event_a, event_b, codes = copies
    event_c = event_b.with_name("c.db")
    shutil.copyfile(event_a, event_c)
    shutil.copyfile(key_path_for(event_a), key_path_for(event_c))
    a = start_door("a", event_a, "동문")
    b = start_door("b", event_b, "서문")
    c = start_door("c", event_c, "남문")
    _join(a, b)
    _join(a, c)
    a_id, b_id, c_id = a.kiosk_id(), b.kiosk_id(), c.kiosk_id()
    uid = decode_uid(a)
    first = json.loads(a.kiosk("checkin", "--code", codes[0], "--json").stdout)
    assert first["outcome"] == "accepted"
    assert wait_until(lambda: rows_of(event_b, a_id) == rows_of(event_c, a_id) == 1, WAIT_S, 0.1)
    assert wait_until(lambda: _folder(b, folder_id(uid, c_id)) is not None, WAIT_S, 0.2)

    # Each peer folder is shared with its owner alone; each own folder with every peer.
    client_b, _ = engine_client(b.data_dir)
    named = {d["name"]: d["deviceID"] for d in client_b.devices()}
    for owner in (a_id, c_id):
        assert wait_until(lambda o=owner: _shared(b, uid, o) == {named[o]}, WAIT_S, 0.2)
    assert _shared(b, uid, b_id) == {named[a_id], named[c_id]}

    # C's kiosk is frozen (its node would undo the change) and its engine serves the forgery.
    os.kill(c.process.pid, signal.SIGSTOP)
    try:
        _forge(c, uid, a_id)
        # A's engine dies and comes back: the lead's introductions share A's folder at B with
        # C again for a moment; the copy C offers then is never folded all the same.
        killed = engine_pid(a.data_dir)
        assert killed is not None
        os.killpg(killed, signal.SIGKILL)
        assert wait_until(lambda: engine_pid(a.data_dir) not in (None, killed), WAIT_S, 0.2)
        time.sleep(3)
        second = json.loads(a.kiosk("checkin", "--code", codes[1], "--json").stdout)
        assert second["outcome"] == "accepted"
        # A's real rows still reach B, and the forged one never does.
        assert wait_until(lambda: _seqs(event_b, a_id) == {1, 2}, WAIT_S, 0.1), _seqs(event_b, a_id)
        time.sleep(3)
        assert FORGED_SEQ not in _seqs(event_b, a_id)
        assert json.loads(b.kiosk("stats", "--json").stdout)["arrived"] == 2
    finally:
        os.kill(c.process.pid, signal.SIGCONT)


def decode_uid(door: Door) -> str:
    with sqlite3.connect(f"file:{door.event}?mode=ro", uri=True) as conn:
        return str(conn.execute("SELECT uid FROM event").fetchone()[0])


def _shared(door: Door, uid: str, owner: str) -> set[str]:
    found = _folder(door, folder_id(uid, owner)) or {"devices": []}
    client, _ = engine_client(door.data_dir)
    me = client.my_id()
    return {d["deviceID"] for d in found["devices"]} - {me}


class EngineDouble:
    """What `reconcile` sees of an engine: paired devices, folders, offered folders."""

    def __init__(self, folders: list[dict[str, Any]], pending: dict[str, Any]) -> None:
        self.folders_ = {f["id"]: f for f in folders}
        self.pending = pending
        self.added: dict[str, tuple[str, list[str]]] = {}

    def devices(self) -> list[dict[str, Any]]:
        return [{"deviceID": "ME", "name": "b"}, {"deviceID": "DEV-A", "name": "a"},
                {"deviceID": "DEV-C", "name": "c"}]  # fmt: skip

    def folders(self) -> list[dict[str, Any]]:
        return list(self.folders_.values())

    def pending_devices(self) -> dict[str, Any]:
        return {}

    def pending_folders(self) -> dict[str, Any]:
        return self.pending

    def add_folder(self, folder: str, path: str, kind: str, devices: list[str]) -> None:
        self.added[folder] = (kind, devices)
        self.folders_[folder] = {"id": folder, "devices": [{"deviceID": d} for d in devices]}

    def modify_folder(self, folder: str, devices: list[dict[str, str]]) -> None:
        self.folders_[folder]["devices"] = devices


def test_a_peer_folder_is_taken_only_from_its_owner_and_shared_with_it_alone(
    tmp_path: Path,
) -> None:
    opened = open_door(tmp_path / "b.db", "b")
    uid = opened.store.uid
    never_run = Binary(tmp_path / "syncthing", "1.19.2")
    node = SyncNode(tmp_path, opened.store, "b", "서문", NodeOptions(), binary=never_run,
                    clock=opened.clock)  # type: ignore[arg-type]  # fmt: skip
    everyone = [{"deviceID": d} for d in ("ME", "DEV-A", "DEV-C")]
    engine = EngineDouble(
        folders=[
            {"id": folder_id(uid, "b"), "devices": everyone},
            {"id": folder_id(uid, "a"), "devices": everyone},  # an older config: too wide
        ],
        pending={
            folder_id(uid, "c"): {"offeredBy": {"DEV-A": {}}},  # C's folder offered by A
            folder_id(uid, "x"): {"offeredBy": {"DEV-C": {}}},  # a door no device is
        },
    )
    node.client, node.device_id = engine, "ME"  # type: ignore[assignment]
    node.reconcile()
    assert _ids(engine.folders_[folder_id(uid, "a")]) == {"ME", "DEV-A"}
    assert _ids(engine.folders_[folder_id(uid, "b")]) == {"ME", "DEV-A", "DEV-C"}
    assert engine.added == {}  # neither offer came from the folder's owner
    engine.pending = {folder_id(uid, "c"): {"offeredBy": {"DEV-A": {}, "DEV-C": {}}}}
    node.reconcile()
    assert engine.added == {folder_id(uid, "c"): (RECEIVE_ONLY, ["DEV-C"])}
    assert node._owners == {"a": "DEV-A", "c": "DEV-C"}
    opened.store.close()


def _ids(folder: dict[str, Any]) -> set[str]:
    return {d["deviceID"] for d in folder["devices"]}


def test_a_file_not_vouched_for_by_the_engine_is_never_folded(tmp_path: Path) -> None:
    """The inbox's side: while the node does not vouch that the owner's device made the file
    (Syncthing's index names another device), nothing is folded; after VOUCH_GRACE_S it is
    refused as untrusted, and the owner's next publish is taken once vouched for."""
    from kiosk.sync.doorfile import Refusal
    from kiosk.sync.fold import VOUCH_GRACE_S
    from tests.sync.doors import base_event, kiosk

    base = base_event(tmp_path)
    a, b = kiosk(base, tmp_path / "sync", "a"), kiosk(base, tmp_path / "sync", "b")
    trusted = False
    asked: list[tuple[str, int]] = []

    def vouch(owner: str, path: Path, size: int) -> bool:
        asked.append((owner, size))
        return trusted

    b.inbox.vouch = vouch
    a.door.service.check_in(a.door.ticket(1))
    a.publisher.publish()
    size = len(door_file(a).read_bytes())
    assert b.inbox.poll() == [] and asked == [("a" * 16, size)]
    assert b.inbox.status()[0]["refused"] == ""  # the engine's index may lag a moment
    b.clock.advance(VOUCH_GRACE_S)
    assert b.inbox.poll() == []
    assert b.inbox.status()[0]["refused"] == Refusal.UNTRUSTED
    assert b.door.store.records() == []
    trusted = True
    a.clock.advance(1)
    a.publisher.publish()
    assert [f.rows_new for f in b.inbox.poll()] == [1]
    a.close()
    b.close()


def door_file(k: Any) -> Path:
    from kiosk.sync.doorfile import door_path

    return door_path(k.publisher.sync_dir, k.publisher.kiosk_id, k.door.store.uid)


class IndexDouble:
    def __init__(self, local: dict[str, Any]) -> None:
        self.local = local

    def file(self, folder: str, name: str, timeout_s: float | None = None) -> dict[str, Any]:
        return {"local": self.local}


def test_the_node_vouches_only_for_a_file_its_owners_device_made(tmp_path: Path) -> None:
    opened = open_door(tmp_path / "b.db", "b")
    node = SyncNode(tmp_path, opened.store, "b", "서문", NodeOptions(),
                    binary=Binary(tmp_path / "syncthing", "1.19.2"),
                    clock=opened.clock)  # type: ignore[arg-type]  # fmt: skip
    device_a = "LEADLEA-DLEAD23-LEADLEA-DLEAD23-LEADLEA-DLEAD23-LEADLEA-DLEAD23"
    node._owners = {"a": device_a}
    path = tmp_path / "sync" / "doors" / "a" / "x.jsonl"
    cases = [
        ({"modifiedBy": "LEADLEA", "size": 10}, "a", True),
        ({"modifiedBy": "CCCCCCC", "size": 10}, "a", False),  # another door edited its copy
        ({"modifiedBy": "LEADLEA", "size": 11}, "a", False),  # the index lags the file
        ({"modifiedBy": "LEADLEA", "size": 10, "deleted": True}, "a", False),
        ({"modifiedBy": "LEADLEA", "size": 10}, "c", False),  # no folder bound to door c
    ]
    for local, owner, expected in cases:
        node.client = IndexDouble(local)  # type: ignore[assignment]
        assert node._vouch(owner, path, 10) is expected, local
    opened.store.close()
