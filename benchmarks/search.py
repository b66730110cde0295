"""Name search benchmark: a 100,000-person roster searched keystroke by keystroke.

    uv run python benchmarks/search.py [--people N] [--names K] [--seed S]

Each query is replayed as a Korean input method shows it while typing (김민수: ㄱ, 기, 김, 김ㅁ,
김미, 김민, 김민ㅅ, 김민수), so half-typed syllables are timed too. Queries: K names picked from
the roster, fixed cases (initials, mixed, no match, given name first), employee numbers and phone
digits typed one digit at a time. Prints the index build time, the cost of adding a walk-in,
and p50/p95/p99/max milliseconds per keystroke (target: p99 under 30 ms).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections.abc import Iterator

from kiosk.domain.hangul import JONGSEONG, decompose, is_syllable
from kiosk.domain.model import Attendee
from kiosk.domain.sample import generate_roster
from kiosk.domain.search import SearchIndex

FIXED = ["ㄱㅁㅅ", "ㅇㅈㅎ", "김민수", "박수진", "이준", "남궁민수", "민수", "김ㅁㅅ", "ㄱ민수"]
FIXED += ["홓홓홓", "민수 김", "zzzz"]
_COMPOUND_VOWEL_FIRST = {
    "ㅘ": "ㅗ", "ㅙ": "ㅗ", "ㅚ": "ㅗ", "ㅝ": "ㅜ", "ㅞ": "ㅜ", "ㅟ": "ㅜ", "ㅢ": "ㅡ",
}  # fmt: skip
_COMPOUND_FINALS = {
    "ㄳ": "ㄱㅅ", "ㄵ": "ㄴㅈ", "ㄶ": "ㄴㅎ", "ㄺ": "ㄹㄱ", "ㄻ": "ㄹㅁ", "ㄼ": "ㄹㅂ",
    "ㄽ": "ㄹㅅ", "ㄾ": "ㄹㅌ", "ㄿ": "ㄹㅍ", "ㅀ": "ㄹㅎ", "ㅄ": "ㅂㅅ",
}  # fmt: skip
_JOINED_FINAL = {keys: final for final, keys in _COMPOUND_FINALS.items()}


def compose(initial: str, medial: str, final: str = "") -> str:
    from kiosk.domain.hangul import CHOSEONG, JUNGSEONG

    index = (CHOSEONG.index(initial) * 21 + JUNGSEONG.index(medial)) * 28
    return chr(0xAC00 + index + JONGSEONG.index(final))


def typing_states(text: str) -> Iterator[str]:
    """What a 2-beolsik input method shows after each key while `text` is typed."""
    done = ""
    for ch in text:
        if not is_syllable(ch):
            done += ch
            yield done
            continue
        initial, medial, final = decompose(ch)
        yield _next_consonant(done, initial)
        if medial in _COMPOUND_VOWEL_FIRST:
            yield done + compose(initial, _COMPOUND_VOWEL_FIRST[medial])
        yield done + compose(initial, medial)
        if final in _COMPOUND_FINALS:
            yield done + compose(initial, medial, _COMPOUND_FINALS[final][0])
        if final:
            yield done + ch
        done += ch


def _next_consonant(done: str, consonant: str) -> str:
    """A consonant typed after a syllable joins it as a final when it can (수 + ㅈ shows 숮)."""
    if not done or not is_syllable(done[-1]):
        return done + consonant
    initial, medial, final = decompose(done[-1])
    joined = _JOINED_FINAL.get(final + consonant, "") if final else consonant
    if joined in JONGSEONG and joined:
        return done[:-1] + compose(initial, medial, joined)
    return done + consonant


def queries(roster: list[Attendee], names: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    picked = rng.sample(roster, names)
    typed = [*FIXED, *(p.name for p in picked)]
    typed += [p.employee_no for p in picked[:20]] + [p.phone[-4:] for p in picked[:20]]
    return typed


def time_keystrokes(index: SearchIndex, typed: list[str]) -> tuple[list[float], int]:
    timings: list[float] = []
    hits = 0
    for query in typed:
        for state in typing_states(query):
            start = time.perf_counter_ns()
            found = index.search(state)
            timings.append((time.perf_counter_ns() - start) / 1e6)
            hits += bool(found)
    return timings, hits


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--names", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()

    start = time.perf_counter()
    roster = generate_roster(args.people, seed=args.seed)
    print(f"roster of {len(roster):,} generated in {time.perf_counter() - start:.2f} s")
    start = time.perf_counter()
    index = SearchIndex(roster)
    print(f"index build: {(time.perf_counter() - start) * 1000:.0f} ms")

    typed = queries(roster, args.names, args.seed)
    timings, hits = time_keystrokes(index, typed)
    print(f"{len(typed)} queries, {len(timings)} keystrokes, {hits} with results")
    print(
        "ms per keystroke: "
        f"p50 {statistics.median(timings):.3f}  p95 {percentile(timings, 0.95):.3f}  "
        f"p99 {percentile(timings, 0.99):.3f}  max {max(timings):.3f}  (target p99 < 30)"
    )
    slowest = sorted(zip(timings, (s for q in typed for s in typing_states(q)), strict=True))
    print("slowest:", ", ".join(f"{state!r} {ms:.2f}" for ms, state in slowest[-5:][::-1]))

    start = time.perf_counter()
    index.add(Attendee(serial=args.people + 1, name="윤하늘", walk_in=True))
    added = time.perf_counter()
    found = index.search("윤하늘")
    done = time.perf_counter()
    assert any(p.serial == args.people + 1 for p in found)
    print(
        f"walk-in: add {(added - start) * 1000:.2f} ms, then search {(done - added) * 1000:.2f} ms"
    )


if __name__ == "__main__":
    main()
