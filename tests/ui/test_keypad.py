"""The touch keypad: finger-sized keys that compose Hangul like a Korean keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.ui.keypad import Keypad
from tests.ui.screen_helpers import show_screen


def tap(qtbot, keypad: Keypad, keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(keypad.key_button(key), Qt.MouseButton.LeftButton)


def make(qtbot) -> Keypad:
    keypad = Keypad()
    show_screen(qtbot, keypad, (800, 420))
    return keypad


def test_tapping_jamo_composes_syllables_as_you_type(qtbot) -> None:
    keypad = make(qtbot)
    seen: list[str] = []
    keypad.text_changed.connect(seen.append)
    tap(qtbot, keypad, "ㄱㅣㅁㅁㅣㄴㅅㅜ")
    assert keypad.text() == "김민수"
    assert seen[:4] == ["ㄱ", "기", "김", "김ㅁ"]


def test_backspace_and_clear_keys(qtbot) -> None:
    keypad = make(qtbot)
    tap(qtbot, keypad, "ㄱㅣㅁ")
    qtbot.mouseClick(keypad.backspace_key, Qt.MouseButton.LeftButton)
    assert keypad.text() == "기"
    qtbot.mouseClick(keypad.clear_key, Qt.MouseButton.LeftButton)
    assert keypad.text() == ""


def test_shift_gives_a_double_consonant_for_one_key(qtbot) -> None:
    keypad = make(qtbot)
    qtbot.mouseClick(keypad.shift_key, Qt.MouseButton.LeftButton)
    assert keypad.key_button("ㅆ").text() == "ㅆ"
    tap(qtbot, keypad, "ㅆ")
    tap(qtbot, keypad, "ㅏㅇ")  # back to single consonants after one key
    assert keypad.text() == "쌍"


def test_digits_and_space_for_numbers_and_family_name_first(qtbot) -> None:
    keypad = make(qtbot)
    tap(qtbot, keypad, "ㄱㅣㅁ")
    qtbot.mouseClick(keypad.space_key, Qt.MouseButton.LeftButton)
    tap(qtbot, keypad, "12")
    assert keypad.text() == "김 12"


def test_the_latin_layer_types_letters(qtbot) -> None:
    keypad = make(qtbot)
    qtbot.mouseClick(keypad.layer_key, Qt.MouseButton.LeftButton)
    tap(qtbot, keypad, "kim")
    assert keypad.text() == "kim"


def test_a_physical_keyboard_types_jamo_even_in_latin_mode(qtbot) -> None:
    keypad = make(qtbot)
    qtbot.keyClicks(keypad, "rlaalstn")  # the keys of 김민수 on a Korean keyboard
    assert keypad.text() == "김민수"
    qtbot.keyClick(keypad, Qt.Key.Key_Backspace)
    assert keypad.text() == "김민ㅅ"


def test_every_key_is_at_least_64_pixels(qtbot) -> None:
    keypad = make(qtbot)
    keys = [keypad.key_button(k) for k in "1ㄱㅏㅡ"]
    keys += [keypad.backspace_key, keypad.shift_key, keypad.clear_key, keypad.space_key]
    for key in keys:
        assert key.width() >= 64 and key.height() >= 64, key.text()
