"""Red team, pairing: an invitation whose lead claims a kiosk id this door already knows.

A data folder copied to a second laptop (same kiosk id, a new engine) joined the first: the
join replaced this door's own send-only folder by a receive-only copy fed by the lead, so its
check-ins never left it, silently. A forged code naming a paired door handed that door's
folder here to the forger's device, and the two devices of one name then made both unknown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kiosk.sync import pairing
from kiosk.sync.doorfile import folder_owner
from kiosk.sync.pairing import PairingError
from kiosk.sync.rest import RECEIVE_ONLY
from tests.sync.test_pairing import LEAD_ID, KnockingClient

ME = "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYC-YLTMRWA"
DOOR_C = "P56IOI7-MZJNU2Y-IQGDREY-DM2MGTI-MFGFCHH-TG5RDMR-KBR32J4-E3FUM6A"


class Engine:
    """A door's engine as `join` sees it: every change it is asked for is recorded."""

    def __init__(self) -> None:
        self.changes: list[tuple[str, Any]] = []
        self.known = [{"deviceID": ME, "name": "서문"}, {"deviceID": DOOR_C, "name": "c1"}]

    def my_id(self) -> str:
        return ME

    def devices(self) -> list[dict[str, Any]]:
        return self.known

    def modify_device(self, device_id: str, **fields: Any) -> None:
        self.changes.append(("device", device_id))

    def add_device(self, device_id: str, name: str, addresses: list[str], **extra: Any) -> None:
        self.changes.append(("add device", name))

    def add_folder(self, folder: str, path: str, kind: str, devices: list[str]) -> None:
        self.changes.append(("folder", (folder, kind)))


def _invitation(kiosk_id: str, device_id: str = LEAD_ID) -> pairing.Invitation:
    return pairing.Invitation(device_id, ["tcp://127.0.0.1:1"], "u", 1, kiosk_id, "token")


@pytest.mark.parametrize(
    "invitation",
    [
        _invitation("b1"),  # this door's own kiosk id: a copied data folder
        _invitation("c1"),  # a paired door's, under another device: a forged code
    ],
)
def test_a_lead_claiming_a_kiosk_id_known_here_is_refused_and_nothing_changes(
    tmp_path: Path, invitation: pairing.Invitation
) -> None:
    engine = Engine()
    with pytest.raises(PairingError, match=r"^kiosk id taken$"):
        pairing.join(invitation, engine, "tcp://127.0.0.1:2", ("u", 1), "b1", tmp_path)  # type: ignore[arg-type]
    assert engine.changes == []


def test_joining_the_same_lead_again_is_still_allowed(tmp_path: Path) -> None:
    engine = Engine()
    pairing.join(_invitation("c1", DOOR_C), engine, "tcp://127.0.0.1:2", ("u", 1), "b1", tmp_path)  # type: ignore[arg-type]
    assert ("folder", ("door-u-c1", RECEIVE_ONLY)) in engine.changes


def test_a_door_claiming_a_paired_doors_kiosk_id_in_capitals_is_not_paired(
    tmp_path: Path,
) -> None:
    """On Windows doors/A1B2 and doors/a1b2 are one folder: a door claiming a paired door's
    kiosk id in capitals would have its folder set up in that door's, at every other door."""
    made = pairing.invite(tmp_path, Engine(), "tcp://127.0.0.1:5", ("u", 1), "lead", now=1000.0)  # type: ignore[arg-type]
    key = pairing._key(made.token)
    client = KnockingClient({"X": {"name": f"C1|{pairing._proof(key, 'X')}|"}})
    assert pairing.accept_pending(tmp_path, client, now=1001.0, own_kiosk_id="lead") == []  # type: ignore[arg-type]
    assert client.added == []
    assert folder_owner("door-u-C1", "u") is None
    assert folder_owner("door-u-c1", "u") == "c1"
    with pytest.raises(PairingError, match=r"^not an invitation$"):
        pairing.parse(_invitation("C1").text())
