"""Signed tickets: the format of DESIGN.md, and a verifier that nothing gets past."""

from __future__ import annotations

import base64
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.domain.outcome import Outcome
from kiosk.domain.tickets import TICKET_CHARS, Ticket, TicketVerifier, canonical_code, issue

DAY = date(2024, 10, 30)
KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
OTHER_KEY = Ed25519PrivateKey.from_private_bytes(bytes(range(1, 33)))


def verifier(revoked: set[tuple[int, int]] = frozenset()) -> TicketVerifier:  # type: ignore[assignment]
    return TicketVerifier({1: KEY.public_key()}, event=1030, day=DAY, revoked=revoked)


def code_for(
    serial: int = 42,
    *,
    event: int = 1030,
    day: date = DAY,
    key_id: int = 1,
    generation: int = 0,
    key: Ed25519PrivateKey = KEY,
) -> str:
    return issue(Ticket(key_id, event, serial, day, generation), key)


VALID = code_for()


def test_a_ticket_is_117_base32_characters_and_fits_qr_version_5_m() -> None:
    import qrcode
    import qrcode.constants

    assert len(VALID) == TICKET_CHARS
    assert set(VALID) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(VALID)
    qr.make(fit=True)
    assert qr.version <= 5


def test_a_valid_ticket_is_accepted_with_its_attendee() -> None:
    verdict = verifier().verify(VALID)
    assert verdict.outcome is Outcome.ACCEPTED
    assert verdict.ticket == Ticket(1, 1030, 42, DAY, 0)


def test_lower_case_and_surrounding_whitespace_from_a_keyboard_wedge_are_tolerated() -> None:
    assert verifier().verify(f"  {VALID.lower()}\n").outcome is Outcome.ACCEPTED


@pytest.mark.parametrize(
    ("code", "outcome"),
    [
        (code_for(key=OTHER_KEY), Outcome.INVALID_SIGNATURE),
        (code_for(key_id=2, key=OTHER_KEY), Outcome.INVALID_SIGNATURE),
        (code_for(event=999), Outcome.WRONG_EVENT),
        (code_for(day=date(2024, 10, 31)), Outcome.WRONG_EVENT),
        (code_for(serial=7, generation=0), Outcome.REVOKED),
        ("https://example.org/ticket/42", Outcome.MALFORMED),
        ("", Outcome.MALFORMED),
        (VALID[:-1], Outcome.MALFORMED),
        (VALID + "A", Outcome.MALFORMED),
        ("A" * 5000, Outcome.MALFORMED),
        (VALID[:50] + "1" + VALID[51:], Outcome.MALFORMED),  # '1' is not base32
    ],
    ids=[
        "forged",
        "unknown-key",
        "other-event",
        "other-day",
        "revoked",
        "url",
        "empty",
        "short",
        "long",
        "huge",
        "bad-alphabet",
    ],
)
def test_each_bad_code_gets_its_own_outcome(code: str, outcome: Outcome) -> None:
    assert verifier(revoked={(7, 0)}).verify(code).outcome is outcome


def test_a_reissued_ticket_survives_the_revocation_of_the_old_generation() -> None:
    v = verifier(revoked={(7, 0)})
    assert v.verify(code_for(serial=7, generation=1)).outcome is Outcome.ACCEPTED


def test_the_spare_bit_of_the_last_character_does_not_make_a_second_valid_text() -> None:
    # 117 characters carry 585 bits for 584 bits of data: only the canonical text is valid.
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    last = alphabet.index(VALID[-1])
    twin = VALID[:-1] + alphabet[last ^ 1]
    assert base64.b32decode(twin + "===") == base64.b32decode(VALID + "===")
    assert verifier().verify(twin).outcome is Outcome.MALFORMED


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_no_exception_escapes_on_arbitrary_text(text: str) -> None:
    verdict = verifier().verify(text)
    assert verdict.outcome in Outcome
    assert verdict.outcome is not Outcome.ACCEPTED


@settings(max_examples=200)
@given(st.binary(max_size=300))
def test_no_exception_escapes_on_arbitrary_bytes_read_as_text(raw: bytes) -> None:
    for text in (raw.decode("latin-1"), base64.b32encode(raw).decode().rstrip("=")):
        assert verifier().verify(text).outcome is not Outcome.ACCEPTED


@settings(max_examples=600)
@given(st.integers(0, TICKET_CHARS - 1), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))
def test_no_mutated_ticket_is_accepted(position: int, replacement: str) -> None:
    mutated = VALID[:position] + replacement + VALID[position + 1 :]
    verdict = verifier().verify(mutated)
    if mutated == VALID:
        assert verdict.outcome is Outcome.ACCEPTED
    else:
        assert verdict.outcome is not Outcome.ACCEPTED


@settings(max_examples=200)
@given(st.integers(1, 2**24 - 1), st.integers(0, 255), st.integers(0, 65535))
def test_any_issued_ticket_round_trips(serial: int, generation: int, event: int) -> None:
    code = code_for(serial, event=event, generation=generation)
    v = TicketVerifier({1: KEY.public_key()}, event=event, day=DAY)
    assert v.verify(code).ticket == Ticket(1, event, serial, DAY, generation)


# -- one canonical text per ticket (issue 10, item 8) -----------------------------------------

ASCII_SPACE = " \t\n\r\x0b\x0c"
# Characters that Unicode case mapping (str.upper) or compatibility folding (NFKC) turns into
# ASCII letters of a ticket: each would give one ticket a second text.
LOOKALIKES = {"ſ": "S", "ı": "I", "ﬀ": "FF", "ﬅ": "ST", "Ａ": "A", "ｚ": "Z", "２": "2"}


def _ticket_containing(ascii_text: str) -> str:
    """A valid ticket whose code contains `ascii_text` (serials tried in order)."""
    return next(c for c in map(code_for, range(1, 5000)) if ascii_text in c)


@pytest.mark.parametrize("lookalike", list(LOOKALIKES), ids=[hex(ord(c[0])) for c in LOOKALIKES])
def test_a_compatibility_character_in_a_ticket_is_malformed(lookalike: str) -> None:
    plain = LOOKALIKES[lookalike]
    code = _ticket_containing(plain)
    assert verifier().verify(code).outcome is Outcome.ACCEPTED
    twin = code.replace(plain, lookalike, 1)
    assert verifier().verify(twin).outcome is Outcome.MALFORMED
    assert verifier().verify(twin.lower()).outcome is Outcome.MALFORMED
    assert canonical_code(twin) is None


@pytest.mark.parametrize("space", ["\u3000", "\xa0", "\u2028", "\u200b", "\ufeff"])
def test_non_ascii_space_around_a_ticket_is_malformed(space: str) -> None:
    assert verifier().verify(space + VALID).outcome is Outcome.MALFORMED
    assert verifier().verify(VALID + space).outcome is Outcome.MALFORMED


CODES = [
    code_for(),
    code_for(key=OTHER_KEY),
    code_for(event=999),
    code_for(serial=7),
    VALID[:-1],
    "https://example.org/ticket/42",
]


@settings(max_examples=300)
@given(
    st.sampled_from(CODES),
    st.lists(st.booleans(), min_size=TICKET_CHARS, max_size=TICKET_CHARS),
    st.text(ASCII_SPACE, max_size=4),
    st.text(ASCII_SPACE, max_size=4),
)
def test_any_ascii_case_and_surrounding_ascii_whitespace_gives_the_same_outcome(
    code: str, lower: list[bool], before: str, after: str
) -> None:
    variant = (
        before + "".join(c.lower() if d else c for c, d in zip(code, lower, strict=False)) + after
    )
    v = verifier(revoked={(7, 0)})
    assert v.verify(variant) == v.verify(code)
    assert canonical_code(variant) == canonical_code(code)
    if v.verify(code).outcome is not Outcome.MALFORMED:
        assert canonical_code(variant) == code


@settings(max_examples=400)
@given(
    st.integers(0, TICKET_CHARS),
    st.text(min_size=1, max_size=3).filter(lambda t: not t.isascii()),
    st.sampled_from(CODES),
)
def test_any_text_with_a_non_ascii_character_is_malformed(
    position: int, extra: str, code: str
) -> None:
    for text in (code[:position] + extra + code[position:], extra, code.lower() + extra):
        assert verifier().verify(text).outcome is Outcome.MALFORMED
        assert canonical_code(text) is None
