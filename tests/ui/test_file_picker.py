"""The kiosk's own file picker: operator mode chooses files on USB sticks with it, it offers no
way to delete, rename or make anything, and it closes when operator mode locks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QPushButton

from kiosk.config import Settings
from kiosk.services.context import Context
from kiosk.ui.operator.file_picker import FileChooser, FilePicker, Root, removable_roots
from kiosk.ui.operator.operator_screen import OperatorScreen
from tests.fakes import OpenDoor
from tests.ui.screen_helpers import show_screen
from tests.ui.test_operator import Finger, click, use_finger

KIOSK_SOURCES = Path(__file__).resolve().parents[2] / "kiosk"


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    """A USB stick with a folder, a roster, other files, and what a stick hides."""
    root = tmp_path / "KINGSTON"
    (root / "행사" / "지난해").mkdir(parents=True)
    (root / "System Volume Information").mkdir()
    (root / ".Trash-1000").mkdir()
    (root / "행사" / "명단.csv").write_text("이름\n", encoding="utf-8")
    (root / "행사" / "명단.XLSX").write_bytes(b"")
    (root / "행사" / "사진.jpg").write_bytes(b"")
    (root / "행사" / ".숨김.csv").write_text("", encoding="utf-8")
    return root


def operator(
    qtbot, door: OpenDoor, tmp_path: Path, stick: Path, idle: float = 60
) -> OperatorScreen:
    data = tmp_path / "data"
    data.mkdir()
    context = Context(data, Settings(operator_idle_seconds=idle), door.service.door.kiosk_id)
    shown = OperatorScreen(door.service, context)
    finger = use_finger(shown, Finger())
    shown.files_view.chooser = FileChooser(lambda: [Root("KINGSTON", stick)], finger)
    show_screen(qtbot, shown)
    shown.show_page("files")
    return shown


def picker_of(screen: OperatorScreen) -> FilePicker:
    found = screen.files_view.findChild(FilePicker)
    assert found is not None
    return found


def test_no_platform_file_dialog_anywhere_in_the_kiosk() -> None:
    """The platform dialog deletes, renames and makes folders, and outlives operator mode."""
    users = [p for p in KIOSK_SOURCES.rglob("*.py") if "QFileDialog" in p.read_text("utf-8")]
    assert users == []


def test_export_chooses_a_folder_on_the_stick_with_the_kiosk_picker(
    qtbot, door: OpenDoor, tmp_path: Path, stick: Path
) -> None:
    door.service.check_in_person("S1")
    screen = operator(qtbot, door, tmp_path, stick)
    files = screen.files_view
    before = set((stick / "행사").iterdir())
    click(qtbot, files.export_button)
    picker = picker_of(screen)
    assert picker.isVisible() and picker.window() is screen  # inside the kiosk, no window
    assert picker.row_texts() == ["KINGSTON"]
    assert not picker.choose_button.isEnabled()  # a drive list is not a folder
    click(qtbot, picker.row("KINGSTON"))
    assert picker.row_texts() == ["행사  ›"]  # no hidden or system folders
    click(qtbot, picker.row("행사"))
    assert picker.row_texts() == ["지난해  ›"]  # choosing a folder: folders only
    assert picker.place.text() == "KINGSTON › 행사"
    click(qtbot, picker.choose_button)
    assert not picker.isVisible()
    qtbot.waitUntil(lambda: not files.jobs.busy(), timeout=20_000)
    written = sorted(p.suffix for p in set((stick / "행사").iterdir()) - before)
    assert written == [".csv", ".xlsx"]
    assert "1 rows" in files.output.text()


def test_the_picker_lists_only_rosters_and_offers_no_file_acts(
    qtbot, door: OpenDoor, tmp_path: Path, stick: Path
) -> None:
    screen = operator(qtbot, door, tmp_path, stick)
    click(qtbot, screen.files_view.import_button)
    picker = picker_of(screen)
    click(qtbot, picker.row("KINGSTON"))
    click(qtbot, picker.row("행사"))
    assert picker.row_texts() == ["지난해  ›", "명단.csv", "명단.XLSX"]
    buttons = [b.text() for b in picker.findChildren(QPushButton) if b.isVisible()]
    acts = ("delete", "rename", "new folder", "삭제", "이름 바꾸기", "새 폴더")
    assert not [b for b in buttons if any(a in b.lower() for a in acts)], buttons
    click(qtbot, picker.up_button)
    click(qtbot, picker.up_button)  # above the stick: the drive list, never its parent
    assert picker.row_texts() == ["KINGSTON"]


def test_the_idle_lock_closes_the_open_picker_and_nothing_is_written(
    qtbot, door: OpenDoor, tmp_path: Path, stick: Path
) -> None:
    """Left with the folder chosen and one tap from writing: the lock cancels the picker, and
    a passer-by's tap where 'Choose' was writes nothing."""
    screen = operator(qtbot, door, tmp_path, stick, idle=0.4)
    click(qtbot, screen.files_view.export_button)
    picker = picker_of(screen)
    click(qtbot, picker.row("KINGSTON"))
    before = sorted(stick.rglob("*"))
    with qtbot.waitSignal(screen.closed, timeout=3000):
        pass
    assert not picker.isVisible() and not picker.is_open
    picker.choose_button.click()
    screen.show()  # the next operator, after the PIN
    screen.reset()
    assert not picker.isVisible()
    assert sorted(stick.rglob("*")) == before
    assert "exported" not in screen.files_view.output.text()


def test_the_second_tap_of_the_opening_tap_chooses_nothing(
    qtbot, door: OpenDoor, tmp_path: Path, stick: Path
) -> None:
    screen = operator(qtbot, door, tmp_path, stick)
    finger = use_finger(screen, Finger(step=0.1))
    screen.files_view.chooser = FileChooser(lambda: [Root("KINGSTON", stick)], finger)
    click(qtbot, screen.files_view.export_button)
    picker = picker_of(screen)
    click(qtbot, picker.row("KINGSTON"))  # the finger's second tap
    assert picker.root is None and picker.isVisible()


def test_roots_are_the_removable_drives_then_the_users_folders(tmp_path: Path) -> None:
    base = tmp_path / "fs"
    for folder in ("media/하늘/STICK", "run/media/하늘/CARD", "mnt/.hidden", "mnt/backup"):
        (base / folder).mkdir(parents=True)
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    roots = removable_roots("linux", "하늘", home, {}, base)
    assert [r.label for r in roots] == ["STICK", "CARD", "backup", "Documents"]


def test_locking_closes_the_settings_pages_picker_and_its_dialogs(
    qtbot, door: OpenDoor, tmp_path: Path, stick: Path
) -> None:
    """The camera's video picker and the PIN-change pad are operator mode's too."""
    screen = operator(qtbot, door, tmp_path, stick)
    settings = screen.settings_view
    settings.chooser = FileChooser(lambda: [Root("KINGSTON", stick)], Finger())
    screen.show_page("settings")
    before = settings.camera_edit.text()
    click(qtbot, settings.video_button)
    picker = settings.findChild(FilePicker)
    assert picker is not None and picker.isVisible()
    seen: list[bool] = []

    def lock_while_the_pad_is_open() -> None:
        dialogs = [d for d in screen.findChildren(QDialog) if d.isVisible()]
        seen.append(bool(dialogs))
        screen.lock()
        seen.append(any(d.isVisible() for d in dialogs))

    QTimer.singleShot(300, lock_while_the_pad_is_open)
    safety = QTimer(screen)  # should the lock not close it, the test still ends
    safety.setSingleShot(True)
    safety.timeout.connect(lambda: [d.reject() for d in screen.findChildren(QDialog)])
    safety.start(3000)
    settings.pin_button.click()  # a dialog of operator mode, open until the lock
    safety.stop()
    assert seen == [True, False]
    assert not picker.isVisible() and settings.camera_edit.text() == before


def test_the_window_going_back_to_scanning_closes_the_picker(
    qtbot, door: OpenDoor, tmp_path: Path, stick: Path
) -> None:
    """The window's own idle watch shows the scan screen without asking operator mode."""
    screen = operator(qtbot, door, tmp_path, stick)
    click(qtbot, screen.files_view.export_button)
    picker = picker_of(screen)
    screen.hide()  # what the window's screen stack does to a screen it leaves
    screen.show()
    assert not picker.isVisible() and not picker.is_open
