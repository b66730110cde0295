"""A walk-in's name must look like a name before it reaches the banner, the lists and the export."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.model import Attendee
from kiosk.domain.names import MAX_CHARS, NameProblem, clean_name, name_problem, same_person

HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)
LATIN = st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéñ")


def test_ordinary_names_are_names() -> None:
    for name in ("김민수", "남궁 민수", "Anna-Lena Park", "J. Kim", "정 하늘"):
        assert name_problem(name) is None, name


def test_what_the_hostile_run_typed_is_refused() -> None:
    assert name_problem("1") is NameProblem.NOT_LETTERS
    assert name_problem("12345") is NameProblem.NOT_LETTERS
    assert name_problem("김" * 1000) is NameProblem.TOO_LONG
    assert name_problem("김민수😀") is NameProblem.NOT_LETTERS
    assert name_problem("a" + "\u0301" * 50) is NameProblem.TOO_LONG
    assert name_problem("김수" + "\u0301" * 5) is NameProblem.NOT_LETTERS
    assert name_problem("김\x00수") is NameProblem.NOT_LETTERS
    assert name_problem("   ") is NameProblem.EMPTY
    assert name_problem("김") is NameProblem.TOO_SHORT
    assert name_problem("- .") is NameProblem.TOO_SHORT
    assert name_problem("ㄱㅁㅅ") is NameProblem.NOT_LETTERS  # half typed


@given(st.text(st.one_of(HANGUL, LATIN), min_size=2, max_size=MAX_CHARS))
def test_any_run_of_hangul_or_latin_letters_is_a_name(name: str) -> None:
    assert name_problem(name) is None


@given(st.text(max_size=60))
def test_an_accepted_name_holds_only_letters_spaces_hyphens_and_dots(text: str) -> None:
    if name_problem(text) is None:
        name = clean_name(text)
        assert 2 <= len(name) <= MAX_CHARS
        assert not any(c.isdigit() or not c.isprintable() for c in name)
        assert all(c.isalpha() or c in " -." for c in name)


@given(st.text(st.characters(categories=["Nd", "So", "Cc", "Mn"]), min_size=1, max_size=60))
def test_digits_symbols_controls_and_marks_are_never_a_name(text: str) -> None:
    assert name_problem(text) is not None


def test_a_duplicate_is_the_same_name_and_affiliation_spaces_and_case_aside() -> None:
    people = [
        Attendee(1, "김민수", "본청"),
        Attendee(0, "Anna Park", "동부교육지원청", walk_in=True),
    ]
    assert same_person("김 민수", "본청", people) == people[0]
    assert same_person("anna park", "동부교육지원청", people) == people[1]
    assert same_person("김민수", "동부교육지원청", people) is None
