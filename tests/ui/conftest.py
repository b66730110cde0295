"""UI tests: the bundled font, Korean by default, and no QThread may outlive a test.

The font, the theme and the translator are set up the way kiosk.app does it, so the screens
under test look and read as they do at the door (Hangul from the bundled Noto Sans KR, texts in
Korean).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.ui import theme
from kiosk.ui.application import load_font
from kiosk.ui.i18n import Translations
from tests.threads import no_dangling_threads

__all__ = ["no_dangling_threads"]  # autouse: no test here leaves a thread running


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
