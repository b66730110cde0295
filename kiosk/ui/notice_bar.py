"""Standing notices above the scan screen: sample data, a clock that disagrees with the event,
an event file that was set aside. Each keeps a function that writes its text, so a language
switch rewrites it; some can be dismissed by the operator with a confirm button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TextFn = Callable[[], str]
Confirm = Callable[[QWidget], bool]  # e.g. the operator PIN: True lets the notice go
TONES = ("info", "warn", "bad")  # QFrame#Notice[tone=...] in the theme


class Notice(QFrame):
    """One line of notice, with an optional confirm button that hides it."""

    def __init__(
        self,
        key: str,
        text: TextFn,
        tone: str,
        dismissable: bool,
        parent: QWidget | None = None,
        confirm: Confirm | None = None,
    ) -> None:
        super().__init__(parent)
        self.key = key
        self._text = text
        self._confirm = confirm
        self.setObjectName("Notice")
        self.setProperty("tone", tone if tone in TONES else "info")
        self.label = QLabel()
        font = QFont()
        font.setPixelSize(20)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 8, 6)
        row.addWidget(self.label, 1)
        self.button: QPushButton | None = None
        if dismissable:
            self.button = QPushButton()
            self.button.setMinimumSize(120, 52)
            self.button.setFont(font)
            self.button.clicked.connect(self._on_confirm_clicked)
            row.addWidget(self.button)
        self.retranslate()

    def _on_confirm_clicked(self) -> None:
        if self._confirm is None or self._confirm(self):
            self.hide()

    def retranslate(self) -> None:
        self.label.setText(self._text())
        if self.button is not None:
            self.button.setText(self.tr("Confirm"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class NoticeBar(QWidget):
    """A column of notices; empty (and taking no room) when there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._notices: dict[str, Notice] = {}

    def add(
        self,
        key: str,
        text: TextFn,
        tone: str = "info",
        dismissable: bool = False,
        confirm: Confirm | None = None,
    ) -> Notice:
        """Show a notice (replacing one with the same key); `confirm` guards its button."""
        self.remove(key)
        notice = Notice(key, text, tone, dismissable, self, confirm)
        self._notices[key] = notice
        self._layout.addWidget(notice)
        return notice

    def remove(self, key: str) -> None:
        old = self._notices.pop(key, None)
        if old is not None:
            old.hide()
            old.deleteLater()

    def shown(self) -> list[Notice]:
        return [n for n in self._notices.values() if not n.isHidden()]

    def texts(self) -> list[str]:
        return [n.label.text() for n in self.shown()]
