"""The built-in sample event (see EVENT.md) and its synthetic staff roster.

The event facts come from a public press release; the agenda times are *assumed* and editable.
Every attendee is generated: family names drawn by their frequency in Korea and given names from
common syllables, so no roster row describes a real person.
"""

from __future__ import annotations

import random
from datetime import datetime, time, timedelta, timezone

from kiosk.domain.model import AgendaItem, Attendee, Event

KST = timezone(timedelta(hours=9), "KST")

SAMPLE_TITLE = "함께 만드는 부산의 미래"
SAMPLE_VENUE = "부산광역시교육청 본관 4층 대강당"
SAMPLE_AGENDA = (
    AgendaItem(time(10, 0), "입장 및 출석 확인 (대강당 입구)"),
    AgendaItem(time(10, 30), "개회 및 교육감 인사·소개"),
    AgendaItem(time(10, 35), "부산광역시장 특강: 함께 만드는 부산의 미래"),
    AgendaItem(time(11, 35), "질의응답"),
    AgendaItem(time(11, 55), "폐회 및 단체 사진 촬영"),
)
SAMPLE_AGENDA_EN = {
    "입장 및 출석 확인 (대강당 입구)": "Doors open, check-in at the auditorium entrances",
    "개회 및 교육감 인사·소개": "Opening and introduction by the Superintendent",
    "부산광역시장 특강: 함께 만드는 부산의 미래": (
        "Special lecture by the Mayor: The Future of Busan We Create Together"
    ),
    "질의응답": "Questions and answers",
    "폐회 및 단체 사진 촬영": "Closing, group photo",
}
# English for the event's own texts; the subtitle is already the English theme line.
SAMPLE_EN = {
    SAMPLE_TITLE: "The Future of Busan We Create Together",
    SAMPLE_VENUE: "Busan Metropolitan City Office of Education, main building, 4F auditorium",
    **SAMPLE_AGENDA_EN,
}

SAMPLE_EVENT = Event(
    number=1030,
    title=SAMPLE_TITLE,
    subtitle="Building Busan's Future Together",
    venue=SAMPLE_VENUE,
    starts_at=datetime(2024, 10, 30, 10, 30, tzinfo=KST),
    agenda=SAMPLE_AGENDA,
    expected=500,
    is_sample=True,
)


def sample_event() -> Event:
    """The event a fresh install shows (10월 직장교육 특강, 2024-10-30 10:30 KST)."""
    return SAMPLE_EVENT


# (family name, approximate share of the population in per mille)
FAMILY_NAMES = (
    ("김", 215), ("이", 147), ("박", 84), ("최", 47), ("정", 43), ("강", 23), ("조", 21),
    ("윤", 21), ("장", 20), ("임", 17), ("한", 15), ("오", 15), ("서", 15), ("신", 15),
    ("권", 14), ("황", 14), ("안", 14), ("송", 14), ("류", 12), ("전", 11), ("홍", 11),
    ("고", 9), ("문", 9), ("양", 9), ("손", 9), ("배", 8), ("백", 8), ("허", 7), ("유", 6),
    ("남", 6), ("심", 5), ("노", 4), ("하", 4), ("곽", 4), ("성", 4), ("차", 4), ("주", 4),
    ("우", 4), ("구", 4), ("나", 3), ("민", 3), ("진", 3), ("지", 3), ("엄", 3), ("채", 3),
    ("원", 3), ("천", 3), ("방", 3), ("공", 2), ("현", 2), ("함", 2), ("변", 2), ("염", 2),
    ("여", 2), ("추", 2), ("도", 2), ("석", 2), ("선", 2), ("설", 1), ("마", 1), ("길", 1),
    ("연", 1), ("위", 1), ("표", 1), ("명", 1), ("기", 1), ("반", 1), ("옥", 1), ("탁", 1),
    ("남궁", 1), ("황보", 1), ("제갈", 1), ("선우", 1),
)  # fmt: skip
GIVEN_FIRST = "민서지수현준영은정동성상진재승예하유태혜경선미주윤도희연소종용기병광명인세채나다아"
GIVEN_SECOND = "수준호우민훈현영희진연아은경숙정주윤서석철식환빈원혁규람솔린미나지율"
# Public figures named in EVENT.md; a synthetic attendee must not carry their names.
_RESERVED_NAMES = frozenset({"박형준", "하윤수"})

HEADQUARTERS = "본청"
DISTRICT_OFFICES = tuple(f"{d}교육지원청" for d in ("동부", "서부", "남부", "북부", "해운대"))
INSTITUTIONS = (
    "부산광역시교육연구정보원",
    "부산광역시교육청연수원",
    "부산광역시학생교육원",
    "부산광역시유아교육진흥원",
    "부산광역시학생예술문화회관",
    "부산광역시과학교육원",
)
_DEPARTMENTS = {
    HEADQUARTERS: (
        "정책기획과", "예산과", "교육정책과", "초등교육과", "중등교육과", "유아교육과",
        "미래교육과", "민주시민교육과", "학교생활교육과", "체육건강과", "총무과", "교원인사과",
        "재정과", "교육시설과", "학교지원과", "감사관실",
    ),
    "district": ("교육지원과", "행정지원과", "학교지원센터", "Wee센터", "특수교육지원센터"),
    "institution": ("총무부", "교육운영부", "연구지원부", "정보지원부"),
}  # fmt: skip
_POSITIONS = {
    HEADQUARTERS: (("주무관", 50), ("장학사", 18), ("사무관", 9), ("장학관", 6), ("팀장", 7),
                   ("서기관", 3), ("과장", 4), ("연구사", 3)),
    "district": (("주무관", 55), ("장학사", 22), ("사무관", 7), ("팀장", 8), ("과장", 4),
                 ("장학관", 4)),
    "institution": (("주무관", 45), ("교육연구사", 25), ("연구사", 10), ("교육연구관", 5),
                    ("부장", 6), ("사무관", 6), ("팀장", 3)),
}  # fmt: skip
SAME_NAME_EVERY = 100  # one in this many people repeats an earlier person's name


def synthetic_names(n: int, seed: int = 2024) -> list[str]:
    """`n` plausible, generated Korean names; the same seed gives the same names."""
    rng = random.Random(seed)
    families = [f for f, _ in FAMILY_NAMES]
    weights = [w for _, w in FAMILY_NAMES]
    names: list[str] = []
    while len(names) < n:
        family = rng.choices(families, weights)[0]
        given = rng.choice(GIVEN_FIRST)
        if rng.random() > 0.03:  # a few people have a one-syllable given name (이준)
            given += rng.choice(GIVEN_SECOND)
        if given[0] != given[-1] or len(given) == 1:
            name = family + given
            if name not in _RESERVED_NAMES:
                names.append(name)
    return names


def generate_roster(n: int = 500, seed: int = 2024) -> list[Attendee]:
    """A deterministic synthetic staff roster: serials 1..n, unique 7-digit employee numbers.

    About half work at headquarters (본청), three in ten at the five district offices and two in
    ten at affiliated institutions. Every `SAME_NAME_EVERY`-th person shares an earlier person's
    name, so same-name people exist to tell apart. Phones are 010-0XXX-XXXX, a block no Korean
    carrier assigns (mobile middle blocks start at 2).
    """
    rng = random.Random(seed)
    names = synthetic_names(n, seed)
    employee_nos = rng.sample(range(1_000_000, 10_000_000), n)
    roster: list[Attendee] = []
    for i in range(n):
        name = names[i]
        if i >= SAME_NAME_EVERY // 2 and i % SAME_NAME_EVERY == SAME_NAME_EVERY // 2:
            name = names[rng.randrange(i)]
        affiliation, kind = _affiliation(rng)
        roster.append(
            Attendee(
                serial=i + 1,
                name=name,
                affiliation=affiliation,
                department=rng.choice(_DEPARTMENTS[kind]),
                position=_weighted(rng, _POSITIONS[kind]),
                employee_no=str(employee_nos[i]),
                phone=f"010-0{rng.randrange(1000):03d}-{rng.randrange(10000):04d}",
            )
        )
    return roster


def _affiliation(rng: random.Random) -> tuple[str, str]:
    draw = rng.random()
    if draw < 0.5:
        return HEADQUARTERS, HEADQUARTERS
    if draw < 0.8:
        return rng.choice(DISTRICT_OFFICES), "district"
    return rng.choice(INSTITUTIONS), "institution"


def _weighted(rng: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([o for o, _ in options], [w for _, w in options])[0]
