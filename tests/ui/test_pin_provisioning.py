"""Provisioning at the door: a kiosk without an operator PIN keeps operator mode closed and says
who sets it; once the organizer ran `kiosk pin set`, ⚙ asks for that PIN. And a clock a year
behind, once the operator confirmed it, admits valid tickets and the log keeps the confirmation.

The real kiosk (window, scan screen, notices, PIN dialogs) over a real event file, with the
organizer's command run through the command line with its standard input fed."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import Kiosk
from kiosk.cli import run
from kiosk.config import Settings
from kiosk.domain.clock import FixedClock
from kiosk.domain.outcome import Outcome
from kiosk.services.context import Context
from kiosk.ui.operator.pin_dialog import PinDialog, PinMissingDialog
from kiosk.ui.sound import SilentPlayer
from kiosk.ui.startup import open_event
from tests.fakes import DOORS_OPEN, open_door
from tests.fakes.camera import TicketFrames

KIOSK_ID = "c3c3c3c3c3c3c3c3"


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "event.db"
    open_door(path).store.close()  # as `event new` and `roster import` leave it: no PIN
    return path


@pytest.fixture
def data(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    directory.mkdir()
    (directory / "kiosk-id").write_text(KIOSK_ID + "\n")
    return directory


@pytest.fixture
def make_kiosk(qtbot, data: Path, event_file: Path, translations) -> Iterator[Callable]:
    made: list[Kiosk] = []

    def make(clock: FixedClock, ask_pin: Callable[[QWidget], bool] | None = None) -> Kiosk:
        context = Context(data, Settings(sound=False, idle_seconds=600), KIOSK_ID)
        kiosk = Kiosk(
            context,
            open_event(context, event_file),
            translations,
            door="정문",
            clock=clock,
            sound=SilentPlayer(),
            ask_pin=ask_pin,  # None: the real PIN dialogs
        )
        made.append(kiosk)  # not qtbot.addWidget: its close would ask for the real PIN
        kiosk.start(source=TicketFrames([]))
        return kiosk

    yield make
    for kiosk in made:
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()
        kiosk.window.deleteLater()  # with its dialogs, before the language switches back
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def answer_modal(act: Callable[[QWidget | None], None]) -> list[QWidget | None]:
    """Act on the next modal dialog (and close whatever it is, so a test never hangs)."""
    seen: list[QWidget | None] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(modal)
        act(modal)
        if modal is not None and modal.isVisible():
            modal.close()

    QTimer.singleShot(100, look)
    return seen


def pin_set_from_stdin(data: Path, event_file: Path, typed: bytes, monkeypatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(typed)))
    return run(["--data-dir", str(data), "--event", str(event_file), "pin", "set"])


def test_without_a_pin_the_gear_says_who_sets_it_and_after_pin_set_it_asks_for_it(
    qtbot, make_kiosk, data: Path, event_file: Path, monkeypatch, capsys
) -> None:
    kiosk = make_kiosk(FixedClock(DOORS_OPEN.astimezone(UTC)))
    gear = kiosk.scan.operator_button
    assert any("kiosk pin set" in line for line in kiosk.scan.notices.texts())

    messages: list[str] = []

    def read(modal: QWidget | None) -> None:
        if isinstance(modal, PinMissingDialog):
            messages.append(modal.message_text())

    seen = answer_modal(read)
    qtbot.mouseClick(gear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert isinstance(seen[0], PinMissingDialog)  # no pad to choose a PIN on
    assert messages[0].startswith("운영자 PIN이 설정되지 않았습니다")
    assert "kiosk pin set" in messages[0]
    assert kiosk.window.current_name == "scan"

    assert pin_set_from_stdin(data, event_file, b"2468\n", monkeypatch) == 0
    assert "PIN" in capsys.readouterr().out

    steps: list[str] = []

    def enter(modal: QWidget | None) -> None:
        if isinstance(modal, PinDialog):
            steps.append(modal.step)
            modal.type_pin("2468")

    seen = answer_modal(enter)
    qtbot.mouseClick(gear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: kiosk.window.current_name == "operator", timeout=5000)
    assert isinstance(seen[0], PinDialog) and steps == ["verify"]


def test_a_clock_a_year_behind_admits_once_the_operator_confirmed_it(
    qtbot, make_kiosk, event_file: Path
) -> None:
    door = open_door(event_file)
    first, second = door.ticket(1), door.ticket(3)
    door.store.close()
    clock = FixedClock(DOORS_OPEN.replace(year=2023).astimezone(UTC))  # a flat CMOS battery
    kiosk = make_kiosk(clock, ask_pin=lambda parent: True)  # the operator gives the PIN
    date_notice = next(n for n in kiosk.scan.notices.shown() if n.key == "date")

    kiosk.scan.on_code_scanned(first)
    assert kiosk.scan.banner.state == Outcome.NOT_OPEN_YET

    assert date_notice.button is not None
    qtbot.mouseClick(date_notice.button, Qt.MouseButton.LeftButton)
    assert date_notice.isHidden()
    clock.advance(60)
    kiosk.scan.on_code_scanned(second)
    assert kiosk.scan.banner.state == Outcome.ACCEPTED

    refused, accepted = kiosk.service.store.records()
    assert refused.outcome is Outcome.NOT_OPEN_YET and json.loads(refused.details) == {"how": "qr"}
    assert accepted.outcome is Outcome.ACCEPTED
    assert json.loads(accepted.details) == {"clock_confirmed": "2023-10-30", "how": "qr"}


def test_a_clock_notice_not_confirmed_changes_nothing(qtbot, make_kiosk, event_file: Path) -> None:
    door = open_door(event_file)
    code = door.ticket(2)
    door.store.close()
    clock = FixedClock(DOORS_OPEN.replace(year=2023).astimezone(UTC))
    kiosk = make_kiosk(clock, ask_pin=lambda parent: False)  # a wrong PIN, or none given
    date_notice = next(n for n in kiosk.scan.notices.shown() if n.key == "date")
    assert date_notice.button is not None
    qtbot.mouseClick(date_notice.button, Qt.MouseButton.LeftButton)
    assert not date_notice.isHidden()
    kiosk.scan.on_code_scanned(code)
    assert kiosk.scan.banner.state == Outcome.NOT_OPEN_YET
    assert kiosk.service.clock_confirmed is None


def test_the_sample_event_without_a_pin_closes_without_one(qtbot, data: Path, translations) -> None:
    """`kiosk` on a fresh machine opens the sample event, which has no PIN: whoever opened it
    can close it (a real event without a PIN cannot be closed from the window)."""
    from kiosk.services.organizer import ensure_sample_event

    sample = ensure_sample_event(data)
    context = Context(data, Settings(sound=False), KIOSK_ID)
    kiosk = Kiosk(context, open_event(context, sample), translations, sound=SilentPlayer())
    try:
        kiosk.start(source=TicketFrames([]))
        asked = answer_modal(lambda modal: None)  # any PIN dialog is shut, unanswered
        kiosk.window.close()
        qtbot.waitUntil(lambda: not kiosk.window.isVisible(), timeout=3000)
        qtbot.wait(200)
        assert asked == [None]  # and nothing was asked
    finally:
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()
        kiosk.window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
