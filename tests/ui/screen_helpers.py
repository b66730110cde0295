"""Shared by the search, walk-in, keypad and operator tests: show a screen, pick a language.

A screen is shown as the main window hosts it: at kiosk size, with its layout not resizing the
window (the offscreen platform warns when a top-level window's size hints change, and the real
window does not follow its screens' size hints either).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QWidget

from kiosk.resources import translations_dir
from kiosk.ui.i18n import Translations

KIOSK_SIZE = (1366, 768)


def show_screen(qtbot, widget: QWidget, size: tuple[int, int] = KIOSK_SIZE) -> QWidget:
    qtbot.addWidget(widget)
    layout = widget.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def visible_texts(widget: QWidget) -> list[str]:
    """Every label and button text a person can see on the widget right now."""
    shown = [w for w in widget.findChildren(QLabel) + widget.findChildren(QPushButton)]
    return [w.text() for w in shown if w.isVisible() and w.text()]


class Languages:
    """Switches the app's translators, then adds operator_ko.qm (whether or not i18n loads it)."""

    def __init__(self, translations: Translations) -> None:
        self._translations = translations
        self._ours: QTranslator | None = None

    def switch(self, language: str) -> None:
        self._drop_ours()
        self._translations.switch(language)
        if language == "ko":  # installed last, so it is asked first
            ours = QTranslator()
            assert ours.load("operator_ko", str(translations_dir())), "operator_ko.qm missing"
            QCoreApplication.installTranslator(ours)
            self._ours = ours

    def close(self) -> None:
        self._drop_ours()

    def _drop_ours(self) -> None:
        if self._ours is not None:
            QCoreApplication.removeTranslator(self._ours)
            self._ours = None
