"""The agenda panel: the day's items, the one under way highlighted, and the lecture countdown.

The clock is a parameter (kiosk.domain.clock), so tests pin "now" with a FixedClock; the panel
re-reads it every second. Agenda times are shown in the event's own time zone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain import agenda
from kiosk.domain.clock import Clock
from kiosk.domain.model import AgendaItem, Event
from kiosk.domain.sample import SAMPLE_AGENDA_EN
from kiosk.ui import theme
from kiosk.ui.i18n import current_language

# The `agenda` property of a row's labels: its look comes from the theme (kiosk.qss).
NOW, NEXT, PAST, LATER = "now", "next", "past", "later"


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def countdown_text(left: timedelta) -> tuple[int, int, int]:
    """(hours, minutes, seconds) of a positive time left."""
    seconds = int(left.total_seconds())
    return seconds // 3600, seconds % 3600 // 60, seconds % 60


class AgendaView(QFrame):
    """Now, next and the rest of the day's agenda, refreshed every second."""

    def __init__(self, event: Event, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgendaView")
        self._event = event
        self._clock = clock
        self._english = False
        self.heading = QLabel()
        self.heading.setFont(_font(22, bold=True))
        self.countdown = QLabel()
        self.countdown.setFont(_font(26, bold=True))
        self.countdown.setObjectName("Countdown")
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(2)
        self._rows: list[tuple[datetime, AgendaItem, QLabel, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.countdown)
        layout.addLayout(self._grid)
        layout.addStretch(1)
        self._fill()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()

    def set_event(self, event: Event) -> None:
        self._event = event
        self._fill()
        self.refresh()

    def _fill(self) -> None:
        for _, _, clock_label, title_label in self._rows:
            clock_label.deleteLater()
            title_label.deleteLater()
        self._rows = []
        for row, (start, item) in enumerate(agenda.timeline(self._event)):
            clock_label = QLabel(start.strftime("%H:%M"))
            clock_label.setFont(_font(20, bold=True))
            title_label = QLabel()
            title_label.setFont(_font(20))
            title_label.setWordWrap(True)
            self._grid.addWidget(clock_label, row, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(title_label, row, 1, Qt.AlignmentFlag.AlignTop)
            self._rows.append((start, item, clock_label, title_label))
        self._grid.setColumnStretch(1, 1)

    def refresh(self) -> None:
        """Re-read the clock: highlight the item under way, mark the next, update the countdown."""
        now = self._clock.now()
        current, upcoming = agenda.current_and_next(self._event, now)
        for start, item, clock_label, title_label in self._rows:
            if item is current:
                look = NOW
            elif item is upcoming:
                look = NEXT
            else:
                look = PAST if start <= now else LATER
            theme.set_look(clock_label, "agenda", look)
            theme.set_look(title_label, "agenda", look)
            title_label.setText(self._title(item, item is current, item is upcoming))
        self.countdown.setText(self._countdown(agenda.countdown(self._event, now)))

    def _title(self, item: AgendaItem, is_now: bool, is_next: bool) -> str:
        title = SAMPLE_AGENDA_EN.get(item.title, item.title) if self._english else item.title
        if is_now:
            return self.tr("NOW") + "  " + title
        if is_next:
            return self.tr("NEXT") + "  " + title
        return title

    def _countdown(self, left: timedelta | None) -> str:
        if left is None:
            return self.tr("The lecture has started")
        hours, minutes, seconds = countdown_text(left)
        if hours:
            return self.tr("Lecture starts in {h} h {m} min").format(h=hours, m=minutes)
        return self.tr("Lecture starts in {m} min {s} s").format(m=minutes, s=seconds)

    def retranslate(self) -> None:
        self._english = current_language() == "en" and self._event.is_sample
        self.heading.setText(self.tr("Today's programme"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
