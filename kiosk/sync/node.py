"""A door's sync node without a window: its engine, its folders, publishing and folding in.

Folders (each file has one writer, so Syncthing never makes a conflict copy):
- `<sync>/doors/<own kiosk id>/`: send-only, folder id `door-<event uid>-<kiosk id>`, with a
  `.stignore` for the publisher's temporary file;
- `<sync>/doors/<peer kiosk id>/`: receive-only, set up only when the folder `door-<uid>-K` is
  offered by the device this engine knows as K (its proven kiosk id, `pairing`), and shared
  with that device ALONE: no other door can send this door a file in K's name (a paired door
  that turns its own copy of K's folder into send-receive and edits it reaches nobody). Each
  door shares its own folder with every peer, so the mesh still holds every door's file from
  its owner directly, and the lead may go away.
- a door folder deleted by hand is made again (with Syncthing's marker) on the next reconcile,
  or that door's rows would stop moving for good.

The lead's introductions (Syncthing's introducer) add every device sharing the lead's folder to
that folder here too; `reconcile` shrinks every peer folder back to its owner each time, and the
inbox folds a peer's file only while its folder is shared with its owner alone and Syncthing's
index says that device made the file (`_vouch`), so a copy pulled from anyone else in between
is never folded.

`run` is one loop on ONE thread, the one that owns the event store (the single writer): the
publisher's tick (its `published` asks the engine to scan the file at once), the inbox's poll
(`changed()` when rows came in, for a window to reload), and every second the pairing work
(accepting doors that prove an invitation, folders) and the status file `sync status` reads.
Every sleep is bounded; `stop` ends it and the engine.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.domain.clock import Clock
from kiosk.files.atomic import write_atomically
from kiosk.storage.store import EventStore
from kiosk.sync import pairing
from kiosk.sync.doorfile import PARTIAL, DoorFile, door_path, folder_id, folder_owner
from kiosk.sync.engine import Binary, Engine, engine_home
from kiosk.sync.engine_config import EngineError, EngineOptions
from kiosk.sync.fold import Inbox, fold_into
from kiosk.sync.outbox import Publisher
from kiosk.sync.rest import RECEIVE_ONLY, SEND_ONLY, RestClient, RestError
from kiosk.sync.status import STALE_S

log = logging.getLogger(__name__)
STATUS_FILE = "status.json"
MARKER = ".stfolder"  # Syncthing stops a folder whose marker is gone (Syncthing's markerName)
STATUS_FRESH_S = 5.0  # an older status file: no node is running
VOUCH_ASK_S = 1.0  # the window's thread asks: never frozen for the engine's full timeout
SHORT_ID = 7  # Syncthing names the device that made a file by its id's first 7 characters


@dataclass(frozen=True)
class NodeOptions:
    engine: EngineOptions = field(default_factory=EngineOptions)
    poll_s: float = 0.1  # publisher tick and inbox poll
    reconcile_s: float = 1.0  # pairing, folders, status file


def sync_dir(data_dir: Path) -> Path:
    return data_dir / "sync"


def device_names(devices: list[dict[str, Any]]) -> dict[str, str]:
    """Kiosk id -> device id of the paired devices; a name two devices carry names neither."""
    found: dict[str, str] = {}
    twice = set()
    for device in devices:
        name = str(device.get("name", ""))
        if name in found:
            twice.add(name)
        found[name] = str(device["deviceID"])
    return {name: device for name, device in found.items() if name and name not in twice}


class SyncNode:
    """One door's engine, publisher and inbox. `start`, then `run(stop)` on the store's thread."""

    def __init__(
        self,
        data_dir: Path,
        store: EventStore,
        kiosk_id: str,
        door: str,
        options: NodeOptions,
        *,
        binary: Binary,
        clock: Clock,
        changed: Callable[[], None] | None = None,
    ) -> None:
        self.data_dir = data_dir
        self.sync_dir = sync_dir(data_dir)
        self.store = store
        self.kiosk_id = kiosk_id
        self.options = options
        self.changed = changed
        self.uid = store.uid
        self.folder = folder_id(self.uid, kiosk_id)
        self.engine = Engine(engine_home(data_dir), binary, options.engine)
        self.publisher = Publisher(
            store.path, self.sync_dir, kiosk_id, door, clock, published=self._scan,
            restore=self._restore,
        )  # fmt: skip
        self.inbox = Inbox(store, self.sync_dir, kiosk_id, clock, vouch=self._vouch)
        self.device_id = ""
        self.client: RestClient | None = None
        self._next_reconcile = 0.0
        self._owners: dict[str, str] = {}  # peer kiosk id -> its device (sharing checked)
        self._restored = False
        self.paired = 0  # doors this node accepted (each by an invitation of its own)
        self.brought = (False, False)  # the last step: (people, revocations) came in
        self.publisher.recover()  # before anyone checks in: own rows an older copy lacks

    @property
    def own_dir(self) -> Path:
        return self.sync_dir / "doors" / self.kiosk_id

    def start(self) -> RestClient:
        """Start the engine (EngineError if it will not), set up the folders, publish once."""
        return self.ready(self.engine.start())

    def ready(self, client: RestClient) -> RestClient:
        """The engine is up (`engine.start()` may have run on another thread): the folders are
        set up and this door publishes once, on the store's thread."""
        self._own_folder_files()
        self.client = client
        self.device_id = client.my_id()
        self.reconcile()
        self.publisher.tick()
        self.write_status()  # `sync status` answers as soon as the node says it is ready
        return self.client

    def run(self, stop: threading.Event) -> None:
        """The loop, until `stop` is set; then the engine is stopped."""
        try:
            while not stop.is_set():
                self.step()
                stop.wait(self.options.poll_s)
        finally:
            self.close()

    def step(self, restart: bool = True) -> bool:
        """One publish, poll and (each second) reconcile; True when peers' rows came in, and
        `brought` says whether people (walk-ins, roster people) or revocations came with them:
        only then has a window more to reload than its count.
        `restart=False` (a window): a dead engine is left for the caller to start elsewhere."""
        self.publisher.tick()
        folded = self.inbox.poll()
        people = self._restored or any(f.walk_ins_added or f.people_added for f in folded)
        tickets = self._restored or any(f.revocations_added for f in folded)
        came = people or tickets or any(f.rows_new for f in folded)
        self.brought, self._restored = (people, tickets), False
        if came and self.changed:
            self.changed()
        if time.monotonic() >= self._next_reconcile:
            self._next_reconcile = time.monotonic() + self.options.reconcile_s
            try:
                if self.engine.pid is None and not restart:
                    return came
                if self.engine.pid is None:  # it died (killed, crashed): started again
                    log.warning("sync engine gone: starting it again")
                    self.client = self.engine.start()
                self.reconcile()
            except (RestError, EngineError) as error:  # busy or restarting: next time
                log.warning("sync engine: %s", error)
            with contextlib.suppress(OSError):
                self.write_status()
        return came

    def doors(self) -> list[dict[str, object]]:
        """The other doors, as `status.doors` gives them."""
        return self.inbox.status()

    def publish_error(self) -> str:
        """Why this door's own file is not published now ("" while it is)."""
        return self.publisher.last_error

    def invite(self) -> pairing.Invitation:
        """A new invitation for the lead's "Connect doors" QR code."""
        return pairing.invite(self.data_dir, self._client(), self.engine.listen_address,
                              self.inbox.identity, self.kiosk_id)  # fmt: skip

    def join(self, text: str) -> pairing.Invitation:
        """Pair with the lead whose invitation is `text` (PairingError when it cannot be)."""
        invitation = pairing.parse(text)
        pairing.join(invitation, self._client(), self.engine.listen_address,
                     self.inbox.identity, self.kiosk_id, self.sync_dir)  # fmt: skip
        self._next_reconcile = 0.0
        return invitation

    def engine_alive(self) -> bool:
        return self.engine.pid is not None

    def start_engine(self) -> RestClient:
        """Only the engine's start: safe on another thread than the store's."""
        return self.engine.start()

    def close(self) -> None:
        self.release()
        self.stop_engine()

    def release(self) -> None:
        """On the store's thread: the publisher's connection, the status file."""
        self.publisher.close()
        with contextlib.suppress(OSError):
            (self.sync_dir / STATUS_FILE).unlink(missing_ok=True)

    def stop_engine(self) -> None:
        self.engine.stop()

    # -- the engine's folders and devices ----------------------------------------------------

    def reconcile(self) -> None:
        """Accept proven doors; share this door's folder with every peer and each peer's folder
        with its owner alone (see the module's notes)."""
        client = self._client()
        accepted = pairing.accept_pending(self.data_dir, client, own_kiosk_id=self.kiosk_id)
        if accepted:
            self.paired += len(accepted)  # each used its invitation: the QR code shows a new one
            self._next_reconcile = 0.0  # their folders are offered soon: look again quickly
        devices = [d for d in client.devices() if d["deviceID"] != self.device_id]
        peers = [d["deviceID"] for d in devices]
        named = device_names(devices)
        folders = {f["id"]: f for f in client.folders()}
        self._mend(client, folders)
        own = folders.get(self.folder)
        if own is None:
            client.add_folder(self.folder, str(self.own_dir), SEND_ONLY, peers)
        else:
            self._share(client, own, peers)
        owners = {}
        for folder in folders.values():
            owner = folder_owner(folder["id"], self.uid)
            if owner in (None, self.kiosk_id):
                continue
            device = named.get(owner or "")
            self._share(client, folder, [device] if device else [])
            if device:
                owners[owner or ""] = device
        for offered, seen in client.pending_folders().items():
            owner = folder_owner(offered, self.uid)
            if owner is None or owner == self.kiosk_id or offered in folders:
                continue
            device = named.get(owner)
            if device is None or device not in (seen.get("offeredBy") or {}):
                log.warning("folder %s offered by a device that is not door %s", offered, owner)
                continue
            client.add_folder(offered, str(self.sync_dir / "doors" / owner), RECEIVE_ONLY, [device])
            owners[owner] = device
            log.info("door folder of %s set up", owner)
        self._owners = owners

    def _own_folder_files(self) -> None:
        """This door's folder with the publisher's temporary file ignored."""
        self.own_dir.mkdir(parents=True, exist_ok=True)
        (self.own_dir / ".stignore").write_text(f"*{PARTIAL}\n", encoding="utf-8")

    def _mend(self, client: RestClient, folders: dict[str, dict[str, Any]]) -> None:
        """A door folder deleted by hand is made again: Syncthing stops a folder whose marker
        is gone and never starts it by itself, so that door's rows would stop for good. This
        door's own is rescanned (its file is rewritten by every publish); a peer's copy is
        reverted to its owner's file."""
        for folder in folders.values():
            owner = folder_owner(folder["id"], self.uid)
            path = Path(folder.get("path", ""))
            if owner is None or not folder.get("path") or (path / MARKER).is_dir():
                continue
            log.warning("door folder %s was gone: made again", path)
            if owner == self.kiosk_id:
                self._own_folder_files()
            (path / MARKER).mkdir(parents=True, exist_ok=True)
            client.scan(folder["id"])
            if owner != self.kiosk_id:  # the owner's next heartbeat brings it all the same
                with contextlib.suppress(RestError):
                    client.revert(folder["id"])

    def _share(self, client: RestClient, folder: dict[str, Any], peers: list[str]) -> None:
        """`folder` shared with exactly `peers` (and this device): added to, or shrunk."""
        shared = {d["deviceID"] for d in folder.get("devices", [])} - {self.device_id}
        if shared != set(peers):
            devices = [{"deviceID": d} for d in [self.device_id, *peers]]
            client.modify_folder(folder["id"], devices=devices)

    def _vouch(self, owner: str, path: Path, size: int) -> bool | None:
        """True when door `owner`'s file as read (`size` bytes) came from `owner`'s device: its
        folder is shared with that device alone (last reconcile) and the engine's index says
        that device made the file now on disk. None when the engine cannot be asked."""
        device = self._owners.get(owner)
        if device is None:
            return False
        if self.client is None:
            return None
        try:
            found = self.client.file(folder_id(self.uid, owner), path.name, timeout_s=VOUCH_ASK_S)
        except RestError as error:
            log.debug("door file %s not vouched for yet: %s", path, error)
            return None
        local = found.get("local") or {}
        made_by = str(local.get("modifiedBy", ""))
        return (
            made_by == device[:SHORT_ID] and local.get("size") == size and not local.get("deleted")
        )

    def _restore(self, door: DoorFile) -> None:
        """The publisher's own rows put back into the event file, by this store (one writer)."""
        fold_into(self.store, door, door_path(self.sync_dir, self.kiosk_id, self.uid))
        self._restored = True

    def _scan(self, path: Path) -> None:
        if self.client is None:
            return
        try:
            self.client.scan(self.folder, sub=path.name)
        except RestError as error:  # the watcher and the rescan still catch it
            log.debug("scan of %s not asked: %s", path.name, error)

    def _client(self) -> RestClient:
        if self.client is None:
            raise RestError("the engine is not started")
        return self.client

    # -- what `kiosk sync status` reads ---------------------------------------------------

    def write_status(self) -> None:
        body = {"device_id": self.device_id, "kiosk_id": self.kiosk_id,
                "written": time.time(), "doors": self.inbox.status(),
                "publish_error": self.publisher.last_error}  # fmt: skip
        path = self.sync_dir / STATUS_FILE
        write_atomically(path, json.dumps(body, ensure_ascii=False).encode("utf-8"), durable=False)


def read_status(data_dir: Path, now: float | None = None) -> dict[str, Any] | None:
    """The running node's status, its ages brought up to now; None when no node runs."""
    try:
        body = json.loads((sync_dir(data_dir) / STATUS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    now = time.time() if now is None else now
    late = now - float(body.get("written", 0))
    if not 0 <= late < STATUS_FRESH_S:
        return None
    doors = []
    for door in body.get("doors", []):
        age = door.get("last_data_age_s")
        age = None if age is None else round(age + late, 1)
        doors.append(door | {"last_data_age_s": age, "online": age is not None and age < STALE_S})
    found = {"device_id": body.get("device_id", ""), "doors": doors}
    return found | ({"publish_error": body["publish_error"]} if body.get("publish_error") else {})
