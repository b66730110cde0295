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

TOUCH_PIXELS = 64  # the smallest side of anything a finger must hit
BUTTON_TEXT_PIXELS = 26
BODY_PIXELS = 24
TITLE_PIXELS = 34

GOOD = "#1b7f3b"
BAD = "#c62828"
INFO = "#1f5fa8"
INK = "#263238"
MUTED = "#546e7a"
PLAIN_STYLE = (
    "QPushButton { background: #eceff1; color: #263238; border: 1px solid #b0bec5;"
    " border-radius: 10px; padding: 6px 14px; }"
    " QPushButton:pressed { background: #90a4ae; }"
    " QPushButton:checked { background: #1f5fa8; color: white; }"
    " QPushButton:disabled { color: #90a4ae; }"
)


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
    colour: str = "",
    height: int = TOUCH_PIXELS,
    parent: QWidget | None = None,
) -> QPushButton:
    """A big push button that never takes keyboard focus (the keypad keeps typing)."""
    made = QPushButton(parent)
    made.setFont(font(pixels, bold=bool(colour)))
    made.setMinimumHeight(height)
    made.setMinimumWidth(TOUCH_PIXELS)
    made.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    made.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    made.setStyleSheet(
        (
            f"QPushButton {{ background: {colour}; color: white; border-radius: 10px;"
            f" padding: 6px 18px; }}"
            " QPushButton:disabled { background: #b0bec5; color: #eceff1; }"
        )
        if colour
        else PLAIN_STYLE
    )
    return made


def title_row(on_close: Callable[[], object]) -> tuple[QLabel, QPushButton, QHBoxLayout]:
    """A screen's title with its close button at the right, as every full screen has."""
    title = label(TITLE_PIXELS, bold=True, wrap=False)
    close = button(colour=MUTED)
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
    area.verticalScrollBar().setStyleSheet("QScrollBar:vertical { width: 28px; }")
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
