"""Hangul helpers: the masked name for the public screen, and the keys that name search uses.

Search compares *keystrokes*: every syllable is spelled out as the 2-beolsik keys that type it
(김 -> ㄱㅣㅁ, 과 -> ㄱㅗㅏ, 닭 -> ㄷㅏㄹㄱ). A query typed half-way (김미, 김ㅁ, 박숮) is then a
plain prefix of the finished name's keystrokes, whatever the input method shows mid-syllable.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

SYLLABLE_FIRST = 0xAC00
SYLLABLE_LAST = 0xD7A3
_MEDIALS = 21
_FINALS = 28

CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
JUNGSEONG = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
JONGSEONG = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")

# Jamo that the keyboard types as two keys (compound vowels and compound finals).
_TWO_KEYS = {
    "ㅘ": "ㅗㅏ", "ㅙ": "ㅗㅐ", "ㅚ": "ㅗㅣ", "ㅝ": "ㅜㅓ",
    "ㅞ": "ㅜㅔ", "ㅟ": "ㅜㅣ", "ㅢ": "ㅡㅣ",
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
}  # fmt: skip
_CONSONANTS = frozenset(CHOSEONG) | frozenset("ㄳㄵㄶㄺㄻㄼㄽㄾㄿㅀㅄ")
# Conjoining initial jamo (U+1100..U+1112, sent by some input methods) -> compatibility jamo.
_ASCII_AND_COMPAT = {0x1100 + i: c for i, c in enumerate(CHOSEONG)}
# Full-width forms (Ａ１) from some input methods -> ASCII.
_ASCII_AND_COMPAT |= {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
_SPACES = re.compile(r"\s+")


def is_syllable(ch: str) -> bool:
    """True for one precomposed Hangul syllable (가..힣)."""
    return len(ch) == 1 and SYLLABLE_FIRST <= ord(ch) <= SYLLABLE_LAST


def decompose(ch: str) -> tuple[str, str, str]:
    """Split a syllable into (initial, medial, final) compatibility jamo; final may be ""."""
    if not is_syllable(ch):
        raise ValueError(f"not a Hangul syllable: {ch!r}")
    index = ord(ch) - SYLLABLE_FIRST
    initial, rest = divmod(index, _MEDIALS * _FINALS)
    medial, final = divmod(rest, _FINALS)
    return CHOSEONG[initial], JUNGSEONG[medial], JONGSEONG[final]


def normalize(text: str) -> str:
    """The form names and queries are compared in: NFC, half-width, no spaces, lower case."""
    text = unicodedata.normalize("NFC", text).translate(_ASCII_AND_COMPAT)
    return "".join(text.split()).casefold()


def keystrokes(text: str) -> str:
    """The 2-beolsik keys that type `text` (김민수 -> ㄱㅣㅁㅁㅣㄴㅅㅜ); other characters kept."""
    return text.translate(_tables()[0])


def choseong(text: str) -> str:
    """Initial consonants of each syllable (김민수 -> ㄱㅁㅅ); anything else kept, lower-cased."""
    return text.translate(_tables()[1]).lower()


@cache
def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """str.translate tables for keystrokes and initials: indexing 100,000 names runs in C."""
    strokes: dict[int, str] = {ord(jamo): keys for jamo, keys in _TWO_KEYS.items()}
    initials: dict[int, str] = {}
    for code in range(SYLLABLE_FIRST, SYLLABLE_LAST + 1):
        parts = decompose(chr(code))
        strokes[code] = "".join(_TWO_KEYS.get(jamo, jamo) for jamo in parts)
        initials[code] = parts[0]
    return strokes, initials


def is_consonant(ch: str) -> bool:
    """True for a lone consonant jamo as an input method shows it (ㄱ, ㅁ, ㄳ ...)."""
    return ch in _CONSONANTS


def is_choseong_query(text: str) -> bool:
    """True when the text (spaces ignored) is only lone consonants, e.g. ㄱㅁㅅ."""
    text = normalize(text)
    return bool(text) and all(is_consonant(ch) for ch in text)


def split_compound_consonants(text: str) -> str:
    """Spell compound consonants as two (ㄳ -> ㄱㅅ): some input methods join ㄱ then ㅅ into ㄳ."""
    return "".join(_TWO_KEYS.get(ch, ch) if ch in _CONSONANTS else ch for ch in text)


def mask_name(name: str) -> str:
    """The name as the public screen may show it (표시제한: 김민수 -> 김*수, 이준 -> 이*).

    Hangul names keep the first and last syllables (남궁민수 -> 남**수), so at least the first
    syllable of the given name is always hidden. Other names keep each word's first letter
    (John Smith -> J*** S****). A name of one character shows only "*".
    """
    name = _SPACES.sub(" ", unicodedata.normalize("NFC", name)).strip()
    joined = name.replace(" ", "")
    if len(joined) <= 1:
        return "*" if joined else ""
    if all(is_syllable(ch) for ch in joined):
        return _mask_syllables(joined)
    words = name.split(" ")
    return " ".join(_mask_word(word, alone=len(words) == 1) for word in words)


def _mask_syllables(name: str) -> str:
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def _mask_word(word: str, *, alone: bool) -> str:
    """Keep the first character (an initial) and punctuation; hide letters and digits."""
    if all(is_syllable(ch) for ch in word) and len(word) > 1:
        return _mask_syllables(word)
    if len(word) == 1:
        return "*" if alone else word
    return word[0] + "".join("*" if ch.isalnum() else ch for ch in word[1:])
