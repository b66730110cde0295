"""What a finger's double tap may and may not do.

A double tap is two taps about 100-300 ms apart. On a button that ends or commits something
(export, import, lock, quit...) only the first of them counts: `TapGuard` drops the taps that
follow an accepted one within DOUBLE_TAP_SECONDS. A confirmation ("tap again to quit") must
not be given by the second tap of the same double tap: `SecondTap` counts the confirming tap
only between CONFIRM_AFTER_SECONDS and CONFIRM_WITHIN_SECONDS after the first.
Both take the clock as a parameter, so tests pass their own.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from enum import Enum

DOUBLE_TAP_SECONDS = 0.5
CONFIRM_AFTER_SECONDS = 0.6
CONFIRM_WITHIN_SECONDS = 4.0

Clock = Callable[[], float]


class TapGuard:
    """One accepted tap, then deaf for DOUBLE_TAP_SECONDS (shared by the buttons of one page,
    so the second tap cannot land on a neighbour either)."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        self._last = -1e9

    def accept(self) -> bool:
        now = self.clock()
        if now - self._last < DOUBLE_TAP_SECONDS:
            return False
        self._last = now
        return True

    def hold(self) -> None:
        """Something just ended (a picker closed, a question was answered): start deaf."""
        self._last = self.clock()

    def guarded(self, slot: Callable[[], object]) -> Callable[..., None]:
        """A slot for `clicked` that runs `slot` only for an accepted tap."""

        def run(*_args: object) -> None:
            if self.accept():
                slot()

        return run


class Tap(Enum):
    ARMED = "armed"  # the first tap: now waiting for a deliberate second one
    CONFIRMED = "confirmed"
    IGNORED = "ignored"  # too soon: the second tap of a double tap


class SecondTap:
    """A confirmation by a second, deliberate tap on the same thing."""

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self.clock = clock
        self._armed: tuple[Hashable, float] | None = None

    def tap(self, key: Hashable = None) -> Tap:
        now = self.clock()
        if self._armed is not None and self._armed[0] == key:
            waited = now - self._armed[1]
            if waited < CONFIRM_AFTER_SECONDS:
                return Tap.IGNORED
            if waited <= CONFIRM_WITHIN_SECONDS:
                self._armed = None
                return Tap.CONFIRMED
        self._armed = (key, now)
        return Tap.ARMED

    def armed(self, key: Hashable = None) -> bool:
        """Whether `key`'s first tap waits for its confirmation. Read without the clock: the
        owner's timer calls `disarm` once CONFIRM_WITHIN_SECONDS are over."""
        return self._armed is not None and self._armed[0] == key

    def disarm(self) -> None:
        self._armed = None
