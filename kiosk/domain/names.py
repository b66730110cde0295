"""Does a walk-in's name look like a person's name? And is it someone already known?

A name typed at the door reaches the public banner, the operator's lists and the export, so it
must be a name: Hangul or Latin letters, spaces, '-' and '.', 2 to 40 characters, at least two
of them letters. Digits, emoji, control characters and stacked combining marks are refused.
Hangul typed as loose jamo (ㄱ, ㅏ) is refused too: it is a name half typed.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from enum import StrEnum

from kiosk.domain.model import Attendee

MIN_CHARS = 2
MAX_CHARS = 40
_PUNCTUATION = frozenset(" -.")


class NameProblem(StrEnum):
    EMPTY = "empty"
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    NOT_LETTERS = "not_letters"


def clean_name(text: str) -> str:
    """The name as it will be stored: NFC, inner runs of spaces collapsed, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", text).split(" ")).strip()


def name_problem(text: str) -> NameProblem | None:
    """Why `text` is not a name (None when it is one). Linear in its length."""
    name = clean_name(text)
    if not name:
        return NameProblem.EMPTY
    if len(name) > MAX_CHARS:
        return NameProblem.TOO_LONG
    if not all(_allowed(character) for character in name):
        return NameProblem.NOT_LETTERS
    letters = sum(1 for character in name if character not in _PUNCTUATION)
    if letters < MIN_CHARS or len(name) < MIN_CHARS:
        return NameProblem.TOO_SHORT
    return None


def _allowed(character: str) -> bool:
    if character in _PUNCTUATION:
        return True
    if "가" <= character <= "힣":  # precomposed Hangul syllables
        return True
    if character.isascii():
        return character.isalpha()
    # Latin letters with their accents (é, ñ), precomposed; no other scripts, no marks alone
    return unicodedata.category(character) in ("Lu", "Ll") and "LATIN" in unicodedata.name(
        character, ""
    )


def _key(text: str) -> str:
    return clean_name(text).casefold().replace(" ", "")


def same_person(name: str, affiliation: str, known: Iterable[Attendee]) -> Attendee | None:
    """The roster person or earlier walk-in with this name and affiliation, if there is one
    (spaces and letter case ignored)."""
    wanted = (_key(name), _key(affiliation))
    for person in known:
        if (_key(person.name), _key(person.affiliation)) == wanted:
            return person
    return None
