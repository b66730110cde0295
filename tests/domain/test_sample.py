"""The built-in sample event and its synthetic roster."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, time, timedelta

from kiosk.domain.sample import (
    DISTRICT_OFFICES,
    HEADQUARTERS,
    INSTITUTIONS,
    SAMPLE_AGENDA_EN,
    SAMPLE_EN,
    generate_roster,
    sample_event,
    synthetic_names,
)


def test_the_sample_event_is_the_october_lecture_in_busan() -> None:
    event = sample_event()
    assert event.title == "함께 만드는 부산의 미래"
    assert event.subtitle == "Building Busan's Future Together"
    assert event.venue == "부산광역시교육청 본관 4층 대강당"
    assert event.starts_at == datetime(2024, 10, 30, 1, 30, tzinfo=UTC)
    assert event.starts_at.utcoffset() == timedelta(hours=9)
    assert event.expected == 500
    assert event.is_sample
    assert SAMPLE_EN[event.title] == "The Future of Busan We Create Together"


def test_the_sample_agenda_is_korean_with_english_for_every_item() -> None:
    agenda = sample_event().agenda
    assert [item.starts for item in agenda] == [
        time(10, 0), time(10, 30), time(10, 35), time(11, 35), time(11, 55)
    ]  # fmt: skip
    assert all(any("가" <= ch <= "힣" for ch in item.title) for item in agenda)
    assert set(SAMPLE_AGENDA_EN) == {item.title for item in agenda}
    assert "Mayor" in SAMPLE_AGENDA_EN[agenda[2].title]


def test_the_roster_has_about_five_hundred_people_numbered_from_one() -> None:
    roster = generate_roster()
    assert len(roster) == 500
    assert [p.serial for p in roster] == list(range(1, 501))


def test_the_roster_is_the_same_for_the_same_seed_and_differs_for_another() -> None:
    assert generate_roster(200, seed=7) == generate_roster(200, seed=7)
    assert generate_roster(200, seed=7) != generate_roster(200, seed=8)


def test_employee_numbers_are_unique_seven_digits() -> None:
    numbers = [p.employee_no for p in generate_roster(2000)]
    assert len(set(numbers)) == 2000
    assert all(len(n) == 7 and n.isdigit() for n in numbers)


def test_affiliations_spread_over_headquarters_districts_and_institutions() -> None:
    counts = Counter(p.affiliation for p in generate_roster())
    assert 200 <= counts[HEADQUARTERS] <= 300
    assert all(counts[office] > 0 for office in DISTRICT_OFFICES)
    assert "해운대교육지원청" in DISTRICT_OFFICES
    assert sum(counts[i] for i in INSTITUTIONS) >= 50
    assert set(counts) <= {HEADQUARTERS, *DISTRICT_OFFICES, *INSTITUTIONS}


def test_every_person_has_a_department_and_position() -> None:
    roster = generate_roster()
    assert roster and all(p.department and p.position for p in roster)


def test_some_people_share_a_name_and_can_be_told_apart() -> None:
    roster = generate_roster()
    by_name: dict[str, list[tuple[str, str]]] = {}
    for p in roster:
        by_name.setdefault(p.name, []).append((p.affiliation, p.department))
    shared = [places for places in by_name.values() if len(places) > 1]
    assert len(shared) >= 3
    assert any(len(set(places)) > 1 for places in shared)


def test_phones_use_an_unassigned_block_and_no_email_is_made_up() -> None:
    roster = generate_roster()
    assert roster and all(p.phone.startswith("010-0") and len(p.phone) == 13 for p in roster)
    assert all(p.email == "" for p in roster)


def test_names_are_plausible_korean_names() -> None:
    names = synthetic_names(5000, seed=1)
    assert all(2 <= len(n) <= 4 and all("가" <= ch <= "힣" for ch in n) for n in names)
    families = Counter(n[0] for n in names)
    assert families.most_common(2)[0][0] == "김"
    assert any(len(n) == 2 for n in names) and any(len(n) == 4 for n in names)


def test_synthetic_names_never_use_the_speakers_names() -> None:
    assert not {"박형준", "하윤수"} & set(synthetic_names(20_000, seed=3))


def test_synthetic_names_are_deterministic_at_benchmark_size() -> None:
    assert synthetic_names(100_000, seed=5) == synthetic_names(100_000, seed=5)
