"""The search screen: type on the keypad, see masked people, tap, confirm, checked in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.clock import FixedClock
from kiosk.domain.outcome import Outcome
from kiosk.organizer import ensure_sample_event
from kiosk.service import Door, KioskService
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore
from kiosk.ui.search_screen import RESULTS_SHOWN, SearchScreen
from tests.fakes import DOORS_OPEN, OpenDoor
from tests.ui.screen_helpers import Languages, show_screen, visible_texts


@pytest.fixture
def screen(qtbot, door: OpenDoor) -> SearchScreen:
    shown = SearchScreen(door.service)
    show_screen(qtbot, shown)
    return shown


def tap(qtbot, screen: SearchScreen, keys: str) -> None:
    for key in keys:
        qtbot.mouseClick(screen.keypad.key_button(key), Qt.MouseButton.LeftButton)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_initials_find_both_same_name_people_told_apart_by_department(
    qtbot, screen: SearchScreen
) -> None:
    tap(qtbot, screen, "ㄱㅁㅅ")
    shown = [r.shown_text() for r in screen.results()]
    assert len(shown) == 2
    assert all(text.startswith("김*수") for text in shown)
    assert any("교육정책과 주무관" in text for text in shown)
    assert any("행정지원과 장학사" in text for text in shown)


def test_tap_confirm_checks_the_person_in(qtbot, screen: SearchScreen, door: OpenDoor) -> None:
    tap(qtbot, screen, "ㄱㅁㅅ")
    chosen = next(r for r in screen.results() if "교육정책과" in r.shown_text())
    click(qtbot, chosen)
    assert "김*수" in screen.question.text() and "교육정책과" in screen.question.text()
    assert door.store.first_arrival("S1") is None  # nothing before the confirmation
    with qtbot.waitSignal(screen.checked_in) as signal:
        click(qtbot, screen.confirm_button)
    result = signal.args[0]
    assert result.outcome is Outcome.ACCEPTED
    assert result.attendee.serial == 1
    assert door.store.first_arrival("S1") is not None
    assert door.store.first_arrival("S2") is None
    assert screen.keypad.text() == ""  # ready for the next person


def test_cancel_records_nothing(qtbot, screen: SearchScreen, door: OpenDoor) -> None:
    tap(qtbot, screen, "ㅂㅏㄱㅅㅓ")
    click(qtbot, screen.results()[0])
    click(qtbot, screen.cancel_button)
    assert door.store.records() == []
    assert screen.results()  # the list is still there to pick another


def test_the_full_name_and_phone_never_appear(qtbot, screen: SearchScreen) -> None:
    tap(qtbot, screen, "ㄱㅣㅁㅁㅣㄴ")
    click(qtbot, screen.results()[0])
    texts = " ".join(visible_texts(screen))
    assert "김*수" in texts
    assert "김민수" not in texts
    assert "010" not in texts and "1234" not in texts


def test_one_key_shows_nobody(qtbot, screen: SearchScreen) -> None:
    tap(qtbot, screen, "ㄱ")
    assert screen.results() == []
    assert screen.hint.isVisible()


@pytest.mark.parametrize(
    ("keys", "expected"),
    [
        ("1000003", "박*연"),  # employee number
        ("5678", "김*수"),  # last four digits of a phone
        ("ㅂㅏㄱㅅㅓ", "박*연"),  # a name half typed
        ("ㅅㅓㅇㅕㄴ ㅂㅏㄱ", "박*연"),  # given name first, then family name
    ],
)
def test_other_ways_to_find_someone(qtbot, screen: SearchScreen, keys: str, expected: str) -> None:
    for key in keys:
        if key == " ":
            click(qtbot, screen.keypad.space_key)
        else:
            tap(qtbot, screen, key)
    names = [r.name_label.text() for r in screen.results()]
    assert names[:1] == [expected]


def test_a_second_check_in_shows_the_first_time_and_door(
    qtbot, screen: SearchScreen, door: OpenDoor
) -> None:
    door.service.check_in_person("S3")
    door.clock.advance(600)
    tap(qtbot, screen, "ㅂㅏㄱㅅㅓ")
    click(qtbot, screen.results()[0])
    with qtbot.waitSignal(screen.checked_in) as signal:
        click(qtbot, screen.confirm_button)
    assert signal.args[0].outcome is Outcome.ALREADY_CHECKED_IN
    assert "10:05" in screen.status.text() and "정문" in screen.status.text()


class FullDisk(KioskService):
    def check_in_person(self, person: str):
        raise StorageError(Problem.DISK_FULL, "test")


def test_a_failed_write_says_not_recorded_in_red(qtbot, door: OpenDoor) -> None:
    failing = FullDisk(door.store, door.clock, Door("c" * 16, "정문"))
    screen = SearchScreen(failing)
    show_screen(qtbot, screen)
    emitted = []
    screen.checked_in.connect(emitted.append)
    tap(qtbot, screen, "ㅂㅏㄱㅅㅓ")
    click(qtbot, screen.results()[0])
    click(qtbot, screen.confirm_button)
    assert emitted == []
    assert screen.status.isVisible()
    assert "NOT RECORDED" in screen.status.text()
    assert "#c62828" in screen.status.styleSheet()
    assert door.store.records() == []


@pytest.fixture
def sample_service(tmp_path: Path) -> Iterator[KioskService]:
    store = EventStore.open(ensure_sample_event(tmp_path))
    yield KioskService(store, FixedClock(DOORS_OPEN), Door("d" * 16, "출입구 1"))
    store.close()


def test_a_common_query_never_lists_more_than_five(qtbot, sample_service) -> None:
    screen = SearchScreen(sample_service)
    show_screen(qtbot, screen)
    tap(qtbot, screen, "ㄱㅣㅁㅁ")  # 김ㅁ: the most common family name, dozens of people
    assert len(screen.results()) == RESULTS_SHOWN
    assert "More people match" in screen.hint.text()


def test_switching_language_rewrites_the_screen(qtbot, screen: SearchScreen, translations) -> None:
    languages = Languages(translations)
    try:
        languages.switch("ko")
        qtbot.waitUntil(lambda: screen.title.text() == "이름으로 찾기", timeout=2000)
        qtbot.waitUntil(lambda: screen.keypad.clear_key.text() == "지우기", timeout=2000)
        assert "초성(ㄱㅁㅅ)" in screen.hint.text()
        languages.switch("en")
        qtbot.waitUntil(lambda: screen.title.text() == "Find by name", timeout=2000)
        assert screen.close_button.text() == "Close"
    finally:
        languages.close()
