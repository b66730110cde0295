"""A kiosk without an operator PIN: operator mode stays closed, and it says who opens it.

The organizer sets the first PIN on the office PC (`kiosk pin set`). A kiosk without one never
offers to choose it on the public screen, where an attendee could take operator mode: instead of
the PIN pad (kiosk/ui/operator/pin_dialog.py) it shows this message, which closes by itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import QDialog, QLabel, QLayout, QVBoxLayout, QWidget

from kiosk.ui import touch

FRAMELESS = Qt.WindowType.Dialog | Qt.WindowType.FramelessWindowHint  # kiosk-mode safe
MISSING_SECONDS = 30  # the "no PIN" message closes by itself: the scan screen must come back


def pin_missing_text() -> str:
    """What a kiosk without a PIN says instead of offering to choose one."""
    return QCoreApplication.translate(
        "PinMissing",
        "The operator PIN is not set. The organizer sets it on the organizer's PC "
        "with “kiosk pin set”.",
    )


class PinMissingDialog(QDialog):
    """Operator mode is closed: no PIN is set, and only the organizer can set one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, FRAMELESS)  # no title bar, no minimize button
        self.setModal(True)
        self.setObjectName("PinMissingDialog")
        self.message: QLabel = touch.label(26, bold=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ok_button = touch.button(tone=touch.MUTED, height=76)
        self.ok_button.clicked.connect(self.reject)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.addWidget(self.message, 1)
        column.addWidget(self.ok_button)
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setFixedSize(560, 320)
        self._timeout = QTimer(self)  # a child: it dies with the dialog
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(self.reject)
        self._timeout.start(MISSING_SECONDS * 1000)
        self.retranslate()

    def message_text(self) -> str:
        return self.message.text()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operator PIN"))
        self.message.setText(pin_missing_text())
        self.ok_button.setText(self.tr("OK"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
