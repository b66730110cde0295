"""Masking for the public screen and the Hangul keys that name search relies on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.hangul import (
    choseong,
    decompose,
    is_choseong_query,
    keystrokes,
    mask_name,
    normalize,
    split_compound_consonants,
)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("김민수", "김*수"),
        ("이준", "이*"),
        ("남궁민수", "남**수"),
        ("황보해오름", "황***름"),
        ("  김민수 ", "김*수"),
        ("남궁 민수", "남**수"),
        ("John Smith", "J*** S****"),
        ("John F Kennedy", "J*** F K******"),
        ("Madonna", "M******"),
        ("Jean-Luc Picard", "J***-*** P*****"),
        ("김", "*"),
        ("J", "*"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_mask_name_follows_the_display_restriction_convention(name: str, shown: str) -> None:
    assert mask_name(name) == shown


syllables = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)


@given(st.text(syllables, min_size=2, max_size=8))
def test_a_masked_hangul_name_always_hides_the_first_given_name_syllable(name: str) -> None:
    shown = mask_name(name)
    assert len(shown) == len(name)
    assert shown[0] == name[0]
    assert shown[1] == "*"
    assert shown != name


def test_choseong_gives_initial_consonants_and_lower_cases_the_rest() -> None:
    assert choseong("김민수") == "ㄱㅁㅅ"
    assert choseong("남궁민수") == "ㄴㄱㅁㅅ"
    assert choseong("까치 ABC") == "ㄲㅊ abc"


def test_choseong_query_is_only_lone_consonants() -> None:
    assert is_choseong_query("ㄱㅁㅅ")
    assert is_choseong_query(" ㄱ ㅁ ")
    assert is_choseong_query("ㄳ")
    assert not is_choseong_query("김ㅁ")
    assert not is_choseong_query("kms")
    assert not is_choseong_query("")


def test_keystrokes_spell_syllables_as_they_are_typed() -> None:
    assert keystrokes("김민수") == "ㄱㅣㅁㅁㅣㄴㅅㅜ"
    assert keystrokes("과") == "ㄱㅗㅏ"
    assert keystrokes("닭") == "ㄷㅏㄹㄱ"
    assert keystrokes("쌍") == "ㅆㅏㅇ"
    assert keystrokes("ab1") == "ab1"


def test_a_half_typed_name_is_a_keystroke_prefix_of_the_whole_name() -> None:
    for typed in ("김미", "김ㅁ", "김민ㅅ"):
        assert keystrokes("김민수").startswith(keystrokes(typed))
    assert keystrokes("박수진").startswith(keystrokes("박숮"))


def test_decompose_splits_a_syllable_and_refuses_anything_else() -> None:
    assert decompose("민") == ("ㅁ", "ㅣ", "ㄴ")
    assert decompose("가") == ("ㄱ", "ㅏ", "")
    with pytest.raises(ValueError):
        decompose("A")


def test_normalize_joins_decomposed_and_full_width_input() -> None:
    decomposed = "\u1100\u1175\u11b7"  # 김 as conjoining jamo (macOS input)
    assert normalize(decomposed + " 민수") == "김민수"
    assert normalize("ＡＢ１２") == "ab12"
    assert normalize("\u1100\u1106") == "ㄱㅁ"


def test_compound_consonants_from_an_input_method_are_split() -> None:
    assert split_compound_consonants("ㄳㅄ") == "ㄱㅅㅂㅅ"
    assert split_compound_consonants("값") == "값"
