"""A serial is an identity, forever: the sequences that once let a ticket admit someone else."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from kiosk.cli import run
from kiosk.domain.outcome import Outcome
from kiosk.domain.roster_plan import NeedsConfirmation
from kiosk.services.end_of_day import merge
from kiosk.services.organizer import import_roster
from tests.fakes import open_door

HEADER = "이름,소속,부서,사번,전화,이메일\n"
A = "김하늘,본청,총무과,2000001,010-0000-1001,a@example.org\n"
B = "이바다,본청,예산과,2000002,010-0000-1002,b@example.org\n"
C = "박구름,동부교육지원청,행정지원과,2000003,010-0000-1003,c@example.org\n"
D = "최노을,본청,총무과,2000004,010-0000-1004,d@example.org\n"


def _sheet(path: Path, *rows: str, header: str = HEADER) -> Path:
    path.write_text(header + "".join(rows), encoding="utf-8")
    return path


@pytest.fixture
def organizer(tmp_path: Path):
    door = open_door(tmp_path / "event.db")
    yield door
    door.store.close()


def _serials(door) -> dict[str, int]:
    return {a.name: a.serial for a in door.store.attendees() if a.on_roster}


def test_a_newcomer_never_receives_a_removed_persons_serial(organizer, tmp_path: Path) -> None:
    import_roster(organizer.store, _sheet(tmp_path / "1.csv", A, B, C))
    c_ticket = organizer.ticket(_serials(organizer)["박구름"])
    organizer.store.mark_ticketed(list(_serials(organizer).values()))
    import_roster(organizer.store, _sheet(tmp_path / "2.csv", A, B), accept_changes=True)
    import_roster(organizer.store, _sheet(tmp_path / "3.csv", A, B, D))
    organizer.service.reload()
    d_serial = _serials(organizer)["최노을"]
    assert organizer.ticket(d_serial) != c_ticket
    judged = organizer.service.judge(c_ticket)
    assert judged.outcome is Outcome.REVOKED
    assert organizer.service.check_in(organizer.ticket(d_serial)).attendee.name == "최노을"


def test_removing_a_ticket_holder_needs_a_confirmation(organizer, tmp_path: Path) -> None:
    import_roster(organizer.store, _sheet(tmp_path / "1.csv", A, B, C))
    organizer.store.mark_ticketed(list(_serials(organizer).values()))
    before = organizer.store.attendees()
    renamed = C.replace("박구름", "박구룸")
    with pytest.raises(NeedsConfirmation) as asked:
        import_roster(organizer.store, _sheet(tmp_path / "2.csv", renamed, A))
    plan = asked.value.plan
    assert [(b.name, a.name) for b, a in plan.renamed_holders] == [("박구름", "박구룸")]
    assert [p.name for p in plan.removed_holders] == ["이바다"]
    assert organizer.store.attendees() == before  # nothing changed


def test_re_sorting_the_sheet_with_a_row_number_column_moves_no_ticket(
    organizer, tmp_path: Path
) -> None:
    header = "번호," + HEADER
    import_roster(
        organizer.store, _sheet(tmp_path / "1.csv", "1," + A, "2," + B, "3," + C, header=header)
    )
    first = _serials(organizer)
    resorted = _sheet(tmp_path / "2.csv", "1," + C, "2," + A, "3," + B, header=header)
    change = import_roster(organizer.store, resorted).change
    assert (change.added, change.updated, change.removed) == (0, 0, 0)
    assert _serials(organizer) == first


def test_an_employee_number_under_no_does_not_touch_a_walk_in(organizer, tmp_path: Path) -> None:
    walk_in = organizer.service.register_walk_in("정현장", "본청")
    header = "No," + HEADER
    import_roster(
        organizer.store,
        _sheet(tmp_path / "1.csv", f"{walk_in.attendee.serial}," + A, header=header),
    )
    assert organizer.store.attendee(walk_in.attendee.serial).name == "정현장"
    assert _serials(organizer)["김하늘"] < 9_000_000


def test_revoke_and_reissue_through_the_cli(organizer, tmp_path: Path, capsys) -> None:
    import_roster(organizer.store, _sheet(tmp_path / "1.csv", A, B))
    serial = _serials(organizer)["김하늘"]
    old = organizer.ticket(serial)
    event = str(organizer.store.path)
    data = ["--data-dir", str(tmp_path / "data"), "--event", event]
    assert run([*data, "tickets", "reissue", str(serial), "--out", str(tmp_path / "new")]) == 0
    organizer.service.reload()
    assert organizer.service.judge(old).outcome is Outcome.REVOKED
    new = organizer.ticket(serial)
    assert organizer.service.judge(new).outcome is Outcome.ACCEPTED
    index = (tmp_path / "new" / "index.csv").read_text(encoding="utf-8-sig")
    assert new in index and old not in index
    assert run([*data, "tickets", "revoke", str(serial), "--lost"]) == 0
    organizer.service.reload()
    assert organizer.service.judge(new).outcome is Outcome.REVOKED
    assert run([*data, "tickets", "revoke", "999"]) == 1
    assert "999" in capsys.readouterr().err


def test_revocations_travel_with_merge(tmp_path: Path) -> None:
    organizer = open_door(tmp_path / "event.db")
    organizer.store.backup_to(tmp_path / "door.db")
    (tmp_path / "door.key").write_bytes((tmp_path / "event.key").read_bytes())  # for the fixture
    door = open_door(tmp_path / "door.db", kiosk_id="b2b2b2b2b2b2b2b2")
    ticket = organizer.ticket(2)
    organizer.store.revoke_tickets([2], "lost")
    assert door.service.judge(ticket).outcome is Outcome.ACCEPTED  # the door does not know yet
    copy = organizer.store.backup_to(tmp_path / "stick.db")
    merge(door.store, [copy])
    door.service.reload()
    assert door.service.check_in(ticket).outcome is Outcome.REVOKED
    organizer.store.close()
    door.store.close()


def test_the_kiosk_file_keeps_no_email_and_only_four_phone_digits(
    organizer, tmp_path: Path
) -> None:
    import_roster(organizer.store, _sheet(tmp_path / "1.csv", A, B))
    raw = (tmp_path / "event.db").read_bytes()
    assert b"a@example.org" not in raw and b"010-0000-1001" not in raw
    assert organizer.service.search("1001")[0].name == "김하늘"
    backup = organizer.store.backup_to(tmp_path / "backup.db")
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM attendee WHERE email != ''").fetchone()[0] == 0


def test_email_still_finds_a_person_after_the_employee_number_column_is_dropped(
    organizer, tmp_path: Path
) -> None:
    import_roster(organizer.store, _sheet(tmp_path / "1.csv", A, B))
    first = _serials(organizer)
    no_emp = "이름,소속,부서,이메일\n"
    moved = "김하늘,본청,예산과,a@example.org\n", "이바다,본청,총무과,b@example.org\n"
    change = import_roster(
        organizer.store, _sheet(tmp_path / "2.csv", *moved, header=no_emp)
    ).change
    assert (change.added, change.removed, change.updated) == (0, 0, 2)
    assert _serials(organizer) == first


def test_a_reissue_that_cannot_write_its_tickets_changes_nothing(
    organizer, tmp_path: Path, capsys
) -> None:
    import_roster(organizer.store, _sheet(tmp_path / "1.csv", A, B))
    serial = _serials(organizer)["김하늘"]
    old = organizer.ticket(serial)
    revoked = organizer.store.revoked()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    data = ["--data-dir", str(tmp_path / "data"), "--event", str(organizer.store.path)]
    code = run([*data, "tickets", "reissue", str(serial), "--out", str(blocker / "tickets")])
    assert code == 1
    assert "Traceback" not in capsys.readouterr().err
    organizer.service.reload()
    assert organizer.service.judge(old).outcome is Outcome.ACCEPTED
    assert organizer.store.revoked() == revoked


def test_a_roster_import_without_the_events_key_is_refused(organizer, tmp_path: Path) -> None:
    """A door's copy (no key) could give a serial that another copy gives to someone else."""
    from kiosk.files.keys import KeyRefused

    key = tmp_path / "event.key"
    key.rename(tmp_path / "elsewhere.key")
    before = organizer.store.attendees()
    with pytest.raises(KeyRefused):
        import_roster(organizer.store, _sheet(tmp_path / "1.csv", A, B))
    assert organizer.store.attendees() == before
    other = open_door(tmp_path / "other.db")  # another event's key beside this file
    (tmp_path / "other.key").rename(key)
    with pytest.raises(KeyRefused):
        import_roster(organizer.store, _sheet(tmp_path / "2.csv", A, B))
    assert organizer.store.attendees() == before
    other.store.close()


def test_a_serial_too_large_for_a_ticket_is_a_usage_error(organizer, tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--event", str(organizer.store.path)]
    assert run([*data, "tickets", "revoke", "99999999999999999999"]) == 2


def test_an_excel_re_save_that_drops_leading_zeros_keeps_everyone(
    organizer, tmp_path: Path
) -> None:
    zeros = "김하늘,본청,총무과,00123,,\n", "이바다,본청,예산과,００１２４ ,,\n"
    import_roster(organizer.store, _sheet(tmp_path / "1.csv", *zeros))
    first = _serials(organizer)
    organizer.store.mark_ticketed(list(first.values()))
    resaved = "김하늘,본청,총무과,123,,\n", "이바다,본청,예산과,124,,\n"
    change = import_roster(organizer.store, _sheet(tmp_path / "2.csv", *resaved)).change
    assert (change.added, change.removed) == (0, 0)
    assert _serials(organizer) == first


def test_a_merge_refuses_a_serial_that_names_someone_else_there(tmp_path: Path) -> None:
    """Two copies whose rosters were imported apart: folding would credit the wrong person."""
    from kiosk.storage.merge import MergeRefused

    organizer = open_door(tmp_path / "event.db")
    organizer.store.backup_to(tmp_path / "copy.db")
    (tmp_path / "copy.key").write_bytes((tmp_path / "event.key").read_bytes())
    copy = open_door(tmp_path / "copy.db", kiosk_id="b2b2b2b2b2b2b2b2")
    import_roster(organizer.store, _sheet(tmp_path / "1.csv", A, D))
    import_roster(copy.store, _sheet(tmp_path / "2.csv", A, C))
    copy.service.check_in(copy.ticket(_serials(copy)["박구름"]))
    copy.store.close()
    before = organizer.store.records()
    with pytest.raises(MergeRefused):
        merge(organizer.store, [tmp_path / "copy.db"])
    assert organizer.store.records() == before
    organizer.store.close()
