"""The keypad's 2-beolsik automaton: keys typed one by one give the text a Korean keyboard shows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.hangul import keystrokes
from kiosk.domain.hangul_input import HangulComposer, compose


def typed(keys: str) -> str:
    composer = HangulComposer()
    for key in keys:
        composer.type(key)
    return composer.text


@pytest.mark.parametrize(
    ("keys", "text"),
    [
        ("ㄱㅣㅁㅁㅣㄴㅅㅜ", "김민수"),
        ("ㄱㅁㅅ", "ㄱㅁㅅ"),  # initials stay apart: that is the initial-consonant search
        ("ㄱㅣㅁㅣ", "기미"),  # a final moves on when a vowel follows
        ("ㄷㅏㄹㄱ", "닭"),  # compound final
        ("ㄷㅏㄹㄱㅇㅣ", "닭이"),
        ("ㄱㅏㄱㅅㅏ", "각사"),  # a compound final splits before a vowel
        ("ㄱㅗㅏㅇㅡㅣ", "과의"),  # compound vowels
        ("ㄱㅗㅏㅇ", "광"),
        ("ㄸㅏㄸ", "따ㄸ"),  # ㄸ never closes a syllable
        ("ㅇㅣ ㅈㅜㄴ", "이 준"),
        ("ㅏㅏ", "ㅏㅏ"),
        ("ㄱㅣㅁ1234", "김1234"),
        ("ㄴㅏㅁㄱㅜㅇㅁㅣㄴㅅㅜ", "남궁민수"),
    ],
)
def test_keys_compose_like_a_korean_keyboard(keys: str, text: str) -> None:
    assert typed(keys) == text


def test_backspace_takes_back_one_key_at_a_time() -> None:
    composer = HangulComposer()
    for key in "ㄱㅣㅁㅁㅣㄴ":
        composer.type(key)
    seen = []
    while composer.text:
        composer.backspace()
        seen.append(composer.text)
    assert seen == ["김미", "김ㅁ", "김", "기", "ㄱ", ""]


def test_starting_from_text_keeps_backspace_jamo_by_jamo() -> None:
    composer = HangulComposer("황보과")
    composer.backspace()
    assert composer.text == "황보고"
    composer.clear()
    assert composer.text == ""


def test_one_key_at_a_time() -> None:
    with pytest.raises(ValueError):
        HangulComposer().type("ㄱㅏ")


syllables = st.integers(0xAC00, 0xD7A3).map(chr)


@given(st.lists(st.one_of(syllables, st.sampled_from(" 0123456789")), max_size=8))
def test_typing_any_text_keystroke_by_keystroke_gives_it_back(chars: list[str]) -> None:
    text = "".join(chars)
    assert compose(keystrokes(text)) == text
