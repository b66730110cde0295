"""The result banner: the big coloured answer a volunteer reads from a metre away.

It shows one result at a time and goes back to "ready" by itself after `seconds`; a new result
replaces the one on screen at once (the timer restarts), so it never holds up the next person.
Only the masked name is shown, with affiliation, department and position: never a full name or a
phone number. Names are shown only when the ticket proved who it belongs to.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain import rules
from kiosk.domain.hangul import mask_name
from kiosk.domain.model import Attendee, CheckinResult, Event
from kiosk.domain.outcome import Outcome
from kiosk.storage.errors import Problem
from kiosk.ui import theme
from kiosk.ui.outcome_style import (
    STORAGE_FAILED,
    OutcomeStyle,
    Tone,
    storage_problem_text,
    style_for,
)
from kiosk.ui.theme import tokens

NAME_PIXELS = 60
TITLE_PIXELS = 40
ICON_PIXELS = tokens.BANNER_ICON_PIXELS

# Outcomes where the ticket proved whose it is; for the others a name would be a guess.
_NAMED = {
    Outcome.ACCEPTED,
    Outcome.ALREADY_CHECKED_IN,
    Outcome.WALK_IN_REGISTERED,
    Outcome.NOT_OPEN_YET,
    Outcome.REVOKED,
    Outcome.UNDONE,
}


def _label(pixels: int, bold: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel()
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


def org_line(attendee: Attendee) -> str:
    """Affiliation · department · position, skipping the empty ones."""
    parts = (attendee.affiliation, attendee.department, attendee.position)
    return " · ".join(p for p in parts if p)


class ResultBanner(QFrame):
    """Ready prompt or the last result, with icon, words and colour together."""

    cleared = Signal()  # went back to ready by itself

    def __init__(
        self,
        event: Event,
        seconds: float,
        parent: QWidget | None = None,
        problem_seconds: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ResultBanner")
        self._event = event
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer may end 5% early
        self._timer.timeout.connect(self._on_timeout)
        self.set_seconds(seconds, problem_seconds)
        self._result: CheckinResult | None = None
        self._problem: Problem | None = None
        self._style: OutcomeStyle = style_for("ready")
        self._build()
        self.show_ready()

    def _build(self) -> None:
        self.icon = _label(int(ICON_PIXELS * 0.62), bold=True)
        self.icon.setObjectName("BannerIcon")
        self.icon.setFixedSize(ICON_PIXELS, ICON_PIXELS)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title = _label(TITLE_PIXELS, bold=True, wrap=True)
        self.name = _label(NAME_PIXELS, bold=True)
        self.org = _label(30, wrap=True)
        self.detail = _label(26, bold=True, wrap=True)
        self.advice = _label(24, wrap=True)
        text = QVBoxLayout()
        text.setSpacing(6)
        text.addStretch(1)
        for label in (self.title, self.name, self.org, self.detail, self.advice):
            text.addWidget(label)
        text.addStretch(1)
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 24, 28, 24)
        row.setSpacing(28)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addLayout(text, 1)

    # -- what is shown -------------------------------------------------------------------

    @property
    def state(self) -> str:
        """ "ready", an Outcome value, or "storage_failed"."""
        return self._style.key

    def set_event(self, event: Event) -> None:
        self._event = event

    def set_seconds(self, seconds: float, problem_seconds: float | None = None) -> None:
        """How long a green result stays, and how long anything else stays (to be read)."""
        self._good_ms = max(1, int(seconds * 1000))
        self._problem_ms = max(self._good_ms, int((problem_seconds or seconds) * 1000))

    def _start_timer(self) -> None:
        good = self._style.tone is Tone.GOOD
        self._timer.start(self._good_ms if good else self._problem_ms)

    def visible_text(self) -> str:
        """Everything the banner says right now, in reading order (for tests and logs)."""
        labels = (self.title, self.name, self.org, self.detail, self.advice)
        return "\n".join(label.text() for label in labels if label.text())

    def show_ready(self) -> None:
        self._timer.stop()
        self._result, self._problem = None, None
        self._render()

    def show_result(self, result: CheckinResult) -> OutcomeStyle:
        self._result, self._problem = result, None
        self._render()
        self._start_timer()
        return self._style

    def show_failure(self, problem: Problem) -> OutcomeStyle:
        """Nothing was recorded: red, never green, and the volunteer is told to scan again."""
        self._result, self._problem = None, problem
        self._render()
        self._start_timer()
        return self._style

    def _on_timeout(self) -> None:
        self.show_ready()
        self.cleared.emit()

    # -- drawing ---------------------------------------------------------------------------

    def _render(self) -> None:
        if self._problem is not None:
            self._style = style_for(STORAGE_FAILED)
            lines = ("", "", storage_problem_text(self._problem))
        elif self._result is not None:
            self._style = style_for(self._result.outcome)
            lines = self._result_lines(self._result)
        else:
            self._style = style_for("ready")
            lines = ("", "", "")
        name, org, detail = lines
        self.icon.setText(self._style.glyph)
        self.title.setText(self._style.title)
        for label, value in ((self.name, name), (self.org, org), (self.detail, detail)):
            label.setText(value)
            label.setVisible(bool(value))
        self.advice.setText(self._style.advice)
        self.advice.setVisible(bool(self._style.advice))
        self._paint_colours()

    def _result_lines(self, result: CheckinResult) -> tuple[str, str, str]:
        attendee = result.attendee if result.outcome in _NAMED else None
        name = mask_name(attendee.name) if attendee else ""
        if attendee and attendee.walk_in:
            name += " " + self.tr("(walk-in)")
        org = org_line(attendee) if attendee else ""
        return name, org, self._detail(result)

    def _detail(self, result: CheckinResult) -> str:
        if result.outcome is Outcome.ALREADY_CHECKED_IN and result.first_at is not None:
            first = self._clock_text(result.first_at)
            door = result.first_door or result.door
            return self.tr("First checked in at {time}, {door}").format(time=first, door=door)
        if result.outcome is Outcome.NOT_OPEN_YET:
            opens = self._clock_text(rules.opens_at(self._event))
            return self.tr("Check-in opens at {time}.").format(time=opens)
        return ""

    def _clock_text(self, moment: datetime) -> str:
        zone: tzinfo | None = self._event.starts_at.tzinfo
        return moment.astimezone(zone).strftime("%H:%M")

    def _paint_colours(self) -> None:
        """The tone's colours, from the theme (`#ResultBanner[tone=...]` in kiosk.qss)."""
        theme.set_look(self, "tone", self._style.tone.value, children=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
