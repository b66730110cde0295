"""Finding a person on the roster as a volunteer types, one keystroke at a time.

Every key is computed once, when the index is built; a keystroke only does binary searches over
sorted lists and `str.find` over one joined text, so a query costs about the same on 500 or
100,000 people. Results come in tiers: exact name, name prefix, half-typed name prefix (김미 finds
김민수), initials (ㄱㅁㅅ), then anywhere in the name. Numbers find an employee number (exact, or a
prefix of at least 4 characters) or the last four digits of a phone number.

Privacy: a query shorter than two characters finds nobody, and at most `limit` people are returned,
so the search never lists the roster.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from kiosk.domain import hangul
from kiosk.domain.model import Attendee

MIN_QUERY_CHARS = 2
MIN_EMPLOYEE_PREFIX = 4
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True, slots=True)
class _Keys:
    name: str
    strokes: str
    initials: str
    employee: str
    phone4: str


def _keys_of(person: Attendee) -> _Keys:
    name = hangul.normalize(person.name)
    digits = "".join(ch for ch in person.phone if ch in _DIGITS)
    return _Keys(
        name=name,
        strokes=hangul.keystrokes(name),
        initials=hangul.choseong(name),
        employee=hangul.normalize(person.employee_no).replace("-", ""),
        phone4=digits[-4:] if len(digits) >= 4 else "",
    )


class _Sorted:
    """Keys in sorted order with the rank of the person each belongs to: prefix look-ups."""

    def __init__(self, keys: Iterable[str]) -> None:
        pairs = sorted((key, rank) for rank, key in enumerate(keys) if key)
        self._keys = [key for key, _ in pairs]
        self._ranks = [rank for _, rank in pairs]

    def starting_with(self, prefix: str) -> Iterator[int]:
        keys, i = self._keys, bisect_left(self._keys, prefix)
        while i < len(keys) and keys[i].startswith(prefix):
            yield self._ranks[i]
            i += 1

    def equal_to(self, key: str) -> Iterator[int]:
        lo, hi = bisect_left(self._keys, key), bisect_right(self._keys, key)
        return iter(self._ranks[lo:hi])


class _Joined:
    """All keys in one text, one per line: a substring search runs in C over everyone at once."""

    def __init__(self, keys: Iterable[str]) -> None:
        self._starts: list[int] = []
        parts: list[str] = []
        at = 0
        for key in keys:
            self._starts.append(at)
            parts.append(key)
            at += len(key) + 1
        self._text = "\n".join(parts) + "\n"

    def containing(self, needle: str) -> Iterator[int]:
        text, at = self._text, 0
        while (at := text.find(needle, at)) >= 0:
            rank = bisect_right(self._starts, at) - 1
            yield rank
            at = self._starts[rank + 1] if rank + 1 < len(self._starts) else len(text)

    def matching(self, pattern: re.Pattern[str]) -> Iterator[int]:
        text, at = self._text, 0
        while (found := pattern.search(text, at)) is not None:
            rank = bisect_right(self._starts, found.start()) - 1
            yield rank
            at = self._starts[rank + 1] if rank + 1 < len(self._starts) else len(text)


class SearchIndex:
    """Name, initials, employee-number and phone-digit search over one roster."""

    def __init__(self, attendees: Iterable[Attendee] = ()) -> None:
        self._entries: dict[int, tuple[Attendee, _Keys]] = {}
        for person in attendees:
            self._entries[person.serial] = (person, _keys_of(person))
        self._build()

    def __len__(self) -> int:
        return len(self._entries)

    def add(self, attendee: Attendee) -> None:
        """Add a walk-in (or replace the person with the same serial); re-indexed on next search."""
        self._entries[attendee.serial] = (attendee, _keys_of(attendee))
        self._dirty = True

    def search(self, query: str, limit: int = 8) -> list[Attendee]:
        """Up to `limit` people for what has been typed so far, best match first."""
        if self._dirty:
            self._build()
        found: list[Attendee] = []
        seen: set[int] = set()
        for rank in chain.from_iterable(self._candidates(q) for q in _variants(query)):
            if len(found) >= limit:
                break
            if rank not in seen:
                seen.add(rank)
                found.append(self._people[rank])
        return found

    def _build(self) -> None:
        entries = sorted(self._entries.values(), key=lambda e: (e[1].name, e[0].serial))
        self._people = [person for person, _ in entries]
        keys = [k for _, k in entries]
        self._names = _Sorted(k.name for k in keys)
        self._strokes = _Sorted(k.strokes for k in keys)
        self._initials = _Sorted(k.initials for k in keys)
        self._employees = _Sorted(k.employee for k in keys)
        self._stroke_text = _Joined(k.strokes for k in keys)
        self._initial_text = _Joined(k.initials for k in keys)
        self._name_text = _Joined(k.name for k in keys)
        self._phone4: dict[str, list[int]] = {}
        for rank, k in enumerate(keys):
            if k.phone4:
                self._phone4.setdefault(k.phone4, []).append(rank)
        self._dirty = False

    def _candidates(self, q: str) -> Iterator[int]:
        """Ranks of matching people, tier by tier, possibly repeating; `search` de-duplicates."""
        if any(ch in _DIGITS for ch in q):
            yield from self._number_candidates(q.replace("-", ""))
        elif all(hangul.is_consonant(ch) for ch in q):
            yield from self._initials.starting_with(q)
            yield from self._initial_text.containing(q)
        elif _typed_in_order(q):
            strokes = hangul.keystrokes(q)
            yield from self._names.equal_to(q)
            yield from self._names.starting_with(q)
            yield from self._strokes.starting_with(strokes)
            yield from self._stroke_text.containing(strokes)
        else:
            yield from self._name_text.matching(_mixed_pattern(q, anchored=True))
            yield from self._name_text.matching(_mixed_pattern(q, anchored=False))

    def _number_candidates(self, q: str) -> Iterator[int]:
        yield from self._employees.equal_to(q)
        if len(q) >= MIN_EMPLOYEE_PREFIX:
            yield from self._employees.starting_with(q)
        if len(q) == 4 and all(ch in _DIGITS for ch in q):
            yield from self._phone4.get(q, ())


def _variants(query: str) -> list[str]:
    """The query as typed and, for two words, swapped ("민수 김" also finds 김민수)."""
    q = hangul.split_compound_consonants(hangul.normalize(query))
    if len(q) < MIN_QUERY_CHARS:
        return []
    words = query.split()
    if len(words) == 2:
        swapped = hangul.split_compound_consonants(hangul.normalize(words[1] + words[0]))
        return [q, swapped]
    return [q]


def _typed_in_order(q: str) -> bool:
    """True when keystroke matching is sound: no lone consonant except possibly the last."""
    return not any(hangul.is_consonant(ch) for ch in q[:-1])


def _mixed_pattern(q: str, *, anchored: bool) -> re.Pattern[str]:
    """A pattern for a query mixing syllables and initials (김ㅁㅅ, ㄱ민수) over whole names."""
    parts = [_char_pattern(ch, last=i == len(q) - 1) for i, ch in enumerate(q)]
    return re.compile(("(?m)^" if anchored else "") + "".join(parts))


def _char_pattern(ch: str, *, last: bool) -> str:
    if hangul.is_consonant(ch):
        return _initial_class(ch)
    if last and hangul.is_syllable(ch):
        return _partial_syllable(ch)
    return re.escape(ch)


def _syllable(initial: str, medial: str, final: str) -> str:
    index = (hangul.CHOSEONG.index(initial) * 21 + hangul.JUNGSEONG.index(medial)) * 28
    return chr(hangul.SYLLABLE_FIRST + index + hangul.JONGSEONG.index(final))


def _initial_class(consonant: str) -> str:
    if consonant not in hangul.CHOSEONG:
        return re.escape(consonant)
    first = _syllable(consonant, "ㅏ", "")
    return f"[{first}-{chr(ord(first) + 21 * 28 - 1)}]"


def _partial_syllable(ch: str) -> str:
    """A last syllable still being typed: 미 may become 민 or 밀, 숮 may become 수 + 지."""
    initial, medial, final = hangul.decompose(ch)
    keys = hangul.keystrokes
    if not final:
        medials = [m for m in hangul.JUNGSEONG if keys(m).startswith(keys(medial))]
        return "[" + "".join(_finals_range(initial, m) for m in medials) + "]"
    options = [_syllable(initial, medial, f) for f in hangul.JONGSEONG[1:]]
    grown = [s for s in options if keys(s).startswith(keys(ch))]
    alternatives = ["[" + "".join(grown) + "]"]
    head, tail = keys(final)[:-1], keys(final)[-1]
    stem = [f for f in hangul.JONGSEONG if keys(f) == head]
    if stem and tail in hangul.CHOSEONG:
        alternatives.append(_syllable(initial, medial, stem[0]) + _initial_class(tail))
    return "(?:" + "|".join(alternatives) + ")"


def _finals_range(initial: str, medial: str) -> str:
    first = _syllable(initial, medial, "")
    return f"{first}-{chr(ord(first) + 27)}"
