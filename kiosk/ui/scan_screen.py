"""The public scan screen: camera, result banner, arrived counter, agenda and the big buttons.

A scanned code goes to the service (one writer, on the GUI thread: a commit takes a few ms);
the banner shows the answer only after the row committed, as the ScanPresenter words it. When
the disk refuses, the banner is red and says nothing was recorded. Search and walk-in stay
usable whatever the camera does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.clock import Clock
from kiosk.domain.model import CheckinResult
from kiosk.domain.sample import SAMPLE_EN
from kiosk.services.door import KioskService
from kiosk.storage.errors import StorageError
from kiosk.ui import touch
from kiosk.ui.agenda_view import AgendaView
from kiosk.ui.banner import ResultBanner
from kiosk.ui.camera_view import CameraView
from kiosk.ui.doors_view import DoorsIndicator
from kiosk.ui.i18n import current_language
from kiosk.ui.notice_bar import NoticeBar
from kiosk.ui.scan_presenter import Presentation, ScanPresenter
from kiosk.ui.sound import SilentPlayer, SoundPlayer
from kiosk.ui.taps import TapGuard

log = logging.getLogger(__name__)
BUTTON_HEIGHT = 96


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def _big_button(tone: str) -> QPushButton:
    button = QPushButton()
    button.setFont(_font(30, bold=True))
    button.setMinimumHeight(BUTTON_HEIGHT)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys belong to the barcode wedge
    button.setProperty("role", "filled")
    button.setProperty("tone", tone)
    return button


class ScanScreen(QWidget):
    """What attendees and volunteers see at the door."""

    search_requested = Signal()
    walk_in_requested = Signal()
    operator_requested = Signal()
    result_shown = Signal(object)  # the CheckinResult (None: not recorded), once it is shown
    scan_not_recorded = Signal(str)  # the code, so the camera may report it again at once

    def __init__(
        self,
        service: KioskService,
        *,
        clock: Clock,
        banner_seconds: float = 1.4,
        problem_banner_seconds: float = 3.0,
        sound: SoundPlayer | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ScanScreen")
        self.service = service
        self.sound: SoundPlayer = sound or SilentPlayer()
        # While the operator's join page is open it takes pairing codes (True: taken).
        self.code_claim: Callable[[str], bool] | None = None
        self.camera = CameraView(self)
        self.banner = ResultBanner(service.event, banner_seconds, self, problem_banner_seconds)
        self.agenda = AgendaView(service.event, clock, self)
        self.notices = NoticeBar(self)
        self.presenter = ScanPresenter(service, self)
        self._build()
        self.presenter.counter_changed.connect(self.counter.setText)
        self.counter.setText(self.presenter.counter_text())
        self.retranslate()

    # -- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # the theme's page colour
        page = QVBoxLayout(self)
        page.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # a full-screen page
        page.setContentsMargins(16, 10, 16, 14)
        page.setSpacing(10)
        page.addLayout(self._header())
        page.addWidget(self.notices)
        body = QHBoxLayout()
        body.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(self.camera, 3)
        left.addWidget(self.agenda, 2)
        right = QVBoxLayout()
        right.setSpacing(12)
        right.addWidget(self.banner, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.search_button = _big_button(touch.INFO)
        self.walk_in_button = _big_button(touch.ACCENT)
        # After a search check-in or a walk-in the screen comes back under the finger: the
        # second tap of the double tap that registered must not open the form again.
        self.taps = TapGuard()
        self.search_button.clicked.connect(self.taps.guarded(self.search_requested.emit))
        self.walk_in_button.clicked.connect(self.taps.guarded(self.walk_in_requested.emit))
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.walk_in_button)
        right.addLayout(buttons)
        body.addLayout(left, 5)
        body.addLayout(right, 6)
        page.addLayout(body, 1)

    def _header(self) -> QHBoxLayout:
        self.title = QLabel()
        self.title.setFont(_font(28, bold=True))
        self.subtitle = QLabel()
        self.subtitle.setFont(_font(18))
        self.subtitle.setObjectName("Subtitle")
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.title)
        names.addWidget(self.subtitle)
        self.doors = DoorsIndicator()
        names.addWidget(self.doors)
        self.counter_caption = QLabel()
        self.counter_caption.setFont(_font(20, bold=True))
        self.counter = QLabel()
        self.counter.setFont(_font(44, bold=True))
        self.counter.setObjectName("Counter")
        counter = QHBoxLayout()
        counter.setSpacing(10)
        counter.addWidget(self.counter_caption, 0, Qt.AlignmentFlag.AlignVCenter)
        counter.addWidget(self.counter)
        self.operator_button = QPushButton("⚙")
        self.operator_button.setFixedSize(64, 64)
        self.operator_button.setFont(_font(30))
        self.operator_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.operator_button.setProperty("role", "quiet")
        self.operator_button.clicked.connect(self.operator_requested)
        row = QHBoxLayout()
        row.addLayout(names, 1)
        row.addLayout(counter)
        row.addSpacing(12)
        row.addWidget(self.operator_button)
        return row

    # -- scanning -----------------------------------------------------------------------

    def on_code_scanned(self, code: str, how: str = "qr") -> None:
        """A new scan from the camera (or, with how="scanner", the barcode wedge; repeats were
        held back by the scanner's RepeatGate): check it in and show the answer; the row
        records which of the two it came from. A scan that could not be recorded is announced
        by `scan_not_recorded`, so the gate lets the same code through again at once."""
        if self.code_claim is not None and self.code_claim(code):
            return
        try:
            result = self.service.check_in(code, how=how)  # returns once the row committed
        except StorageError as error:
            self.show_storage_failure(error)
            self.scan_not_recorded.emit(code)
            return
        self.show_result(result)

    def on_code_typed(self, code: str) -> None:
        """A code from a USB barcode scanner typing like a keyboard (kiosk.scanner.wedge)."""
        self.on_code_scanned(code, how="scanner")

    def show_result(self, result: CheckinResult) -> None:
        """A committed result (a scan, a search check-in, a walk-in): banner, sound, counter."""
        self._present(self.presenter.present(result))
        self.result_shown.emit(result)

    def show_storage_failure(self, error: StorageError) -> None:
        log.error("check-in not recorded: %s", error)
        self._present(self.presenter.present_failure(error))
        self.result_shown.emit(None)

    def _present(self, shown: Presentation) -> None:
        self.banner.show_view(shown.banner)
        self.sound.play(shown.sound)

    def refresh_counter(self) -> None:
        """Count again (the presenter follows the service's notifications by itself)."""
        self.presenter.recount()

    def set_banner_seconds(self, seconds: float, problem_seconds: float | None = None) -> None:
        self.banner.set_seconds(seconds, problem_seconds)

    def reload_event(self) -> None:
        """After an import or settings change: new titles and agenda (the counter follows the
        service's notifications)."""
        self.banner.set_event(self.service.event)
        self.agenda.set_event(self.service.event)
        self.retranslate()

    # -- language -----------------------------------------------------------------------

    def retranslate(self) -> None:
        event = self.service.event
        english = current_language() == "en" and event.is_sample
        title = SAMPLE_EN.get(event.title, event.title) if english else event.title
        venue = SAMPLE_EN.get(event.venue, event.venue) if english else event.venue
        self.title.setText(title)
        door = self.tr("Door: {door}").format(door=self.service.door.name)
        self.subtitle.setText(" · ".join(p for p in (venue, door) if p))
        self.counter_caption.setText(self.tr("Arrived"))
        self.search_button.setText(self.tr("Find by name"))
        self.walk_in_button.setText(self.tr("Register walk-in"))
        self.operator_button.setToolTip(self.tr("Operator"))
        self.doors.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
