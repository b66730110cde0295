"""A USB scanner typing like a keyboard: a fast burst + Enter is a scan, wherever the focus is."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from kiosk.domain.keylayout import KEY_JAMO, hangul_typed
from kiosk.scanner.wedge import KeyboardWedge
from tests.fakes.camera import FakeClock, ticket

SCANNER_GAP = 0.004  # a scanner's keys come every few milliseconds
HUMAN_GAP = 0.18


@pytest.fixture
def screen(qtbot: QtBot) -> tuple[QWidget, QLineEdit]:
    """A screen with a search field; the keys go to it (the worst place for a scan to land).

    Not shown: the offscreen platform warns on show(), and key events are sent to the field.
    """
    window = QWidget()
    field = QLineEdit(window)
    QVBoxLayout(window).addWidget(field)
    qtbot.addWidget(window)
    return window, field


@pytest.fixture
def wedge(clock: FakeClock) -> Iterator[KeyboardWedge]:
    wedge = KeyboardWedge(clock=clock)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(wedge)
    yield wedge
    app.removeEventFilter(wedge)


def key(target: QWidget, text: str, clock: FakeClock, gap: float, key: int = 0) -> None:
    clock.advance(gap)
    qt_key = key or (
        Qt.Key.Key_A + ord(text.upper()) - ord("A") if text.isalpha() and text.isascii() else 0
    )
    press = QKeyEvent(QEvent.Type.KeyPress, qt_key, Qt.KeyboardModifier.NoModifier, text)
    QCoreApplication.sendEvent(target, press)
    release = QKeyEvent(QEvent.Type.KeyRelease, qt_key, Qt.KeyboardModifier.NoModifier, text)
    QCoreApplication.sendEvent(target, release)


def enter(target: QWidget, clock: FakeClock, gap: float) -> None:
    key(target, "\r", clock, gap, key=Qt.Key.Key_Return)


def type_keys(target: QWidget, texts: list[str], clock: FakeClock, gap: float) -> None:
    for text in texts:
        key(target, text, clock, gap)


def scans(wedge: KeyboardWedge) -> list[str]:
    found: list[str] = []
    wedge.code_scanned.connect(found.append)
    return found


def test_a_scan_in_latin_mode_is_caught_and_kept_out_of_the_field(
    screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    _, field = screen
    found = scans(wedge)
    type_keys(field, list(ticket(1)), clock, SCANNER_GAP)
    enter(field, clock, SCANNER_GAP)
    assert found == [ticket(1)]
    assert field.text() == ""


def test_a_scan_typed_in_hangul_mode_still_gives_the_ticket(
    screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    """Each key arrives as the jamo the Hangul layout puts on it (Shift+R -> ㄲ, 2 -> 2)."""
    _, field = screen
    found = scans(wedge)
    jamo = [KEY_JAMO.get(ch) or KEY_JAMO.get(ch.lower(), ch) for ch in ticket(2)]
    assert any(j != ch for j, ch in zip(jamo, ticket(2), strict=True))
    type_keys(field, jamo, clock, SCANNER_GAP)
    enter(field, clock, SCANNER_GAP)
    assert found == [ticket(2)]
    assert field.text() == ""


def test_a_scan_composed_by_the_input_method_still_gives_the_ticket(
    screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    """With an input method the field receives composed syllables as commits (깡, ㄴ, ...)."""
    _, field = screen
    found = scans(wedge)
    for chunk in hangul_typed(ticket(3)):
        clock.advance(SCANNER_GAP * 2)
        event = QInputMethodEvent("", [])
        event.setCommitString(chunk)
        QCoreApplication.sendEvent(field, event)
    enter(field, clock, SCANNER_GAP)
    assert found == [ticket(3)]
    assert field.text() == ""


def test_slow_typing_is_not_a_scan_and_reaches_the_field(
    screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    _, field = screen
    found = scans(wedge)
    type_keys(field, list("KIMHANEUL"), clock, HUMAN_GAP)
    enter(field, clock, HUMAN_GAP)
    assert found == []
    assert field.text() == "KIMHANEUL"


def test_a_short_fast_burst_is_not_a_scan(
    screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    _, field = screen
    found = scans(wedge)
    type_keys(field, list("ok"), clock, SCANNER_GAP)  # two keys rolled quickly, then Enter
    enter(field, clock, SCANNER_GAP)
    assert found == []
    assert field.text() == "ok"


def test_a_held_key_reaches_the_field_after_a_pause(
    qtbot: QtBot, screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    _, field = screen
    key(field, "김", clock, HUMAN_GAP)
    assert field.text() == ""  # held a moment: it could be the start of a scan
    clock.advance(HUMAN_GAP)
    qtbot.waitUntil(lambda: field.text() == "김", timeout=2000)


def test_a_pause_in_the_middle_breaks_the_burst(
    screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    _, field = screen
    found = scans(wedge)
    type_keys(field, list("ABCDEFGH"), clock, SCANNER_GAP)
    type_keys(field, list("IJ"), clock, HUMAN_GAP)
    enter(field, clock, HUMAN_GAP)
    assert found == []
    assert field.text() == "ABCDEFGHIJ"


def test_a_scanner_in_lower_case_or_caps_lock_gives_the_ticket_in_its_one_text(
    screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    _, field = screen
    found = scans(wedge)
    type_keys(field, list(ticket(1).lower()), clock, SCANNER_GAP)
    enter(field, clock, SCANNER_GAP)
    clock.advance(HUMAN_GAP)
    twin = ticket(2).replace("S", "ſ", 1)  # a lookalike: str.upper() would make it 'S'
    type_keys(field, list(twin), clock, SCANNER_GAP)
    enter(field, clock, SCANNER_GAP)
    assert found == [ticket(1), twin]  # the lookalike stays itself, for a `malformed` answer
    assert field.text() == ""


def test_a_burst_longer_than_any_ticket_is_dropped_and_reported(
    screen: tuple[QWidget, QLineEdit], wedge: KeyboardWedge, clock: FakeClock
) -> None:
    """10,000 keys at scanner speed reached the search field and froze the kiosk."""
    _, field = screen
    found, dropped = scans(wedge), []
    wedge.burst_dropped.connect(dropped.append)
    type_keys(field, list("ㄱ" * 10_000), clock, SCANNER_GAP)
    enter(field, clock, SCANNER_GAP)
    assert field.text() == "" and found == []
    assert dropped == [10_000]
    clock.advance(HUMAN_GAP)  # after the burst, scans and people work as before
    type_keys(field, list(ticket(1)), clock, SCANNER_GAP)
    enter(field, clock, SCANNER_GAP)
    assert found == [ticket(1)]
    type_keys(field, list("KIM"), clock, HUMAN_GAP)
    enter(field, clock, HUMAN_GAP)
    assert field.text() == "KIM"
