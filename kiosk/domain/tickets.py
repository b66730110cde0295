"""Signed tickets: a short base32 text in a QR code that a kiosk verifies offline.

Layout (DESIGN.md): 9 payload bytes -- version and key id (1), event number (2), attendee
serial (3), event day (2, days since 2000-01-01), re-issue generation (1) -- then the 64-byte
Ed25519 signature over them; 73 bytes are 117 base32 characters, which fit a version 5 QR code
at level M in alphanumeric mode. A kiosk holds public keys only, so it cannot mint tickets.
"""

from __future__ import annotations

import base64
import binascii
import re
import struct
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.domain.outcome import Outcome

FORMAT_VERSION = 1
PAYLOAD = struct.Struct(">BH3sHB")
SIGNATURE_BYTES = 64
TICKET_CHARS = 117
MAX_INPUT_CHARS = 256
EPOCH = date(2000, 1, 1)
MAX_SERIAL = 2**24 - 1
_ALPHABET = re.compile(f"[A-Z2-7]{{{TICKET_CHARS}}}")


@dataclass(frozen=True, slots=True)
class Ticket:
    """What a ticket says: which key signed it, for which event, day and attendee."""

    key_id: int
    event: int
    serial: int
    day: date
    generation: int = 0

    def payload(self) -> bytes:
        if not 0 <= self.key_id <= 15:
            raise ValueError("key id must be 0..15")
        if not 1 <= self.serial <= MAX_SERIAL:
            raise ValueError("serial must be 1..16777215")
        ver_kid = (FORMAT_VERSION << 4) | self.key_id
        days = (self.day - EPOCH).days
        return PAYLOAD.pack(
            ver_kid, self.event, self.serial.to_bytes(3, "big"), days, self.generation
        )


@dataclass(frozen=True, slots=True)
class Verdict:
    """The outcome of reading a code, and the ticket when its signature held."""

    outcome: Outcome
    ticket: Ticket | None = None


def issue(ticket: Ticket, private_key: Ed25519PrivateKey) -> str:
    """The ticket's code text: base32 without padding, upper case, 117 characters."""
    payload = ticket.payload()
    return _b32(payload + private_key.sign(payload))


def _b32(raw: bytes) -> str:
    return base64.b32encode(raw).decode("ascii").rstrip("=")


def _unpack(payload: bytes) -> tuple[int, Ticket]:
    ver_kid, event, serial, days, gen = PAYLOAD.unpack(payload)
    ticket = Ticket(ver_kid & 0x0F, event, int.from_bytes(serial, "big"), _day(days), gen)
    return ver_kid >> 4, ticket


def _day(days: int) -> date:
    return date.fromordinal(EPOCH.toordinal() + days)


class TicketVerifier:
    """Checks codes against one event, in the order DESIGN.md fixes.

    Length and alphabet, canonical re-encoding, key id, signature, event, day, revocation;
    every failure is an outcome, never an exception.
    """

    def __init__(
        self,
        public_keys: Mapping[int, Ed25519PublicKey],
        event: int,
        day: date,
        revoked: Collection[tuple[int, int]] = (),
    ) -> None:
        self._keys = dict(public_keys)
        self._event = event
        self._day = day
        self._revoked = frozenset(revoked)

    def verify(self, code: str) -> Verdict:
        canonical = _canonical(code)
        if canonical is None:
            return Verdict(Outcome.MALFORMED)
        raw = canonical[1]
        payload, signature = raw[: PAYLOAD.size], raw[PAYLOAD.size :]
        version, ticket = _unpack(payload)
        if version != FORMAT_VERSION:
            return Verdict(Outcome.MALFORMED)
        key = self._keys.get(ticket.key_id)
        if key is None or not _signature_holds(key, signature, payload):
            return Verdict(Outcome.INVALID_SIGNATURE)
        if ticket.event != self._event or ticket.day != self._day:
            return Verdict(Outcome.WRONG_EVENT, ticket)
        if (ticket.serial, ticket.generation) in self._revoked:
            return Verdict(Outcome.REVOKED, ticket)
        return Verdict(Outcome.ACCEPTED, ticket)


ASCII_WHITESPACE = " \t\n\r\x0b\x0c"


def canonical_code(text: object) -> str | None:
    """The one text of a well-formed code, or None (`malformed`).

    Normalized at the edge, in ASCII only: surrounding ASCII whitespace trimmed and ASCII
    letters upper-cased, so a scanner in Caps Lock or lower case still works. Anything
    non-ASCII is refused, never folded: str.upper() would turn 'ſ' into 'S' and 'ı' into 'I'
    (and NFKC a full-width 'Ａ' or the ligature 'ﬀ' into ASCII), so two texts would name one
    ticket. The code must then re-encode to exactly itself (the spare bits of the last
    character), and over-long input is refused before any work.
    """
    canonical = _canonical(text)
    return canonical[0] if canonical else None


def _canonical(text: object) -> tuple[str, bytes] | None:
    """The canonical text and the 73 bytes it stands for, or None."""
    if not isinstance(text, str) or len(text) > MAX_INPUT_CHARS or not text.isascii():
        return None
    code = text.strip(ASCII_WHITESPACE).upper()
    if not _ALPHABET.fullmatch(code):
        return None
    try:
        raw = base64.b32decode(code + "=" * (-len(code) % 8))
    except (binascii.Error, ValueError):
        return None
    if len(raw) != PAYLOAD.size + SIGNATURE_BYTES or _b32(raw) != code:
        return None
    try:
        _unpack(raw[: PAYLOAD.size])
    except (ValueError, OverflowError):
        return None
    return code, raw


def _signature_holds(key: Ed25519PublicKey, signature: bytes, payload: bytes) -> bool:
    try:
        key.verify(signature, payload)
    except InvalidSignature:
        return False
    return True
