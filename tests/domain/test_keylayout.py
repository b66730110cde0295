"""A scanner typing into a keyboard left in Hangul mode still yields the ticket's Latin text."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.keylayout import JAMO_KEYS, KEY_JAMO, hangul_typed, latin_keys

BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def test_the_standard_layout() -> None:
    row = "ㅂㅈㄷㄱㅅㅛㅕㅑㅐㅔㅁㄴㅇㄹㅎㅗㅓㅏㅣㅋㅌㅊㅍㅠㅜㅡ"
    assert "".join(JAMO_KEYS[j] for j in row) == "qwertyuiopasdfghjklzxcvbnm"
    assert "".join(JAMO_KEYS[j] for j in "ㅃㅉㄸㄲㅆㅒㅖ") == "QWERTOP"
    assert len(KEY_JAMO) == 33


@pytest.mark.parametrize(
    ("typed", "keys"),
    [
        ("ㅂㅈㄷㄱ", "qwer"),
        ("가가", "rkrk"),  # ㄱㅏㄱㅏ: the second ㄱ moved into the next syllable
        ("갃", "rkrt"),  # compound final ㄳ
        ("각사", "rkrtk"),
        ("ㅘ", "hk"),  # compound vowel
        ("뭘", "anjf"),
        ("쒤", "Tnpf"),  # ㅆ ㅜ ㅔ ㄹ: ㅞ compound, shifted ㅆ
        ("깡ㄴㄹ2ㅏ7", "Rkdsf2k7"),  # digits pass through
        ("ABC234", "ABC234"),  # already Latin: untouched
        ("\u1100\u1161\u11a8", "rkr"),  # conjoining jamo (NFC makes 각)
        ("\u1100", "r"),  # a lone conjoining initial
    ],
)
def test_hangul_back_to_keys(typed: str, keys: str) -> None:
    assert latin_keys(typed) == keys


def test_a_ticket_typed_in_hangul_mode_reads_back() -> None:
    ticket = base64.b32encode(bytes(range(7, 80))).decode().rstrip("=")  # 117 characters
    shown = hangul_typed(ticket)
    assert any("\uac00" <= ch <= "\ud7a3" for ch in shown)  # the input method made syllables
    assert latin_keys(shown).upper() == ticket


@given(st.text(alphabet=BASE32, min_size=1, max_size=130))
def test_any_base32_text_survives_hangul_mode(text: str) -> None:
    assert latin_keys(hangul_typed(text)).upper() == text
