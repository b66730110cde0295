"""The operator PIN: a slow salted hash, and the lockout after repeated wrong PINs.

A six-digit PIN has only a million values, so the hash alone only slows down someone who copied
the event file; the lockout is what stops guessing at the kiosk. The hash is scrypt (n=2**15,
r=8, p=1: 32 MiB and about 0.1 s on a 2-core laptop, well under the half second a person waits
for a PIN pad). Every stored hash carries its own parameters, so they can be raised later
without breaking PINs already set. Time is a parameter: the lockout rules take `now`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

log = logging.getLogger(__name__)
MIN_DIGITS = 4
MAX_DIGITS = 12
SALT_BYTES = 16
KEY_BYTES = 32
# Bounded: a passer-by who types five wrong PINs must not keep the operator out of the event.
# Five wrong PINs lock entry for a minute, each lockout after that twice as long, 15 at most:
# then 20 guesses an hour, so a four-digit PIN still takes weeks to find by trying.
MAX_LOCKOUT = timedelta(minutes=15)
TIMES_KEPT = 20  # the latest wrong tries' times kept for the operator (the count is exact)
MAX_COST = 2**22  # n*r*p of a stored hash: refuse parameters that would take minutes


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**15
    r: int = 8
    p: int = 1

    @property
    def maxmem(self) -> int:
        """scrypt needs 128*n*r bytes; allow twice that (the default limit refuses n=2**15)."""
        return 256 * self.n * self.r + 2**20


DEFAULT_PARAMS = ScryptParams()


def is_valid_pin(pin: str) -> bool:
    """A PIN is 4 to 12 ASCII digits."""
    return MIN_DIGITS <= len(pin) <= MAX_DIGITS and pin.isascii() and pin.isdigit()


@dataclass(frozen=True)
class PinHash:
    """What is stored: the parameters, the salt and the derived key (never the PIN)."""

    params: ScryptParams
    salt: bytes
    digest: bytes

    def to_text(self) -> str:
        p = self.params
        salt = base64.b64encode(self.salt).decode("ascii")
        digest = base64.b64encode(self.digest).decode("ascii")
        return f"scrypt$n={p.n},r={p.r},p={p.p}${salt}${digest}"

    @classmethod
    def from_text(cls, text: str) -> PinHash:
        """Parse `to_text`'s form; ValueError when it is not one."""
        try:
            kind, params, salt, digest = text.split("$")
            fields = dict(item.split("=") for item in params.split(","))
            chosen = ScryptParams(n=int(fields["n"]), r=int(fields["r"]), p=int(fields["p"]))
            parsed = cls(chosen, base64.b64decode(salt), base64.b64decode(digest))
        except (ValueError, KeyError) as error:
            raise ValueError("not a stored PIN hash") from error
        too_costly = chosen.n * chosen.r * chosen.p > MAX_COST
        if kind != "scrypt" or not parsed.salt or not parsed.digest or too_costly:
            raise ValueError("not a stored PIN hash")
        return parsed


def _derive(pin: str, salt: bytes, params: ScryptParams, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode("utf-8"),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem,
        dklen=length,
    )


def hash_pin(pin: str, params: ScryptParams = DEFAULT_PARAMS, salt: bytes | None = None) -> PinHash:
    """A fresh salted hash of a valid PIN (ValueError for anything else)."""
    if not is_valid_pin(pin):
        raise ValueError(f"a PIN is {MIN_DIGITS} to {MAX_DIGITS} digits")
    salt = salt if salt is not None else secrets.token_bytes(SALT_BYTES)
    return PinHash(params, salt, _derive(pin, salt, params, KEY_BYTES))


def verify_pin(pin: str, stored: PinHash) -> bool:
    """True when `pin` is the one hashed; compared in constant time."""
    if not pin.isascii():
        return False
    candidate = _derive(pin, stored.salt, stored.params, len(stored.digest))
    return hmac.compare_digest(candidate, stored.digest)


def verify_stored(entered: str, stored_text: str, what: str) -> bool:
    """True when `entered` is the secret hashed in `stored_text` (`PinHash.to_text`'s form);
    False when nothing is stored or the stored text is unreadable (logged, naming `what`)."""
    if not stored_text:
        return False
    try:
        stored = PinHash.from_text(stored_text)
    except ValueError:
        log.error("the stored %s hash is unreadable", what)
        return False
    return verify_pin(entered, stored)


# -- lockout ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FailedTries:
    """The wrong PINs since the last unlock: how many, and when the latest ones were typed."""

    count: int = 0
    times: tuple[datetime, ...] = ()  # oldest first, at most TIMES_KEPT

    def added(self, now: datetime) -> FailedTries:
        return FailedTries(self.count + 1, (*self.times, now)[-TIMES_KEPT:])

    def to_text(self) -> str:
        return f"{self.count}|" + ",".join(when.isoformat() for when in self.times)

    @classmethod
    def from_text(cls, text: str) -> FailedTries:
        """Parse `to_text`'s form; ValueError when it is not one."""
        count, _, listed = text.partition("|")
        times = tuple(_aware(item) for item in listed.split(",") if item)
        return cls(max(int(count), len(times)), times[-TIMES_KEPT:])


def _aware(text: str) -> datetime:
    when = datetime.fromisoformat(text)
    if when.tzinfo is None:
        raise ValueError("naive time")
    return when


@dataclass(frozen=True)
class LockoutState:
    """Persisted between runs: wrong PINs since the last lockout, the lockout in force, and
    every wrong PIN since the last unlock (for the operator to see)."""

    failures: int = 0
    lockouts: int = 0  # lockouts since the last correct PIN: each one lasts twice as long
    locked_until: datetime | None = None
    tries: FailedTries = FailedTries()

    def to_text(self) -> str:
        until = self.locked_until.isoformat() if self.locked_until else ""
        return f"{self.failures};{self.lockouts};{until};{self.tries.to_text()}"

    @classmethod
    def from_text(cls, text: str) -> LockoutState:
        """Parse `to_text`'s form (or the older one without the tries); an unreadable value
        counts as one lockout already served."""
        try:
            failures, lockouts, until, *rest = text.split(";")
            when = _aware(until) if until else None
            tries = FailedTries.from_text(rest[0]) if rest else FailedTries()
            return cls(int(failures), int(lockouts), when, tries)
        except ValueError:
            return cls(failures=0, lockouts=1) if text else cls()


@dataclass(frozen=True)
class LockoutPolicy:
    """`max_failures` wrong PINs in a row lock entry for `base`, then 2x, 4x ... up to
    MAX_LOCKOUT (a quarter of an hour)."""

    max_failures: int = 5
    base: timedelta = timedelta(minutes=1)

    def remaining(self, state: LockoutState, now: datetime) -> timedelta:
        """How long entry stays locked (zero when it is open)."""
        if state.locked_until is None or state.locked_until <= now:
            return timedelta(0)
        return state.locked_until - now

    def failures_left(self, state: LockoutState) -> int:
        return max(0, self.max_failures - state.failures)

    def after_failure(self, state: LockoutState, now: datetime) -> LockoutState:
        """The state after one more wrong PIN (entered while not locked)."""
        failures = state.failures + 1
        tries = state.tries.added(now)
        if failures < self.max_failures:
            return replace(state, failures=failures, locked_until=None, tries=tries)
        duration = min(self.base * 2 ** min(state.lockouts, 16), MAX_LOCKOUT)
        return LockoutState(0, state.lockouts + 1, now + duration, tries)

    def after_success(self, state: LockoutState) -> LockoutState:
        """A correct PIN (or the organizer's key) forgives everything before it."""
        return LockoutState()
