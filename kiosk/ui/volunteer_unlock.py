"""The volunteer unlock: a short code opens name check-in and walk-ins, and closes on idle.

Scanning a ticket is for everyone; checking someone in by name and registering a walk-in are
volunteer acts (kiosk.domain.access). One VolunteerUnlock per service is shared by the search
and walk-in screens (`shared_unlock`): a volunteer who typed the code stays unlocked while they
keep working, and it closes after `seconds` without activity. Five wrong codes in a row close
the pad for a minute, so a passer-by cannot try codes at the door's speed.

VolunteerCodePad is the code's pad (a kiosk.ui.digit_pad.DigitPad, as is the pad for the
phone's last four digits in self-service mode), shared by both screens with its words.
"""

from __future__ import annotations

import time
import weakref
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from kiosk.config import Settings
from kiosk.domain.access import VOLUNTEER_MAX_DIGITS, VOLUNTEER_MIN_DIGITS
from kiosk.domain.pin import LockoutPolicy, LockoutState
from kiosk.services.door import KioskService
from kiosk.services.volunteer_codes import VolunteerCodes
from kiosk.storage.errors import StorageError
from kiosk.ui.digit_pad import DigitPad

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


class VolunteerCodePad(DigitPad):
    """The volunteer code's pad, its digits moved each time it is cleared: the right code opens
    the unlock (`unlocked`); a wrong one says so, or how long the pause after too many lasts."""

    unlocked = Signal()

    def __init__(self, unlock: VolunteerUnlock, parent: QWidget | None = None) -> None:
        super().__init__((VOLUNTEER_MIN_DIGITS, VOLUNTEER_MAX_DIGITS), parent, shuffle=True)
        self._unlock = unlock
        self.entered.connect(self._on_entered)
        self.retranslate()

    def _on_entered(self, entered: str) -> None:
        if self._unlock.try_code(entered):
            self.unlocked.emit()
            return
        paused = self._unlock.paused_for()
        if paused > 0:
            wait = self.tr("Too many wrong codes. Try again in {seconds} s.")
            self.say(wait.format(seconds=round(paused)))
        else:
            self.say(self.tr("That is not the volunteer code."))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Volunteer code"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
