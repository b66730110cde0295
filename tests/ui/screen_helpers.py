"""Shared by the search, walk-in, keypad and operator tests: show a screen, pick a language.

A screen is shown as the main window hosts it: at kiosk size, with its layout not resizing the
window (the offscreen platform warns when a top-level window's size hints change, and the real
window does not follow its screens' size hints either).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLayout, QPushButton, QWidget

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
    """Switches the app's translators (one kiosk_<lang>.qm holds every screen's words)."""

    def __init__(self, translations: Translations) -> None:
        self._translations = translations

    def switch(self, language: str) -> None:
        assert self._translations.switch(language), f"kiosk_{language}.qm missing"

    def close(self) -> None:
        """Nothing of its own to remove: the `translations` fixture goes back to English."""
