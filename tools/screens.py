"""Screenshots of every kiosk screen, for looking at the look before and after a change.

    uv run python tools/screens.py OUT_DIR [--lang ko|en]

Builds the real window (kiosk.app's Kiosk on a fresh demo event, in a temporary data folder)
on Qt's offscreen platform, with a fixed clock ten minutes before the first talk and no camera
thread, and saves one PNG per screen and state: the scan screen with each outcome's banner, the
volunteer unlock pad, name check-in, the walk-in form, the operator PIN pad, and every operator
page. Names are the sample event's synthetic ones; nothing leaves the temporary folder.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import Kiosk, make_application, open_demo
from kiosk.domain.clock import FixedClock
from kiosk.domain.model import Attendee, CheckinResult
from kiosk.domain.outcome import Outcome
from kiosk.scanner.camera_state import CameraState
from kiosk.services.context import Context
from kiosk.storage.errors import Problem
from kiosk.ui.i18n import Translations
from kiosk.ui.sound import SilentPlayer

SIZE = (1366, 768)
VOLUNTEER_CODE = "2468"  # the demo event's
PERSON = Attendee(7, "김민수", "본청", "총무과", "주무관")


class Shots:
    """Saves widgets as numbered PNGs in one folder, letting Qt finish its layout first."""

    def __init__(self, folder: Path, language: str) -> None:
        self.folder, self.language, self.count = folder, language, 0
        folder.mkdir(parents=True, exist_ok=True)

    def save(self, name: str, widget: QWidget) -> None:
        for _ in range(3):
            QApplication.processEvents()
        self.count += 1
        path = self.folder / f"{self.language}-{self.count:02d}-{name}.png"
        widget.grab().save(str(path))
        print(path)


def build(language: str, data_dir: Path) -> tuple[Kiosk, FixedClock]:
    app = make_application()
    translations = Translations(app)
    translations.switch(language)
    ctx = Context.resolve(str(data_dir))
    opened = open_demo(ctx)
    start = opened.store.event().starts_at
    clock = FixedClock(start - timedelta(minutes=10))
    kiosk = Kiosk(
        ctx,
        opened,
        translations,
        door="정문",
        clock=clock,
        sound=SilentPlayer(),
        ask_pin=lambda _: True,
    )
    kiosk.window.resize(*SIZE)
    kiosk.window.show()
    return kiosk, clock


def demo_picture(kiosk: Kiosk) -> None:
    """A still of the demo camera's first ticket, as the camera view shows a live frame."""
    from kiosk.files.keys import key_path_for, read_private_key
    from kiosk.services.demo_camera import demo_codes, render

    key = read_private_key(key_path_for(kiosk.opened.path))
    frame = render(demo_codes(kiosk.opened.store, key, count=1).valid[0])
    h, w = frame.shape[:2]
    image = QImage(frame.data, w, h, int(frame.strides[0]), QImage.Format.Format_BGR888).copy()
    kiosk.scan.camera.show_camera_state(CameraState.LIVE)
    kiosk.scan.camera.show_preview(image)


def real_checkins(kiosk: Kiosk) -> None:
    """A few check-ins, so the counter, stats and undo pages have something to show."""
    for person in kiosk.service.store.attendees()[:6]:
        kiosk.service.check_in_person(person.person, None)
    kiosk.scan.refresh_counter()


def banners(kiosk: Kiosk, clock: FixedClock, shots: Shots) -> None:
    banner = kiosk.scan.banner
    shots.save("scan-ready", kiosk.window)
    at = clock.now()
    earlier = at - timedelta(minutes=12)
    results = [
        CheckinResult(Outcome.ACCEPTED, PERSON, at, "정문"),
        CheckinResult(Outcome.ALREADY_CHECKED_IN, PERSON, at, "정문", earlier, "후문"),
        CheckinResult(Outcome.WALK_IN_REGISTERED, replace(PERSON, walk_in=True), at, "정문"),
        CheckinResult(Outcome.NOT_OPEN_YET, PERSON, at, "정문"),
        CheckinResult(Outcome.MALFORMED, None, at, "정문"),
        CheckinResult(Outcome.WRONG_EVENT, None, at, "정문"),
        CheckinResult(Outcome.UNKNOWN_ATTENDEE, None, at, "정문"),
        CheckinResult(Outcome.INVALID_SIGNATURE, None, at, "정문"),
        CheckinResult(Outcome.REVOKED, PERSON, at, "정문"),
        CheckinResult(Outcome.UNDONE, PERSON, at, "정문"),
    ]
    for result in results:
        banner.show_result(result)
        shots.save(f"scan-{result.outcome.value}", kiosk.window)
    banner.show_failure(Problem.DISK_FULL)
    shots.save("scan-storage_failed", kiosk.window)
    banner.show_ready()
    doors = [
        {"door": "후문", "kiosk_id": "b" * 16, "online": True, "last_data_age_s": 1, "rows": 12},
        {"door": "2층", "kiosk_id": "c" * 16, "online": False, "last_data_age_s": 95, "rows": 3},
    ]
    kiosk.scan.doors.show_doors(doors)
    shots.save("scan-doors-offline", kiosk.window)
    kiosk.scan.doors.show_doors(doors[:1])
    shots.save("scan-doors-online", kiosk.window)


def type_code(pad: object, code: str) -> None:
    for key in code:
        pad.press(key)  # type: ignore[attr-defined]
    if pad.keys["✓"].isEnabled():  # type: ignore[attr-defined]
        pad.press("✓")  # type: ignore[attr-defined]


def search_and_walk_in(kiosk: Kiosk, shots: Shots) -> None:
    window = kiosk.window
    search = window.show_screen("search")
    shots.save("search-volunteer-pad", window)
    search.unlock_pad.press("1")
    search.unlock_pad.press("3")
    shots.save("search-volunteer-pad-typing", window)
    search.unlock_pad.clear()
    type_code(search.unlock_pad, "1111")
    shots.save("search-volunteer-pad-wrong", window)
    type_code(search.unlock_pad, VOLUNTEER_CODE)
    shots.save("search-empty", window)
    search.keypad.set_text("김민")
    shots.save("search-results", window)
    if search.results():
        search.results()[0].click()
        shots.save("search-confirm", window)
    walk_in = window.show_screen("walk_in")
    shots.save("walkin-empty", window)
    walk_in.keypad.set_text("1")
    if walk_in.choices():
        walk_in.choices()[0].click()
    walk_in.register_button.click()
    shots.save("walkin-name-refused", window)
    window.show_scan()


def pin_pads(kiosk: Kiosk, shots: Shots) -> None:
    from kiosk.services.pins import PinStore
    from kiosk.ui.operator.pin_dialog import PinDialog, PinMissingDialog

    store = PinStore.for_service(kiosk.service, kiosk.settings)
    pad = PinDialog(store, kiosk.window, shuffle=random.Random(4))
    pad.show()
    shots.save("pin-pad", pad)
    pad.press("1")
    pad.press("2")
    shots.save("pin-pad-typing", pad)
    pad.type_pin("9999")
    shots.save("pin-pad-wrong", pad)
    pad.reject()
    missing = PinMissingDialog(kiosk.window)
    missing.show()
    shots.save("pin-missing", missing)
    missing.reject()


def operator_pages(kiosk: Kiosk, shots: Shots) -> None:
    from kiosk.ui.operator.doors_page import DoorsPage

    window = kiosk.window
    operator = window.show_screen("operator")
    doors = DoorsPage(None, lambda _handler: None)
    operator.add_page("doors", doors, doors.title)
    doors.show_doors(
        [
            {
                "door": "후문",
                "kiosk_id": "b" * 16,
                "online": True,
                "last_data_age_s": 2,
                "rows": 40,
            },
            {"door": "2층", "kiosk_id": "c" * 16, "online": False, "last_data_age_s": 300},
        ]
    )
    for name in ("undo", "stats", "tickets", "files", "settings", "doors"):
        operator.show_page(name)
        shots.save(f"operator-{name}", window)
    file_picker(operator, window, shots)
    operator.show_page("tickets")
    page = operator.pages.currentWidget()
    query = getattr(page, "keypad", None)
    if query is not None:
        query.set_text("김민")
        shots.save("operator-tickets-search", window)


def file_picker(operator: Any, window: QWidget, shots: Shots) -> None:
    """The operator's file picker over the files page, in a folder of two event files."""
    from kiosk.ui.operator.file_picker import FilePicker, Mode, Root

    operator.show_page("files")
    page = operator.pages.currentWidget()
    folder = Path(tempfile.mkdtemp())
    for name in ("정문-출석.db", "후문-출석.db"):
        (folder / name).write_bytes(b"")
    picker = FilePicker(page, roots=lambda: [Root("USB", folder)])
    picker.ask(Mode.FILES, "합칠 파일", lambda _paths: None, suffixes=(".db",))
    picker.open_folder(folder)
    picker.rows[-1].click()
    shots.save("operator-files-picker", window)
    picker.cancel()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="ko", choices=("ko", "en"))
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as data:
        kiosk, clock = build(args.lang, Path(data))
        shots = Shots(args.out, args.lang)
        steps: list[Callable[[], None]] = [
            lambda: demo_picture(kiosk),
            lambda: real_checkins(kiosk),
            lambda: banners(kiosk, clock, shots),
            lambda: search_and_walk_in(kiosk, shots),
            lambda: pin_pads(kiosk, shots),
            lambda: operator_pages(kiosk, shots),
        ]
        try:
            for step in steps:
                step()
        finally:
            kiosk.window.allow_quit()
            kiosk.window.close()
            kiosk.shutdown()
            QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
