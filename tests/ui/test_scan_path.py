"""One way through a scan: one repeat gate for camera and USB scanner, one presenter.

The kiosk is composed as `kiosk run` composes it (kiosk.app.Kiosk): the camera thread plays
tickets, the keyboard wedge receives a scanner's keys, and the scan screen shows the answers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from kiosk.app import Kiosk
from kiosk.config import Settings
from kiosk.domain.clock import FixedClock
from kiosk.domain.outcome import Outcome
from kiosk.services import file_jobs
from kiosk.services.context import Context
from kiosk.services.door import Door, KioskService
from kiosk.storage.store import EventStore
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.sound import SilentPlayer
from kiosk.ui.startup import open_event
from tests.fakes import DOORS_OPEN, OpenDoor, open_door
from tests.fakes.camera import TicketFrames

KIOSK_ID = "c3c3c3c3c3c3c3c3"


@pytest.fixture
def kiosk_on(qtbot, tmp_path: Path, translations) -> Iterator[Callable[[TicketFrames], Kiosk]]:
    """A composed kiosk whose camera plays the given tickets."""
    made: list[Kiosk] = []
    data = tmp_path / "data"
    data.mkdir()
    context = Context(data, Settings(banner_seconds=30, sound=False), KIOSK_ID)

    def make(frames: TicketFrames) -> Kiosk:
        clock = FixedClock(DOORS_OPEN.astimezone(UTC))
        opened = open_event(context, tmp_path / "event.db")
        kiosk = Kiosk(context, opened, translations, door="정문", clock=clock,
                      sound=SilentPlayer(), ask_pin=lambda _parent: False)  # fmt: skip
        qtbot.addWidget(kiosk.window)
        made.append(kiosk)
        kiosk.start(source=frames)
        return kiosk

    yield make
    for kiosk in made:
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()


def scanner_types(target: QWidget, code: str) -> None:
    """A USB scanner: the whole code in a fast burst, then Enter (through the app's filters)."""
    for char in code:
        key = Qt.Key.Key_A + ord(char) - ord("A") if char.isalpha() else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            QCoreApplication.sendEvent(target, event)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        QCoreApplication.sendEvent(target, event)


def test_a_ticket_shown_to_the_camera_then_to_the_usb_scanner_at_once_is_one_scan(
    qtbot, tmp_path: Path, kiosk_on
) -> None:
    door = open_door(tmp_path / "event.db")
    first, second = door.ticket(1), door.ticket(2)
    door.store.close()
    kiosk = kiosk_on(TicketFrames([first, second]))
    qtbot.waitUntil(lambda: len(kiosk.service.store.records()) == 2, timeout=5000)

    scanner_types(kiosk.window, first)  # the same ticket again, a moment later, by the scanner
    qtbot.wait(100)

    records = kiosk.service.store.records()
    assert [(r.outcome, r.person) for r in records] == [
        (Outcome.ACCEPTED, "S1"),
        (Outcome.ACCEPTED, "S2"),
    ]
    assert kiosk.scan.banner.state == Outcome.ACCEPTED  # no "already checked in" for S1
    assert kiosk.scan.counter.text() == "2 / 5"


class CountedReads:
    """How often the counter's figures are read from the event file."""

    def __init__(self, door: OpenDoor) -> None:
        self.reads = 0
        store = door.store
        for name in ("arrived_count", "expected_count"):
            setattr(store, name, self._counted(getattr(store, name)))

    def _counted(self, read: Callable[[], int]) -> Callable[[], int]:
        def counted() -> int:
            self.reads += 1
            return read()

        return counted


def test_the_counter_follows_scans_undo_and_merge_without_reading_after_each_scan(
    qtbot, door: OpenDoor, tmp_path: Path, translations
) -> None:
    counted = CountedReads(door)
    screen = ScanScreen(door.service, clock=door.clock, sound=SilentPlayer())
    qtbot.addWidget(screen)
    assert screen.counter.text() == "0 / 5"
    before = counted.reads

    for serial in (1, 2, 3, 1):  # the second 1 is a repeat: no new arrival
        screen.on_code_scanned(door.ticket(serial))
    screen.on_code_scanned("NOT-A-TICKET")

    assert screen.counter.text() == "3 / 5"
    assert counted.reads == before  # the answers alone moved the counter
    undone = door.store.records()[0]
    door.service.undo(*undone.key)  # the operator's undo page
    assert screen.counter.text() == "2 / 5"

    other = tmp_path / "back-door.db"  # another door's copy of the event, where S5 arrived
    door.store.backup_to(other)
    back = KioskService(EventStore.open(other), door.clock, Door("d4" * 8, "후문"))
    back.check_in(door.ticket(5))
    back.store.close()
    sources = file_jobs.read_merge_sources(door.store.path, door.service.identity(), [other], [])
    file_jobs.merge(door.service, sources)  # the operator's merge, through the one writer

    assert screen.counter.text() == "3 / 5"
