"""Screenshots of the PIN pad locked by wrong PINs, and after the organizer's key opened it.

    ../shared/tools/screenshot /tmp/x.png 9 -- \
        uv run python docs/screenshots/capture_pin_lockout.py --lang en

The real kiosk window over a copy of the sample event, the real pad over it: five wrong PINs lock
it (docs/screenshots/pin-lockout-<lang>.png), then the event's key in a folder standing in for a
USB stick opens it and the pad reports the wrong tries (pin-key-unlock-<lang>.png). Look at both.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from docs.screenshots.capture_states import StillCamera, settle  # noqa: E402
from kiosk.app import Kiosk, make_application  # noqa: E402
from kiosk.config import Settings  # noqa: E402
from kiosk.domain.clock import FixedClock  # noqa: E402
from kiosk.files.keys import key_path_for  # noqa: E402
from kiosk.services.context import Context  # noqa: E402
from kiosk.services.demo_camera import render  # noqa: E402
from kiosk.services.organizer import copy_for_today, ensure_sample_event  # noqa: E402
from kiosk.services.pins import PinStore  # noqa: E402
from kiosk.ui.i18n import Translations  # noqa: E402
from kiosk.ui.operator.pin_dialog import PinDialog  # noqa: E402
from kiosk.ui.sound import SilentPlayer  # noqa: E402
from kiosk.ui.startup import open_event  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="ko")
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))
    app = make_application()
    translations = Translations(app)
    translations.switch(args.lang)
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder)
        today = datetime.now().astimezone().date()
        event_file = data / "event.db"
        copy_for_today(ensure_sample_event(data), event_file, today).close()
        ctx = Context(data, Settings(door="정문"), "d4d4d4d4d4d4d4d4")
        opened = open_event(ctx, event_file)
        start = opened.store.event().starts_at
        doors_open = datetime.combine(today, start.timetz()) - timedelta(minutes=25)
        clock = FixedClock(doors_open.astimezone(UTC))
        kiosk = Kiosk(ctx, opened, translations, clock=clock, sound=SilentPlayer())
        kiosk.start(source=StillCamera(render(None)))
        kiosk.window.resize(width, height)
        kiosk.window.move(0, 0)
        pins = PinStore(opened.store, clock)
        pins.set_pin("482913")
        stick = data / "media" / "organizer" / "STICK"
        stick.mkdir(parents=True)
        pad = PinDialog(pins, kiosk.window, key_roots=lambda: [stick])
        pad.show()
        pad.move((width - pad.width()) // 2, (height - pad.height()) // 2)
        for _ in range(5):
            pad.type_pin("1111")
            clock.advance(4)
        settle(app, 1.0)
        shoot(app, f"pin-lockout-{args.lang}")
        shutil.copy(key_path_for(event_file), stick / "event.key")
        pad.key_button.click()
        settle(app, 0.5)
        shoot(app, f"pin-key-unlock-{args.lang}")
        pad.accept()
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()
    return 0


def shoot(app: QApplication, name: str) -> None:
    path = OUT / f"{name}.png"
    app.primaryScreen().grabWindow(0).save(str(path))
    print("saved", path)


if __name__ == "__main__":
    sys.exit(main())
