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


jamo_keys = st.text(
    alphabet=st.sampled_from("ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅎㄲㄸㅏㅓㅗㅜㅡㅣㅐㅔ 1"), max_size=30
)


@given(jamo_keys, st.lists(st.booleans(), max_size=30))
def test_typing_and_backspace_always_show_what_the_remaining_keys_make(
    keys: str, backs: list[bool]
) -> None:
    composer, kept = HangulComposer(), []
    for key, back in zip(keys, backs + [False] * len(keys), strict=False):
        composer.type(key)
        kept.append(key)
        if back:
            composer.backspace()
            kept.pop()
        assert composer.text == compose("".join(kept))
        assert len(composer) == len(composer.text)


def test_a_long_burst_of_keys_costs_the_same_per_key_as_a_short_one() -> None:
    """10,000 keys typed into search froze the kiosk for 73 s: every key recomposed them all."""
    import time

    composer = HangulComposer()
    started = time.perf_counter()
    for key in "ㄱㅣㅁ" * 4000:  # the keypad reads the text after every key
        composer.type(key)
        _ = composer.text
    assert time.perf_counter() - started < 3.0
    assert composer.text == "김" * 4000


def test_a_field_refuses_keys_past_its_length_and_keeps_the_text() -> None:
    composer = HangulComposer(max_chars=3)
    for key in "ㄱㅣㅁㅁㅣㄴㅅㅜ":
        assert composer.type(key)
    assert composer.text == "김민수"
    assert composer.type("ㅇ")  # 숭: still three letters
    assert not composer.type("ㅣ")  # 김민수이 would be four: refused, nothing changes
    assert composer.text == "김민숭"
    composer.backspace()
    assert composer.text == "김민수"
    assert HangulComposer("김민수박", max_chars=3).text == "김민수"
