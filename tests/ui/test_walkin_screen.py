"""Walk-in registration: a name, one tap for the affiliation, an optional department, done.

Registering is a volunteer act: most tests run with a volunteer who unlocked it; the tests at
the end drive the unlock, the name rules and the duplicate warning.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.access import NameCheckin
from kiosk.domain.outcome import Outcome
from kiosk.ui.walkin_screen import CLOSED, FORM, UNLOCK, WalkInScreen
from tests.fakes import OpenDoor
from tests.ui.screen_helpers import Languages, show_screen, visible_texts
from tests.ui.test_search_screen import CODE, set_code, type_digits, unlocked


@pytest.fixture
def screen(qtbot, door: OpenDoor) -> WalkInScreen:
    shown = WalkInScreen(unlocked(door.service))
    show_screen(qtbot, shown)
    return shown


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tap(qtbot, screen: WalkInScreen, keys: str) -> None:
    for key in keys:
        click(qtbot, screen.keypad.key_button(key))


def choice(screen: WalkInScreen, text: str):
    return next(c for c in screen.choices() if c.text() == text)


def test_a_walk_in_is_registered_end_to_end(qtbot, screen: WalkInScreen, door: OpenDoor) -> None:
    assert not screen.register_button.isEnabled()
    tap(qtbot, screen, "ㅎㅗㅏㅇㅂㅗㅁㅣㄴㅅㅓ")
    click(qtbot, choice(screen, "본청"))
    tap(qtbot, screen, "ㅊㅗㅇㅁㅜㄱㅗㅏ")  # the department field is next by itself
    assert screen.values() == {"name": "황보민서", "affiliation": "본청", "department": "총무과"}
    with qtbot.waitSignal(screen.registered) as signal:
        click(qtbot, screen.register_button)
    result = signal.args[0]
    assert result.outcome is Outcome.WALK_IN_REGISTERED
    stored = result.attendee
    assert (stored.name, stored.affiliation, stored.department) == ("황보민서", "본청", "총무과")
    assert stored.walk_in
    assert door.store.attendee_by_person(stored.person).walk_in
    figures = door.service.stats()
    assert figures.walk_ins == 1 and figures.arrived == 1
    assert screen.values()["name"] == ""  # ready for the next person


def test_the_affiliations_are_the_roster_s_most_common_first(
    qtbot, screen: WalkInScreen, door: OpenDoor
) -> None:
    shown = [c.text() for c in screen.choices()[:-1]]
    assert shown == door.service.affiliations()
    assert shown[0] == "본청"  # two of the five attendees


def test_other_affiliation_is_typed_and_narrows_the_buttons(
    qtbot, screen: WalkInScreen, door: OpenDoor
) -> None:
    tap(qtbot, screen, "ㅇㅣㅈㅜㄴ")
    click(qtbot, screen.other_button)
    tap(qtbot, screen, "ㄷㅗㅇㅂㅜ")
    assert [c.text() for c in screen.choices()[:-1]] == ["동부교육지원청"]
    tap(qtbot, screen, "ㅎㅏㄱㄱㅛ")
    assert screen.values()["affiliation"] == "동부학교"
    with qtbot.waitSignal(screen.registered) as signal:
        click(qtbot, screen.register_button)
    assert signal.args[0].attendee.affiliation == "동부학교"


def test_the_status_shows_only_the_masked_name(qtbot, screen: WalkInScreen) -> None:
    tap(qtbot, screen, "ㅎㅗㅏㅇㅂㅗㅁㅣㄴㅅㅓ")
    click(qtbot, choice(screen, "본청"))
    click(qtbot, screen.register_button)
    texts = " ".join(visible_texts(screen))
    assert "황**서" in texts
    assert "황보민서" not in texts


def test_close_emits_closed(qtbot, screen: WalkInScreen) -> None:
    with qtbot.waitSignal(screen.closed):
        click(qtbot, screen.close_button)


def test_switching_language_rewrites_the_screen(qtbot, screen: WalkInScreen, translations) -> None:
    languages = Languages(translations)
    try:
        languages.switch("ko")
        qtbot.waitUntil(lambda: screen.register_button.text() == "등록하고 입장 확인", timeout=2000)
        assert screen.other_button.text() == "기타 (직접 입력)"
        assert screen.fields["name"].caption.text() == "이름"
        languages.switch("en")
        qtbot.waitUntil(lambda: screen.fields["name"].caption.text() == "Name", timeout=2000)
    finally:
        languages.close()


def register(qtbot, screen: WalkInScreen, name_keys: str, affiliation: str = "본청") -> None:
    tap(qtbot, screen, name_keys)
    click(qtbot, choice(screen, affiliation))
    click(qtbot, screen.register_button)


def test_registering_waits_for_a_volunteer_even_in_self_service(qtbot, door: OpenDoor) -> None:
    door.service.set_name_checkin(NameCheckin.SELF_SERVICE)
    set_code(door.service)
    screen = WalkInScreen(door.service)
    show_screen(qtbot, screen)
    assert screen.page() == UNLOCK and not screen.register_button.isVisible()
    type_digits(qtbot, screen.unlock_pad, "9999")
    assert screen.page() == UNLOCK
    type_digits(qtbot, screen.unlock_pad, CODE)
    assert screen.page() == FORM


def test_without_a_volunteer_code_walk_ins_are_closed(qtbot, door: OpenDoor) -> None:
    screen = WalkInScreen(door.service)
    show_screen(qtbot, screen)
    assert screen.page() == CLOSED
    assert "kiosk volunteer-code set" in screen.closed_note.text()


def test_a_digit_is_not_a_name_and_nothing_is_registered(
    qtbot, screen: WalkInScreen, door: OpenDoor
) -> None:
    screen.keypad.set_text("1")
    click(qtbot, choice(screen, "본청"))
    click(qtbot, screen.register_button)
    assert screen.status.isVisible() and screen.status.property("tone") == "bad"  # red
    assert door.store.records() == []


def test_a_name_is_cut_at_forty_characters_while_typing(qtbot, screen: WalkInScreen) -> None:
    screen.keypad.set_text("가" * 1000)
    assert screen.values()["name"] == "가" * 40


def test_a_roster_person_is_pointed_out_before_a_duplicate_is_made(
    qtbot, screen: WalkInScreen, door: OpenDoor
) -> None:
    register(qtbot, screen, "ㅂㅏㄱㅅㅓㅇㅕㄴ")  # 박서연 of 본청 is on the roster
    assert door.store.records() == []
    assert screen.anyway_button.isVisible()
    assert "박*연" in screen.status.text() and "박서연" not in screen.status.text()
    click(qtbot, screen.register_button)  # the second tap of a double tap: still nothing
    assert door.store.records() == []
    with qtbot.waitSignal(screen.registered):
        click(qtbot, screen.anyway_button)
    assert door.service.stats().walk_ins == 1


def test_an_earlier_walk_in_is_pointed_out_too(qtbot, screen: WalkInScreen, door: OpenDoor) -> None:
    door.service.register_walk_in("정하늘", "본청")
    register(qtbot, screen, "ㅈㅓㅇㅎㅏㄴㅡㄹ")
    assert screen.anyway_button.isVisible()
    assert door.service.stats().walk_ins == 1
