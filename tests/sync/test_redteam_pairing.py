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
from kiosk.sync.pairing import PairingError
from kiosk.sync.rest import RECEIVE_ONLY
from tests.sync.test_pairing import LEAD_ID

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
