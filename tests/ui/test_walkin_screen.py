"""Walk-in registration: a name, one tap for the affiliation, an optional department, done."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.domain.outcome import Outcome
from kiosk.ui.walkin_screen import WalkInScreen
from tests.fakes import OpenDoor
from tests.ui.screen_helpers import Languages, show_screen, visible_texts


@pytest.fixture
def screen(qtbot, door: OpenDoor) -> WalkInScreen:
    shown = WalkInScreen(door.service)
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
        qtbot.waitUntil(lambda: screen.register_button.text() == "등록하고 출석 확인", timeout=2000)
        assert screen.other_button.text() == "기타 (직접 입력)"
        assert screen.fields["name"].caption.text() == "이름"
        languages.switch("en")
        qtbot.waitUntil(lambda: screen.fields["name"].caption.text() == "Name", timeout=2000)
    finally:
        languages.close()
