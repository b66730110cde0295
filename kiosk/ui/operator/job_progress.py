"""The bar and the Cancel button the operator sees while a file job runs.

The bar counts in permille (kiosk.ui.operator.jobs sends `progressed(permille)`) and shows the
percent; Cancel appears only for a job that can stop safely (import, export, merge, salvage).
The safe copy neither reports nor stops: its bar shows Qt's busy animation instead. Both take
their look from the theme (`#JobProgress`), finger-sized.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QWidget

from kiosk.ui import touch
from kiosk.ui.operator.jobs import SCALE


class JobProgress(QWidget):
    """A touch-sized progress bar with a Cancel button; hidden while no job runs."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("JobProgress")
        self.bar = QProgressBar()
        self.bar.setRange(0, SCALE)
        self.bar.setMinimumHeight(touch.TOUCH_PIXELS)
        self.bar.setFont(touch.font(touch.BODY_PIXELS, bold=True))
        self.bar.setFormat("%p%")
        self.cancel_button = touch.button(tone=touch.MUTED)
        self.cancel_button.setMaximumWidth(240)
        self.cancel_button.clicked.connect(self._on_cancel_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self.hide()
        self.retranslate()

    def start(self, cancellable: bool) -> None:
        """Shown at 0 %, with Cancel if the job can stop; a job that cannot stop does not
        report either (the safe copy), so its bar is a busy one."""
        self.bar.setRange(0, SCALE if cancellable else 0)
        self.bar.setValue(0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.show()

    def advance(self, permille: int) -> None:
        self.bar.setValue(permille)

    def finish(self) -> None:
        self.hide()

    def _on_cancel_clicked(self) -> None:
        self.cancel_button.setEnabled(False)  # once: the job stops at its next report
        self.cancel_requested.emit()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
