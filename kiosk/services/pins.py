"""The operator PIN kept in the event file's meta table, with its lockout state beside it.

Both live in the event file, not in memory, so quitting and restarting the kiosk neither forgets
the PIN nor resets the count of wrong guesses. The lockout uses wall time from the service's
clock (monotonic time restarts with the machine).

The organizer sets the PIN on the office PC (`kiosk pin set`, `read_new_pin`) before the file
goes to the kiosks; a kiosk never offers to choose one on its public screen. A lockout is short
(kiosk.domain.pin.MAX_LOCKOUT), and the organizer ends it at the door with the event's signing
key on a USB stick (`unlock_with_key`) or from a terminal (`kiosk pin reset`). The wrong PINs
typed since the last unlock are kept, so the operator sees how many there were and when.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from kiosk.config import Settings
from kiosk.domain import pin
from kiosk.domain.clock import Clock
from kiosk.files import keys
from kiosk.services.door import KioskService
from kiosk.storage.store import EventStore

log = logging.getLogger(__name__)
HASH_KEY = "operator_pin_hash"
LOCKOUT_KEY = "operator_pin_lockout"
REPORT_KEY = "operator_pin_tries_before_unlock"  # the wrong PINs the last unlock forgave
BLANKS = " \t\r\n"  # trimmed around a PIN typed or piped in
DEMO_PIN = "1234"  # `kiosk demo`'s copy of the sample event only; shown on its screen
# DEMO_PIN hashed once (a public PIN needs no fresh salt): the demo starts without the 0.1 s KDF.
DEMO_PIN_HASH = (
    "scrypt$n=32768,r=8,p=1$a2lvc2stZGVtby1waW4hIQ==$4NTdB6te9LxgqJ54ySTSdhCMuZ4mfPycXWdFWYzZv0M="
)


class PinVerdict(StrEnum):
    ACCEPTED = "accepted"
    WRONG = "wrong"
    LOCKED = "locked"
    NO_KEY = "no_key"  # no key file found on the drives searched
    WRONG_KEY = "wrong_key"  # key files found, none of them this event's


@dataclass(frozen=True)
class PinCheck:
    verdict: PinVerdict
    failures_left: int = 0  # after a wrong PIN: tries before the lockout
    locked_for: timedelta = timedelta(0)  # when locked: how long still
    tries: pin.FailedTries = field(default_factory=pin.FailedTries)  # forgiven by an unlock

    @property
    def accepted(self) -> bool:
        return self.verdict is PinVerdict.ACCEPTED


class PinStore:
    """Set, check and rate-limit the operator PIN of one event file."""

    def __init__(
        self,
        store: EventStore,
        clock: Clock,
        policy: pin.LockoutPolicy | None = None,
        params: pin.ScryptParams = pin.DEFAULT_PARAMS,
    ) -> None:
        self._store = store
        self._clock = clock
        self.policy = policy or pin.LockoutPolicy()
        self._params = params

    @classmethod
    def for_service(cls, service: KioskService, settings: Settings) -> PinStore:
        """The PIN store of the service's event file, with the lockout the settings ask for."""
        policy = pin.LockoutPolicy(
            max_failures=max(1, settings.pin_max_failures),
            base=timedelta(seconds=max(1, settings.pin_lockout_seconds)),
        )
        return cls(service.store, service.clock, policy)

    @property
    def event_file(self) -> Path:
        return self._store.path

    def event_zone(self) -> tzinfo | None:
        """The event's time zone: the times of wrong PINs are shown in it."""
        return self._store.event().starts_at.tzinfo

    def is_set(self) -> bool:
        return is_pin_set(self._store)

    def set_pin(self, new_pin: str) -> None:
        """Store a new PIN (ValueError unless 4-12 digits) and clear any lockout."""
        hashed = pin.hash_pin(new_pin, self._params)
        self._store.set_meta(HASH_KEY, hashed.to_text())
        self._save(pin.LockoutState())
        log.info("operator PIN set")

    def set_demo_pin(self) -> None:
        """The demo's public PIN (DEMO_PIN), for `kiosk demo`'s throw-away copy only."""
        self._store.set_meta(HASH_KEY, DEMO_PIN_HASH)
        self._save(pin.LockoutState())

    def reset(self) -> None:
        """Forget the PIN and its lockout: operator mode stays closed until `kiosk pin set`.

        Only reachable from the command line (`kiosk pin reset`), the way back for an
        organizer whose volunteers forgot the PIN.
        """
        self._store.set_meta(HASH_KEY, "")
        self._save(pin.LockoutState())
        log.warning("operator PIN reset from the command line")

    def locked_for(self) -> timedelta:
        """How long PIN entry stays locked (zero when it is open)."""
        return self.policy.remaining(self._state(), self._clock.now())

    def failures_left(self) -> int:
        return self.policy.failures_left(self._state())

    def check(self, entered: str) -> PinCheck:
        """Verify a PIN, counting a wrong one; while locked, nothing is even compared."""
        state = self._state()
        now = self._clock.now()
        remaining = self.policy.remaining(state, now)
        if remaining > timedelta(0):
            return PinCheck(PinVerdict.LOCKED, locked_for=remaining)
        if pin.verify_stored(entered, self._store.meta(HASH_KEY), "operator PIN"):
            return self._unlocked(state)
        state = self.policy.after_failure(state, now)
        self._save(state)
        log.warning("wrong operator PIN (%d failures, %d lockouts)", state.failures, state.lockouts)
        remaining = self.policy.remaining(state, now)
        if remaining > timedelta(0):
            return PinCheck(PinVerdict.LOCKED, locked_for=remaining)
        return PinCheck(PinVerdict.WRONG, failures_left=self.policy.failures_left(state))

    def unlock_with_key(self, candidates: Iterable[Path]) -> PinCheck:
        """Open operator mode with the event's signing key (the organizer's USB stick), ending
        any lockout: the first candidate file whose public half is this event's key."""
        wanted = set(self._store.public_keys().values())
        tried = 0
        for path in candidates:
            tried += 1
            try:
                found = keys.public_bytes(keys.read_private_key(path))
            except keys.KeyRefused as refused:
                log.info("not a signing key: %s", refused)
                continue
            if found in wanted:
                log.warning("operator mode opened with the event's key from %s", path)
                return self._unlocked(self._state())
            log.warning("the key in %s belongs to another event", path)
        return PinCheck(PinVerdict.WRONG_KEY if tried else PinVerdict.NO_KEY)

    def tries_before_unlock(self) -> pin.FailedTries:
        """The wrong PINs typed before the latest unlock (by PIN or key), for operator mode."""
        try:
            return pin.FailedTries.from_text(self._store.meta(REPORT_KEY, "0|"))
        except ValueError:
            return pin.FailedTries()

    def _unlocked(self, state: pin.LockoutState) -> PinCheck:
        self._store.set_meta(REPORT_KEY, state.tries.to_text())
        self._save(self.policy.after_success(state))
        return PinCheck(PinVerdict.ACCEPTED, tries=state.tries)

    def _state(self) -> pin.LockoutState:
        return pin.LockoutState.from_text(self._store.meta(LOCKOUT_KEY))

    def _save(self, state: pin.LockoutState) -> None:
        self._store.set_meta(LOCKOUT_KEY, state.to_text())


def is_pin_set(store: EventStore) -> bool:
    """Whether the event file holds an operator PIN (read only: for `kiosk doctor`)."""
    return bool(store.meta(HASH_KEY))


class PinRefused(ValueError):
    """A new PIN not taken; `reason` is one of empty, invalid, mismatch, encoding."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def read_new_pin(
    stdin: BinaryIO, ask: Callable[[str], str] | None, prompts: tuple[str, str]
) -> str:
    """The new PIN: typed twice on a terminal (`ask`, e.g. getpass) or one line of `stdin`.

    Never from the command line's arguments (other users see those in the process list).
    PinRefused when empty, not 4-12 digits, typed differently twice, or not UTF-8.
    """
    if ask is None:
        try:
            return _checked(stdin.readline().decode("utf-8"))
        except UnicodeDecodeError as error:
            raise PinRefused("encoding") from error
    chosen = _checked(_typed(ask, prompts[0]))
    if _typed(ask, prompts[1]).strip(BLANKS) != chosen:
        raise PinRefused("mismatch")
    return chosen


def _typed(ask: Callable[[str], str], prompt: str) -> str:
    try:
        return ask(prompt)
    except EOFError:  # Ctrl+D at the prompt
        return ""
    except UnicodeDecodeError as error:
        raise PinRefused("encoding") from error


def _checked(entered: str) -> str:
    chosen = entered.strip(BLANKS)
    if not chosen:
        raise PinRefused("empty")
    if not pin.is_valid_pin(chosen):
        raise PinRefused("invalid")
    return chosen
