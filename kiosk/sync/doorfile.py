"""The file each door publishes for the others: its own log rows, complete or not at all.

One file per kiosk and event, `<sync>/doors/<kiosk id>/<event uid>.jsonl`, written by that kiosk
alone. Two lines of JSON: a header (format, version, the body's length and SHA-256), then the
body (event identity, kiosk id, door, heartbeat, the rows with their stored checksums, the
revocations, the roster people the rows name). JSON rather than an SQLite copy: one plain read
gives the whole file and closes it (a peer never holds an SQLite handle on a file Syncthing is
replacing, which Windows refuses), no -wal or -journal ever sits beside it, and the digest tells
a truncated, half-replaced or hand-edited file at once. Each row keeps the checksum its kiosk
stored, so a peer checks it with `row_crc` exactly as a merge does.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TypeVar

from kiosk.files.atomic import PARTIAL as PARTIAL  # the temporary file Syncthing ignores
from kiosk.files.atomic import write_atomically
from kiosk.storage.log import COLUMNS

T = TypeVar("T")
FORMAT = "kiosk-door-log"
VERSION = 1
SUFFIX = ".jsonl"
_COLUMNS = tuple(name.strip() for name in COLUMNS.split(","))
# A row's columns: their JSON types, and whether null is allowed.
_TYPES: tuple[tuple[type, bool], ...] = (
    (str, False),  # kiosk_id
    (int, False),  # seq
    (str, False),  # outcome
    (str, True),  # person
    (str, False),  # code
    (str, False),  # at_utc
    (int, False),  # mono_ns
    (str, False),  # boot_id
    (str, False),  # door
    (str, True),  # undoes_kiosk
    (int, True),  # undoes_seq
    (str, True),  # details
    (int, False),  # crc
)
_REVOCATION_TYPES: tuple[tuple[type, bool], ...] = (
    (int, False),
    (int, False),
    (str, False),
    (str, False),
)
# A roster person its rows name (kiosk.storage.roster.COLUMNS, as a merge reads a roster).
_PERSON_TYPES: tuple[tuple[type, bool], ...] = (
    (str, False),  # ref
    (int, False),  # serial
    *[(str, False)] * 7,  # name, affiliation, department, position, employee_no, phone, email
    (int, False),  # walk_in
    (int, False),  # on_roster
    (int, False),  # generation
    (str, False),  # key_email
    (str, False),  # key_phone
    (int, False),  # ticketed
)


class Refusal(StrEnum):
    """Why a door's file was not folded in (the previous good state stays)."""

    DAMAGED = "damaged"  # not the format, truncated, half replaced, digest wrong
    VERSION = "version"  # written by a newer kiosk
    OTHER_EVENT = "other_event"
    CHECKSUM = "checksum"  # a row's content no longer matches its checksum
    FOREIGN_ROWS = "foreign_rows"  # rows of another kiosk: each file has one writer
    SAME_KIOSK = "same_kiosk"  # a peer with our kiosk id (a copied data directory)
    MISPLACED = "misplaced"  # the file's kiosk id is not its folder's
    CONFLICT = "conflict"  # a row this file holds with other content
    UNTRUSTED = "untrusted"  # not made by its door's own device (another door edited a copy)
    UNKNOWN_PERSON = "unknown_person"  # an arrival of someone neither roster names
    UNREADABLE = "unreadable"
    BUSY = "busy"  # the event file was locked: retried


class Refused(Exception):
    def __init__(self, reason: Refusal, detail: str = "") -> None:
        super().__init__(f"{reason.value}: {detail}" if detail else reason.value)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class DoorFile:
    """What one door published."""

    uid: str
    number: int
    kiosk_id: str
    door: str
    counter: int  # grows by one with every publish, across restarts
    wall_utc: str  # the door's wall clock at the publish (ISO 8601, UTC)
    rows: list[tuple[object, ...]]
    revocations: list[tuple[object, ...]]
    # The roster people its rows name, so a door whose roster lacks one knows whom it counts
    # (what a merge takes from a source's roster). Absent in files of an older kiosk.
    people: list[tuple[object, ...]] = field(default_factory=list)


def folder_id(uid: str, kiosk_id: str) -> str:
    """The Syncthing folder of door `kiosk_id`'s file for the event `uid`."""
    return f"door-{uid}-{kiosk_id}"


def folder_owner(folder: str, uid: str) -> str | None:
    """The kiosk id of this event's door folder `folder`, None for any other folder."""
    prefix = f"door-{uid}-"
    owner = folder.removeprefix(prefix)
    ok = folder.startswith(prefix) and owner.isascii() and owner.isalnum()
    ok = ok and owner == owner.lower()  # on Windows "AB" and "ab" are one folder
    return owner if ok else None


def door_path(sync_dir: Path, kiosk_id: str, uid: str) -> Path:
    return sync_dir / "doors" / kiosk_id / f"{uid}{SUFFIX}"


def encode(door: DoorFile) -> bytes:
    body = {
        "event": {"uid": door.uid, "number": door.number},
        "kiosk_id": door.kiosk_id,
        "door": door.door,
        "heartbeat": {"counter": door.counter, "utc": door.wall_utc},
        "columns": list(_COLUMNS),
        "rows": [list(row) for row in door.rows],
        "revocations": [list(row) for row in door.revocations],
        "people": [list(row) for row in door.people],
    }
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = {"format": FORMAT, "version": VERSION, "bytes": len(data),
              "sha256": hashlib.sha256(data).hexdigest()}  # fmt: skip
    return json.dumps(header).encode("ascii") + b"\n" + data + b"\n"


def decode(raw: bytes) -> DoorFile:
    """The door file in `raw`, or Refused (DAMAGED, VERSION) when it cannot be trusted whole."""
    head, _, rest = raw.partition(b"\n")
    header = _json(head)
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise Refused(Refusal.DAMAGED, "not a door file")
    if header.get("version") != VERSION:
        raise Refused(Refusal.VERSION, f"version {header.get('version')}, expected {VERSION}")
    data = rest[:-1] if rest.endswith(b"\n") else rest
    digest = hashlib.sha256(data).hexdigest()
    if len(data) != header.get("bytes") or digest != header.get("sha256"):
        raise Refused(Refusal.DAMAGED, f"{len(data)} of {header.get('bytes')} bytes, digest")
    body = _json(data)
    try:
        return _door(body)
    except (KeyError, TypeError, ValueError) as error:
        raise Refused(Refusal.DAMAGED, f"body: {error}") from error


def _json(data: bytes) -> object:
    try:
        return json.loads(data.decode("utf-8"))
    except ValueError as error:  # UnicodeDecodeError and JSONDecodeError
        raise Refused(Refusal.DAMAGED, "not JSON") from error


def _door(body: object) -> DoorFile:
    if not isinstance(body, dict) or tuple(body["columns"]) != _COLUMNS:
        raise ValueError("columns")
    beat = body["heartbeat"]
    return DoorFile(
        uid=_typed(body["event"]["uid"], str),
        number=_typed(body["event"]["number"], int),
        kiosk_id=_typed(body["kiosk_id"], str),
        door=_typed(body["door"], str),
        counter=_typed(beat["counter"], int),
        wall_utc=_typed(beat["utc"], str),
        rows=[_row(row, _TYPES) for row in body["rows"]],
        revocations=[_row(row, _REVOCATION_TYPES) for row in body["revocations"]],
        people=[_row(row, _PERSON_TYPES) for row in body.get("people", [])],
    )


def _row(row: object, types: Sequence[tuple[type, bool]]) -> tuple[object, ...]:
    if not isinstance(row, list) or len(row) != len(types):
        raise ValueError("row shape")
    return tuple(
        None if value is None and nullable else _typed(value, kind)
        for value, (kind, nullable) in zip(row, types, strict=True)
    )


_INT_RANGE = range(-(2**63), 2**63)  # what SQLite stores; a larger number is a damaged file


def _typed(value: object, kind: type[T]) -> T:
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{value!r} is not {kind.__name__}")
    if isinstance(value, int) and value not in _INT_RANGE:
        raise ValueError(f"{value} does not fit a 64-bit integer")
    return value


def write_atomic(path: Path, data: bytes) -> None:
    """`data` at `path`, complete on disk before it replaces the previous file.

    Written to a temporary file beside it, fsynced, renamed over the old one, and the folder
    fsynced: a kiosk killed at any moment leaves the old file or the new one, never a torn one
    (at worst a stale temporary file, which the next publish replaces).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, data)
