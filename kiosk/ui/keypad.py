"""The on-screen keypad: Hangul jamo laid out like the 2-beolsik keyboard, digits, and Latin.

Volunteers know the Korean keyboard, so the jamo sit where they are on it (ㅂㅈㄷㄱㅅ on the top
row); the shift key gives the double consonants and ㅒ ㅖ for one key, like a phone. The keys are
composed into syllables by kiosk.domain.hangul_input, not by the operating system's input method,
so the keypad works the same on any machine. A physical keyboard types into it too, in either
layout (the QWERTY letter of a jamo types that jamo while the Hangul layer is shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.domain.hangul_input import SHIFTED, HangulComposer
from kiosk.ui import touch
from kiosk.ui.theme import tokens

DIGITS = "1234567890"
HANGUL_ROWS = ("ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔ", "ㅁㄴㅇㄹㅎㅗㅓㅏㅣ", "ㅋㅌㅊㅍㅠㅜㅡ")
LATIN_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
QWERTY_TO_JAMO = {
    latin: jamo
    for rows in zip(LATIN_ROWS, HANGUL_ROWS, strict=True)
    for latin, jamo in zip(*rows, strict=True)
}
KEY_PIXELS = tokens.KEY_PIXELS  # height; keys are at least touch.TOUCH_PIXELS wide
KEY_TEXT_PIXELS = 34


class Keypad(QWidget):
    """Large touch keys editing one text; `text_changed` fires after every key."""

    text_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, digits: bool = True) -> None:
        super().__init__(parent)
        self._composer = HangulComposer()
        self._hangul = True
        self._shift = False
        self._letter_keys: list[QPushButton] = []
        self._build(digits)
        self._relabel()
        self.retranslate()

    # -- the text --------------------------------------------------------------------------

    def text(self) -> str:
        return self._composer.text

    def set_text(self, text: str) -> None:
        """Continue editing `text` (when the screen moves the keypad to another field)."""
        self._composer.set_text(text)
        self.text_changed.emit(self.text())

    def clear(self) -> None:
        self._composer.clear()
        self._set_shift(False)
        self.text_changed.emit("")

    def press(self, key: str) -> None:
        """Type one key: a jamo, a letter, a digit or a space."""
        self._composer.type(key)
        self._set_shift(False)
        self.text_changed.emit(self.text())

    def backspace(self) -> None:
        self._composer.backspace()
        self.text_changed.emit(self.text())

    def key_button(self, key: str) -> QPushButton:
        """The button that types `key` right now (tests tap it like a finger would)."""
        for candidate in self._letter_keys + self._digit_keys:
            if candidate.property("key") == key:
                return candidate
        raise KeyError(key)

    # -- building --------------------------------------------------------------------------

    def _build(self, digits: bool) -> None:
        grid = QGridLayout(self)
        grid.setSpacing(6)
        grid.setContentsMargins(0, 0, 0, 0)
        self._digit_keys = []
        row = 0
        if digits:
            for column, digit in enumerate(DIGITS):
                key = self._typing_key(digit)
                self._digit_keys.append(key)
                grid.addWidget(key, row, column * 2, 1, 2)
            row += 1
        for r, keys in enumerate(HANGUL_ROWS):
            offset = r  # each row sits half a key further right, like a real keyboard
            for column in range(len(keys)):
                key = self._typing_key("")
                self._letter_keys.append(key)
                grid.addWidget(key, row + r, offset + column * 2, 1, 2)
        self.backspace_key = self._command(self.backspace)
        grid.addWidget(self.backspace_key, row + 1, 19, 1, 2)
        self.shift_key = self._command(lambda: self._set_shift(not self._shift))
        self.shift_key.setCheckable(True)
        grid.addWidget(self.shift_key, row + 2, 0, 1, 2)
        self.clear_key = self._command(self.clear)
        grid.addWidget(self.clear_key, row + 2, 16, 1, 4)
        self.layer_key = self._command(self._toggle_layer)
        grid.addWidget(self.layer_key, row + 3, 0, 1, 4)
        self.space_key = self._command(lambda: self.press(" "))
        grid.addWidget(self.space_key, row + 3, 4, 1, 12)
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 1)

    def _key(self, key: str, text: str) -> QPushButton:
        made = QPushButton(text)
        made.setProperty("key", key)
        made.setFont(touch.font(KEY_TEXT_PIXELS, bold=True))
        made.setMinimumSize(touch.TOUCH_PIXELS, KEY_PIXELS)
        made.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        made.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        made.setProperty("role", "plain")  # the touch family's key (kiosk/ui/theme/kiosk.qss)
        return made

    def _typing_key(self, key: str) -> QPushButton:
        made = self._key(key, key)
        made.clicked.connect(lambda: self.press(str(made.property("key"))))
        return made

    def _command(self, action: Callable[[], object]) -> QPushButton:
        made = self._key("", "")
        made.setFont(touch.font(24, bold=True))
        made.clicked.connect(action)
        return made

    def _relabel(self) -> None:
        """Show the keys of the current layer (Hangul or Latin, shifted or not)."""
        rows = HANGUL_ROWS if self._hangul else LATIN_ROWS
        keys = [k for row in rows for k in row]
        for button, key in zip(self._letter_keys, keys, strict=True):
            shown = self._shifted(key)
            button.setProperty("key", shown)
            button.setText(shown)

    def _shifted(self, key: str) -> str:
        if not self._shift:
            return key
        return SHIFTED.get(key, key) if self._hangul else key.upper()

    def _set_shift(self, on: bool) -> None:
        if on != self._shift:
            self._shift = on
            self.shift_key.setChecked(on)
            self._relabel()

    def _toggle_layer(self) -> None:
        self._hangul = not self._hangul
        self._shift = False
        self.shift_key.setChecked(False)
        self._relabel()
        self.retranslate()

    # -- words and the physical keyboard ---------------------------------------------------

    def retranslate(self) -> None:
        self.backspace_key.setText("⌫")
        self.backspace_key.setToolTip(self.tr("Delete one letter"))
        self.shift_key.setText("⇧")
        self.shift_key.setToolTip(self.tr("Double consonants (ㄲ ㄸ ㅃ ㅆ ㅉ)"))
        self.clear_key.setText(self.tr("Clear"))
        self.space_key.setText(self.tr("Space"))
        self.layer_key.setText("ABC" if self._hangul else "한글")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def handle_key_event(self, event: QKeyEvent) -> bool:
        """Type a physical key press; True when it was used (screens forward theirs here)."""
        if event.key() == Qt.Key.Key_Backspace:
            self.backspace()
            return True
        if event.key() == Qt.Key.Key_Escape:
            self.clear()
            return True
        typed = event.text()
        if len(typed) != 1 or not typed.isprintable():
            return False
        if self._hangul and typed.lower() in QWERTY_TO_JAMO:
            jamo = QWERTY_TO_JAMO[typed.lower()]
            typed = SHIFTED.get(jamo, jamo) if typed.isupper() else jamo
        self._composer.type(typed)
        self.text_changed.emit(self.text())
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key_event(event):
            super().keyPressEvent(event)
