"""Screenshots of live sync between the doors, from the real window (no engine: a stand-in node).

    ../shared/tools/screenshot /tmp/x.png 12 -- \
        uv run python docs/screenshots/capture_doors.py --lang en

The scan screen's doors indicator (doors-indicator-<lang>.png), the operator's doors page with
one door online, one offline with a refused file and a clock off (doors-page-<lang>.png), and
the lead's pairing QR code (doors-pairing-qr-<lang>.png). Look at each one.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from docs.screenshots.capture_pin_lockout import shoot  # noqa: E402
from docs.screenshots.capture_states import StillCamera, settle  # noqa: E402
from kiosk.app import Kiosk, make_application  # noqa: E402
from kiosk.config import Settings  # noqa: E402
from kiosk.domain.clock import FixedClock  # noqa: E402
from kiosk.services.context import Context  # noqa: E402
from kiosk.services.demo_camera import render  # noqa: E402
from kiosk.services.organizer import copy_for_today, ensure_sample_event  # noqa: E402
from kiosk.sync.pairing import Invitation  # noqa: E402
from kiosk.ui.door_sync import DoorSync  # noqa: E402
from kiosk.ui.i18n import Translations  # noqa: E402
from kiosk.ui.sound import SilentPlayer  # noqa: E402
from kiosk.ui.startup import open_event  # noqa: E402

DOORS = [
    {"door": "후문", "kiosk_id": "c3c3c3c3c3c3c3c3", "online": True, "last_data_age_s": 1.0,
     "rows": 184, "folded": 184, "refused": "", "clock_off": None},
    {"door": "옆문", "kiosk_id": "d4d4d4d4d4d4d4d4", "online": False, "last_data_age_s": 95.0,
     "rows": 61, "folded": 61, "refused": "checksum", "clock_off": 310},
]  # fmt: skip


class StandIn:
    """The node's surface: two other doors, an invitation like the engine's."""

    device_id = "MFZWI3D-BONSGYC-YLTMRWG-C43ENR5-QXGZDMM-FZWI3DP-BONSGYY-LTMRWAD"

    def __init__(self, uid: str, number: int) -> None:
        self.identity = (uid, number)
        self.alive = True

    def start_engine(self) -> str:
        return "client"

    def ready(self, client: Any) -> None:
        pass

    def engine_alive(self) -> bool:
        return self.alive

    def step(self, restart: bool = True) -> bool:
        return False

    def doors(self) -> list[dict[str, object]]:
        return DOORS

    def invite(self) -> Invitation:
        uid, number = self.identity
        return Invitation(self.device_id, ["tcp://192.168.0.21:22000"], uid, number,
                          "a1a1a1a1a1a1a1a1", "x8Zq3vYb0PqLmN4rT6uW")  # fmt: skip

    def join(self, text: str) -> Invitation:
        raise NotImplementedError

    def release(self) -> None:
        pass

    def stop_engine(self) -> None:
        pass


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ko")
    args = parser.parse_args()
    app = make_application()
    translations = Translations(app)
    translations.switch(args.lang)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        today = datetime.now().astimezone().date()
        event_file = data / "event.db"
        copy_for_today(ensure_sample_event(data), event_file, today).close()
        ctx = Context(data, Settings(door="정문"), "a1a1a1a1a1a1a1a1")
        opened = open_event(ctx, event_file)
        start = opened.store.event().starts_at
        doors_open = datetime.combine(today, start.timetz()) - timedelta(minutes=25)
        kiosk = Kiosk(ctx, opened, translations, clock=FixedClock(doors_open.astimezone(UTC)),
                      sound=SilentPlayer(), ask_pin=lambda _parent: True)  # fmt: skip
        node = StandIn(opened.store.uid, opened.store.event().number)
        kiosk.door_sync = kiosk.window.door_sync = kiosk.wire_sync(DoorSync(node))
        kiosk.start(source=StillCamera(render(None)))
        kiosk.window.resize(1366, 768)
        kiosk.window.move(0, 0)
        settle(app, 1.5)
        shoot(app, f"doors-indicator-{args.lang}")

        kiosk.scan.operator_button.click()
        operator = kiosk.window.screens["operator"]
        operator.nav["doors"].click()
        settle(app, 0.8)
        shoot(app, f"doors-page-{args.lang}")
        operator.pages.currentWidget().connect_button.click()
        settle(app, 0.8)
        shoot(app, f"doors-pairing-qr-{args.lang}")
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
