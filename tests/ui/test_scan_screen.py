"""The scan screen, driven through the real worker and a real event file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtGui import QFontMetrics

from kiosk.domain.hangul import mask_name
from kiosk.domain.model import CheckinResult
from kiosk.domain.outcome import Outcome
from kiosk.domain.tickets import Ticket, issue
from kiosk.scanner.camera_state import CameraState
from kiosk.scanner.repeat import RepeatGate
from kiosk.scanner.worker import ScanWorker
from kiosk.services.door import KioskService
from kiosk.services.organizer import KEY_ID
from kiosk.storage.errors import Problem, StorageError
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.sound import SilentPlayer
from tests.fakes import OpenDoor
from tests.fakes.camera import TicketFrames


@pytest.fixture
def screen(qtbot, door: OpenDoor, translations) -> ScanScreen:
    scan = ScanScreen(door.service, clock=door.clock, banner_seconds=30, sound=SilentPlayer())
    qtbot.addWidget(scan)
    scan.resize(1366, 700)
    scan.show()
    return scan


@pytest.fixture
def run_worker(qtbot, screen: ScanScreen) -> Iterator:
    """Start the real ScanWorker on a fake camera, wired as the app wires it."""
    workers: list[ScanWorker] = []

    def start(source: TicketFrames) -> ScanWorker:
        worker = ScanWorker(source, repeat_window_s=3.0)
        worker.code_scanned.connect(screen.on_code_scanned)
        worker.preview_updated.connect(screen.camera.show_preview)
        worker.camera_state_changed.connect(screen.camera.show_camera_state)
        workers.append(worker)
        worker.start()
        return worker

    yield start
    for worker in workers:
        assert worker.stop()


def forged_code(door: OpenDoor, serial: int) -> str:
    """Right format, right event and day, real serial: signed with someone else's key."""
    event = door.store.event()
    ticket = Ticket(KEY_ID, event.number, serial, event.day, 0)
    return issue(ticket, Ed25519PrivateKey.generate())


def test_a_ticket_in_view_shows_the_masked_name_and_records_the_arrival(
    qtbot, screen: ScanScreen, run_worker, door: OpenDoor
) -> None:
    person = door.store.attendee(3)
    assert person is not None
    run_worker(TicketFrames([door.ticket(3)]))

    qtbot.waitUntil(lambda: screen.banner.state == Outcome.ACCEPTED, timeout=5000)

    text = screen.banner.visible_text()
    assert mask_name(person.name) in text  # 박*연
    assert person.name not in text
    assert "예산과" in text and "입장 확인" in text
    records = door.store.records()
    assert [(r.outcome, r.person) for r in records] == [(Outcome.ACCEPTED, "S3")]
    assert screen.counter.text() == "1 / 5"
    assert screen.sound.played == ["accepted"]


def test_the_banner_never_shows_the_phone_number(
    qtbot, screen: ScanScreen, run_worker, door: OpenDoor
) -> None:
    person = door.store.attendee(1)
    assert person is not None and person.phone == "1234"  # the file keeps the last four digits
    run_worker(TicketFrames([door.ticket(1)]))

    qtbot.waitUntil(lambda: screen.banner.state == Outcome.ACCEPTED, timeout=5000)

    text = screen.banner.visible_text()
    assert mask_name(person.name) in text
    assert "1234" not in text


def test_a_forged_ticket_is_refused_without_a_name(
    qtbot, screen: ScanScreen, run_worker, door: OpenDoor
) -> None:
    run_worker(TicketFrames([forged_code(door, 1)]))

    qtbot.waitUntil(lambda: screen.banner.state == Outcome.INVALID_SIGNATURE, timeout=5000)

    text = screen.banner.visible_text()
    assert "위조" in text
    assert mask_name("김민수") not in text  # the forger chose serial 1; the ticket proves nothing
    assert door.store.arrived_count() == 0
    assert screen.sound.played == ["error"]


def test_a_second_scan_says_already_checked_in_with_the_first_time_and_door(
    screen: ScanScreen, door: OpenDoor
) -> None:
    code = door.ticket(1)
    screen.on_code_scanned(code)
    door.clock.advance(90)
    screen.on_code_scanned(code)

    assert screen.banner.state == Outcome.ALREADY_CHECKED_IN
    text = screen.banner.visible_text()
    assert "이미 입장함" in text
    assert "10:05" in text and "정문" in text  # first time (event's time zone) and door
    assert screen.sound.played == ["accepted", "warning"]


def test_a_url_qr_is_not_a_ticket(screen: ScanScreen) -> None:
    screen.on_code_scanned("https://example.com/flyer")

    assert screen.banner.state == Outcome.MALFORMED
    assert "입장권 QR이 아님" in screen.banner.visible_text()


def test_a_disk_that_refuses_the_write_never_shows_accepted(
    qtbot, screen: ScanScreen, run_worker, door: OpenDoor
) -> None:
    with door.store.transaction() as conn:  # from now on every write is refused
        conn.execute("PRAGMA query_only = ON")
    run_worker(TicketFrames([door.ticket(2)]))

    qtbot.waitUntil(lambda: screen.banner.state == "storage_failed", timeout=5000)

    text = screen.banner.visible_text()
    assert "기록 실패 — 다시 스캔해 주세요" in text
    assert "읽기 전용" in text
    assert screen.banner.property("tone") == "bad"  # red, never green
    assert door.store.records() == []
    assert screen.sound.played == ["error"]


class DiskFullOnce:
    """The real service, except that the first check-in finds the disk full."""

    def __init__(self, service: KioskService) -> None:
        self._service = service
        self.failures = 1

    def check_in(self, code: str, how: str = "") -> CheckinResult:
        if self.failures:
            self.failures -= 1
            raise StorageError(Problem.DISK_FULL, "database or disk is full")
        return self._service.check_in(code)

    def __getattr__(self, name: str) -> object:
        return getattr(self._service, name)


def test_after_a_refused_write_the_same_ticket_can_be_scanned_again_at_once(
    qtbot, door: OpenDoor, translations
) -> None:
    service = DiskFullOnce(door.service)
    screen = ScanScreen(service, clock=door.clock)
    qtbot.addWidget(screen)
    gate = RepeatGate(60, clock=lambda: 100.0)  # a long window, and no time passes
    screen.scan_not_recorded.connect(gate.forget)  # as kiosk.app wires it

    def scan(code: str) -> None:  # what the camera thread or the wedge does with a sighting
        if gate.new_scan(code):
            screen.on_code_scanned(code)

    code = door.ticket(2)
    scan(code)
    assert screen.banner.state == "storage_failed"
    assert "디스크가 가득 찼습니다" in screen.banner.visible_text()

    scan(code)

    assert screen.banner.state == Outcome.ACCEPTED


def test_the_banner_goes_back_to_ready_by_itself(qtbot, screen: ScanScreen, door: OpenDoor) -> None:
    screen.set_banner_seconds(0.2)
    screen.on_code_scanned(door.ticket(1))
    assert screen.banner.state == Outcome.ACCEPTED

    with qtbot.waitSignal(screen.banner.cleared, timeout=3000):
        pass

    assert screen.banner.state == "ready"
    assert "QR 코드를 보여 주세요" in screen.banner.visible_text()


def test_a_new_scan_replaces_the_banner_at_once(screen: ScanScreen, door: OpenDoor) -> None:
    screen.on_code_scanned("NOT-A-TICKET-AT-ALL")
    assert screen.banner.state == Outcome.MALFORMED

    screen.on_code_scanned(door.ticket(4))

    assert screen.banner.state == Outcome.ACCEPTED
    assert "이*" in screen.banner.visible_text()


def test_the_banner_font_has_hangul_glyphs(screen: ScanScreen, door: OpenDoor) -> None:
    screen.on_code_scanned(door.ticket(5))
    metrics = QFontMetrics(screen.banner.name.font())
    assert screen.banner.name.font().pixelSize() >= 48
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "김민수최똠이뷁출석확인기록실패")


def test_camera_trouble_is_explained_and_search_still_works(qtbot, screen: ScanScreen) -> None:
    screen.camera.show_camera_state(CameraState.LOST)
    what, todo = screen.camera.trouble_text()
    assert "카메라를 찾을 수 없거나" in what and "이름으로 찾기" in todo
    screen.camera.show_camera_state(CameraState.DARK)
    assert "어둡습니다" in screen.camera.trouble_text()[0]

    with qtbot.waitSignal(screen.search_requested, timeout=1000):
        screen.search_button.click()


def test_touch_targets_are_finger_sized(screen: ScanScreen) -> None:
    for button in (screen.search_button, screen.walk_in_button, screen.operator_button):
        assert button.height() >= 64 and button.width() >= 64
