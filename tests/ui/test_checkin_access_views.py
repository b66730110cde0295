"""How each check-in was made, as the operator sees it, and the event's name check-in mode.

The undo list says how each row was checked in and can list only the name check-ins; the
settings page switches the event between staffed and self-service; the scan screen tells a
camera scan from a USB scanner's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.config import Settings
from kiosk.domain.access import NameCheckin, Unlock, how_of
from kiosk.services.context import Context
from kiosk.ui.operator.settings_view import SettingsView
from kiosk.ui.operator.undo_view import UndoView
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.sound import SilentPlayer
from tests.fakes import OpenDoor
from tests.ui.screen_helpers import show_screen


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_undo_list_says_how_each_person_was_checked_in(
    qtbot, door: OpenDoor, translations
) -> None:
    door.service.check_in(door.ticket(1), how="qr")
    door.clock.advance(1)
    door.service.check_in(door.ticket(2), how="scanner")
    door.clock.advance(1)
    door.service.check_in_person("S3", Unlock.PHONE)
    door.clock.advance(1)
    door.service.register_walk_in("정하늘", "본청")
    view = UndoView(door.service)
    show_screen(qtbot, view)
    rows = view.row_texts()
    assert rows[0].endswith("[현장 등록]") and "정하늘" in rows[0]
    assert rows[1].endswith("[이름(전화 확인)]") and "박서연" in rows[1]
    assert rows[2].endswith("[스캐너]") and rows[3].endswith("[QR]")


def test_the_operator_lists_only_the_name_check_ins(qtbot, door: OpenDoor, translations) -> None:
    door.service.check_in(door.ticket(1), how="qr")
    door.service.check_in_person("S3", Unlock.VOLUNTEER)
    view = UndoView(door.service)
    show_screen(qtbot, view)
    assert len(view.row_texts()) == 2
    click(qtbot, view.name_only_button)
    assert len(view.row_texts()) == 1 and "[이름(봉사자)]" in view.row_texts()[0]
    click(qtbot, view.name_only_button)
    assert len(view.row_texts()) == 2


def test_the_operator_switches_the_event_to_self_service_and_back(
    qtbot, door: OpenDoor, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    view = SettingsView(door.service, Context(data, Settings(), door.service.door.kiosk_id))
    show_screen(qtbot, view)
    assert view.staffed_button.isChecked()
    click(qtbot, view.self_service_button)
    assert door.service.name_checkin() is NameCheckin.SELF_SERVICE
    assert door.store.meta("name_checkin") == "self-service"  # in the event file
    click(qtbot, view.staffed_button)
    assert door.service.name_checkin() is NameCheckin.STAFFED


def test_the_scan_screen_tells_the_camera_from_the_usb_scanner(qtbot, door: OpenDoor) -> None:
    screen = ScanScreen(door.service, clock=door.clock, sound=SilentPlayer())
    qtbot.addWidget(screen)
    screen.on_code_scanned(door.ticket(1))  # what the camera thread emits
    screen.on_code_typed(door.ticket(2))  # what the keyboard wedge emits
    first, second = door.store.records()
    assert how_of(first.details) == ("qr", "")
    assert how_of(second.details) == ("scanner", "")
