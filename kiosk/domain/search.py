"""Finding a person on the roster as a volunteer types, one keystroke at a time.

Every key is computed once, when the index is built; a keystroke only does binary searches over
sorted lists and `str.find` over one joined text, so a query costs about the same on 500 or
100,000 people. Results come in tiers: exact name, name prefix, half-typed name prefix (김미 finds
김민수), initials (ㄱㅁㅅ), then anywhere in the name. Numbers find an employee number (exact, or a
prefix of at least 4 characters) or the last four digits of a phone number.

Privacy: a query shorter than two characters finds nobody, and at most `limit` people are returned,
so the search never lists the roster. A query is at most MAX_QUERY_CHARS long (no name is longer):
what a held key or a scanner's burst types past that is left out, so a keystroke stays cheap.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from kiosk.domain import hangul
from kiosk.domain.model import Attendee

MIN_QUERY_CHARS = 2
MAX_QUERY_CHARS = 40
MIN_EMPLOYEE_PREFIX = 4
_DIGITS = frozenset("0123456789")
_NOT_DIGITS = re.compile(r"[^0-9]+")
_SEPARATOR = "\x00"  # kept by NFC, case folding and the Hangul tables; not a space


def _name_keys(names: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Normalized names, their keystrokes and their initials, for all names at once: one joined
    text goes through NFC and the translate tables in C instead of a Python call per name."""
    if not names:
        return [], [], []
    text = hangul.normalize(_SEPARATOR.join(names))
    if text.count(_SEPARATOR) != len(names) - 1:  # a name holding the separator itself
        text = _SEPARATOR.join(hangul.normalize(name).replace(_SEPARATOR, "") for name in names)
    return (
        text.split(_SEPARATOR),
        hangul.keystrokes(text).split(_SEPARATOR),
        hangul.choseong(text).split(_SEPARATOR),
    )


def _employee_key(employee_no: str) -> str:
    if employee_no.isascii() and employee_no.isalnum():
        return employee_no.lower()
    return hangul.normalize(employee_no).replace("-", "")


def _last_four(phone: str) -> str:
    if phone[-4:].isdigit() and phone.isascii():
        return phone[-4:]
    digits = _NOT_DIGITS.sub("", phone)
    return digits[-4:] if len(digits) >= 4 else ""


class _Sorted:
    """Keys in sorted order with the rank of the person each belongs to: prefix look-ups."""

    def __init__(self, keys: list[str]) -> None:
        # A stable sort of ranks by key: equal keys stay in rank order.
        self._ranks = sorted((r for r, key in enumerate(keys) if key), key=keys.__getitem__)
        self._keys = [keys[r] for r in self._ranks]

    def insert(self, key: str, rank: int) -> None:
        """Add a key for the newest rank (it sorts after equal keys, as a build would put it)."""
        if key:
            at = bisect_right(self._keys, key)
            self._keys.insert(at, key)
            self._ranks.insert(at, rank)

    def starting_with(self, prefix: str) -> Iterator[int]:
        keys, i = self._keys, bisect_left(self._keys, prefix)
        while i < len(keys) and keys[i].startswith(prefix):
            yield self._ranks[i]
            i += 1

    def equal_to(self, key: str) -> Iterator[int]:
        lo, hi = bisect_left(self._keys, key), bisect_right(self._keys, key)
        return iter(self._ranks[lo:hi])


class _Joined:
    """All keys in one text, one per line (line number = rank): a substring search runs in C over
    everyone at once, and counting newlines turns a match position into a rank."""

    def __init__(self, keys: list[str]) -> None:
        self._text = "".join(key + "\n" for key in keys)

    def append(self, key: str) -> None:
        self._text += key + "\n"

    def containing(self, needle: str) -> Iterator[int]:
        return self._lines(lambda at: self._text.find(needle, at))

    def matching(self, pattern: re.Pattern[str]) -> Iterator[int]:
        def search(at: int) -> int:
            found = pattern.search(self._text, at)
            return -1 if found is None else found.start()

        return self._lines(search)

    def _lines(self, find: Callable[[int], int]) -> Iterator[int]:
        text, at, rank = self._text, 0, 0
        while (found := find(at)) >= 0:
            rank += text.count("\n", at, found)
            yield rank
            at, rank = text.index("\n", found) + 1, rank + 1


class SearchIndex:
    """Name, initials, employee-number and phone-digit search over one roster.

    People are numbered by rank: their place in name order at build time, walk-ins after.
    """

    def __init__(self, attendees: Iterable[Attendee] = ()) -> None:
        people = sorted({p.serial: p for p in attendees}.values(), key=_serial)
        names, strokes, initials = _name_keys([p.name for p in people])
        order = sorted(range(len(people)), key=names.__getitem__)  # stable: ties by serial
        self._people = [people[i] for i in order]
        names, strokes, initials = ([keys[i] for i in order] for keys in (names, strokes, initials))
        self._rank_of = {person.serial: rank for rank, person in enumerate(self._people)}
        self._replaced: set[int] = set()
        self._names = _Sorted(names)
        self._strokes = _Sorted(strokes)
        self._initials = _Sorted(initials)
        self._employees = _Sorted([_employee_key(p.employee_no) for p in self._people])
        self._stroke_text = _Joined(strokes)
        self._initial_text = _Joined(initials)
        self._name_text = _Joined(names)
        self._phone4: dict[str, list[int]] = {}
        for rank, person in enumerate(self._people):
            self._add_phone(_last_four(person.phone), rank)

    def __len__(self) -> int:
        return len(self._rank_of)

    def add(self, attendee: Attendee) -> None:
        """Add a walk-in, or replace the person with the same serial (a few ms, no rebuild)."""
        if attendee.serial in self._rank_of:
            self._replaced.add(self._rank_of[attendee.serial])
        rank = len(self._people)
        self._people.append(attendee)
        self._rank_of[attendee.serial] = rank
        (name,), (strokes,), (initials,) = _name_keys([attendee.name])
        self._names.insert(name, rank)
        self._strokes.insert(strokes, rank)
        self._initials.insert(initials, rank)
        self._employees.insert(_employee_key(attendee.employee_no), rank)
        self._stroke_text.append(strokes)
        self._initial_text.append(initials)
        self._name_text.append(name)
        self._add_phone(_last_four(attendee.phone), rank)

    def _add_phone(self, last_four: str, rank: int) -> None:
        if last_four:
            self._phone4.setdefault(last_four, []).append(rank)

    def search(self, query: str, limit: int = 8, names_only: bool = False) -> list[Attendee]:
        """Up to `limit` people for what has been typed so far, best match first.

        `names_only` (the public screen in self-service mode): digits find nobody, so the phone
        digits that prove who someone is are never handed out by the search itself.
        """
        found: list[Attendee] = []
        seen = set(self._replaced)
        if names_only and any(ch in _DIGITS for ch in query):
            return found
        for rank in chain.from_iterable(self._candidates(q) for q in _variants(query)):
            if len(found) >= limit:
                break
            if rank not in seen:
                seen.add(rank)
                found.append(self._people[rank])
        return found

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


def _serial(person: Attendee) -> int:
    return person.serial


def clip_query(text: str) -> str:
    """What a search field keeps of `text`: its first MAX_QUERY_CHARS characters."""
    return text[:MAX_QUERY_CHARS]


def _variants(query: str) -> list[str]:
    """The query as typed and, for two words, swapped ("민수 김" also finds 김민수)."""
    query = clip_query(query)
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
