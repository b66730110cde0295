"""The PIN pad against a stranger: a lockout of minutes that the organizer's key on a USB stick
ends, no input from a barcode scanner, and a pad that steps aside (idle, or a scan result).

The real pad over a real event file with a fixed clock; the removable drives are a folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk
from kiosk.config import Settings
from kiosk.domain.clock import FixedClock
from kiosk.domain.pin import LockoutPolicy, ScryptParams
from kiosk.services.context import Context
from kiosk.services.pins import PinStore
from kiosk.ui.operator.pin_dialog import PinDialog
from kiosk.ui.sound import SilentPlayer
from kiosk.ui.startup import open_event
from tests.fakes import DOORS_OPEN, OpenDoor, open_door
from tests.fakes.camera import TicketFrames

FAST = ScryptParams(n=2**8)


class KeyClock:
    """The pad's key clock: each reading is `step` seconds after the one before."""

    def __init__(self, step: float) -> None:
        self.step, self.now = step, 100.0

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.fixture
def pins(door: OpenDoor) -> PinStore:
    store = PinStore(door.store, door.clock, LockoutPolicy(), FAST)  # the kiosk's own policy
    store.set_pin("2468")
    return store


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    root = tmp_path / "media" / "volunteer" / "STICK"
    root.mkdir(parents=True)
    return root


@pytest.fixture
def pad(qtbot, pins: PinStore) -> Iterator[Callable[..., PinDialog]]:
    """Opens pads over `pins`; they are gone before the event file closes."""
    made: list[PinDialog] = []

    def open_pad(usb: Path | None = None, **options: Any) -> PinDialog:
        shown = PinDialog(pins, key_roots=lambda: [usb] if usb else [], **options)
        made.append(shown)
        shown.show()
        return shown

    yield open_pad
    for shown in made:
        shown.close()
        shown.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def lock_out(shown: PinDialog) -> None:
    for _ in range(5):
        shown.type_pin("1111")


def test_five_wrong_pins_lock_for_a_minute_and_a_stranger_gets_a_quarter_hour_at_most(
    qtbot, pad, pins: PinStore, door: OpenDoor
) -> None:
    shown = pad()
    lock_out(shown)
    assert "1:00" in shown.message_text()
    assert not shown.ok_button.isEnabled()
    for _ in range(6):  # a passer-by comes back after every lockout
        door.clock.advance(pins.locked_for().total_seconds())
        shown.refresh_lock()
        lock_out(shown)
    assert "15:00" in shown.message_text()  # it used to reach 24 hours
    assert PinStore.for_service(door.service, Settings()).policy.base == timedelta(minutes=1)


def test_the_organizers_key_on_a_usb_stick_opens_the_locked_pad(
    qtbot, pad, pins: PinStore, door: OpenDoor, usb: Path
) -> None:
    shown = pad(usb)
    lock_out(shown)
    typed_at = door.clock.now().astimezone(pins.event_zone()).strftime("%H:%M:%S")
    assert shown.key_button.isVisible()
    shown.key_button.click()
    assert "event.key" in shown.message_text()  # nothing plugged in yet: says what to bring
    assert pins.locked_for() > timedelta(0)

    shutil.copy(door.store.path.with_suffix(".key"), usb / "event.key")
    shown.key_button.click()
    assert pins.locked_for() == timedelta(0)
    assert shown.step == "report"  # first: what happened while it was locked
    assert "5" in shown.message_text() and typed_at in shown.message_text()
    with qtbot.waitSignal(shown.accepted):
        shown.ok_button.click()
    assert pins.tries_before_unlock().count == 5  # for operator mode


def test_another_events_key_does_not_open_the_pad(
    qtbot, pad, pins: PinStore, usb: Path, tmp_path: Path
) -> None:
    (tmp_path / "other").mkdir()
    open_door(tmp_path / "other" / "event.db").store.close()
    shutil.copy(tmp_path / "other" / "event.key", usb / "event.key")
    shown = pad(usb)
    lock_out(shown)
    shown.key_button.click()
    assert "not this event's key" in shown.message_text()
    assert shown.result() != PinDialog.DialogCode.Accepted
    assert pins.locked_for() > timedelta(0)


def test_a_burst_of_digits_from_a_scanner_is_no_pin_at_all(qtbot, pad, pins: PinStore) -> None:
    shown = pad(key_clock=KeyClock(0.01))  # 10 ms apart: a scanner
    qtbot.keyClicks(shown, "2468")
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    qtbot.keyClicks(shown, "135790")
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert shown.result() != PinDialog.DialogCode.Accepted  # not even the right PIN
    assert pins.failures_left() == 5  # and the wrong number was no wrong PIN
    assert "scanner" in shown.message_text()


def test_digits_typed_at_a_persons_speed_are_taken(qtbot, pad, pins: PinStore) -> None:
    shown = pad(key_clock=KeyClock(0.3))
    with qtbot.waitSignal(shown.accepted):
        qtbot.keyClicks(shown, "2468")
        qtbot.keyClick(shown, Qt.Key.Key_Return)


def test_the_pad_closes_by_itself_when_nobody_touches_it(qtbot, pad, pins: PinStore) -> None:
    shown = pad(idle_seconds=0.3)
    QTimer.singleShot(150, lambda: shown.digit_buttons["2"].click())  # a touch: 0.3 s more
    with qtbot.waitSignal(shown.rejected, timeout=2000):
        pass
    assert not shown.isVisible()


# -- in the kiosk: a scan while the pad is open --------------------------------------------


@pytest.fixture
def kiosk(qtbot, tmp_path: Path, translations) -> Iterator[Kiosk]:
    data, event_file = tmp_path / "data", tmp_path / "event.db"
    data.mkdir()
    door = open_door(event_file)
    PinStore(door.store, door.clock, params=FAST).set_pin("2468")
    door.store.close()
    context = Context(data, Settings(sound=False, idle_seconds=600), "d4d4d4d4d4d4d4d4")
    clock = FixedClock(DOORS_OPEN.astimezone(UTC))
    made = Kiosk(
        context, open_event(context, event_file), translations, door="정문", clock=clock,
        sound=SilentPlayer(),
    )  # fmt: skip
    made.start(source=TicketFrames([]))
    yield made
    made.window.allow_quit()
    made.window.close()
    made.shutdown()
    made.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_ticket_scanned_while_the_pad_is_open_closes_it_and_shows(qtbot, kiosk: Kiosk) -> None:
    """The scanner types into whatever has the focus: here the pad. A short number is no PIN,
    and a ticket's result is shown, not covered by the pad."""
    ticket = open_door(kiosk.service.store.path).ticket(1)
    seen: list[object] = []

    def scan_into_the_pad() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(modal)
        assert isinstance(modal, PinDialog)
        qtbot.keyClicks(modal, "135790")  # a short numeric barcode: the wedge hands it on
        qtbot.keyClick(modal, Qt.Key.Key_Return)
        seen.append(PinStore(kiosk.service.store, kiosk.clock).failures_left())
        qtbot.keyClicks(modal, ticket)
        qtbot.keyClick(modal, Qt.Key.Key_Return)
        seen.append(modal.isVisible())
        if modal.isVisible():
            modal.reject()  # never leave a test waiting on a pad

    QTimer.singleShot(100, scan_into_the_pad)
    qtbot.mouseClick(kiosk.scan.operator_button, Qt.MouseButton.LeftButton)
    assert isinstance(seen[0], PinDialog)
    assert seen[1] == 5  # the number was no wrong PIN
    assert seen[2] is False  # the scan result closed the pad
    assert QApplication.activeModalWidget() is None
    assert kiosk.window.current_name == "scan"
    assert kiosk.service.store.arrived_count() == 1
