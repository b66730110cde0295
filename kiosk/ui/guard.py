"""Kiosk hardening inside the app: Alt+F4 swallowed, an idle timer, errors logged not fatal.

The OS does the real lock-down (Shell Launcher, Keyboard Filter: see the research notes); the
app does what it can: the window refuses to close without the operator PIN (main_window), no
context menus, Alt+F4 ignored, idle screens go back to scanning, and an unexpected exception is
logged and answered by returning to the scan screen instead of ending the program.
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
from PySide6.QtGui import QKeyEvent

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
