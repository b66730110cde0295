"""Finding people as a volunteer types: initials, half-typed names, numbers, and privacy."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from kiosk.domain.hangul import choseong
from kiosk.domain.model import Attendee
from kiosk.domain.sample import generate_roster
from kiosk.domain.search import MAX_QUERY_CHARS, SearchIndex, clip_query


def person(
    serial: int, name: str, department: str = "", employee_no: str = "", phone: str = ""
) -> Attendee:
    return Attendee(serial, name, department=department, employee_no=employee_no, phone=phone)


PEOPLE = [
    person(1, "김민수", "예산과", employee_no="2041357", phone="010-0123-4567"),
    person(2, "김민수", "초등교육과", employee_no="2049911", phone="010-0999-8888"),
    person(3, "김민지", "총무과"),
    person(4, "김미영", "교육정책과"),
    person(5, "박수진", "행정지원과"),
    person(6, "이준", "교육지원과"),
    person(7, "남궁민수", "연구지원부"),
    person(8, "최영민", "감사관실"),
    person(9, "John Smith", "Wee센터"),
    person(10, "강명숙", "재정과"),
]


@pytest.fixture
def index() -> SearchIndex:
    return SearchIndex(PEOPLE)


def names(found: list[Attendee]) -> list[str]:
    return [p.name for p in found]


def serials(found: list[Attendee]) -> set[int]:
    return {p.serial for p in found}


def test_initial_consonants_find_the_person(index: SearchIndex) -> None:
    found = index.search("ㄱㅁㅅ")
    assert {1, 2} <= serials(found)
    assert 3 not in serials(found)  # 김민지 is ㄱㅁㅈ
    assert 7 in serials(index.search("ㅁㅅ"))  # initials anywhere in the name


def test_part_of_a_name_finds_the_person(index: SearchIndex) -> None:
    assert serials(index.search("민수")) == {1, 2, 7}
    assert serials(index.search("김민")) == {1, 2, 3}
    assert serials(index.search("영민")) == {8}


@pytest.mark.parametrize("typed", ["김ㅁ", "김미", "김민", "김민ㅅ", "김민수"])
def test_every_step_of_typing_a_name_keeps_the_person_listed(
    index: SearchIndex, typed: str
) -> None:
    assert {1, 2} <= serials(index.search(typed))


@pytest.mark.parametrize("typed", ["박ㅅ", "박수", "박숮", "박수지", "박수진"])
def test_a_final_consonant_that_moves_to_the_next_syllable_still_matches(
    index: SearchIndex, typed: str
) -> None:
    assert 5 in serials(index.search(typed))


def test_a_syllable_with_a_compound_final_mid_typing_matches(index: SearchIndex) -> None:
    assert serials(index.search("김믽")) == {3}  # 김민 + ㅈ before the ㅣ of 지
    index.add(Attendee(11, "김일곤"))
    assert serials(index.search("김읽")) == {11}  # 김일 + ㄱ before the ㅗ of 곤


def test_mixed_syllables_and_initials_match(index: SearchIndex) -> None:
    assert serials(index.search("김ㅁㅅ")) == {1, 2}
    assert serials(index.search("ㄱ민수")) == {1, 2, 7}  # 남궁민수 holds 궁민수


def test_ranking_puts_the_exact_name_before_prefixes_and_substrings() -> None:
    index = SearchIndex([person(1, "이민수"), person(2, "민수아"), person(3, "민수")])
    assert names(index.search("민수")) == ["민수", "민수아", "이민수"]


def test_whole_syllables_rank_before_half_typed_readings(index: SearchIndex) -> None:
    assert names(index.search("김미"))[0] == "김미영"


def test_same_name_people_are_both_returned_with_their_departments(index: SearchIndex) -> None:
    found = [(p.name, p.department) for p in index.search("김민수")]
    assert found[:2] == [("김민수", "예산과"), ("김민수", "초등교육과")]


def test_employee_number_exact_or_a_prefix_of_four_or_more(index: SearchIndex) -> None:
    assert serials(index.search("2041357")) == {1}
    assert serials(index.search("2049")) == {2}
    assert serials(index.search("2041")) == {1}
    assert serials(index.search("204")) == set()


def test_last_four_phone_digits_find_the_person(index: SearchIndex) -> None:
    assert serials(index.search("4567")) == {1}
    assert serials(index.search("8888")) == {2}
    assert serials(index.search("0123")) == set()  # middle digits are not searched
    assert serials(index.search("567")) == set()


@pytest.mark.parametrize("query", ["", " ", "김", "ㄱ", "j", "7", " 김 "])
def test_an_empty_or_one_character_query_finds_nobody(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_results_are_capped_at_the_limit() -> None:
    index = SearchIndex(generate_roster(500))
    assert len(index.search("ㄱㅁ")) == 8
    assert len(index.search("ㄱㅁ", limit=3)) == 3
    assert index.search("ㄱㅁ", limit=0) == []


def test_results_do_not_repeat_a_person(index: SearchIndex) -> None:
    found = index.search("김민수", limit=20)
    assert len(found) == len(serials(found))


def test_latin_names_match_case_insensitively_and_in_either_order(index: SearchIndex) -> None:
    assert serials(index.search("john")) == {9}
    assert serials(index.search("SMI")) == {9}
    assert serials(index.search("smith john")) == {9}


def test_given_name_then_family_name_also_finds_the_person(index: SearchIndex) -> None:
    assert {1, 2} <= serials(index.search("민수 김"))


def test_a_walk_in_added_later_is_found_and_a_replaced_person_updated(index: SearchIndex) -> None:
    index.add(Attendee(11, "윤하늘", department="학교지원센터", walk_in=True))
    assert names(index.search("윤하")) == ["윤하늘"]
    index.add(person(6, "이준호", "교육지원과"))
    assert names(index.search("이준")) == ["이준호"]
    assert len(index) == 11


def test_results_are_the_same_every_time() -> None:
    roster = generate_roster(500)
    first = SearchIndex(roster).search("ㅇㅈ")
    assert SearchIndex(reversed(roster)).search("ㅇㅈ") == first


def test_an_index_that_starts_empty_finds_walk_ins() -> None:
    index = SearchIndex()
    assert index.search("김민") == []
    index.add(Attendee(1, "김민수", phone="010-0000-1234"))
    index.add(Attendee(2, "이서연"))
    assert names(index.search("김민")) == ["김민수"]
    assert names(index.search("ㅇㅅㅇ")) == ["이서연"]
    assert names(index.search("서연")) == ["이서연"]
    assert names(index.search("1234")) == ["김민수"]


ROSTER = generate_roster(500)
ROSTER_INDEX = SearchIndex(ROSTER)


@given(st.integers(0, len(ROSTER) - 1), st.integers(0, 3), st.integers(2, 4))
def test_any_two_or_more_syllables_of_a_name_or_their_initials_find_that_person(
    who: int, start: int, size: int
) -> None:
    person = ROSTER[who]
    part = person.name[start : start + size]
    assume(len(part) >= 2)
    assert person in ROSTER_INDEX.search(part, limit=len(ROSTER))
    assert person in ROSTER_INDEX.search(choseong(part), limit=len(ROSTER))


def test_a_name_holding_odd_characters_is_still_indexed() -> None:
    index = SearchIndex([Attendee(1, "김\x00민수"), Attendee(2, "이서연")])
    assert names(index.search("서연")) == ["이서연"]
    assert names(index.search("김민")) == ["김\x00민수"]


def test_a_burst_of_ten_thousand_characters_is_searched_as_its_first_forty(
    index: SearchIndex,
) -> None:
    """A held key or a scanner's burst into search: the query past its length is left out,
    so the keystroke costs what a name does (it took seconds per key before)."""
    import time

    burst = "김ㅁ" * 5000
    started = time.perf_counter()
    found = index.search(burst)
    assert time.perf_counter() - started < 0.5
    assert found == index.search(burst[:MAX_QUERY_CHARS])
    assert clip_query(burst) == burst[:MAX_QUERY_CHARS] and MAX_QUERY_CHARS == 40
