"""The operator PIN pad: it verifies the PIN, or (for an operator already past it) sets a new one.

The organizer sets the first PIN on the office PC (`kiosk pin set`): a kiosk without one never
offers to choose it on the public screen, where an attendee could take operator mode; it says
how the organizer sets it instead (kiosk/ui/operator/pin_missing.py).

The digits are shuffled each time the pad opens, so smudges on a touchscreen and a glance over
the shoulder do not give the PIN away. While entry is locked after too many wrong PINs the pad
says how long is left and refuses input; the lock lives in the event file (kiosk.services.pins), so
restarting the kiosk does not lift it. It is short (minutes), and the organizer ends it at once
with the event's signing key on a USB stick ("Open with the organizer's key"): a passer-by who
types wrong PINs cannot keep the operator out for the rest of the event. After an unlock the pad
says how many wrong PINs were typed since the last one, and when.

The pad is for fingers and for a person at a keyboard: it closes after IDLE_SECONDS without a
touch, and keys that come faster than a person types (a barcode scanner, which types like a
keyboard) are dropped with what was entered, so a scanned number never counts as a wrong PIN.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterable
from datetime import timedelta, tzinfo
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.pin import MAX_DIGITS, MIN_DIGITS, FailedTries, is_valid_pin
from kiosk.files.removable import key_candidates, removable_roots
from kiosk.services.pins import PinCheck, PinStore, PinVerdict
from kiosk.storage.errors import StorageError
from kiosk.ui import touch
from kiosk.ui.digit_pad import DigitKeys, ScannerBurst, idle_timer, pad_key
from kiosk.ui.operator.pin_missing import FRAMELESS, PinMissingDialog
from kiosk.ui.outcome_style import storage_problem_text
from kiosk.ui.theme import tokens

PAD_KEY_PIXELS = tokens.PAD_KEY_PIXELS
VERIFY, CHOOSE, REPEAT, REPORT = "verify", "choose", "repeat", "report"
IDLE_SECONDS = 30.0  # the pad closes after this long without a touch
TIMES_SHOWN = 3  # the latest wrong tries' times in the report
Roots = Callable[[], Iterable[Path]]


def tries_text(tries: FailedTries, zone: tzinfo | None = None) -> str:
    """'3 wrong PINs since the last unlock (latest: 21:55:06, 21:55:04, 21:55:02).'"""
    if not tries.count:
        return QCoreApplication.translate("PinTries", "No wrong PINs since the last unlock.")
    latest = [when.astimezone(zone).strftime("%H:%M:%S") for when in reversed(tries.times)]
    text = QCoreApplication.translate(
        "PinTries", "{count} wrong PINs since the last unlock (latest: {times})."
    )
    return text.format(count=tries.count, times=", ".join(latest[:TIMES_SHOWN]))


class PinDialog(QDialog):
    """Asks for the PIN; accepted when it is right (or, with `new_pin`, a new one was set)."""

    def __init__(
        self,
        pin_store: PinStore,
        parent: QWidget | None = None,
        *,
        new_pin: bool = False,
        shuffle: random.Random | None = None,
        key_roots: Roots = removable_roots,
        idle_seconds: float = IDLE_SECONDS,
        key_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent, FRAMELESS)  # no title bar, no minimize button
        self._pins = pin_store
        self._key_roots = key_roots
        self._burst = ScannerBurst(key_clock)
        self._step = CHOOSE if new_pin else VERIFY
        self._entered = ""
        self._first = ""
        self._message = ""
        self._tone = touch.INK
        self.setModal(True)
        self.setObjectName("PinDialog")
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh_lock)
        self._idle = idle_timer(self, idle_seconds, self.reject)
        self._build(shuffle or random.SystemRandom())
        self.retranslate()
        self.refresh_lock()

    # -- layout ----------------------------------------------------------------------------

    def _build(self, shuffle: random.Random) -> None:
        self.prompt = touch.label(28, bold=True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots = touch.label(40, bold=True, wrap=False)
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dots.setMinimumHeight(56)
        self.message = touch.label(22, bold=True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setMinimumHeight(64)
        self.clear_key = self._pad_key("")
        self.clear_key.clicked.connect(self.clear_entry)
        self.back_key = self._pad_key("⌫")
        self.back_key.clicked.connect(self.backspace)
        # Rows close together: four rows of keys fit the pad's 720 px whole (a wider gap cut
        # the bottom row off under Cancel and OK).
        self.digit_keys = DigitKeys(self._pad_key, (self.clear_key, self.back_key), row_gap=4)
        self.digit_keys.shuffle(shuffle)
        self.digit_keys.pressed.connect(self.press)
        self.cancel_button = touch.button(tone=touch.MUTED, height=76)
        self.cancel_button.clicked.connect(self.reject)
        self.ok_button = touch.button(tone=touch.GOOD, height=76)
        self.ok_button.clicked.connect(self.submit)
        self.key_button = touch.button(24, tone=touch.MUTED, height=64)
        self.key_button.clicked.connect(self.unlock_with_key)
        self.key_button.setVisible(self._step == VERIFY)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 24)
        column.setSpacing(4)
        column.addWidget(self.prompt)
        column.addWidget(self.dots)
        column.addWidget(self.message)
        column.addWidget(self.digit_keys)
        column.addLayout(buttons)
        column.addWidget(self.key_button)
        # A fixed size: the pad must not jump about as its messages change length.
        column.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setFixedSize(480, 720)

    def _pad_key(self, text: str) -> QPushButton:
        key = pad_key(text, 34, (PAD_KEY_PIXELS + 30, PAD_KEY_PIXELS))
        key.setFont(touch.font(34, bold=True))
        return key

    # -- typing ----------------------------------------------------------------------------

    @property
    def step(self) -> str:
        return self._step

    @property
    def digit_buttons(self) -> dict[str, QPushButton]:
        """The digit keys by the digit each shows (tests tap these like a finger would)."""
        return self.digit_keys.buttons

    def press(self, digit: str) -> None:
        self._idle.start()
        if self._step != REPORT and len(self._entered) < MAX_DIGITS and not self._locked():
            self._entered += digit
            self._show_entry()

    def backspace(self) -> None:
        self._idle.start()
        self._entered = self._entered[:-1]
        self._show_entry()

    def clear_entry(self) -> None:
        self._idle.start()
        self._entered = ""
        self._show_entry()

    def type_pin(self, pin: str) -> None:
        """Tap the digits of `pin` in order, then OK (what a person does; tests use it)."""
        for digit in pin:
            self.digit_buttons[digit].click()
        self.ok_button.click()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._from_scanner():
            return
        text = event.text()
        if text.isascii() and text.isdigit() and len(text) == 1:
            self.press(text)
        elif event.key() == Qt.Key.Key_Backspace:
            self.backspace()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        else:
            super().keyPressEvent(event)

    def _from_scanner(self) -> bool:
        """Whether this key came right after the last one (a scanner's burst, not a person):
        then it and everything typed so far are dropped, the Enter that ends a burst too."""
        burst = self._burst.is_burst()
        if burst and self._entered:
            self._entered = ""
            self._show_entry()
            self._say(self.tr("That was a scanner, not a PIN. Type the PIN on the pad."), touch.BAD)
        return burst

    # -- checking --------------------------------------------------------------------------

    def submit(self) -> None:
        self._idle.start()
        if self._step == REPORT:
            self.accept()
            return
        entered, self._entered = self._entered, ""
        try:
            if self._step == VERIFY:
                self._verify(entered)
            elif self._step == CHOOSE:
                self._choose(entered)
            else:
                self._repeat(entered)
        except StorageError as error:
            self._say(storage_problem_text(error.problem), touch.BAD)
        self._show_entry()

    def _verify(self, entered: str) -> None:
        if not entered:
            return
        check = self._pins.check(entered)
        if check.verdict is PinVerdict.ACCEPTED:
            self._opened(check)
        elif check.verdict is PinVerdict.WRONG:
            text = self.tr("Wrong PIN. {count} more tries before entry is locked.")
            self._say(text.format(count=check.failures_left), touch.BAD)
        else:
            self.refresh_lock()

    def unlock_with_key(self) -> None:
        """The organizer's way in: the event's signing key on a USB stick ends the lockout."""
        self._idle.start()
        try:
            candidates = key_candidates(self._pins.event_file, self._key_roots())
            check = self._pins.unlock_with_key(candidates)
        except StorageError as error:
            self._say(storage_problem_text(error.problem), touch.BAD)
            return
        if check.verdict is PinVerdict.ACCEPTED:
            self._timer.stop()
            self._opened(check)
        elif check.verdict is PinVerdict.WRONG_KEY:
            self._say(self.tr("The key on the USB stick is not this event's key."), touch.BAD)
        else:
            text = self.tr(
                "No key found. Plug in the USB stick with the file {name} and tap again."
            )
            self._say(text.format(name=self._pins.event_file.with_suffix(".key").name), touch.BAD)

    def _opened(self, check: PinCheck) -> None:
        """Unlocked: straight in, or first the wrong PINs typed since the last unlock."""
        if not check.tries.count:
            self.accept()
            return
        self._step, self._entered = REPORT, ""
        for key in [*self.digit_buttons.values(), self.clear_key, self.back_key]:
            key.setEnabled(False)
        self.ok_button.setEnabled(True)
        self._say(tries_text(check.tries, self._pins.event_zone()), touch.BAD)
        self.retranslate()

    def _choose(self, entered: str) -> None:
        if not is_valid_pin(entered):
            text = self.tr("A PIN is {low} to {high} digits. Try again.")
            self._say(text.format(low=MIN_DIGITS, high=MAX_DIGITS), touch.BAD)
            return
        self._first, self._step = entered, REPEAT
        self._say("", touch.INK)
        self.retranslate()

    def _repeat(self, entered: str) -> None:
        if entered != self._first:
            self._first, self._step = "", CHOOSE
            self._say(self.tr("The two PINs differ. Choose the PIN again."), touch.BAD)
            self.retranslate()
            return
        self._pins.set_pin(entered)
        self.accept()

    def _locked(self) -> bool:
        return self._step == VERIFY and self._pins.locked_for() > timedelta(0)

    def refresh_lock(self) -> None:
        """Show the time left of a lockout (every second while it lasts), or unlock the pad."""
        try:
            left = self._pins.locked_for() if self._step == VERIFY else timedelta(0)
        except StorageError as error:
            self._say(storage_problem_text(error.problem), touch.BAD)
            return
        locked = left > timedelta(0)
        if self._step == REPORT:
            return
        for key in [*self.digit_buttons.values(), self.ok_button]:
            key.setEnabled(not locked)
        if locked:
            seconds = int(left.total_seconds() + 0.999)
            text = self.tr(
                "Too many wrong PINs. Locked: try again in {minutes}:{seconds:02d}, "
                "or the organizer opens it with the event's key on a USB stick."
            )
            self._say(text.format(minutes=seconds // 60, seconds=seconds % 60), touch.BAD)
            if not self._timer.isActive():
                self._timer.start()
        elif self._timer.isActive():
            self._timer.stop()
            self._say("", touch.INK)

    def done(self, result: int) -> None:
        """Closed (answered, cancelled, idle or a scan): its timers stop with it."""
        self._timer.stop()
        self._idle.stop()
        super().done(result)

    # -- words -----------------------------------------------------------------------------

    def _say(self, text: str, tone: str) -> None:
        self._message, self._tone = text, tone
        touch.say(self.message, text, tone)

    def message_text(self) -> str:
        return self.message.text()

    def _show_entry(self) -> None:
        self.dots.setText(" ".join("●" * len(self._entered)) or " ")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Operator PIN"))
        prompts = {
            VERIFY: self.tr("Enter the operator PIN"),
            CHOOSE: self.tr("Choose an operator PIN ({low} to {high} digits)").format(
                low=MIN_DIGITS, high=MAX_DIGITS
            ),
            REPEAT: self.tr("Enter the same PIN again"),
            REPORT: self.tr("Operator mode is open"),
        }
        self.prompt.setText(prompts[self._step])
        self.clear_key.setText(self.tr("Clear"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.ok_button.setText(self.tr("Continue") if self._step == REPORT else self.tr("OK"))
        self.key_button.setText(self.tr("Open with the organizer's key"))
        self.key_button.setVisible(self._step == VERIFY)
        self.cancel_button.setVisible(self._step != REPORT)
        self._show_entry()
        if self._locked():
            self.refresh_lock()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def ask_pin(parent: QWidget | None, pin_store: PinStore) -> bool:
    """True once the right PIN was entered; without a PIN set, says who sets it (False)."""
    try:
        missing = not pin_store.is_set()
    except StorageError:
        missing = False  # the pad itself tells the storage problem
    dialog: QDialog = PinMissingDialog(parent) if missing else PinDialog(pin_store, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def change_pin(parent: QWidget | None, pin_store: PinStore) -> bool:
    """Choose a new PIN (typed twice); for an operator already past the PIN."""
    dialog = PinDialog(pin_store, parent, new_pin=True)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def close_pin_pads(window: QWidget) -> None:
    """A scan result is showing: a PIN pad still asking for the PIN must not cover it."""
    for pad in window.findChildren(PinDialog):
        if pad.isVisible() and pad.step == VERIFY:
            pad.reject()
