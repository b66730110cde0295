"""UI tests: the bundled font, Korean by default, and no QThread may outlive a test.

The font, the theme and the translator are set up the way kiosk.app does it, so the screens
under test look and read as they do at the door (Hangul from the bundled Noto Sans KR, texts in
Korean).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from kiosk.app import load_font
from kiosk.ui import theme
from kiosk.ui.i18n import Translations
from tests.fakes import OpenDoor, open_door


def _running_qthreads(started: list[QThread]) -> list[QThread]:
    main = QThread.currentThread()
    found = [o for o in gc.get_objects() if isinstance(o, QThread) and o is not main]
    unique = {id(t): t for t in [*started, *found]}
    return [t for t in unique.values() if shiboken6.isValid(t) and t.isRunning()]


@pytest.fixture(autouse=True)
def _no_dangling_qthreads(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QThread (or a new Python thread) running, after stopping it.

    Every started QThread is held here until the check, so a forgotten thread is reported
    instead of being destroyed while running (which aborts the whole test run).
    """
    started: list[QThread] = []
    original_start = QThread.start

    def start(self: QThread, *args: object) -> None:
        started.append(self)
        original_start(self, *args)

    monkeypatch.setattr(QThread, "start", start)
    before = set(threading.enumerate())
    yield
    leftovers = _running_qthreads(started)
    for thread in leftovers:
        stop = getattr(thread, "stop", None)
        if callable(stop):
            stop()
        thread.quit()
        thread.wait(5000)
    strays = [t for t in threading.enumerate() if t not in before and t.is_alive() and not t.daemon]
    if leftovers or strays:
        pytest.fail(f"threads still running after the test: {leftovers + strays}")


@pytest.fixture(scope="session", autouse=True)
def _kiosk_theme(qapp: QApplication) -> None:
    """The kiosk's stylesheet, as kiosk.app installs it: screens under test look as at the door."""
    theme.install(qapp)


@pytest.fixture(scope="session")
def kiosk_font(qapp: QApplication) -> str:
    family = load_font(qapp)
    assert family, "the bundled Korean font did not load"
    return family


@pytest.fixture
def translations(qapp: QApplication, kiosk_font: str) -> Iterator[Translations]:
    """Korean, as the kiosk starts; English again afterwards so tests do not leak language."""
    chosen = Translations(qapp)
    assert chosen.switch("ko"), "assets/translations/kiosk_ko.qm is missing"
    yield chosen
    chosen.switch("en")


@pytest.fixture
def door(tmp_path: Path) -> Iterator[OpenDoor]:
    """A real event file with five synthetic attendees, a fixed clock, and the organizer's key."""
    opened = open_door(tmp_path / "event.db")
    yield opened
    opened.store.close()
