"""Operator mode, reached through the PIN: undo, statistics, tickets, files, settings, lock, quit.

Large page buttons on the left, the page on the right. The screen locks itself (emits `closed`)
after Settings.operator_idle_seconds without a touch, so a kiosk left in operator mode does not
stay open to the next passer-by. Locking (idle, the button, quitting, or the window switching
to another screen) closes everything operator mode opened: the file picker, a roster question,
a dialog. Quitting takes a second, deliberate tap (0.6 to 4 s after the first), so neither a
stray touch nor a double tap can end the door's work.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.services.context import Context
from kiosk.services.door import KioskService
from kiosk.ui import touch
from kiosk.ui.operator.file_picker import close_pickers
from kiosk.ui.operator.files_view import FilesView
from kiosk.ui.operator.settings_view import SettingsView
from kiosk.ui.operator.stats_view import StatsView
from kiosk.ui.operator.tickets_view import TicketsView
from kiosk.ui.operator.undo_view import UndoView
from kiosk.ui.taps import CONFIRM_WITHIN_SECONDS, SecondTap, Tap, TapGuard

PAGES = ("undo", "stats", "tickets", "files", "settings")
QUIT_CONFIRM_MS = int(CONFIRM_WITHIN_SECONDS * 1000)
_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.KeyPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}


class OperatorScreen(QWidget):
    """The operator's pages; the signals are the contract with the main window."""

    closed = Signal()
    language_changed = Signal(str)
    quit_requested = Signal()
    camera_changed = Signal(str)
    settings_changed = Signal(object)  # kiosk.config.Settings
    data_changed = Signal()  # check-ins or roster changed (undo, import, merge)

    def __init__(
        self, service: KioskService, context: Context, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._context = context
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(self._on_idle)
        self._quit_timer = QTimer(self)
        self._quit_timer.setSingleShot(True)
        self._quit_timer.setInterval(QUIT_CONFIRM_MS)
        self._quit_timer.timeout.connect(self._on_quit_expired)
        self.quit_taps = SecondTap()
        self.taps = TapGuard()
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.undo_view = UndoView(self._service)
        self.stats_view = StatsView(self._service)
        self.tickets_view = TicketsView(self._service)
        self.files_view = FilesView(self._service, self._context)
        self.settings_view = SettingsView(self._service, self._context)
        self.undo_view.undone.connect(lambda _result: self.data_changed.emit())
        self.files_view.data_changed.connect(self.data_changed.emit)
        self.tickets_view.data_changed.connect(self.data_changed.emit)
        self.settings_view.language_changed.connect(self.language_changed.emit)
        self.settings_view.camera_changed.connect(self.camera_changed.emit)
        self.settings_view.settings_changed.connect(self._on_settings_changed)
        self.pages = QStackedWidget()
        views = (
            self.undo_view,
            self.stats_view,
            self.tickets_view,
            self.files_view,
            self.settings_view,
        )
        self.nav: dict[str, QPushButton] = {}
        self._names = list(PAGES)
        self._titles: dict[str, Callable[[], str]] = {}
        self._nav_layout = nav = QVBoxLayout()
        nav.setSpacing(10)
        self.heading = touch.label(26, bold=True)
        nav.addWidget(self.heading)
        for name, view in zip(PAGES, views, strict=True):
            self.pages.addWidget(view)
            button = touch.button(24, height=72)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setProperty("role", "nav")
            button.clicked.connect(lambda _=False, n=name: self.show_page(n))
            nav.addWidget(button)
            self.nav[name] = button
        nav.addStretch(1)
        self.lock_button = touch.button(24, tone=touch.INFO, height=72)
        self.lock_button.clicked.connect(self.taps.guarded(self.lock))
        self.quit_button = touch.button(24, tone=touch.BAD, height=72)
        self.quit_button.clicked.connect(self._on_quit)
        nav.addWidget(self.lock_button)
        nav.addWidget(self.quit_button)
        side = QWidget()
        side.setLayout(nav)
        side.setFixedWidth(270)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(20)
        row.addWidget(side)
        row.addWidget(self.pages, 1)
        self.show_page("undo")

    # -- pages -----------------------------------------------------------------------------

    def show_page(self, name: str) -> None:
        self.pages.setCurrentIndex(self._names.index(name))
        self.nav[name].setChecked(True)

    @property
    def current_page(self) -> str:
        return self._names[self.pages.currentIndex()]

    def add_page(self, name: str, view: QWidget, title: Callable[[], str]) -> None:
        """One more page after the others (the doors page, when sync is on)."""
        self.pages.addWidget(view)
        button = touch.button(24, height=72)
        button.setCheckable(True)
        button.setAutoExclusive(True)
        button.setProperty("role", "nav")
        button.clicked.connect(lambda _=False: self.show_page(name))
        self._nav_layout.insertWidget(len(self._names) + 1, button)  # after the heading
        self._names.append(name)
        self.nav[name] = button
        self._titles[name] = title
        button.setText(title())

    def reset(self) -> None:
        """Each visit starts on the undo page (what an operator most often comes for)."""
        self.show_page("undo")
        self._on_quit_expired()
        self.tickets_view.reset()
        self.close_opened()

    def lock(self) -> None:
        """Leave operator mode; the PIN is needed again, and nothing it opened stays open."""
        self._idle.stop()
        self.close_opened()
        self.closed.emit()

    def close_opened(self) -> None:
        """Cancel the file picker and a roster question; reject any dialog of operator mode."""
        self.files_view.close_opened()
        close_pickers(self)  # the settings page's picker (camera video or folder) too
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

    def _on_quit(self) -> None:
        answer = self.quit_taps.tap()
        if answer is Tap.CONFIRMED:
            self._quit_timer.stop()
            self.close_opened()
            self.quit_requested.emit()
        elif answer is Tap.ARMED:
            self._quit_timer.start()
            self.quit_button.setText(self.tr("Tap again to quit"))

    def _on_quit_expired(self) -> None:
        self._quit_timer.stop()
        self.quit_taps.disarm()
        self.retranslate()

    def _on_settings_changed(self, settings: object) -> None:
        self._arm_idle()
        self.settings_changed.emit(settings)

    # -- auto-lock -------------------------------------------------------------------------

    def _arm_idle(self) -> None:
        seconds = self._context.settings.operator_idle_seconds
        self._idle.start(max(1, int(seconds * 1000)))

    def _on_idle(self) -> None:
        if self.isVisible():
            self.lock()

    def showEvent(self, event: QShowEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._arm_idle()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._idle.stop()
        self.close_opened()  # the window went back to scanning by its own idle watch, too
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._idle.isActive():
            self._arm_idle()
        return False

    # -- words -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Operator"))
        titles = {
            "undo": self.tr("Undo check-ins"),
            "stats": self.tr("Statistics"),
            "tickets": self.tr("Tickets"),
            "files": self.tr("Roster and files"),
            "settings": self.tr("Settings"),
        }
        for name, button in self.nav.items():
            button.setText(titles[name] if name in titles else self._titles[name]())
        self.lock_button.setText(self.tr("Lock and close"))
        if not self._quit_timer.isActive():
            self.quit_button.setText(self.tr("Quit the kiosk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
