"""The composed kiosk: event file, service, window, camera thread, guards, start-up checks."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import Kiosk
from kiosk.config import Settings
from kiosk.domain.clock import FixedClock
from kiosk.domain.outcome import Outcome
from kiosk.services.context import Context
from kiosk.services.recovery import save_last_good
from kiosk.storage.store import EventStore
from kiosk.ui.guard import ErrorRelay, KeyGuard, install_exception_hook
from kiosk.ui.sound import SilentPlayer
from kiosk.ui.startup import StartupRefused, lock_event, open_event
from tests.fakes import DOORS_OPEN, open_door
from tests.fakes.camera import TicketFrames
from tests.ui.test_search_screen import unlocked

KIOSK_ID = "b2b2b2b2b2b2b2b2"


class PinAnswers:
    """Stands in for the operator PIN dialog: answers as told, counts the questions."""

    def __init__(self, answer: bool = False) -> None:
        self.answer = answer
        self.asked = 0

    def __call__(self, parent: QWidget) -> bool:
        self.asked += 1
        return self.answer


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "event.db"
    open_door(path).store.close()
    return path


@pytest.fixture
def context(tmp_path: Path) -> Context:
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk-id").write_text(KIOSK_ID + "\n")
    settings = Settings(banner_seconds=30, idle_seconds=0.3, sound=False)
    return Context(data, settings, KIOSK_ID)


@pytest.fixture
def make_kiosk(qtbot, context: Context, event_file: Path, translations) -> Iterator[Callable]:
    made: list[Kiosk] = []

    def make(
        source: TicketFrames | None = None,
        pin: PinAnswers | None = None,
        clock: FixedClock | None = None,
        fullscreen: bool = False,
    ) -> Kiosk:
        kiosk = Kiosk(
            context,
            open_event(context, event_file),
            translations,
            door="정문",
            clock=clock or FixedClock(DOORS_OPEN.astimezone(UTC)),
            sound=SilentPlayer(),
            ask_pin=pin or PinAnswers(False),
        )
        qtbot.addWidget(kiosk.window)
        made.append(kiosk)
        kiosk.start(source=source or TicketFrames([]), fullscreen=fullscreen)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()


def test_a_ticket_goes_from_camera_to_banner_and_database(qtbot, make_kiosk, event_file) -> None:
    door = open_door(event_file)
    code = door.ticket(1)
    door.store.close()

    kiosk = make_kiosk(TicketFrames([code]))

    qtbot.waitUntil(lambda: kiosk.scan.banner.state == Outcome.ACCEPTED, timeout=5000)
    assert "김*수" in kiosk.scan.banner.visible_text()
    records = kiosk.service.store.records()
    assert [(r.outcome, r.person, r.kiosk_id, r.door) for r in records] == [
        (Outcome.ACCEPTED, "S1", KIOSK_ID, "정문")
    ]


def test_shutdown_stops_the_camera_thread_and_frees_the_event_file(
    make_kiosk, context, event_file
) -> None:
    kiosk = make_kiosk(TicketFrames(["X"] * 5, frames_each=20))
    assert kiosk.worker is not None and kiosk.worker.isRunning()
    worker = kiosk.worker

    kiosk.shutdown()

    assert not worker.isRunning()
    lock_event(event_file).unlock()  # a new kiosk may take the file now


def test_a_second_kiosk_on_the_same_event_file_is_refused(
    context, event_file, translations
) -> None:
    first = open_event(context, event_file)
    try:
        with pytest.raises(StartupRefused, match="이미 실행 중"):
            open_event(context, event_file)
    finally:
        first.close()


def test_closing_needs_the_operator_pin(qtbot, make_kiosk) -> None:
    pin = PinAnswers(False)
    kiosk = make_kiosk(pin=pin)

    kiosk.window.close()  # what Alt+F4 or the window's X do
    qtbot.waitUntil(lambda: pin.asked == 1, timeout=2000)
    assert kiosk.window.isVisible()

    pin.answer = True
    kiosk.window.close()
    qtbot.waitUntil(lambda: not kiosk.window.isVisible(), timeout=2000)


def test_alt_f4_never_reaches_the_window() -> None:
    press = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    other = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "a")
    guard = KeyGuard()
    assert guard.eventFilter(guard, press) is True
    assert guard.eventFilter(guard, other) is False


def test_idle_screens_go_back_to_scanning(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk()
    kiosk.window.show_screen("search")
    assert kiosk.window.current_name == "search"

    qtbot.waitUntil(lambda: kiosk.window.current_name == "scan", timeout=3000)


def test_an_unexpected_error_is_logged_and_the_scan_screen_comes_back(
    qtbot, make_kiosk, caplog
) -> None:
    kiosk = make_kiosk()
    kiosk.window.show_screen("walk_in")
    relay = ErrorRelay()
    relay.error_caught.connect(kiosk.window.on_error_caught)
    previous = install_exception_hook(relay)
    try:
        try:
            raise RuntimeError("a bug in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous

    assert kiosk.window.current_name == "scan"
    assert "a bug in a slot" in caplog.text


def test_a_damaged_event_file_is_set_aside_and_the_last_good_copy_used(context, event_file) -> None:
    opened = open_event(context, event_file)
    save_last_good(opened.store, context.data_dir)
    opened.close()
    damage(event_file)
    damaged_bytes = hashlib.sha256(event_file.read_bytes()).hexdigest()

    reopened = open_event(context, event_file)
    try:
        recovery = reopened.recovery
        assert recovery is not None
        assert recovery.damaged.name.startswith("event.db.corrupt-")
        assert hashlib.sha256(recovery.damaged.read_bytes()).hexdigest() == damaged_bytes
        assert reopened.store.attendee(1) is not None  # roster and keys are back
        assert recovery.new_kiosk_id != KIOSK_ID == recovery.old_kiosk_id
        assert context.kiosk_id == recovery.new_kiosk_id
    finally:
        reopened.close()


def test_a_damaged_event_file_without_a_good_copy_tells_the_operator_what_to_do(
    context, event_file, translations
) -> None:
    damage(event_file)
    before = event_file.read_bytes()

    with pytest.raises(StartupRefused, match="다시 복사"):
        open_event(context, event_file)

    assert event_file.read_bytes() == before  # never written to


def test_the_recovery_is_shown_on_the_scan_screen(qtbot, make_kiosk, context, event_file) -> None:
    opened = open_event(context, event_file)
    save_last_good(opened.store, context.data_dir)
    opened.close()
    damage(event_file)

    kiosk = make_kiosk()

    texts = kiosk.scan.notices.texts()
    assert any("손상" in t and "corrupt-" in t for t in texts)


def damage(path: Path) -> None:
    """Overwrite the middle of the file with garbage, as a failing disk might."""
    store = EventStore.open(path)
    store.close()
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")  # the page size, from the file's header
    for start in range(page, len(data), page * 2):  # every other page after the first
        data[start : start + 12] = b"\xa5" * 12  # its b-tree page header
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with pytest.raises(Exception):  # noqa: B017 (any refusal proves the damage is detectable)
        EventStore.open(path).close()


def test_the_app_font_is_the_bundled_korean_font(kiosk_font: str) -> None:
    assert "Noto Sans KR" in kiosk_font
    assert QApplication.font().family() == kiosk_font


def test_a_scan_during_a_search_brings_the_banner_forward(qtbot, make_kiosk, event_file) -> None:
    door = open_door(event_file)
    code = door.ticket(2)
    door.store.close()
    kiosk = make_kiosk()
    kiosk.window.show_screen("search")

    kiosk.scan.on_code_scanned(code)

    assert kiosk.window.current_name == "scan"
    assert kiosk.scan.banner.state == Outcome.ACCEPTED


def test_a_check_in_found_by_search_shows_its_banner_on_the_scan_screen(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk()
    search = kiosk.window.show_screen("search")
    assert type(search).__name__ == "SearchScreen"
    result = kiosk.service.check_in_person("S3")

    search.checked_in.emit(result)

    assert kiosk.window.current_name == "scan"
    assert kiosk.scan.banner.state == Outcome.ACCEPTED
    assert "박*연" in kiosk.scan.banner.visible_text()
    assert kiosk.scan.counter.text() == "1 / 5"


def test_the_second_tap_of_a_registering_double_tap_opens_no_new_form(qtbot, make_kiosk) -> None:
    """A double tap on 등록하고 입장 확인: the first registers and brings the scan screen back,
    the second lands on 현장 등록 in the same place and must not open an empty form."""
    kiosk = make_kiosk()
    walk_in = kiosk.window.show_screen("walk_in")
    walk_in.registered.emit(kiosk.service.check_in_person("S3"))
    assert kiosk.window.current_name == "scan"

    kiosk.scan.walk_in_button.click()  # within the double tap
    kiosk.scan.search_button.click()
    assert kiosk.window.current_name == "scan"

    qtbot.wait(600)
    kiosk.scan.search_button.click()  # a deliberate tap later
    assert kiosk.window.current_name == "search"


def test_the_volunteers_unlock_closes_when_the_scan_screen_comes_back(qtbot, make_kiosk) -> None:
    """The next person in line must not find name check-in open on the volunteer's code."""
    from kiosk.ui.volunteer_unlock import shared_unlock
    from tests.ui.test_search_screen import unlocked

    kiosk = make_kiosk()
    unlocked(kiosk.service)
    search = kiosk.window.show_screen("search")
    assert shared_unlock(kiosk.service).is_open
    search.checked_in.emit(kiosk.service.check_in_person("S3"))
    assert kiosk.window.current_name == "scan"
    assert not shared_unlock(kiosk.service).is_open


def test_operator_mode_needs_the_pin_and_can_switch_language(qtbot, make_kiosk) -> None:
    pin = PinAnswers(False)
    kiosk = make_kiosk(pin=pin)

    kiosk.scan.operator_button.click()
    assert pin.asked == 1 and kiosk.window.current_name == "scan"

    pin.answer = True
    kiosk.scan.operator_button.click()
    assert kiosk.window.current_name == "operator"
    operator = kiosk.window.screens["operator"]

    operator.language_changed.emit("en")
    qtbot.waitUntil(lambda: kiosk.scan.search_button.text() == "Find by name", timeout=2000)
    operator.closed.emit()
    assert kiosk.window.current_name == "scan"


def test_a_clock_off_the_event_day_must_be_confirmed_with_the_operator_pin(make_kiosk) -> None:
    from datetime import timedelta

    pin = PinAnswers(False)
    kiosk = make_kiosk(
        pin=pin, clock=FixedClock((DOORS_OPEN + timedelta(days=400)).astimezone(UTC))
    )
    notice = next(n for n in kiosk.scan.notices.shown() if n.key == "date")
    assert "2024-10-30" in notice.label.text()
    notice.button.click()
    assert pin.asked == 1 and not notice.isHidden()  # a wrong PIN leaves it standing
    pin.answer = True
    notice.button.click()
    assert notice.isHidden()


def test_the_event_day_itself_needs_no_confirmation(make_kiosk) -> None:
    kiosk = make_kiosk()
    keys = [n.key for n in kiosk.scan.notices.shown()]
    assert keys, "the bar is showing (no PIN is set), so a missing date notice means something"
    assert "date" not in keys


def _press(target: QWidget, text: str, *, repeat: bool = False) -> None:
    key = Qt.Key.Key_A + ord(text.upper()) - ord("A")
    press = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, text, repeat)
    QApplication.sendEvent(target, press)


def test_a_burst_of_ten_thousand_keys_into_search_is_dropped_with_a_message(
    qtbot, make_kiosk
) -> None:
    """10,000 characters into search froze the kiosk for 73 s (every key recomposed them all)."""
    import time

    kiosk = make_kiosk()
    search = kiosk.window.show_screen("search")
    started = time.perf_counter()
    for _ in range(10_000):
        _press(search, "r")  # ㄱ on the Korean layout
    qtbot.waitUntil(lambda: any("10000" in t for t in kiosk.scan.notices.texts()), timeout=3000)
    assert time.perf_counter() - started < 10
    assert search.keypad.text() == ""


def test_a_held_key_types_its_letter_once_and_cannot_reshape_the_search_screen(
    qtbot, make_kiosk
) -> None:
    kiosk = make_kiosk()
    unlocked(kiosk.service)  # name search is a volunteer's: one has typed the code
    search = kiosk.window.show_screen("search")
    kiosk.window.resize(1280, 800)
    qtbot.wait(50)
    width = search.result_column.geometry().width()
    _press(search, "r")
    for _ in range(12):  # auto-repeat, slower than a scanner so the wedge hands it on
        qtbot.wait(45)
        _press(search, "r", repeat=True)
    qtbot.waitUntil(lambda: search.keypad.text() == "ㄱ", timeout=2000)
    qtbot.wait(100)
    assert search.keypad.text() == "ㄱ"
    search.keypad.set_text("김" * 200)  # a pasted or replayed long text: cut at 40
    assert search.keypad.text() == "김" * 40
    qtbot.wait(50)
    assert search.result_column.geometry().width() == width


@pytest.mark.parametrize("leave", ["showMinimized", "showNormal", "hide"])
def test_in_kiosk_mode_a_minimized_hidden_or_windowed_kiosk_comes_back_full_screen(
    qtbot, make_kiosk, leave: str
) -> None:
    kiosk = make_kiosk(fullscreen=True)
    window = kiosk.window
    qtbot.waitUntil(window.isFullScreen, timeout=2000)
    back: list[str] = []
    window.hold.restored.connect(back.append)

    getattr(window, leave)()

    qtbot.waitUntil(lambda: bool(back), timeout=1000)
    assert window.isVisible() and window.isFullScreen() and not window.isMinimized()


def test_a_kiosk_that_quits_is_let_go(qtbot, make_kiosk) -> None:
    kiosk = make_kiosk(fullscreen=True)
    kiosk.window.quit_by_operator()
    qtbot.wait(600)
    assert not kiosk.window.isVisible() and not kiosk.window.hold.active


def test_the_pin_pad_has_no_title_bar_or_minimize_button(qtbot, make_kiosk) -> None:
    from kiosk.ui.operator.pin_dialog import PinMissingDialog

    kiosk = make_kiosk(fullscreen=True)
    pad = PinMissingDialog(kiosk.window)
    qtbot.addWidget(pad)
    flags = pad.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint
    assert not flags & Qt.WindowType.WindowMinimizeButtonHint
    assert pad.parentWidget() is kiosk.window
