"""Kiosk hardening inside the app: Alt+F4 swallowed, an idle timer, errors logged not fatal.

The OS does the real lock-down (a session that starts only the kiosk, Assigned Access or Shell
Launcher: docs/RUNBOOK.md); the app does what it can: the window refuses to close without the
operator PIN (main_window), no context menus, Alt+F4 ignored, idle screens go back to scanning,
and an unexpected exception is logged and answered by returning to the scan screen instead of
ending the program. In kiosk mode (--fullscreen) FullScreenHold brings the window back when a
window manager hides, minimizes, lowers it or takes it out of full screen, and holds the
keyboard (an X11 keyboard grab), so the window manager's own keys (Alt+Tab, Super, Alt+Space)
do not reach it. Qt cannot stop Ctrl+Alt+Del or the Windows key: that is the OS's lock-down.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import (
    QEvent,
    QMessageLogContext,
    QObject,
    Qt,
    QTimer,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.KeyPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.Wheel,
    }
)


class KeyGuard(QObject):
    """Application-wide: Alt+F4 and context menus never reach a widget."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.ContextMenu:
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() == Qt.Key.Key_F4:
                return True
        return False


class IdleWatch(QObject):
    """Emits `went_idle` when nobody touched the screen or a key for `seconds`."""

    went_idle = Signal()

    def __init__(self, seconds: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.went_idle)
        self.set_seconds(seconds)

    def set_seconds(self, seconds: float) -> None:
        self._timer.setInterval(max(1, int(seconds * 1000)))
        self._timer.start()

    def poke(self) -> None:
        """Someone is using the kiosk: start counting again."""
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS:
            self._timer.start()
        return False


class FullScreenHold(QObject):
    """Kiosk mode: the window stays full screen, in front and holding the keyboard.

    Checked at once when the window's state changes or it is hidden, and every `interval_ms`
    (a window lowered or unmapped by someone else sends the window no event of its own).
    """

    restored = Signal(str)  # why: "hidden", "minimized", "not_full_screen" or "lowered"

    def __init__(self, window: QWidget, interval_ms: int = 400) -> None:
        super().__init__(window)
        self._window = window
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._on = False

    @property
    def active(self) -> bool:
        return self._on

    def start(self) -> None:
        self._on = True
        self._window.installEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._grab_keyboard)
        self._timer.start()

    def stop(self) -> None:
        """Quitting (or leaving kiosk mode): let the window go and give the keyboard back."""
        if not self._on:
            return
        self._on = False
        self._timer.stop()
        self._window.removeEventFilter(self)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._grab_keyboard)
        if QGuiApplication.platformName() == "xcb":
            for window in QGuiApplication.topLevelWindows():
                window.setKeyboardGrabEnabled(False)

    def problem(self) -> str | None:
        """What is wrong with the window right now, or None."""
        window, handle = self._window, self._window.windowHandle()
        if not window.isVisible() or handle is None or not handle.isExposed():
            return "hidden"
        if window.isMinimized():
            return "minimized"
        if not window.isFullScreen():
            return "not_full_screen"
        if not _stacked():
            return None
        if QApplication.activeWindow() is None and QApplication.activePopupWidget() is None:
            return "lowered"  # another program's window is in front
        return None

    def check(self) -> None:
        why = self.problem() if self._on else None
        if why is not None:
            self.restore(why)
        self._grab_keyboard()

    def restore(self, why: str) -> None:
        log.warning("kiosk window %s: restoring full screen", why.replace("_", " "))
        window = self._window
        if why == "hidden" and window.isVisible():
            window.hide()  # unmapped behind Qt's back: only a new show maps it again
        window.setWindowState(
            (window.windowState() & ~Qt.WindowState.WindowMinimized)
            | Qt.WindowState.WindowFullScreen
        )
        window.showFullScreen()
        if _stacked():
            window.raise_()
            window.activateWindow()
        self.restored.emit(why)

    def _grab_keyboard(self, *_: object) -> None:
        """The kiosk's front window (a PIN pad, else the kiosk) holds the keyboard."""
        if not self._on or QGuiApplication.platformName() != "xcb":
            return  # only X11 lets a window hold the keyboard against the window manager
        if QApplication.activePopupWidget() is not None:
            return  # a drop-down list holds it while open
        front = QApplication.activeModalWidget() or self._window
        handle = front.windowHandle()
        if handle is not None and handle.isExposed():
            handle.setKeyboardGrabEnabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._on and event.type() in (QEvent.Type.WindowStateChange, QEvent.Type.Hide):
            QTimer.singleShot(0, self.check)
        return False


def _stacked() -> bool:
    """Whether windows have a front and a back here (not so offscreen, in tests)."""
    return QGuiApplication.platformName() not in ("offscreen", "minimal")


class ErrorRelay(QObject):
    """Carries an error report to the GUI thread, whichever thread it happened on."""

    error_caught = Signal(str)


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_exception_hook(relay: ErrorRelay) -> ExceptHook:
    """Log unexpected exceptions and tell the GUI (through `relay`); returns the previous hook.

    PySide reports an exception raised in a slot through sys.excepthook and carries on, so this
    keeps the kiosk running; the window answers `error_caught` by going back to the scan screen.
    """
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        relay.error_caught.emit(f"{kind.__name__}: {error}")

    sys.excepthook = hook
    return previous


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def qt_message_to_log(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Qt's own warnings go to the kiosk's log file, not only to a console nobody reads."""
    category = context.category or "qt"
    logging.getLogger(f"qt.{category}").log(_QT_LEVELS.get(kind, logging.WARNING), message)


def install_qt_log() -> None:
    qInstallMessageHandler(qt_message_to_log)
