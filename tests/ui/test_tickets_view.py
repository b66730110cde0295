"""Operator mode cancels lost and stolen tickets, and asks before a roster import takes a
ticket away or renames its holder. The real OperatorScreen over a real event file."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.domain.outcome import Outcome
from kiosk.services.context import Context
from kiosk.ui.operator.operator_screen import OperatorScreen
from kiosk.ui.operator.ticket_row import TicketRow
from tests.fakes import OpenDoor
from tests.ui.screen_helpers import Languages, show_screen
from tests.ui.test_operator import Chooser, Finger, click, use_finger

# The fixture's five people as an HR file would list them (사번 identifies each one).
ROWS = {
    1: "김민수,본청,교육정책과,주무관,1000001",
    2: "김민수,동부교육지원청,행정지원과,장학사,1000002",
    3: "박서연,본청,예산과,사무관,1000003",
    4: "이뷁,해운대교육지원청,교육지원과,주무관,1000004",
    5: "최똠,부산광역시교육연구정보원,정보지원부,연구사,1000005",
}


def write_roster(path: Path, rows: list[str]) -> Path:
    """A CSV as HR sends it: a 번호 column (a row number, never the serial) before the people."""
    lines = ["번호,이름,소속,부서,직위,사번"] + [f"{n},{row}" for n, row in enumerate(rows, 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


@pytest.fixture
def screen(qtbot, door: OpenDoor, tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    context = Context(data, Settings(operator_idle_seconds=60), door.service.door.kiosk_id)
    shown = OperatorScreen(door.service, context)
    shown.files_view.chooser = Chooser()
    use_finger(shown, Finger())
    show_screen(qtbot, shown)
    yield shown
    shown.files_view.jobs.wait()


def find(qtbot, screen: OperatorScreen, *keys: str) -> list[TicketRow]:
    """Open the tickets page and type on its keypad as a finger would."""
    click(qtbot, screen.nav["tickets"])
    for key in keys:
        click(qtbot, screen.tickets_view.keypad.key_button(key))
    return screen.tickets_view.rows


# -- the tickets page ---------------------------------------------------------------------


def test_a_stolen_ticket_revoked_on_the_page_is_refused_at_the_door(
    qtbot, screen: OperatorScreen, door: OpenDoor
) -> None:
    code = door.ticket(3)
    (row,) = find(qtbot, screen, "ㅂ", "ㅅ", "ㅇ")
    assert "박서연" in row.shown_text()  # operator mode shows the full name
    assert "본청" in row.shown_text() and "예산과" in row.shown_text()
    assert "No. 3" in row.shown_text() and "ticket valid" in row.shown_text()
    click(qtbot, row.revoke_button)  # one tap only arms it
    assert not door.service.ticket_revoked(door.store.attendee(3))
    assert row.revoke_button.text() == "Tap again to confirm"
    with qtbot.waitSignal(screen.data_changed, timeout=2000):
        click(qtbot, row.revoke_button)
    assert door.service.check_in(code).outcome is Outcome.REVOKED
    (row,) = screen.tickets_view.rows
    assert "REVOKED" in row.shown_text()
    assert not row.lost_button.isEnabled() and not row.revoke_button.isEnabled()
    assert door.service.check_in_person("S3").outcome is Outcome.ACCEPTED  # by name still


def test_a_lost_ticket_says_how_it_is_reissued_and_is_listed(
    qtbot, screen: OperatorScreen, door: OpenDoor
) -> None:
    code = door.ticket(4)
    (row,) = find(qtbot, screen, *"1000004")  # the employee number
    click(qtbot, row.lost_button)
    click(qtbot, row.lost_button)
    tickets = screen.tickets_view
    assert "kiosk tickets reissue 4 --out DIR" in tickets.status.text()
    assert "by name" in tickets.status.text()
    assert "LOST" in tickets.rows[0].shown_text()
    assert door.service.check_in(code).outcome is Outcome.REVOKED
    assert door.service.check_in(door.ticket(5)).outcome is Outcome.ACCEPTED  # only that one
    click(qtbot, tickets.list_button)
    assert [r[:4] for r in tickets.revoked_rows()] == [["4", "0", "이뷁", "lost"]]


def test_taps_on_two_different_actions_revoke_nothing(
    qtbot, screen: OperatorScreen, door: OpenDoor
) -> None:
    (row,) = find(qtbot, screen, *"1000005")
    click(qtbot, row.lost_button)
    click(qtbot, row.revoke_button)  # a different action: armed afresh, not confirmed
    assert door.store.revocations() == []


def test_a_double_tap_on_revoke_revokes_nothing(
    qtbot, screen: OperatorScreen, door: OpenDoor
) -> None:
    """The second tap of a double tap is not the confirming tap."""
    use_finger(screen, Finger(step=0.15))
    (row,) = find(qtbot, screen, *"1000005")
    click(qtbot, row.revoke_button)
    click(qtbot, row.revoke_button)
    assert door.store.revocations() == []
    assert row.revoke_button.text() == "Tap again to confirm"


def test_the_tickets_page_reads_korean(qtbot, screen: OperatorScreen, translations) -> None:
    languages = Languages(translations)
    try:
        languages.switch("ko")
        qtbot.waitUntil(lambda: screen.nav["tickets"].text() == "입장권", timeout=2000)
        (row,) = find(qtbot, screen, "ㅂ", "ㅅ", "ㅇ")
        assert row.lost_button.text() == "분실 처리"
        assert row.revoke_button.text() == "취소(도난)"
        assert "유효" in row.shown_text()
    finally:
        languages.close()


# -- a roster import that takes tickets away ----------------------------------------------


def import_file(qtbot, screen: OperatorScreen) -> str:
    files = screen.files_view
    click(qtbot, files.import_button)
    qtbot.waitUntil(lambda: not files.jobs.busy(), timeout=20_000)
    return files.output.text()


def test_removing_a_ticket_holder_asks_first_and_cancel_changes_nothing(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    door.store.mark_ticketed([1, 2, 3, 4, 5])
    code = door.ticket(3)
    before = door.store.attendees()
    click(qtbot, screen.nav["files"])
    rows = [ROWS[s] for s in (1, 2, 4, 5)]
    screen.files_view.chooser.roster = write_roster(tmp_path / "new.csv", rows)
    import_file(qtbot, screen)
    confirm = screen.files_view.confirm_view
    assert confirm.isVisible()
    assert confirm.lines() == ["  No. 3: 박서연 (예산과)"]
    assert "revoked" in confirm.rows.text()
    click(qtbot, confirm.cancel_button)
    assert not confirm.isVisible()
    assert "nothing was changed" in screen.files_view.output.text()
    assert door.store.attendees() == before
    assert door.service.check_in(code).outcome is Outcome.ACCEPTED


def test_confirming_the_removal_revokes_the_ticket_and_says_so(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    door.store.mark_ticketed([1, 2, 3, 4, 5])
    code = door.ticket(3)
    click(qtbot, screen.nav["files"])
    rows = [ROWS[1], ROWS[2], "박서연,본청,예산과,사무관,1000003", ROWS[4]]  # 5 leaves
    rows[0] = "김민준,본청,교육정책과,주무관,1000001"  # and 1 is renamed
    screen.files_view.chooser.roster = write_roster(tmp_path / "new.csv", rows)
    import_file(qtbot, screen)
    confirm = screen.files_view.confirm_view
    assert confirm.lines() == [
        "  No. 1 (교육정책과): 김민수 → 김민준",
        "  No. 5: 최똠 (정보지원부)",
    ]
    five = door.ticket(5)
    with qtbot.waitSignal(screen.data_changed, timeout=20_000):
        click(qtbot, confirm.apply_button)
    qtbot.waitUntil(lambda: not screen.files_view.jobs.busy(), timeout=20_000)
    text = screen.files_view.output.text()
    assert "1 removed" in text
    assert "tickets of the 1 people no longer on the roster were revoked" in text
    assert door.service.check_in(five).outcome is Outcome.REVOKED
    assert door.service.check_in(code).outcome is Outcome.ACCEPTED
    assert door.store.attendee(1).name == "김민준"


def test_a_double_tap_does_not_apply_the_question_it_opened(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    """The question appears under the finger: a quick second tap on its "Apply" does nothing."""
    door.store.mark_ticketed([3])
    before = door.store.attendees()
    click(qtbot, screen.nav["files"])
    screen.files_view.chooser.roster = write_roster(tmp_path / "new.csv", [ROWS[1]])
    use_finger(screen, Finger(step=0.1))  # the import's tap and the next one: a double tap
    import_file(qtbot, screen)
    click(qtbot, screen.files_view.confirm_view.apply_button)
    assert screen.files_view.confirm_view.isVisible()
    assert door.store.attendees() == before


def test_a_person_who_comes_back_is_reported(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    click(qtbot, screen.nav["files"])
    chooser = screen.files_view.chooser
    chooser.roster = write_roster(tmp_path / "a.csv", [ROWS[s] for s in (1, 2, 3, 4)])
    import_file(qtbot, screen)  # nobody holds a ticket yet: no question asked
    chooser.roster = write_roster(tmp_path / "b.csv", list(ROWS.values()))
    text = import_file(qtbot, screen)
    assert "1 people came back onto the roster" in text


def test_locking_operator_mode_drops_the_question(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    door.store.mark_ticketed([3])
    before = door.store.attendees()
    click(qtbot, screen.nav["files"])
    screen.files_view.chooser.roster = write_roster(tmp_path / "new.csv", [ROWS[1]])
    import_file(qtbot, screen)
    assert screen.files_view.confirm_view.isVisible()
    screen.reset()  # what the next visit after the PIN does
    assert not screen.files_view.confirm_view.isVisible()
    assert door.store.attendees() == before
