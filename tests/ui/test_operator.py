"""Operator mode: the PIN (with a lockout that survives a restart), undo, statistics, settings,
files. Everything runs over a real event file with an injected clock."""

from __future__ import annotations

import tomllib
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.domain.model import Attendee
from kiosk.domain.outcome import Outcome
from kiosk.domain.pin import LockoutPolicy, ScryptParams
from kiosk.services.context import Context
from kiosk.services.door import Door, KioskService
from kiosk.services.pins import PinStore
from kiosk.storage.store import EventStore
from kiosk.ui.operator.files_view import FileChooser
from kiosk.ui.operator.operator_screen import OperatorScreen
from kiosk.ui.operator.pin_dialog import PinDialog, PinMissingDialog, ask_pin, change_pin
from tests.fakes import PEOPLE, OpenDoor
from tests.ui.screen_helpers import Languages, show_screen

FAST = ScryptParams(n=2**8)  # test speed; the real cost is measured in tests/domain/test_pin.py
POLICY = LockoutPolicy(max_failures=5, base=timedelta(minutes=5))


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


class Chooser(FileChooser):
    """Answers the file picker at once, as a test tells it to (and counts the questions)."""

    def __init__(self) -> None:
        self.roster: Path | None = None
        self.chosen_folder: Path | None = None
        self.events: list[Path] = []
        self.asked = 0

    def roster_file(self, parent, done):
        self.asked += 1
        if self.roster is not None:
            done(self.roster)

    def folder(self, parent, done):
        self.asked += 1
        if self.chosen_folder is not None:
            done(self.chosen_folder)

    def event_files(self, parent, done):
        self.asked += 1
        if self.events:
            done(self.events)


class Finger:
    """The clock of a test's taps: every reading is `step` seconds after the one before
    (1 s: deliberate taps; 0.1 s: a double tap)."""

    def __init__(self, step: float = 1.0) -> None:
        self.now = 1000.0
        self.step = step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


def use_finger(screen: OperatorScreen, finger: Finger) -> Finger:
    """Every tap guard of operator mode reads this finger's clock."""
    for guarded in (
        screen.taps,
        screen.quit_taps,
        screen.files_view.taps,
        screen.files_view.confirm_view.taps,
        screen.tickets_view.second_tap,
    ):
        guarded.clock = finger
    return finger


@pytest.fixture
def context(tmp_path: Path, door: OpenDoor) -> Context:
    data = tmp_path / "data"
    data.mkdir()
    return Context(data, Settings(operator_idle_seconds=60), door.service.door.kiosk_id)


@pytest.fixture
def screen(qtbot, door: OpenDoor, context: Context):
    shown = OperatorScreen(door.service, context)
    chooser = Chooser()
    shown.files_view.chooser = chooser
    use_finger(shown, Finger())
    show_screen(qtbot, shown)
    yield shown
    shown.files_view.jobs.wait()


def pins(door: OpenDoor) -> PinStore:
    return PinStore(door.store, door.clock, POLICY, FAST)


def dialog(qtbot, store: PinStore, new_pin: bool = False) -> PinDialog:
    shown = PinDialog(store, new_pin=new_pin)
    qtbot.addWidget(shown)
    shown.show()
    return shown


# -- the PIN ------------------------------------------------------------------------------


def test_without_a_pin_the_pad_is_never_offered_to_choose_one(qtbot, door: OpenDoor) -> None:
    """An attendee tapping ⚙ on a fresh file must not become the operator: the kiosk says who
    sets the PIN, shows no digits, and the file still has no PIN."""
    store = pins(door)
    seen: list[object] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(modal)
        if isinstance(modal, PinMissingDialog):
            seen.append(modal.message_text())
            modal.ok_button.click()
        elif modal is not None:
            modal.close()

    QTimer.singleShot(50, look)
    assert not ask_pin(None, store)
    assert isinstance(seen[0], PinMissingDialog), seen
    assert "kiosk pin set" in str(seen[1])
    assert not store.is_set()


def test_a_pin_pad_on_a_file_without_pin_verifies_and_never_sets(qtbot, door: OpenDoor) -> None:
    store = pins(door)
    pad = dialog(qtbot, store)
    assert pad.step == "verify"
    pad.type_pin("2468")
    pad.type_pin("2468")
    assert pad.result() != PinDialog.DialogCode.Accepted
    assert not store.is_set()


def test_the_operator_changes_the_pin_typed_twice(qtbot, door: OpenDoor) -> None:
    store = pins(door)
    store.set_pin("1111")  # as `kiosk pin set` does on the organizer's PC

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, PinDialog) and modal.step == "choose"
        modal.type_pin("2468")
        assert modal.step == "repeat"
        modal.type_pin("2468")

    QTimer.singleShot(50, answer)
    assert change_pin(None, store)
    assert store.check("2468").accepted


def test_two_different_new_pins_start_over(qtbot, door: OpenDoor) -> None:
    store = pins(door)
    store.set_pin("1111")
    pad = dialog(qtbot, store, new_pin=True)
    pad.type_pin("2468")
    pad.type_pin("1357")
    assert pad.step == "choose"
    assert store.check("1111").accepted
    pad.type_pin("12")  # too short
    assert pad.step == "choose"


def test_a_wrong_pin_says_how_many_tries_are_left(qtbot, door: OpenDoor) -> None:
    store = pins(door)
    store.set_pin("2468")
    pad = dialog(qtbot, store)
    pad.type_pin("1111")
    assert pad.result() != PinDialog.DialogCode.Accepted
    assert "4" in pad.message_text()


def test_the_lockout_survives_a_restart(qtbot, door: OpenDoor) -> None:
    store = pins(door)
    store.set_pin("2468")
    pad = dialog(qtbot, store)
    for _ in range(5):
        pad.type_pin("0000")
    assert not pad.digit_buttons["2"].isEnabled()
    assert "5:00" in pad.message_text()
    path = door.store.path
    pad.close()
    door.store.close()  # the kiosk is restarted

    door.store = EventStore.open(path)
    again = PinStore(door.store, door.clock, POLICY, FAST)
    door.clock.advance(60)
    pad = dialog(qtbot, again)
    assert not pad.ok_button.isEnabled()
    assert "4:00" in pad.message_text()
    assert not again.check("2468").accepted  # even the right PIN while locked

    door.clock.advance(240)
    pad.refresh_lock()
    assert pad.ok_button.isEnabled()
    pad.type_pin("2468")
    assert pad.step == "report"  # first the operator learns of the wrong tries
    assert "5" in pad.message_text()
    with qtbot.waitSignal(pad.accepted):
        pad.ok_button.click()


def test_ask_pin_returns_true_for_the_right_pin(qtbot, door: OpenDoor) -> None:
    store = pins(door)
    store.set_pin("97531")

    def answer() -> None:
        modal = QApplication.activeModalWidget()
        assert isinstance(modal, PinDialog)
        modal.type_pin("97531")

    QTimer.singleShot(50, answer)
    assert ask_pin(None, store)


# -- the operator's pages -----------------------------------------------------------------


def test_undo_from_the_operator_screen_writes_an_undone_row(
    qtbot, screen: OperatorScreen, door: OpenDoor
) -> None:
    door.service.check_in_person("S1")
    door.service.check_in_person("S3")
    screen.show_page("stats")
    screen.show_page("undo")  # shown again: the list is fresh
    view = screen.undo_view
    assert len(view.undo_buttons) == 2
    assert view.row_texts()[0].startswith("10:05:00  정문  박서연 · 예산과 사무관 · 본청")
    click(qtbot, view.undo_buttons[0])
    assert "박서연" in view.question.text()
    with qtbot.waitSignal(screen.data_changed):
        click(qtbot, view.yes_button)
    outcomes = [r.outcome for r in door.store.records()]
    assert outcomes == [Outcome.ACCEPTED, Outcome.ACCEPTED, Outcome.UNDONE]
    assert door.store.first_arrival("S3") is None
    assert len(view.undo_buttons) == 1


def test_undo_rows_tell_two_namesakes_apart(qtbot, screen: OperatorScreen, door: OpenDoor) -> None:
    """Two 이*람 of 총무과 주무관 at 본청 checked in within a minute used to read the same."""
    people = [Attendee(0, name, "본청", "총무과", "주무관") for name in ("이하람", "이보람")]
    door.store.replace_roster([*PEOPLE, *people])
    serials = [a.serial for a in door.store.attendees() if a.name in ("이하람", "이보람")]
    door.service.check_in_person(f"S{serials[0]}")
    door.clock.advance(17)
    door.service.check_in_person(f"S{serials[1]}")
    screen.show_page("stats")
    screen.show_page("undo")
    assert screen.undo_view.row_texts() == [
        "10:05:17  정문  이보람 · 총무과 주무관 · 본청  [by name]",
        "10:05:00  정문  이하람 · 총무과 주무관 · 본청  [by name]",
    ]


def test_the_stats_page_shows_the_service_figures(
    qtbot, screen: OperatorScreen, door: OpenDoor
) -> None:
    door.service.check_in_person("S1")
    door.clock.advance(7 * 60)
    door.service.check_in_person("S2")
    door.service.register_walk_in("남궁민수", "본청")
    screen.show_page("stats")
    view = screen.stats_view
    figures = door.service.stats()
    assert view.arrived.text() == f"Arrived 3 of {figures.expected} (60%)"
    assert view.walk_ins.text() == "Walk-ins: 1"
    assert view.chart.data() == figures.per_5_min == [("10:05", 1), ("10:10", 2)]
    rows = view.table_rows()
    assert [r[0] for r in rows] == list(figures.by_affiliation)
    assert rows[0][:3] == ("본청", "2", "2")
    view.chart.grab()  # paints without error


def test_settings_are_saved_and_announced(
    qtbot, screen: OperatorScreen, context: Context, door: OpenDoor
) -> None:
    screen.show_page("settings")
    view = screen.settings_view
    languages: list[str] = []
    screen.language_changed.connect(languages.append)
    with qtbot.waitSignal(screen.settings_changed):
        click(qtbot, view.language_buttons["en"])
    assert languages == ["en"]
    with qtbot.waitSignal(screen.settings_changed) as changed:
        click(qtbot, view.sound_off)
    assert changed.args[0].sound is False
    view.door_edit.setText("후문")
    click(qtbot, view.door_apply)
    saved = tomllib.loads((context.data_dir / "settings.toml").read_text(encoding="utf-8"))
    assert saved == {"language": "en", "sound": False, "door": "후문"}
    assert door.service.door.name == "후문"


def test_a_camera_that_does_not_exist_is_refused(qtbot, screen: OperatorScreen) -> None:
    screen.show_page("settings")
    view = screen.settings_view
    emitted = []
    screen.camera_changed.connect(emitted.append)
    view.camera_edit.setText("/no/such/video.mp4")
    click(qtbot, view.camera_apply)
    assert emitted == []
    click(qtbot, view.camera_indexes[1])
    click(qtbot, view.camera_apply)
    assert emitted == ["1"]


def test_the_screen_locks_itself_when_left_alone(qtbot, door: OpenDoor, context: Context) -> None:
    context.settings = context.settings.with_changes(operator_idle_seconds=0.3)
    shown = OperatorScreen(door.service, context)
    show_screen(qtbot, shown)
    with qtbot.waitSignal(shown.closed, timeout=3000):
        pass


def test_quitting_takes_a_second_tap(qtbot, screen: OperatorScreen) -> None:
    emitted = []
    screen.quit_requested.connect(lambda: emitted.append(True))
    click(qtbot, screen.quit_button)
    assert emitted == []
    click(qtbot, screen.quit_button)
    assert emitted == [True]


def test_a_double_tap_on_quit_does_not_quit(qtbot, screen: OperatorScreen) -> None:
    """The confirming tap counts only after a deliberate pause, never as the double tap's
    second half; a later, deliberate tap still quits."""
    finger = use_finger(screen, Finger(step=0.15))
    emitted = []
    screen.quit_requested.connect(lambda: emitted.append(True))
    click(qtbot, screen.quit_button)
    click(qtbot, screen.quit_button)
    assert emitted == []
    assert screen.quit_button.text() == "Tap again to quit"
    finger.step = 1.0
    click(qtbot, screen.quit_button)
    assert emitted == [True]


def test_a_double_tap_on_lock_locks_once(qtbot, screen: OperatorScreen) -> None:
    use_finger(screen, Finger(step=0.1))
    locked = []
    screen.closed.connect(lambda: locked.append(True))
    click(qtbot, screen.lock_button)
    click(qtbot, screen.lock_button)
    assert locked == [True]


# -- files --------------------------------------------------------------------------------


def write_roster(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["이름,소속,부서,직위,사번", *rows]) + "\n", encoding="utf-8-sig")
    return path


def run_job(qtbot, screen: OperatorScreen, button) -> str:
    files = screen.files_view
    click(qtbot, button)
    qtbot.waitUntil(lambda: not files.jobs.busy(), timeout=20_000)
    return files.output.text()


def test_a_roster_import_replaces_the_roster(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    screen.show_page("files")
    chooser = screen.files_view.chooser
    chooser.roster = write_roster(
        tmp_path / "new.csv",
        ["정하늘,본청,예산과,주무관,2000001", "오가람,서부교육지원청,,,2000002"],
    )
    text = run_job(qtbot, screen, screen.files_view.import_button)
    assert "2 added" in text
    assert [a.name for a in door.service.search("ㅈㅎㄴ")] == ["정하늘"]


def test_a_refused_roster_lists_the_rows_and_changes_nothing(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    before = door.store.attendees()
    screen.show_page("files")
    screen.files_view.chooser.roster = write_roster(
        tmp_path / "bad.csv", ["정하늘,본청,예산과,주무관,2000001", ",본청,,,2000002"]
    )
    text = run_job(qtbot, screen, screen.files_view.import_button)
    assert "nothing was changed" in text
    assert "row 3" in text
    assert door.store.attendees() == before


def test_export_writes_xlsx_and_csv_to_the_chosen_folder(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    door.service.check_in_person("S1")
    usb = tmp_path / "usb"
    usb.mkdir()
    screen.files_view.chooser.chosen_folder = usb
    text = run_job(qtbot, screen, screen.files_view.export_button)
    written = sorted(p.suffix for p in usb.iterdir())
    assert written == [".csv", ".xlsx"]
    assert "1 rows" in text


def test_merge_and_safe_copy(qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    screen.files_view.chooser.chosen_folder = usb
    run_job(qtbot, screen, screen.files_view.copy_button)
    (copy,) = usb.iterdir()
    other = EventStore.open(copy)  # the copy becomes the back door's file
    KioskService(other, door.clock, Door("b" * 16, "후문")).check_in_person("S4")
    other.close()
    screen.files_view.chooser.events = [copy]
    text = run_job(qtbot, screen, screen.files_view.merge_button)
    assert "1 new" in text
    assert door.store.first_arrival("S4") is not None


def test_a_double_tap_on_export_exports_once(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    """A quick export is over before the finger's second tap lands: that tap starts nothing."""
    use_finger(screen, Finger(step=0.1))
    usb = tmp_path / "usb"
    usb.mkdir()
    chooser = screen.files_view.chooser
    chooser.chosen_folder = usb
    run_job(qtbot, screen, screen.files_view.export_button)
    run_job(qtbot, screen, screen.files_view.export_button)
    assert chooser.asked == 1
    assert "Attendance exported" in screen.files_view.output.text()


# -- language -----------------------------------------------------------------------------


def test_switching_language_rewrites_the_operator_screen(
    qtbot, screen: OperatorScreen, translations
) -> None:
    languages = Languages(translations)
    try:
        languages.switch("ko")
        qtbot.waitUntil(lambda: screen.lock_button.text() == "잠그고 닫기", timeout=2000)
        qtbot.waitUntil(lambda: screen.nav["stats"].text() == "통계", timeout=2000)
        assert screen.files_view.export_button.text() == "출석 명단 내보내기 (XLSX + CSV)"
        assert screen.settings_view.captions[0].text() == "출입구 이름"
        languages.switch("en")
        qtbot.waitUntil(lambda: screen.nav["stats"].text() == "Statistics", timeout=2000)
    finally:
        languages.close()


def test_reports_speak_the_language_picked_in_the_window_not_the_terminal_s(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path, translations, monkeypatch
) -> None:
    """A refused merge, a roster's warnings and an export read in the window's language,
    whatever KIOSK_LANG says (it chooses only the terminal's)."""
    files = screen.files_view
    usb = tmp_path / "usb"
    usb.mkdir()
    files.chooser.chosen_folder = usb
    files.chooser.events = [door.store.path]  # the open event file itself: refused
    roster = tmp_path / "new.csv"
    roster.write_text("이름,소속,비고\n정하늘,본청,메모\n", encoding="utf-8-sig")
    files.chooser.roster = roster

    monkeypatch.setenv("KIOSK_LANG", "ko")
    translations.switch("en")
    assert "this is the open event file itself" in run_job(qtbot, screen, files.merge_button)
    assert "this column is not imported: 비고" in run_job(qtbot, screen, files.import_button)
    assert "Attendance exported" in run_job(qtbot, screen, files.export_button)

    monkeypatch.setenv("KIOSK_LANG", "en")
    translations.switch("ko")
    assert "지금 열려 있는 바로 그 파일입니다" in run_job(qtbot, screen, files.merge_button)
    assert "가져오지 않는 열입니다: 비고" in run_job(qtbot, screen, files.import_button)
    assert "출석 명단을 내보냈습니다" in run_job(qtbot, screen, files.export_button)


def test_a_refused_merge_says_nothing_was_merged_once_without_a_trailing_blank(
    qtbot, screen: OperatorScreen, door: OpenDoor, translations
) -> None:
    files = screen.files_view
    files.chooser.events = [door.store.path]  # the open event file itself: refused
    translations.switch("en")
    text = run_job(qtbot, screen, files.merge_button)
    assert text.lower().count("nothing merged") + text.lower().count("nothing was merged") == 1
    assert text == text.rstrip()
