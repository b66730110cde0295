"""The search screen: type on the keypad, see masked people, tap, confirm, checked in.

Name check-in is a volunteer act: most tests run with a volunteer who unlocked the screen; the
tests at the end drive the unlock pad, the closed screen and the self-service phone proof.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.access import NameCheckin, how_of
from kiosk.domain.clock import FixedClock
from kiosk.domain.outcome import Outcome
from kiosk.domain.pin import ScryptParams
from kiosk.services.door import Door, KioskService
from kiosk.services.organizer import ensure_sample_event
from kiosk.services.volunteer_codes import VolunteerCodes
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore
from kiosk.ui.search_screen import CLOSED, CONFIRM, FIND, PHONE, RESULTS_SHOWN, UNLOCK, SearchScreen
from kiosk.ui.volunteer_unlock import shared_unlock
from tests.fakes import DOORS_OPEN, OpenDoor
from tests.ui.screen_helpers import Languages, show_screen, visible_texts

CODE = "4821"
CHEAP = ScryptParams(n=2**4)  # the hash keeps its parameters: checking it stays cheap


def set_code(service: KioskService) -> None:
    VolunteerCodes(service.store, CHEAP).set_code(CODE)


def unlocked(service: KioskService) -> KioskService:
    """The service with a volunteer code set and a volunteer who typed it."""
    set_code(service)
    assert shared_unlock(service).try_code(CODE)
    return service


@pytest.fixture
def screen(qtbot, door: OpenDoor) -> SearchScreen:
    shown = SearchScreen(unlocked(door.service))
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


def test_a_second_check_in_never_reveals_the_first_time_or_door(
    qtbot, screen: SearchScreen, door: OpenDoor
) -> None:
    door.service.check_in_person("S3")
    door.clock.advance(600)
    tap(qtbot, screen, "ㅂㅏㄱㅅㅓ")
    click(qtbot, screen.results()[0])
    with qtbot.waitSignal(screen.checked_in) as signal:
        click(qtbot, screen.confirm_button)
    result = signal.args[0]
    assert result.outcome is Outcome.ALREADY_CHECKED_IN
    assert (result.first_at, result.first_door) == (None, "")  # the banner shows none either
    assert "10:05" not in screen.status.text() and "정문" not in screen.status.text()


class FullDisk(KioskService):
    def check_in_person(self, person: str, unlock=None):
        raise StorageError(Problem.DISK_FULL, "test")


def test_a_failed_write_says_not_recorded_in_red(qtbot, door: OpenDoor) -> None:
    failing = unlocked(FullDisk(door.store, door.clock, Door("c" * 16, "정문")))
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
    assert screen.status.property("tone") == "bad"  # red
    assert door.store.records() == []


@pytest.fixture
def sample_service(tmp_path: Path) -> Iterator[KioskService]:
    store = EventStore.open(ensure_sample_event(tmp_path))
    yield KioskService(store, FixedClock(DOORS_OPEN), Door("d" * 16, "출입구 1"))
    store.close()


def test_a_common_query_never_lists_more_than_five(qtbot, sample_service) -> None:
    screen = SearchScreen(unlocked(sample_service))
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


# -- who may check in by name ---------------------------------------------------------------


def type_digits(qtbot, pad, digits: str) -> None:
    for key in digits:
        click(qtbot, pad.keys[key])
    if len(digits) < pad._high:
        click(qtbot, pad.keys["✓"])


def test_a_staffed_door_opens_name_check_in_only_with_the_volunteer_code(
    qtbot, door: OpenDoor
) -> None:
    set_code(door.service)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    assert screen.page() == UNLOCK and not screen.keypad.isVisible()
    type_digits(qtbot, screen.unlock_pad, "1111")
    assert screen.page() == UNLOCK and screen.unlock_pad.message.text()
    type_digits(qtbot, screen.unlock_pad, CODE)
    assert screen.page() == FIND
    tap(qtbot, screen, "ㅂㅏㄱㅅㅓ")
    click(qtbot, screen.results()[0])
    with qtbot.waitSignal(screen.checked_in) as signal:
        click(qtbot, screen.confirm_button)
    assert how_of(signal.args[0].record.details) == ("name", "volunteer")


def test_the_unlock_closes_after_the_idle_seconds(qtbot, door: OpenDoor) -> None:
    set_code(door.service)
    shared_unlock(door.service).set_seconds(0.3)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    type_digits(qtbot, screen.unlock_pad, CODE)
    assert screen.page() == FIND
    tap(qtbot, screen, "ㅂㅏ")
    qtbot.waitUntil(lambda: screen.page() == UNLOCK, timeout=3000)
    assert screen.keypad.text() == "" and screen.results() == []


def test_five_wrong_codes_pause_the_pad(qtbot, door: OpenDoor) -> None:
    set_code(door.service)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    for _ in range(5):
        type_digits(qtbot, screen.unlock_pad, "0000")
    type_digits(qtbot, screen.unlock_pad, CODE)  # even the right code waits now
    assert screen.page() == UNLOCK
    assert "60" in screen.unlock_pad.message.text()


def test_without_a_volunteer_code_name_check_in_is_closed_and_says_how_to_open_it(
    qtbot, door: OpenDoor
) -> None:
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    assert screen.page() == CLOSED
    assert "kiosk volunteer-code set" in screen.closed_note.text()
    assert not screen.keypad.isVisible()


def test_self_service_checks_a_person_in_with_their_phone_digits(qtbot, door: OpenDoor) -> None:
    door.service.set_name_checkin(NameCheckin.SELF_SERVICE)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    assert screen.page() == FIND  # anyone may search
    tap(qtbot, screen, "ㄱㅁㅅ")
    chosen = next(r for r in screen.results() if "교육정책과" in r.shown_text())
    click(qtbot, chosen)
    assert screen.page() == PHONE
    type_digits(qtbot, screen.phone_pad, "5678")  # the other 김민수's phone
    assert screen.page() == PHONE and door.store.first_arrival("S1") is None
    with qtbot.waitSignal(screen.checked_in) as signal:
        type_digits(qtbot, screen.phone_pad, "1234")
    assert how_of(signal.args[0].record.details) == ("name", "phone")
    assert door.store.first_arrival("S1") is not None


def test_self_service_without_a_phone_on_the_roster_needs_a_volunteer(
    qtbot, door: OpenDoor
) -> None:
    door.service.set_name_checkin(NameCheckin.SELF_SERVICE)
    set_code(door.service)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    tap(qtbot, screen, "ㅂㅏㄱㅅㅓ")  # 박서연 has no phone on the roster
    click(qtbot, screen.results()[0])
    assert screen.page() == UNLOCK
    type_digits(qtbot, screen.unlock_pad, CODE)
    assert screen.page() == CONFIRM
    with qtbot.waitSignal(screen.checked_in) as signal:
        click(qtbot, screen.confirm_button)
    assert how_of(signal.args[0].record.details) == ("name", "volunteer")


def test_three_wrong_phone_guesses_send_the_person_to_a_volunteer(qtbot, door: OpenDoor) -> None:
    door.service.set_name_checkin(NameCheckin.SELF_SERVICE)
    set_code(door.service)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    tap(qtbot, screen, "ㄱㅁㅅ")
    click(qtbot, screen.results()[0])
    for guess in ("0000", "1111", "2222"):
        type_digits(qtbot, screen.phone_pad, guess)
    assert screen.page() == UNLOCK
    assert door.store.records() == []


# -- what a hostile tester tried next (issue 11's red team) -----------------------------------


def test_self_service_search_does_not_hand_out_the_phone_digits(qtbot, door: OpenDoor) -> None:
    """Four digits typed on the public screen list nobody: they are the proof, not a key."""
    door.service.set_name_checkin(NameCheckin.SELF_SERVICE)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    screen.keypad.set_text("1234")  # 김민수 (교육정책과)'s phone ends so
    assert screen.results() == []
    screen.keypad.set_text("1000001")  # nor an employee number
    assert screen.results() == []
    screen.keypad.set_text("김민수")  # names still find people
    assert len(screen.results()) == 2
    unlocked(door.service)  # a volunteer may search by number
    screen.keypad.set_text("1234")
    assert len(screen.results()) == 1


def test_closing_and_reopening_gives_a_guesser_no_new_phone_tries(qtbot, door: OpenDoor) -> None:
    door.service.set_name_checkin(NameCheckin.SELF_SERVICE)
    set_code(door.service)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    for guess in ("0000", "1111", "2222"):
        screen.reset()
        tap(qtbot, screen, "ㄱㅁㅅ")
        click(qtbot, screen.results()[0])
        assert screen.page() == PHONE
        type_digits(qtbot, screen.phone_pad, guess)
    screen.reset()
    tap(qtbot, screen, "ㄱㅁㅅ")
    click(qtbot, screen.results()[0])
    assert screen.page() == UNLOCK  # only a volunteer now
    assert door.store.records() == []


def test_the_volunteer_pause_grows_and_the_operator_ends_it(door: OpenDoor) -> None:
    set_code(door.service)
    clock = [0.0]
    from kiosk.services.volunteer_codes import VolunteerCodes
    from kiosk.ui.volunteer_unlock import VolunteerUnlock

    unlock = VolunteerUnlock(VolunteerCodes(door.service.store, CHEAP), monotonic=lambda: clock[0])
    pauses = []
    for _ in range(3):
        for _ in range(5):
            assert not unlock.try_code("0000")
        pauses.append(round(unlock.paused_for()))
        clock[0] += unlock.paused_for() + 1
    assert pauses == [60, 120, 240]
    for _ in range(5):
        unlock.try_code("0000")
    assert not unlock.try_code(CODE)  # paused: even the right code waits
    unlock.clear_pause()
    assert unlock.try_code(CODE)


def test_the_volunteer_pad_moves_its_digits_each_time(qtbot, door: OpenDoor) -> None:
    """Typed in front of the queue: the place of a key must not tell the code."""
    set_code(door.service)
    screen = SearchScreen(door.service)
    show_screen(qtbot, screen)
    layouts = set()
    for _ in range(6):
        screen.unlock_pad.clear()
        grid = [screen.unlock_pad.keys[d] for d in "0123456789"]
        layouts.add(tuple(b.text() for b in sorted(grid, key=lambda b: (b.y(), b.x()))))
    assert len(layouts) > 1
    type_digits(qtbot, screen.unlock_pad, CODE)
    assert shared_unlock(door.service).is_open
