"""Screenshots of the scan screen in every banner state, from the real kiosk window.

    ../shared/tools/screenshot /tmp/x.png 1 -- uv run python docs/screenshots/capture_states.py
    uv run python docs/screenshots/capture_states.py --size 1280x800 --only ready accepted

Builds a real kiosk (event file, service, window, camera thread on a still picture of a ticket)
in a temporary folder with the sample roster, produces each outcome through the real service
(a real ticket, a repeat, a forged and another event's ticket, a revoked one, an unknown serial,
a web address, check-in before opening, a walk-in, a disk that refuses to write, an unplugged
camera) and saves the window as docs/screenshots/state-<name>.png. Look at every picture.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kiosk.app import Kiosk, make_application  # noqa: E402
from kiosk.config import Settings  # noqa: E402
from kiosk.domain.clock import FixedClock  # noqa: E402
from kiosk.domain.model import Attendee  # noqa: E402
from kiosk.domain.tickets import Ticket, issue  # noqa: E402
from kiosk.files.keys import key_path_for, read_private_key  # noqa: E402
from kiosk.scanner.source import FrameSource, Read  # noqa: E402
from kiosk.services.context import Context  # noqa: E402
from kiosk.services.demo_camera import render  # noqa: E402
from kiosk.services.organizer import KEY_ID, copy_for_today, ensure_sample_event, ticket_code  # noqa: E402
from kiosk.ui.i18n import Translations  # noqa: E402
from kiosk.ui.operator.file_picker import FileChooser, FilePicker, Root  # noqa: E402
from kiosk.ui.operator.operator_screen import OperatorScreen  # noqa: E402
from kiosk.ui.sound import SilentPlayer  # noqa: E402
from kiosk.ui.startup import open_event  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
Shoot = Callable[[str], None]


class StillCamera(FrameSource):
    """A camera that keeps seeing one picture."""

    def __init__(self, frame: np.ndarray) -> None:
        self.frame = frame

    def open(self) -> bool:
        return True

    def read(self) -> Read:
        time.sleep(1 / 15)
        return True, self.frame.copy(), time.monotonic()


def settle(app, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


class RosterChooser(FileChooser):
    """Answers the operator's file dialog with one prepared roster file."""

    def __init__(self, roster: Path) -> None:
        self.roster = roster

    def roster_file(self, parent: object, done: Callable[[Path], object]) -> None:
        done(self.roster)


def operator_states(kiosk: Kiosk, people: list[Attendee], data: Path, shoot: Shoot) -> None:
    """Operator mode: the tickets page after a ticket was marked lost, and the question a
    roster import asks before it renames or removes people who hold a ticket."""
    store, service = kiosk.service.store, kiosk.service
    store.mark_ticketed([a.serial for a in store.attendees() if a.on_roster])
    operator = kiosk.window.show_screen("operator")
    assert isinstance(operator, OperatorScreen)
    service.revoke_ticket(people[3].serial)
    operator.show_page("tickets")
    tickets = operator.tickets_view
    names = Counter(a.name for a in store.attendees())
    tickets.keypad.set_text(next(n for n, count in names.most_common() if count > 1))
    first = tickets.rows[0]  # of two namesakes: the details tell them apart
    tickets.second_tap.clock = iter(range(100, 10_000)).__next__  # a deliberate second tap
    first.lost_button.click()
    first.lost_button.click()  # the second tap marks it lost
    tickets.rows[1].revoke_button.click()  # one tap: waiting for the confirming one
    shoot("tickets")
    tickets.list_button.click()
    shoot("tickets-revoked")
    roster = [a for a in store.attendees() if a.on_roster]
    renamed = replace(roster[0], name=roster[0].name[0] + "하람")
    edited = [renamed, *roster[1:5], *roster[7:]]  # two people leave, one is renamed
    lines = ["번호,이름,소속,부서,직위,사번"] + [
        f"{n},{a.name},{a.affiliation},{a.department},{a.position},{a.employee_no}"
        for n, a in enumerate(edited, 1)
    ]
    csv = data / "revised-roster.csv"
    csv.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    operator.show_page("files")
    operator.files_view.chooser = RosterChooser(csv)
    operator.files_view.import_button.click()
    end = time.monotonic() + 20
    while operator.files_view.jobs.busy() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)
    shoot("import-confirm")
    operator.files_view.confirm_view.cancel()
    file_picker_states(operator, data, shoot)


def file_picker_states(operator: OperatorScreen, data: Path, shoot: Shoot) -> None:
    """The kiosk's own file picker over the files page: a USB stick's folders and rosters."""
    stick = data / "stick"
    for folder in ("2026 상반기 연수", "사진", "지난 행사"):
        (stick / folder).mkdir(parents=True)
    for name in ("명단.csv", "명단_수정본.xlsx", "안내문.pdf"):
        (stick / name).write_bytes(b"")
    slow_finger = itertools.count(time.monotonic() + 10, 1.0).__next__  # taps a second apart
    files = operator.files_view
    files.taps.clock = slow_finger
    files.chooser = FileChooser(lambda: [Root("KINGSTON (USB)", stick)], slow_finger)
    files.import_button.click()
    picker = files.findChild(FilePicker)
    assert picker is not None
    picker.row("KINGSTON (USB)").click()
    picker.row("명단.csv").click()
    shoot("file-picker")
    picker.cancel()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--lang", default="ko")
    parser.add_argument("--suffix", default="")
    parser.add_argument("--only", nargs="*")
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
        settings = Settings(banner_seconds=600, door="정문")
        ctx = Context(data, settings, "d4d4d4d4d4d4d4d4")
        opened = open_event(ctx, event_file)
        event = opened.store.event()
        doors_open = datetime.combine(today, event.starts_at.timetz()) - timedelta(minutes=25)
        clock = FixedClock(doors_open.astimezone(UTC))
        kiosk = Kiosk(ctx, opened, translations, clock=clock, sound=SilentPlayer())
        key = read_private_key(key_path_for(event_file))
        store, service, scan = opened.store, kiosk.service, kiosk.scan
        people = [a for a in store.attendees() if a.on_roster][:8]
        codes = [ticket_code(store, key, person) for person in people]
        camera = StillCamera(render(None))
        kiosk.start(source=camera)
        kiosk.window.resize(width, height)
        settle(app, 1.5)

        def shoot(name: str, prefix: str = "state-") -> None:
            scan.agenda.refresh()
            settle(app)
            if args.only and name not in args.only:
                return
            path = OUT / f"{prefix}{name}{args.suffix}.png"
            kiosk.window.grab().save(str(path))
            print("saved", path)

        shoot("ready")
        camera.frame = render(codes[0])  # the first attendee holds up a ticket
        settle(app, 1.0)
        shoot("accepted")
        clock.advance(140)
        scan._last_code = ("", -1e9)
        scan.on_code_scanned(codes[0])
        shoot("already_checked_in")
        forged = Ticket(KEY_ID, event.number, people[2].serial, event.day, 0)
        scan.on_code_scanned(issue(forged, Ed25519PrivateKey.generate()))
        shoot("invalid_signature")
        other = Ticket(KEY_ID, (event.number % 60000) + 7, people[3].serial, event.day, 0)
        scan.on_code_scanned(issue(other, key))
        shoot("wrong_event")
        store.revoke(people[4].serial, 0)
        service.reload()
        scan.on_code_scanned(codes[4])
        shoot("revoked")
        stranger = Ticket(KEY_ID, event.number, 90001, event.day, 0)
        scan.on_code_scanned(issue(stranger, key))
        shoot("unknown_attendee")
        scan.on_code_scanned("https://example.com/lecture-flyer")
        shoot("malformed")
        clock.current -= timedelta(hours=3)
        scan.on_code_scanned(codes[5])
        shoot("not_open_yet")
        clock.current += timedelta(hours=3)
        scan.show_result(service.register_walk_in("남궁하늘", "본청", "총무과", "주무관"))
        shoot("walk_in_registered")
        operator_states(kiosk, people, data, lambda name: shoot(name, "operator-"))
        kiosk.window.show_scan()
        with store.transaction() as conn:
            conn.execute("PRAGMA query_only = ON")
        scan.on_code_scanned(codes[6])
        shoot("storage_failed")
        scan.banner.show_ready()
        scan.camera.show_camera_state("lost")
        shoot("camera_lost")
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
