"""The volunteer unlock: a short code opens name check-in and walk-ins, and closes on idle.

Scanning a ticket is for everyone; checking someone in by name and registering a walk-in are
volunteer acts (kiosk.domain.access). One VolunteerUnlock per service is shared by the search
and walk-in screens (`shared_unlock`): a volunteer who typed the code stays unlocked while they
keep working, and it closes after `seconds` without activity. Five wrong codes in a row close
the pad for a minute, so a passer-by cannot try codes at the door's speed.

DigitPad is the pad itself: big digit keys, dots for what was typed, and one line of message.
It serves both the volunteer code and, in self-service mode, the phone's last four digits.
"""

from __future__ import annotations

import random
import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.config import Settings
from kiosk.domain.pin import LockoutPolicy, LockoutState
from kiosk.services.door import KioskService
from kiosk.services.volunteer_codes import VolunteerCodes
from kiosk.storage.errors import StorageError
from kiosk.ui import touch

# Five wrong codes pause the pad for a minute, each pause after that twice as long, 15 at most:
# the operator PIN's lockout rule, kept here on the monotonic clock (it does not survive a restart).
LOCKOUT = LockoutPolicy(max_failures=5, base=timedelta(minutes=1))
_MONOTONIC_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)  # monotonic seconds as points in time
PHONE_TRIES = 3  # wrong phone digits for one person before a volunteer must confirm them
DOOR_PHONE_MISSES = 10  # wrong phone digits at this door within PHONE_WINDOW_S...
PHONE_WINDOW_S = 10 * 60.0  # ...close the phone proof for everyone until a volunteer unlocks
_SHARED: weakref.WeakKeyDictionary[KioskService, VolunteerUnlock] = weakref.WeakKeyDictionary()


class VolunteerUnlock(QObject):
    """Whether a volunteer has unlocked name check-in and walk-ins at this door, right now."""

    changed = Signal(bool)  # True: unlocked

    def __init__(
        self,
        codes: VolunteerCodes,
        seconds: float = Settings().volunteer_idle_seconds,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._codes = codes
        self._monotonic = monotonic
        self._lockout = LockoutState()
        self._open = False
        self._phone_misses: dict[str, int] = {}
        self._door_misses: list[float] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        self.set_seconds(seconds)

    @property
    def is_open(self) -> bool:
        return self._open

    def code_is_set(self) -> bool:
        try:
            return self._codes.is_set()
        except StorageError:
            return False

    def set_seconds(self, seconds: float) -> None:
        self._timer.setInterval(max(1, int(seconds * 1000)))

    def _now(self) -> datetime:
        return _MONOTONIC_EPOCH + timedelta(seconds=self._monotonic())

    def paused_for(self) -> float:
        """Seconds until the pad takes codes again after too many wrong ones (0 when open)."""
        return LOCKOUT.remaining(self._lockout, self._now()).total_seconds()

    def try_code(self, entered: str) -> bool:
        """Unlock with the volunteer code; a wrong one counts towards the pause."""
        if self.paused_for() > 0:
            return False
        if self._codes.matches(entered):
            self._lockout = LOCKOUT.after_success(self._lockout)
            self._phone_misses.clear()  # a volunteer is here: people may prove themselves again
            self._door_misses.clear()
            self._open = True
            self._timer.start()
            self.changed.emit(True)
            return True
        self._lockout = LOCKOUT.after_failure(self._lockout, self._now())
        return False

    def clear_pause(self) -> None:
        """The operator (behind the PIN) ends a pause a passer-by caused."""
        self._lockout = LOCKOUT.after_success(self._lockout)

    def phone_miss(self, person: str) -> int:
        """Count wrong phone digits for `person`; returns how many they have had."""
        now = self._monotonic()
        self._door_misses = [t for t in self._door_misses if now - t < PHONE_WINDOW_S] + [now]
        self._phone_misses[person] = self._phone_misses.get(person, 0) + 1
        return self._phone_misses[person]

    def phone_proof_open(self, person: str) -> bool:
        """False once `person` missed PHONE_TRIES times, or the door DOOR_PHONE_MISSES times in
        a while: reopening the screen does not give a guesser new tries, only a volunteer does."""
        now = self._monotonic()
        recent = sum(1 for t in self._door_misses if now - t < PHONE_WINDOW_S)
        return self._phone_misses.get(person, 0) < PHONE_TRIES and recent < DOOR_PHONE_MISSES

    def touch(self) -> None:
        """The volunteer is still working: the idle countdown starts again."""
        if self._open:
            self._timer.start()

    def lock(self) -> None:
        was_open, self._open = self._open, False
        self._timer.stop()
        if was_open:
            self.changed.emit(False)


def shared_unlock(service: KioskService) -> VolunteerUnlock:
    """The one unlock of this service's door, shared by the search and walk-in screens."""
    found = _SHARED.get(service)
    if found is None:
        found = VolunteerUnlock(VolunteerCodes(service.store))
        _SHARED[service] = found
    return found


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
        self.keys: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(10)
        for index, key in enumerate("123456789⌫0✓"):
            made = touch.button(30, tone=touch.GOOD if key == "✓" else "", height=72)
            made.setText(key)
            made.setMinimumWidth(120)
            made.clicked.connect(lambda _=False, b=made: self.press(b.text()))
            grid.addWidget(made, index // 3, index % 3)
            self.keys[key] = made
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addLayout(grid)
        centre.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.title)
        column.addWidget(self.explain)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addLayout(centre)
        column.addStretch(1)
        self._show()

    def press(self, key: str) -> None:
        if key == "⌫":
            self._digits = self._digits[:-1]
        elif key == "✓":
            if len(self._digits) >= self._low:
                typed, self._digits = self._digits, ""
                self._show()
                self.entered.emit(typed)
                return
        elif key.isdigit() and len(self._digits) < self._high:
            self._digits += key
            if self._low == self._high and len(self._digits) == self._high:
                typed, self._digits = self._digits, ""
                self._show()
                self.entered.emit(typed)
                return
        self._show()

    def clear(self) -> None:
        self._digits = ""
        self.message.clear()
        if self._shuffle:
            self._shuffle_digits()
        self._show()

    def _shuffle_digits(self) -> None:
        buttons = [self.keys[d] for d in "0123456789"]
        order = list("0123456789")
        random.SystemRandom().shuffle(order)
        for button, digit in zip(buttons, order, strict=True):
            button.setText(digit)
        for digit, button in zip(order, buttons, strict=True):
            self.keys[digit] = button

    def say(self, text: str, tone: str = touch.BAD) -> None:
        touch.say(self.message, text, tone)

    def _show(self) -> None:
        self.dots.setText("●" * len(self._digits) + "○" * max(0, self._low - len(self._digits)))
        self.keys["✓"].setEnabled(len(self._digits) >= self._low)
