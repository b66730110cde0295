"""The standard Korean 2-beolsik keyboard: Hangul typed by mistake back to the Latin keys pressed.

A USB barcode scanner "types" a ticket as key presses. When the kiosk's keyboard is in Hangul
mode, the input method turns those keys into jamo and composes syllables: the ticket
`RKDSF...` arrives as `ㄲㅏㅇㄴㄹ...` or even `깡...`. Every 2-beolsik key has exactly one jamo
(Shift adds ㅃㅉㄸㄲㅆㅒㅖ), and composition only joins jamo, so splitting syllables back into
the keys that typed them (kiosk.domain.hangul.keystrokes) and looking each jamo up recovers the
keys. `hangul_typed` is the other direction (the input method of kiosk.domain.hangul_input).
"""

from __future__ import annotations

import unicodedata

from kiosk.domain.hangul import keystrokes
from kiosk.domain.hangul_input import compose

# Jamo -> the key that types it (unshifted keys lower case, shifted ones upper case).
JAMO_KEYS: dict[str, str] = {
    "ㅂ": "q", "ㅈ": "w", "ㄷ": "e", "ㄱ": "r", "ㅅ": "t",
    "ㅛ": "y", "ㅕ": "u", "ㅑ": "i", "ㅐ": "o", "ㅔ": "p",
    "ㅁ": "a", "ㄴ": "s", "ㅇ": "d", "ㄹ": "f", "ㅎ": "g",
    "ㅗ": "h", "ㅓ": "j", "ㅏ": "k", "ㅣ": "l",
    "ㅋ": "z", "ㅌ": "x", "ㅊ": "c", "ㅍ": "v", "ㅠ": "b", "ㅜ": "n", "ㅡ": "m",
    "ㅃ": "Q", "ㅉ": "W", "ㄸ": "E", "ㄲ": "R", "ㅆ": "T", "ㅒ": "O", "ㅖ": "P",
}  # fmt: skip
KEY_JAMO: dict[str, str] = {key: jamo for jamo, key in JAMO_KEYS.items()}


def _conjoining_to_compat() -> dict[str, str]:
    """Conjoining jamo (U+1100 block, sent by some input methods) -> compatibility jamo."""
    table: dict[str, str] = {}
    for jamo in JAMO_KEYS:
        letter = unicodedata.name(jamo).removeprefix("HANGUL LETTER ")
        for role in ("CHOSEONG", "JUNGSEONG", "JONGSEONG"):
            try:
                table[unicodedata.lookup(f"HANGUL {role} {letter}")] = jamo
            except KeyError:
                continue
    return table


_CONJOINING = _conjoining_to_compat()


def latin_keys(text: str) -> str:
    """The keys that typed `text` in Hangul mode (`깡ㅇ2` -> `Rkdd2`); anything else is kept."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(_CONJOINING.get(ch, ch) for ch in text)
    return "".join(JAMO_KEYS.get(jamo, jamo) for jamo in keystrokes(text))


def hangul_typed(keys: str) -> str:
    """What a 2-beolsik input method shows for these Latin key presses (`rkrk` -> `가가`)."""
    return compose("".join(KEY_JAMO.get(k) or KEY_JAMO.get(k.lower(), k) for k in keys))
