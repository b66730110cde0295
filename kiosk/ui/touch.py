"""Building blocks for finger-sized screens: fonts, buttons and labels readable from a metre.

The search, walk-in and operator screens share these so a key, a result row and an operator
button all have the same minimum size (64 px, about a fingertip on a 14-inch touchscreen).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QWidget,
)

from kiosk.domain.hangul import mask_name
from kiosk.domain.model import Attendee
from kiosk.ui import theme
from kiosk.ui.theme import tokens

TOUCH_PIXELS = tokens.TOUCH_PIXELS  # the smallest side of anything a finger must hit
BUTTON_TEXT_PIXELS = tokens.BUTTON_TEXT_PIXELS
BODY_PIXELS = tokens.BODY_PIXELS
TITLE_PIXELS = tokens.TITLE_PIXELS

# Tones: what a filled button or a line of words says by its colour (kiosk/ui/theme/kiosk.qss).
GOOD = "good"
BAD = "bad"
INFO = "info"
INK = "ink"
MUTED = "muted"
CAUTION = "caution"  # a lost ticket, a possible duplicate: dark amber
ACCENT = "accent"  # walk-in registration


def font(pixels: int, bold: bool = False) -> QFont:
    chosen = QFont()
    chosen.setPixelSize(pixels)
    chosen.setBold(bold)
    return chosen


def label(pixels: int = BODY_PIXELS, *, bold: bool = False, wrap: bool = True) -> QLabel:
    """A label that cannot be selected or copied (the public screen hands out no text)."""
    made = QLabel()
    made.setFont(font(pixels, bold))
    made.setWordWrap(wrap)
    made.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return made


def button(
    pixels: int = BUTTON_TEXT_PIXELS,
    *,
    tone: str = "",
    height: int = TOUCH_PIXELS,
    parent: QWidget | None = None,
) -> QPushButton:
    """A big push button that never takes keyboard focus (the keypad keeps typing): plain, or
    filled with the colour of `tone` (GOOD, BAD, INFO, MUTED, CAUTION, ACCENT)."""
    made = QPushButton(parent)
    made.setFont(font(pixels, bold=bool(tone)))
    made.setMinimumHeight(height)
    made.setMinimumWidth(TOUCH_PIXELS)
    made.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    made.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    made.setProperty("role", "filled" if tone else "plain")
    if tone:
        made.setProperty("tone", tone)
    return made


def say(target: QLabel, text: str, tone: str) -> None:
    """Show `text` on `target` in the colour of `tone` (a status or message line)."""
    target.setText(text)
    theme.set_look(target, "tone", tone)


def title_row(on_close: Callable[[], object]) -> tuple[QLabel, QPushButton, QHBoxLayout]:
    """A screen's title with its close button at the right, as every full screen has."""
    title = label(TITLE_PIXELS, bold=True, wrap=False)
    close = button(tone=MUTED)
    close.setMaximumWidth(220)
    close.clicked.connect(on_close)
    row = QHBoxLayout()
    row.addWidget(title, 1)
    row.addWidget(close)
    return title, close, row


def scroll_area(content: QWidget) -> QScrollArea:
    """A scroll area a finger can use: drag to scroll on a touchscreen, and a wide scroll bar."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    area.verticalScrollBar().setProperty("role", "touch")
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def person_line(attendee: Attendee) -> str:
    """Masked name, then department and position (what tells two 김민수 apart)."""
    org = " ".join(p for p in (attendee.department, attendee.position) if p)
    parts = [mask_name(attendee.name), org, attendee.affiliation]
    return " · ".join(p for p in parts if p)


def clock_text(moment: datetime, zone: object) -> str:
    """HH:MM of an aware time in the event's time zone."""
    return moment.astimezone(zone).strftime("%H:%M")  # type: ignore[arg-type]
