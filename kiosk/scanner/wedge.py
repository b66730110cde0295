"""USB barcode scanners that type like a keyboard ("keyboard wedge"): a scan wherever the focus is.

A scanner types a whole ticket in a fraction of a second and ends with Enter; a person types a
few keys a second. Installed on the QApplication, this filter holds each printable key for a
moment: keys that keep coming faster than `max_interval_s` and end in Enter after at least
`min_length` characters are a scan (`code_scanned(str)`), and never reach the focused widget;
anything slower is handed on to its widget unchanged, in order (a delay of ~40 ms).

When the keyboard is in Hangul mode the scanner's keys arrive as jamo or composed syllables
(as key text or as input-method commits); kiosk.domain.keylayout maps them back to the Latin
keys. A well-formed code is emitted in its canonical text (ASCII upper case, as tickets are
upper-case base32, so Caps Lock does not matter); anything else as typed, for the kiosk to
answer `malformed` (never upper-cased with Unicode rules: 'ſ' must not become 'S').

A fast burst longer than any ticket (MAX_BURST_CHARS, the length past which a code is malformed
anyway) is neither a scan nor a person typing: it is dropped whole, up to the first pause, and
`burst_dropped(count)` tells the kiosk to say so. Holding costs one list append per key.

A scan goes through the kiosk's one RepeatGate (shared with the camera thread), so the same
ticket typed again, or already seen by the camera, within the window is not a new scan.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent

from kiosk.domain.keylayout import latin_keys
from kiosk.scanner.repeat import RepeatGate, repeat_key

Clock = Callable[[], float]
MAX_BURST_CHARS = 256
_ENTER = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_Hangul,
        Qt.Key.Key_Hangul_Hanja,
        Qt.Key.Key_Mode_switch,
    }
)
_COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class KeyboardWedge(QObject):
    """Event filter: `QApplication.instance().installEventFilter(KeyboardWedge())`."""

    code_scanned = Signal(str)
    burst_dropped = Signal(int)  # how many keys were dropped

    def __init__(
        self,
        *,
        max_interval_s: float = 0.04,
        min_length: int = 8,
        max_burst: int = MAX_BURST_CHARS,
        clock: Clock = time.monotonic,
        gate: RepeatGate | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.gate = gate or RepeatGate(clock=clock)
        self.max_interval_s = max_interval_s
        self.min_length = min_length
        self.max_burst = max_burst
        self._dropped = 0  # keys of an over-long burst dropped so far (0: not dropping)
        self._clock = clock
        self._held: list[tuple[QObject, QEvent, str]] = []  # receiver, copy of the event, its text
        self._last = 0.0
        self._replaying = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying:
            return False
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key_pressed(watched, event)
        if kind == QEvent.Type.InputMethod and isinstance(event, QInputMethodEvent):
            return self._input_method(watched, event)
        return False

    def _key_pressed(self, watched: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if self._dropped and self._clock() - self._last > self.max_interval_s:
            self._end_drop()
        if key in _ENTER:
            return self._enter_pressed()
        if key in _MODIFIER_KEYS:
            return False  # Shift between the scanner's capitals is part of the burst
        text = event.text()
        if event.modifiers() & _COMMAND_MODIFIERS or not text or not text.isprintable():
            self._release_held()  # a shortcut or a navigation key: a person is at the keys
            return False
        return self._hold(watched, event, text)

    def _input_method(self, watched: QObject, event: QInputMethodEvent) -> bool:
        """Hangul input methods send composed text as commits (and previews while composing)."""
        text = event.commitString()
        if not text and not self._held:
            return False  # a preview with nothing held: leave the input method alone
        return self._hold(watched, event, text)

    def _hold(self, watched: QObject, event: QEvent, text: str) -> bool:
        now = self._clock()
        if self._held and now - self._last > self.max_interval_s:
            self._release_held()
        if self._dropped or len(self._held) >= self.max_burst:
            self._dropped += len(self._held) + 1
            self._held.clear()
            self._last = now
            self._arm_timer(self.max_interval_s)
            return True
        self._held.append((watched, event.clone(), text))
        self._last = now
        self._arm_timer(self.max_interval_s)
        return True

    def _enter_pressed(self) -> bool:
        if self._dropped:  # the Enter that ends an over-long burst goes with it
            self._end_drop()
            return True
        text = "".join(t for _, _, t in self._held)
        fast = bool(self._held) and self._clock() - self._last <= self.max_interval_s
        if fast and len(text) >= self.min_length:
            self._held.clear()
            self._timer.stop()
            code = repeat_key(latin_keys(text))
            if self.gate.new_scan(code):
                self.code_scanned.emit(code)
            return True
        self._release_held()
        return False  # the Enter itself goes on, after the keys it follows

    def _arm_timer(self, seconds: float) -> None:
        self._timer.start(max(1, round(seconds * 1000)) + 5)

    def _on_timer_timeout(self) -> None:
        waited = self._clock() - self._last
        if waited > self.max_interval_s:
            self._release_held()
            if self._dropped:
                self._end_drop()
        elif self._held or self._dropped:
            self._arm_timer(self.max_interval_s - waited)

    def _end_drop(self) -> None:
        count, self._dropped = self._dropped, 0
        self.burst_dropped.emit(count)

    def _release_held(self) -> None:
        """Hand the held keys to the widgets they were meant for, in order: it was a person."""
        held, self._held = self._held, []
        self._timer.stop()
        self._replaying = True
        try:
            for receiver, event, _ in held:
                if shiboken6.isValid(receiver):
                    QCoreApplication.sendEvent(receiver, event)
        finally:
            self._replaying = False
