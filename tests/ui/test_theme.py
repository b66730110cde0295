"""One look: colours live in the theme only, and the banner's answers stay distinct and readable."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor

from kiosk.domain.model import Attendee, CheckinResult
from kiosk.domain.outcome import Outcome
from kiosk.storage.errors import Problem
from kiosk.ui import theme, touch
from kiosk.ui.banner import ResultBanner
from kiosk.ui.outcome_style import Tone, style_for
from kiosk.ui.theme import tokens
from tests.fakes import OpenDoor
from tests.ui.screen_helpers import show_screen

UI = Path(__file__).parents[2] / "kiosk" / "ui"
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}\b")
PERSON = Attendee(7, "김민수", "본청", "총무과", "주무관")


def _luminance(colour: str) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    c = QColor(colour)
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(one: str, other: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    dark, light = sorted((_luminance(one), _luminance(other)))
    return (light + 0.05) / (dark + 0.05)


def test_no_colour_is_written_outside_the_theme() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if "theme" in path.relative_to(UI).parts:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if HEX_COLOUR.search(line) or "setStyleSheet(" in line:
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


def test_the_stylesheet_fills_every_token() -> None:
    sheet = theme.stylesheet()
    assert "{{" not in sheet and "}}" not in sheet
    assert tokens.RED in sheet and tokens.GREEN in sheet


@pytest.mark.parametrize("tone", list(Tone))
def test_banner_text_passes_wcag_aa_on_every_outcome_colour(tone: Tone) -> None:
    back, fore = tokens.BANNER[tone.value]
    assert contrast(back, fore) >= 4.5


def test_accepted_repeat_warning_and_refusal_have_different_colours() -> None:
    keys = (Outcome.ACCEPTED, Outcome.ALREADY_CHECKED_IN, Outcome.MALFORMED, Outcome.REVOKED)
    backgrounds = {style_for(key).background for key in keys}
    assert len(backgrounds) == len(keys)


def _painted(banner: ResultBanner) -> QColor:
    """The colour the banner is painted in, a little inside its rounded corner."""
    return banner.grab().toImage().pixelColor(40, 40)


def test_the_banner_is_painted_in_its_outcome_colour(qtbot, door: OpenDoor) -> None:
    banner = ResultBanner(door.service.event, seconds=30)
    show_screen(qtbot, banner, (700, 480))
    assert _painted(banner) == QColor(tokens.KEY)
    expected = {
        Outcome.ACCEPTED: tokens.GREEN,
        Outcome.ALREADY_CHECKED_IN: tokens.AMBER,
        Outcome.NOT_OPEN_YET: tokens.ORANGE,
        Outcome.REVOKED: tokens.RED,
        Outcome.UNDONE: tokens.BLUE,
    }
    for outcome, colour in expected.items():
        banner.show_result(CheckinResult(outcome, PERSON))
        assert _painted(banner) == QColor(colour), outcome
    banner.show_failure(Problem.DISK_FULL)
    assert _painted(banner) == QColor(tokens.RED)
    banner.show_ready()
    assert _painted(banner) == QColor(tokens.KEY)


def test_a_message_line_changes_colour_with_its_tone(qtbot) -> None:
    line = touch.label()
    qtbot.addWidget(line)
    line.show()
    touch.say(line, "저장했습니다", touch.GOOD)
    assert line.palette().windowText().color() == QColor(tokens.GREEN)
    touch.say(line, "기록 실패", touch.BAD)
    assert line.palette().windowText().color() == QColor(tokens.RED)


def test_touch_buttons_of_both_pads_share_one_look(qtbot) -> None:
    """The search keypad's keys and the PIN and volunteer pads' digits are one family."""
    from kiosk.ui.digit_pad import DigitPad
    from kiosk.ui.keypad import Keypad

    keypad, pad = Keypad(), DigitPad((4, 8))
    for widget in (keypad, pad):
        qtbot.addWidget(widget)
    assert keypad.key_button("1").property("role") == "plain"
    assert pad.keys["1"].property("role") == "plain"
    assert pad.keys["✓"].property("role") == "filled"
    assert keypad.key_button("1").minimumHeight() >= touch.TOUCH_PIXELS
    assert pad.keys["1"].minimumHeight() >= touch.TOUCH_PIXELS
