"""Pairing the doors: the lead's invitation text, a door joining with it, the lead accepting.

The lead's `invite` is one line, `KIOSKSYNC1:` + base64url(JSON): its device id, the addresses
where peers reach it, the event's identity and a random token. Only a hash of the token is kept,
with an expiry, in the lead's data directory (<data>/sync/invites.json); the token itself is never
stored. A door that `join`s checks the event is its own, names its own device
`<kiosk id>|<proof>|<its address>` with proof = HMAC(sha256(token), its device id), and adds the
lead as an introducer. The lead's engine then sees it knocking (/rest/cluster/pending/devices)
and the lead's node accepts it only when the proof holds for a live invitation: a device that
cannot prove the token stays pending and is never paired. An invitation pairs one door (its key
is dropped once used): each further door scans a new one. Introductions make the full mesh.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.files.atomic import write_atomically
from kiosk.sync.doorfile import folder_id
from kiosk.sync.engine_config import EngineError
from kiosk.sync.engine_config import read as read_config
from kiosk.sync.rest import RECEIVE_ONLY, RestClient, RestError

log = logging.getLogger(__name__)
PREFIX = "KIOSKSYNC1:"
INVITES_FILE = "invites.json"
VALID_S = 30 * 60  # an invitation is good for half an hour (the morning's pairing)
PROOF_CHARS = 32
UNSPECIFIED = ("0.0.0.0", "::", "[::]", "")
DEVICE_GROUPS, GROUP_CHARS = 8, 7
BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
REACH_TIMEOUT_S = 2.0


class PairingError(Exception):
    """The text is not an invitation, or for another event, or the engine is not running."""


@dataclass(frozen=True)
class Invitation:
    device_id: str
    addresses: list[str]
    uid: str
    number: int
    kiosk_id: str
    token: str

    def text(self) -> str:
        body = {"device_id": self.device_id, "addresses": self.addresses, "uid": self.uid,
                "number": self.number, "kiosk_id": self.kiosk_id, "token": self.token}  # fmt: skip
        data = json.dumps(body, separators=(",", ":")).encode()
        return PREFIX + base64.urlsafe_b64encode(data).decode().rstrip("=")


def parse(text: str) -> Invitation:
    """The invitation in `text` (surrounding blanks ignored), or PairingError."""
    text = text.strip()
    if not text.startswith(PREFIX):
        raise PairingError("not an invitation")
    encoded = text[len(PREFIX) :]
    try:
        body = json.loads(base64.urlsafe_b64decode(encoded + "=" * (-len(encoded) % 4)))
        invitation = Invitation(
            device_id=_str(body["device_id"]),
            addresses=[_str(a) for a in _list(body["addresses"])],
            uid=_str(body["uid"]),
            number=int(body["number"]),
            kiosk_id=_str(body["kiosk_id"]),
            token=_str(body["token"]),
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as error:
        raise PairingError("not an invitation") from error
    if not (invitation.token and _device_id(invitation.device_id) and _kiosk(invitation.kiosk_id)):
        raise PairingError("not an invitation")
    return invitation


def _device_id(text: str) -> bool:
    """Syncthing's form: 8 groups of 7 base32 characters joined by dashes (63 characters),
    every 14th character the Luhn (mod 32) check of the 13 before it, as Syncthing checks."""
    groups = text.split("-")
    if len(groups) != DEVICE_GROUPS or any(len(g) != GROUP_CHARS for g in groups):
        return False
    raw = "".join(groups)
    if not set(raw) <= set(BASE32):
        return False
    return all(_luhn32(raw[i : i + 13]) == raw[i + 13] for i in range(0, len(raw), 14))


def _luhn32(text: str) -> str:
    factor, total = 1, 0
    for char in text:
        addend = factor * BASE32.index(char)
        factor = 1 if factor == 2 else 2
        total += addend // 32 + addend % 32
    return BASE32[-total % 32]


def _kiosk(text: str) -> bool:
    """A kiosk id: lower-case letters and digits only. It names a folder, and on Windows two
    names differing in case are one folder: a door named like another in capitals would share
    that door's folder here."""
    return bool(text) and text.isascii() and text.isalnum() and text == text.lower()


def _list(value: object) -> list[object]:
    if not isinstance(value, list):  # a string would be taken one character at a time
        raise TypeError(value)
    return value


def _str(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(value)
    return value


# -- the engine `sync run` is running for a data directory -------------------------------------


def engine_client(data_dir: Path) -> tuple[RestClient, str]:
    """The REST client and listen address of this data directory's engine, if it answers."""
    config = data_dir / "sync" / "engine" / "config.xml"
    if not config.exists():
        raise PairingError("not running")
    try:
        root = read_config(config).getroot()
    except EngineError as error:
        raise PairingError("not running") from error
    port = int(root.findtext("gui/address", "").rpartition(":")[2] or 0)
    client = RestClient(port, root.findtext("gui/apikey", ""))
    if not port or not client.ping(timeout_s=2.0):
        raise PairingError("not running")
    return client, root.findtext("options/listenAddress", "")


def advertised(listen: str) -> list[str]:
    """Where peers reach an engine listening at `listen`: itself, or this machine's addresses."""
    host, _, port = listen.removeprefix("tcp://").rpartition(":")
    if host not in UNSPECIFIED:
        return [listen]
    import socket

    try:
        names = socket.gethostbyname_ex(socket.gethostname())[2]
    except OSError:
        names = []
    found = [f"tcp://{ip}:{port}" for ip in names if not ip.startswith("127.")]
    return [*found, "dynamic"]


# -- the lead ------------------------------------------------------------------------------------


def invite(data_dir: Path, client: RestClient, listen: str, identity: tuple[str, int],
           kiosk_id: str, now: float | None = None) -> Invitation:  # fmt: skip
    """A new invitation; its token's hash is kept (with its expiry) for `accept_pending`."""
    token = secrets.token_urlsafe(18)
    now = time.time() if now is None else now
    keys = [k for k in _invites(data_dir) if k["expires"] > now]
    keys.append({"key": _key(token).hex(), "expires": now + VALID_S})
    _keep_invites(data_dir, keys)
    uid, number = identity
    return Invitation(client.my_id(), advertised(listen), uid, number, kiosk_id, token)


def accept_pending(
    data_dir: Path, client: RestClient, now: float | None = None, own_kiosk_id: str = ""
) -> list[str]:
    """Pair every knocking device that proves a live invitation's token; their kiosk ids.

    An invitation pairs one door: its key is forgotten once a device proved it and was paired,
    so another device knowing the same token stays pending. A door claiming this kiosk's id or
    a paired door's (a copied data folder) is not paired: its rows would never travel, since
    one kiosk id has one file."""
    now = time.time() if now is None else now
    live = [k for k in _invites(data_dir) if k["expires"] > now]
    keys = {bytes.fromhex(k["key"]): k for k in live}
    if not keys:
        return []
    accepted = []
    taken = {own_kiosk_id, *(str(d.get("name", "")) for d in client.devices())} - {""}
    for device_id, seen in client.pending_devices().items():
        claim = _claim(str(seen.get("name", "")))
        key = claim and next((k for k in keys if _proves(k, device_id, claim[1])), None)
        if claim is None or key is None:
            continue
        kiosk_id, _, address = claim
        if kiosk_id in taken:
            log.warning("door %s not paired: that kiosk id is already here", kiosk_id)
            continue
        client.add_device(device_id, kiosk_id, [address] if address else ["dynamic"])
        taken.add(kiosk_id)
        del keys[key]  # used: gone from the file before anyone else is looked at
        _keep_invites(data_dir, list(keys.values()))
        log.info("door %s paired (device %s)", kiosk_id, device_id[:7])
        accepted.append(kiosk_id)
    return accepted


def _keep_invites(data_dir: Path, keys: list[dict[str, Any]]) -> None:
    """The invitations' keys, written whole before they replace the previous file."""
    path = data_dir / "sync" / INVITES_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps(keys).encode("utf-8"))


def _invites(data_dir: Path) -> list[dict[str, Any]]:
    try:
        found = json.loads((data_dir / "sync" / INVITES_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(found, list):
        return []
    return [k for k in found if isinstance(k, dict) and {"key", "expires"} <= k.keys()]


def _claim(name: str) -> tuple[str, str, str] | None:
    parts = name.split("|")
    if len(parts) != 3 or not _kiosk(parts[0]) or len(parts[1]) != PROOF_CHARS:
        return None
    return parts[0], parts[1], parts[2]


# -- a door joining ------------------------------------------------------------------------------


def join(invitation: Invitation, client: RestClient, listen: str, identity: tuple[str, int],
         kiosk_id: str, sync_dir: Path | None = None) -> None:  # fmt: skip
    """Prove the token in this engine's device name and add the lead as an introducer.

    With `sync_dir`, the receive-only copy of the lead's door folder is set up at once, shared
    with the lead alone: when the lead shares its folder with the next door, its introduction
    (sent then, for the folders this engine has in common with it) reaches this door too."""
    if (invitation.uid, invitation.number) != identity:
        raise PairingError("other event")
    try:
        me = client.my_id()
        if me == invitation.device_id:
            raise PairingError("own invitation")
        _check_lead_kiosk(invitation, client, me, kiosk_id)
        proof = _proof(_key(invitation.token), me)
        address = next((a for a in advertised(listen) if a != "dynamic"), "")
        client.modify_device(me, name=f"{kiosk_id}|{proof}|{address}")
        try:
            client.add_device(
                invitation.device_id, invitation.kiosk_id, invitation.addresses or ["dynamic"],
                introducer=True,
            )  # fmt: skip
        except RestError as error:
            if "HTTP 400" in str(error):  # the engine refused the device id itself
                raise PairingError("bad device id") from error
            raise
        if sync_dir is not None:
            path = sync_dir / "doors" / invitation.kiosk_id
            folder = folder_id(invitation.uid, invitation.kiosk_id)
            client.add_folder(folder, str(path), RECEIVE_ONLY, [invitation.device_id])
    except RestError as error:
        raise PairingError(str(error)) from error


def _check_lead_kiosk(invitation: Invitation, client: RestClient, me: str, kiosk_id: str) -> None:
    """PairingError("kiosk id taken") when the lead claims this door's kiosk id (a copied data
    folder) or a paired door's under another device: joining would hand that door's folder,
    or this door's own, to the lead's device."""
    named = {str(d.get("name", "")): str(d["deviceID"]) for d in client.devices()
             if d["deviceID"] != me}  # fmt: skip
    known = named.get(invitation.kiosk_id, invitation.device_id)
    if invitation.kiosk_id == kiosk_id or known != invitation.device_id:
        raise PairingError("kiosk id taken")


def reachable(invitation: Invitation, timeout_s: float = REACH_TIMEOUT_S) -> bool:
    """Whether one of the lead's tcp:// addresses answers (True when it names none to try)."""
    import socket

    tried = False
    for address in invitation.addresses:
        host, _, port = address.removeprefix("tcp://").rpartition(":")
        if not address.startswith("tcp://") or not port.isdigit():
            continue
        tried = True
        try:
            with socket.create_connection((host.strip("[]"), int(port)), timeout=timeout_s):
                return True
        except OSError:
            continue
    return not tried


def _key(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


def _proof(key: bytes, device_id: str) -> str:
    return hmac.new(key, device_id.encode(), hashlib.sha256).hexdigest()[:PROOF_CHARS]


def _proves(key: bytes, device_id: str, proof: str) -> bool:
    return hmac.compare_digest(_proof(key, device_id), proof)
