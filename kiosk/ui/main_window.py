"""The kiosk window: a stack of screens (scan, search, walk-in, operator) and its guards.

The scan screen is home: idle time, an unexpected error or a finished task all lead back to it.
The other screens are built the first time they are needed (start-up stays fast: the operator
screen alone takes 0.4 s to import), each by its own method that connects its signals.
The window refuses to close unless the operator PIN is given (the built-in sample event without
a PIN aside: it holds nothing to protect, and whoever opened it must be able to close it).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QLayout, QMainWindow, QStackedWidget, QWidget

from kiosk.config import Settings
from kiosk.domain.model import CheckinResult
from kiosk.services.context import Context
from kiosk.services.door import KioskService
from kiosk.services.pins import is_pin_set
from kiosk.storage.errors import StorageError
from kiosk.ui.door_sync import DoorSync
from kiosk.ui.guard import FullScreenHold, IdleWatch
from kiosk.ui.operator.pin_dialog import close_pin_pads
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.volunteer_unlock import shared_unlock

if TYPE_CHECKING:
    from kiosk.ui.operator.operator_screen import OperatorScreen
    from kiosk.ui.search_screen import SearchScreen
    from kiosk.ui.walkin_screen import WalkInScreen

    Screen = SearchScreen | WalkInScreen | OperatorScreen

log = logging.getLogger(__name__)
AskPin = Callable[[QWidget], bool]


class MainWindow(QMainWindow):
    """Hosts the screens and decides which one is showing."""

    language_requested = Signal(str)
    camera_requested = Signal(str)
    settings_changed = Signal(object)

    def __init__(
        self,
        service: KioskService,
        scan: ScanScreen,
        *,
        settings: Settings,
        ask_pin: AskPin,
        context: Context,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.service = service
        self.scan = scan
        self.settings = settings
        self.context = context
        self._ask_pin = ask_pin
        self._quit_allowed = False
        self.door_sync: DoorSync | None = None  # live sync between the doors, when it is on
        self.screens: dict[str, Screen] = {}
        self.stack = QStackedWidget(self)
        self.stack.addWidget(scan)
        self.setCentralWidget(self.stack)
        # The screens' minimum sizes change with their texts; a full-screen kiosk window must
        # not follow them (and the offscreen platform warns about every such change).
        layout = self.layout()
        if layout is not None:
            layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.idle = IdleWatch(settings.idle_seconds, self)
        self.idle.went_idle.connect(self._on_went_idle)
        shared_unlock(service).set_seconds(settings.volunteer_idle_seconds)
        self.hold = FullScreenHold(self)  # started by kiosk mode (--fullscreen)
        scan.search_requested.connect(lambda: self.show_screen("search"))
        scan.walk_in_requested.connect(lambda: self.show_screen("walk_in"))
        scan.operator_requested.connect(self._on_operator_requested)
        scan.result_shown.connect(self._on_result_shown)
        self.retranslate()

    # -- which screen -------------------------------------------------------------------

    @property
    def current_name(self) -> str:
        current = self.stack.currentWidget()
        if current is self.scan:
            return "scan"
        return next((n for n, w in self.screens.items() if w is current), "?")

    def show_scan(self) -> None:
        self.stack.setCurrentWidget(self.scan)
        self.idle.set_seconds(self.settings.idle_seconds)
        # The volunteer's task ended: the next person in line finds name check-in and walk-ins
        # closed again, not open on the volunteer's code.
        shared_unlock(self.service).lock()

    def show_screen(self, name: str) -> QWidget:
        screen = self.screens.get(name) or self._build(name)
        self.stack.setCurrentWidget(screen)
        seconds = self.settings.operator_idle_seconds if name == "operator" else None
        self.idle.set_seconds(seconds or self.settings.idle_seconds)
        screen.reset()
        return screen

    def _build(self, name: str) -> Screen:
        builders: dict[str, Callable[[], Screen]] = {
            "search": self._search_screen,
            "walk_in": self._walk_in_screen,
            "operator": self._operator_screen,
        }
        screen = builders[name]()
        self.screens[name] = screen
        self.stack.addWidget(screen)
        return screen

    def _search_screen(self) -> SearchScreen:
        from kiosk.ui.search_screen import SearchScreen

        screen = SearchScreen(self.service, parent=self.stack)
        screen.closed.connect(self.show_scan)
        screen.checked_in.connect(self._on_done)
        return screen

    def _walk_in_screen(self) -> WalkInScreen:
        from kiosk.ui.walkin_screen import WalkInScreen

        screen = WalkInScreen(self.service, parent=self.stack)
        screen.closed.connect(self.show_scan)
        screen.registered.connect(self._on_done)
        return screen

    def _operator_screen(self) -> OperatorScreen:
        from kiosk.ui.operator.operator_screen import OperatorScreen

        screen = OperatorScreen(self.service, self.context, parent=self.stack)
        screen.closed.connect(self.show_scan)
        screen.language_changed.connect(self.language_requested.emit)
        screen.camera_changed.connect(self.camera_requested.emit)
        screen.settings_changed.connect(self._on_settings_changed)
        screen.quit_requested.connect(self.quit_by_operator)
        screen.data_changed.connect(self.scan.reload_event)
        if self.door_sync is not None:
            self._add_doors_page(screen)
        return screen

    def _add_doors_page(self, screen: OperatorScreen) -> None:
        """Operator mode's "Doors" page, beside the others (sync on only)."""
        from kiosk.ui.operator.doors_page import DoorsPage

        def claim(handler: Callable[[str], bool] | None) -> None:
            self.scan.code_claim = handler

        page = DoorsPage(self.door_sync, claim)
        screen.add_page("doors", page, page.title)

    def _on_done(self, result: CheckinResult) -> None:
        """A search check-in or a walk-in: back home, with its banner and sound."""
        self.show_scan()
        self.scan.taps.hold()
        self.scan.show_result(result)

    def _on_result_shown(self, _result: object) -> None:
        """A ticket was scanned while a volunteer was searching: the person at the camera
        needs the answer now, so the banner comes forward (operator mode stays put), and a
        PIN pad still asking for the PIN steps aside."""
        close_pin_pads(self)
        if self.current_name in ("search", "walk_in"):
            self.show_scan()

    def _on_operator_requested(self) -> None:
        if self._ask_pin(self):
            shared_unlock(self.service).clear_pause()  # a passer-by's code guesses end here
            self.show_screen("operator")

    def _on_went_idle(self) -> None:
        if self.stack.currentWidget() is not self.scan:
            log.info("idle on %s: back to the scan screen", self.current_name)
            self.show_scan()

    def _on_settings_changed(self, settings: Settings) -> None:
        self.apply_settings(settings)
        self.settings_changed.emit(settings)

    def apply_settings(self, settings: Settings) -> None:
        self.settings = settings
        shared_unlock(self.service).set_seconds(settings.volunteer_idle_seconds)
        self.scan.set_banner_seconds(settings.banner_seconds, settings.problem_banner_seconds)
        self.scan.sound.enabled = settings.sound
        if self.stack.currentWidget() is self.scan:
            self.idle.set_seconds(settings.idle_seconds)

    def on_error_caught(self, message: str) -> None:
        """An unexpected exception somewhere: it was logged; carry on from the scan screen."""
        log.warning("recovering from an unexpected error: %s", message)
        self.show_scan()

    # -- closing ------------------------------------------------------------------------

    def quit_by_operator(self) -> None:
        """The operator, already past the PIN, asked to quit."""
        self._quit_allowed = True
        self.hold.stop()
        self.close()

    def allow_quit(self) -> None:
        """The system is shutting down (or a signal asked us to stop): do not refuse."""
        self._quit_allowed = True
        self.hold.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._quit_allowed:
            event.accept()
            return
        event.ignore()  # Alt+F4, the window's X, a stray close: nothing without the PIN
        QTimer.singleShot(0, self._ask_to_close)

    def _ask_to_close(self) -> None:
        if self._closes_freely() or self._ask_pin(self):
            self.quit_by_operator()

    def _closes_freely(self) -> bool:
        try:
            return self.service.event.is_sample and not is_pin_set(self.service.store)
        except StorageError:  # a failing disk must not open the way out
            log.exception("could not read whether the operator PIN is set")
            return False

    # -- language -------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check-in kiosk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
