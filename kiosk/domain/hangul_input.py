"""A 2-beolsik Hangul input automaton for the on-screen keypad, written without any input method.

The keypad sends single keys (ㄱ, ㅏ, ㄲ, a digit, a space); the composer keeps the keys typed
so far and derives the text from them, the way a 2-beolsik keyboard does: ㄱ ㅣ ㅁ gives 김,
one more ㅣ moves the ㅁ into the next syllable (기미), ㄹ ㄱ after a vowel joins into the compound
final ㄺ. Because the text is always recomputed from the keys, backspace simply drops the last key
(김 -> 기 -> ㄱ), which is what volunteers expect from a phone keyboard.

A key only ever changes the syllable being composed, so the composer keeps the finished text and
that syllable, with one small snapshot per key for backspace: typing costs the same for the
10,000th key as for the first (a held key or a scanner's burst must not freeze the kiosk), and
`max_chars` refuses a key that would make the text longer than a field can use.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kiosk.domain import hangul

VOWELS = frozenset(hangul.JUNGSEONG)
INITIALS = frozenset(hangul.CHOSEONG)
# Single consonants that may close a syllable (ㄸ ㅃ ㅉ never do).
FINALS = frozenset(j for j in hangul.JONGSEONG if j) & INITIALS

_COMPOUND_VOWELS = {
    ("ㅗ", "ㅏ"): "ㅘ", ("ㅗ", "ㅐ"): "ㅙ", ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ", ("ㅜ", "ㅔ"): "ㅞ", ("ㅜ", "ㅣ"): "ㅟ", ("ㅡ", "ㅣ"): "ㅢ",
}  # fmt: skip
_COMPOUND_FINALS = {
    ("ㄱ", "ㅅ"): "ㄳ", ("ㄴ", "ㅈ"): "ㄵ", ("ㄴ", "ㅎ"): "ㄶ", ("ㄹ", "ㄱ"): "ㄺ",
    ("ㄹ", "ㅁ"): "ㄻ", ("ㄹ", "ㅂ"): "ㄼ", ("ㄹ", "ㅅ"): "ㄽ", ("ㄹ", "ㅌ"): "ㄾ",
    ("ㄹ", "ㅍ"): "ㄿ", ("ㄹ", "ㅎ"): "ㅀ", ("ㅂ", "ㅅ"): "ㅄ",
}  # fmt: skip
_SPLIT_FINALS = {compound: pair for pair, compound in _COMPOUND_FINALS.items()}

# The shifted keys of the 2-beolsik layout: double consonants and ㅒ ㅖ.
SHIFTED = {"ㄱ": "ㄲ", "ㄷ": "ㄸ", "ㅂ": "ㅃ", "ㅅ": "ㅆ", "ㅈ": "ㅉ", "ㅐ": "ㅒ", "ㅔ": "ㅖ"}


@dataclass
class _Syllable:
    """The syllable being composed: any part may still be empty."""

    initial: str = ""
    medial: str = ""
    final: str = ""

    def text(self) -> str:
        if self.initial and self.medial:
            index = hangul.CHOSEONG.index(self.initial) * 21 + hangul.JUNGSEONG.index(self.medial)
            final = hangul.JONGSEONG.index(self.final)
            return chr(hangul.SYLLABLE_FIRST + index * 28 + final)
        return self.initial + self.medial

    def is_empty(self) -> bool:
        return not (self.initial or self.medial)


def compose(keys: str) -> str:
    """The text a 2-beolsik keyboard shows after these keys (other characters pass through)."""
    done: list[str] = []
    current = _Syllable()
    for key in keys:
        if key in INITIALS:
            current = _consonant(current, key, done)
        elif key in VOWELS:
            current = _vowel(current, key, done)
        else:
            done.append(current.text())
            done.append(key)
            current = _Syllable()
    done.append(current.text())
    return "".join(done)


def _consonant(current: _Syllable, key: str, done: list[str]) -> _Syllable:
    if current.initial and current.medial:
        if not current.final and key in FINALS:
            current.final = key
            return current
        joined = _COMPOUND_FINALS.get((current.final, key))
        if joined:
            current.final = joined
            return current
    done.append(current.text())
    return _Syllable(initial=key)


def _vowel(current: _Syllable, key: str, done: list[str]) -> _Syllable:
    if current.final:  # the final moves to the new syllable (각 + ㅏ -> 가가; 갃 + ㅏ -> 각사)
        kept, moved = _SPLIT_FINALS.get(current.final, ("", current.final))
        current.final = kept
        done.append(current.text())
        return _Syllable(initial=moved, medial=key)
    if current.medial:
        joined = _COMPOUND_VOWELS.get((current.medial, key))
        if joined:
            current.medial = joined
            return current
        done.append(current.text())
        return _Syllable(medial=key)
    current.medial = key
    return current


class HangulComposer:
    """Keys typed so far and the text they make; what the keypad widget edits."""

    def __init__(self, text: str = "", *, max_chars: int | None = None) -> None:
        self.max_chars = max_chars
        self._done: list[str] = []  # finished syllables and other characters, append-only
        self._done_chars = 0
        self._current = _Syllable()
        self._undo: list[tuple[int, int, _Syllable]] = []  # per key: the state before it
        self.set_text(text)

    @property
    def text(self) -> str:
        return "".join(self._done) + self._current.text()

    def __len__(self) -> int:
        """The length of `text`, without building it."""
        return self._done_chars + len(self._current.text())

    def type(self, key: str) -> bool:
        """One key: a jamo, a digit, a space or any other character. False (and nothing
        changes) when the text would grow past `max_chars`."""
        if len(key) != 1:
            raise ValueError(f"one key at a time, got {key!r}")
        saved = (len(self._done), self._done_chars, replace(self._current))
        before = len(self._done)
        if key in INITIALS:
            self._current = _consonant(self._current, key, self._done)
        elif key in VOWELS:
            self._current = _vowel(self._current, key, self._done)
        else:
            self._done += [self._current.text(), key]
            self._current = _Syllable()
        self._done_chars += sum(len(part) for part in self._done[before:])
        if self.max_chars is not None and len(self) > self.max_chars:
            self._restore(saved)
            return False
        self._undo.append(saved)
        return True

    def backspace(self) -> None:
        """Drop the last key: 김 -> 기 -> ㄱ; a finished syllable loses its last jamo."""
        if self._undo:
            self._restore(self._undo.pop())

    def clear(self) -> None:
        self._done, self._done_chars, self._current, self._undo = [], 0, _Syllable(), []

    def set_text(self, text: str) -> None:
        """Start from existing text (as if typed), so backspace keeps working jamo by jamo;
        keys past `max_chars` are left out."""
        self.clear()
        for key in hangul.keystrokes(text[: self.max_chars]):
            self.type(key)

    def _restore(self, saved: tuple[int, int, _Syllable]) -> None:
        count, chars, current = saved
        del self._done[count:]
        self._done_chars, self._current = chars, current
