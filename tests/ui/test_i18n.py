"""Korean by default, English on request, switched while the kiosk runs."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.domain.outcome import Outcome
from kiosk.resources import translations_dir
from kiosk.ui.i18n import current_language
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.start_notices import sample_text
from tests.fakes import OpenDoor

# The translation contexts of the scan screen and the app's backbone.
BACKBONE = {
    "AgendaView",
    "CameraView",
    "MainWindow",
    "Notice",
    "OutcomeStyle",
    "ResultBanner",
    "ScanScreen",
    "StartNotices",
    "Startup",
}


@pytest.fixture
def screen(qtbot, door: OpenDoor, translations) -> ScanScreen:
    scan = ScanScreen(door.service, clock=door.clock, banner_seconds=30)
    qtbot.addWidget(scan)
    scan.notices.add("sample", sample_text)
    scan.show()
    return scan


def test_switching_language_rewrites_what_is_on_screen(
    qtbot, screen: ScanScreen, door: OpenDoor, translations
) -> None:
    screen.on_code_scanned(door.ticket(3))
    assert current_language() == "ko"
    assert screen.search_button.text() == "이름으로 찾기"
    assert "입장 확인" in screen.banner.visible_text()
    assert screen.agenda.heading.text() == "오늘의 일정"
    assert screen.notices.texts() == [
        "샘플 데이터입니다 — 실제 행사는 kiosk event new 로 만드세요."
    ]

    translations.switch("en")  # Qt posts a LanguageChange event to every widget

    qtbot.waitUntil(lambda: screen.search_button.text() == "Find by name", timeout=2000)
    assert screen.walk_in_button.text() == "Register walk-in"
    assert "Checked in" in screen.banner.visible_text()
    assert "박*연" in screen.banner.visible_text()  # the result stays, only its words change
    assert screen.banner.state == Outcome.ACCEPTED
    assert screen.agenda.heading.text() == "Today's programme"
    assert screen.counter_caption.text() == "Arrived"
    assert screen.notices.texts()[0].startswith("Sample data")

    translations.switch("ko")

    qtbot.waitUntil(lambda: screen.search_button.text() == "이름으로 찾기", timeout=2000)
    assert "입장 확인" in screen.banner.visible_text()


def test_a_missing_translation_falls_back_to_english(qapp, tmp_path: Path) -> None:
    from kiosk.ui.i18n import Translations

    chosen = Translations(qapp, directory=tmp_path)
    assert chosen.switch("ko") is False
    assert current_language() == "en"


def _unfinished(ts_file: Path) -> list[str]:
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if name in BACKBONE and (
                translation is None or translation.get("type") == "unfinished"
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def test_every_backbone_text_has_a_korean_translation() -> None:
    assert _unfinished(translations_dir() / "kiosk_ko.ts") == []


def test_the_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    """kiosk_ko.qm must be rebuilt (assets/translations/update.py) whenever kiosk_ko.ts changes."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed here")
    fresh = tmp_path / "kiosk_ko.qm"
    subprocess.run(
        [str(lrelease), str(translations_dir() / "kiosk_ko.ts"), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == (translations_dir() / "kiosk_ko.qm").read_bytes()
