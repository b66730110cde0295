"""The digit pads: one family for the operator PIN pad and the door's volunteer-code and phone pads.

DigitKeys is the keys themselves: ten big digits in a phone's 3x4 grid, with two corner keys
beside the 0. Where a secret is typed in front of people (the operator PIN, the volunteer code)
the digits move to other keys (`shuffle`), so smudges on a touchscreen and a glance over the
shoulder do not give it away. ScannerBurst tells a barcode scanner, which types like a keyboard,
from a person, and `idle_timer` closes a pad nobody touches. DigitPad is the door's pad: a title,
a line of dots, the keys with ⌫ and ✓, and one message line; it emits `entered(str)`.
The operator's pad is kiosk/ui/operator/pin_dialog.py.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.ui import touch

DIGITS = "1234567890"  # in the grid's order, before any shuffle
HUMAN_GAP_S = 0.08  # keys closer together than this are a scanner (it types every 5-40 ms)
Clock = Callable[[], float]


def pad_key(text: str, pixels: int, size: tuple[int, int], *, tone: str = "") -> QPushButton:
    """One key of a pad: `size` is its least (width, height)."""
    key = touch.button(pixels, tone=tone, height=size[1])
    key.setText(text)
    key.setMinimumWidth(size[0])
    return key


class DigitKeys(QWidget):
    """The ten digit keys and two corner keys (left and right of the 0); emits `pressed(str)`
    with the digit on the key tapped."""

    pressed = Signal(str)

    def __init__(
        self,
        make_key: Callable[[str], QPushButton],
        corners: tuple[QPushButton, QPushButton],
        parent: QWidget | None = None,
        *,
        row_gap: int = 10,
    ) -> None:
        super().__init__(parent)
        self.buttons = {digit: make_key(digit) for digit in DIGITS}  # by the digit each shows
        for key in self.buttons.values():
            key.clicked.connect(lambda _=False, k=key: self.pressed.emit(k.text()))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        grid.setVerticalSpacing(row_gap)
        cells = [self.buttons[d] for d in DIGITS[:9]]
        cells += [corners[0], self.buttons[DIGITS[9]], corners[1]]
        for index, cell in enumerate(cells):
            grid.addWidget(cell, index // 3, index % 3)

    def shuffle(self, rng: random.Random) -> None:
        """The digits move to other keys; the keys stay where they are."""
        keys = [self.buttons[d] for d in DIGITS]
        order = list(DIGITS)
        rng.shuffle(order)
        for key, digit in zip(keys, order, strict=True):
            key.setText(digit)
        self.buttons = dict(zip(order, keys, strict=True))


class ScannerBurst:
    """Whether a key came right after the one before: a scanner's burst, not a person typing."""

    def __init__(self, clock: Clock = time.monotonic, gap: float = HUMAN_GAP_S) -> None:
        self._clock = clock
        self._gap = gap
        self._last = float("-inf")

    def is_burst(self) -> bool:
        """Read the clock for this key: True when it came sooner than a person types."""
        now = self._clock()
        burst = now - self._last < self._gap
        self._last = now
        return burst


def idle_timer(parent: QObject, seconds: float, on_idle: Callable[[], object]) -> QTimer:
    """A running one-shot timer that calls `on_idle` after `seconds`; start it again at every
    touch, stop it when the pad closes."""
    timer = QTimer(parent)  # a child: it dies with the pad
    timer.setSingleShot(True)
    timer.setInterval(max(1, round(seconds * 1000)))
    timer.timeout.connect(on_idle)
    timer.start()
    return timer


class DigitPad(QWidget):
    """A title, a line of dots, big digit keys and one message line; emits `entered(str)`."""

    entered = Signal(str)

    def __init__(
        self, length: tuple[int, int], parent: QWidget | None = None, *, shuffle: bool = False
    ) -> None:
        super().__init__(parent)
        self._low, self._high = length
        self._shuffle = shuffle  # a code typed in front of the queue: keys move each time
        self._digits = ""
        self.title = touch.label(30, bold=True)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain = touch.label(22)
        self.explain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.explain.setProperty("tone", touch.MUTED)
        self.dots = touch.label(44, bold=True, wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(64)
        self.message = touch.label(24, bold=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_key = pad_key("⌫", 30, (120, 72))
        self.back_key.clicked.connect(lambda: self.press("⌫"))
        self.ok_key = pad_key("✓", 30, (120, 72), tone=touch.GOOD)
        self.ok_key.clicked.connect(lambda: self.press("✓"))
        self.digit_keys = DigitKeys(
            lambda digit: pad_key(digit, 30, (120, 72)), (self.back_key, self.ok_key)
        )
        self.digit_keys.pressed.connect(self.press)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.digit_keys)
        centre.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.explain)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addLayout(centre)
        column.addStretch(1)
        self._show()

    @property
    def keys(self) -> dict[str, QPushButton]:
        """Every key by what it shows now (tests tap these like a finger would)."""
        return {**self.digit_keys.buttons, "⌫": self.back_key, "✓": self.ok_key}

    def press(self, key: str) -> None:
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "✓":
            if len(self._digits) >= self._low:
                self._enter()
                return
        elif key.isdigit() and len(self._digits) < self._high:
            self._digits += key
            if self._low == self._high and len(self._digits) == self._high:
                self._enter()
                return
        self._show()

    def _enter(self) -> None:
        typed, self._digits = self._digits, ""
        self._show()
        self.entered.emit(typed)

    def clear(self) -> None:
        self._digits = ""
        self.message.clear()
        if self._shuffle:
            self.digit_keys.shuffle(random.SystemRandom())
        self._show()

    def say(self, text: str, tone: str = touch.BAD) -> None:
        touch.say(self.message, text, tone)

    def _show(self) -> None:
        self.dots.setText("●" * len(self._digits) + "○" * max(0, self._low - len(self._digits)))
        self.ok_key.setEnabled(len(self._digits) >= self._low)
