"""The result banner: the big coloured answer a volunteer reads from a metre away.

It shows one result at a time and goes back to "ready" by itself after `seconds`; a new result
replaces the one on screen at once (the timer restarts), so it never holds up the next person.
What it says is decided by kiosk.ui.scan_presenter (a BannerView: masked name, affiliation,
department and position, never a full name or a phone number); the banner only paints it.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.domain.model import CheckinResult, Event
from kiosk.storage.errors import Problem
from kiosk.ui import theme
from kiosk.ui.outcome_style import Tone
from kiosk.ui.scan_presenter import Compose, failure_view, ready_view, result_view
from kiosk.ui.theme import tokens

NAME_PIXELS = 60
TITLE_PIXELS = 40
ICON_PIXELS = tokens.BANNER_ICON_PIXELS


def _label(pixels: int, bold: bool = False, wrap: bool = False) -> QLabel:
    label = QLabel()
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return label


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
        self._compose: Compose = ready_view
        self._view = ready_view()
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
        return self._view.style.key

    def set_event(self, event: Event) -> None:
        self._event = event

    def set_seconds(self, seconds: float, problem_seconds: float | None = None) -> None:
        """How long a green result stays, and how long anything else stays (to be read)."""
        self._good_ms = max(1, int(seconds * 1000))
        self._problem_ms = max(self._good_ms, int((problem_seconds or seconds) * 1000))

    def _start_timer(self) -> None:
        good = self._view.style.tone is Tone.GOOD
        self._timer.start(self._good_ms if good else self._problem_ms)

    def visible_text(self) -> str:
        """Everything the banner says right now, in reading order (for tests and logs)."""
        labels = (self.title, self.name, self.org, self.detail, self.advice)
        return "\n".join(label.text() for label in labels if label.text())

    def show_ready(self) -> None:
        self._timer.stop()
        self._compose = ready_view
        self._render()

    def show_view(self, compose: Compose) -> None:
        """Paint `compose()` (the presenter's view, asked again on a language change) and go
        back to ready after the tone's time."""
        self._compose = compose
        self._render()
        self._start_timer()

    def show_result(self, result: CheckinResult) -> None:
        """A result as the presenter shows it (for tools and tests that have no presenter)."""
        self.show_view(partial(result_view, result, self._event))

    def show_failure(self, problem: Problem) -> None:
        self.show_view(partial(failure_view, problem))

    def _on_timeout(self) -> None:
        self.show_ready()
        self.cleared.emit()

    # -- drawing ---------------------------------------------------------------------------

    def _render(self) -> None:
        view = self._view = self._compose()
        self.icon.setText(view.style.glyph)
        self.title.setText(view.style.title)
        lines = ((self.name, view.name), (self.org, view.org), (self.detail, view.detail))
        for label, value in lines:
            label.setText(value)
            label.setVisible(bool(value))
        self.advice.setText(view.style.advice)
        self.advice.setVisible(bool(view.style.advice))
        self._paint_colours()

    def _paint_colours(self) -> None:
        """The tone's colours, from the theme (`#ResultBanner[tone=...]` in kiosk.qss)."""
        theme.set_look(self, "tone", self._view.style.tone.value, children=True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
