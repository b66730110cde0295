"""The door's use cases over a real event file: what a volunteer sees after each scan."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kiosk.domain.outcome import Outcome
from kiosk.storage.errors import Problem, StorageError
from tests.fakes import DOORS_OPEN, open_door


def test_a_valid_ticket_checks_the_person_in(door) -> None:
    result = door.service.check_in(door.ticket(3))
    assert result.outcome is Outcome.ACCEPTED
    assert result.attendee.name == "박서연"
    assert door.store.first_arrival("S3") is not None
    assert door.service.arrived_count() == 1


def test_a_second_scan_says_already_checked_in_with_the_first_time_and_door(tmp_path) -> None:
    front = open_door(tmp_path / "e.db", kiosk_id="f" * 16, door="정문")
    back = open_door(tmp_path / "e.db", kiosk_id="b" * 16, door="후문", clock=front.clock)
    first = front.service.check_in(front.ticket(1))
    front.clock.advance(120)
    again = back.service.check_in(front.ticket(1))
    assert again.outcome is Outcome.ALREADY_CHECKED_IN
    assert again.first_at == first.at
    assert again.first_door == "정문"
    assert again.door == "후문"
    assert front.service.arrived_count() == 1
    front.store.close()
    back.store.close()


def test_rejected_scans_are_logged_too(door) -> None:
    door.service.check_in("https://example.org")
    door.service.check_in("X" * 1000)
    outcomes = [r.outcome for r in door.store.records()]
    assert outcomes == [Outcome.MALFORMED, Outcome.MALFORMED]
    assert door.service.stats().rejected == 2
    assert len(door.store.records()[1].code) <= 32  # a huge input is not stored whole


def test_a_signed_ticket_for_someone_not_on_the_roster_is_unknown(door) -> None:
    result = door.service.check_in(door.ticket(99))
    assert result.outcome is Outcome.UNKNOWN_ATTENDEE
    assert door.service.arrived_count() == 0


def test_check_in_is_not_open_before_the_window(door) -> None:
    door.clock.current = (DOORS_OPEN - timedelta(hours=3)).astimezone(door.clock.current.tzinfo)
    result = door.service.check_in(door.ticket(1))
    assert result.outcome is Outcome.NOT_OPEN_YET
    assert door.service.arrived_count() == 0


def test_revoked_tickets_are_refused(door) -> None:
    door.store.revoke(4, 0)
    door.service.reload()
    assert door.service.check_in(door.ticket(4)).outcome is Outcome.REVOKED


def test_sequence_numbers_count_up_per_kiosk(door) -> None:
    for serial in (1, 2, 1):
        door.service.check_in(door.ticket(serial))
    assert [r.seq for r in door.store.records()] == [1, 2, 3]
    assert {r.kiosk_id for r in door.store.records()} == {"a1a1a1a1a1a1a1a1"}


def test_a_walk_in_is_flagged_and_checked_in_at_once(door) -> None:
    result = door.service.register_walk_in("정하늘", "본청", "총무과")
    assert result.outcome is Outcome.WALK_IN_REGISTERED
    assert result.attendee.walk_in and result.attendee.name == "정하늘"
    stats = door.service.stats()
    assert (stats.arrived, stats.walk_ins) == (1, 1)
    assert door.service.search("정하늘")[0].walk_in


def test_a_walk_in_needs_a_name(door) -> None:
    with pytest.raises(ValueError):
        door.service.register_walk_in("  ", "본청")
    assert door.store.records() == []


def test_undo_is_a_new_row_and_the_person_can_check_in_again(door) -> None:
    first = door.service.check_in(door.ticket(2))
    undone = door.service.undo(first.record.kiosk_id, first.record.seq)
    assert undone.outcome is Outcome.UNDONE
    assert door.service.arrived_count() == 0
    assert door.service.check_in(door.ticket(2)).outcome is Outcome.ACCEPTED
    assert [r.outcome for r in door.store.records()] == [
        Outcome.ACCEPTED,
        Outcome.UNDONE,
        Outcome.ACCEPTED,
    ]


def test_search_then_confirm_checks_in_a_person_without_a_ticket(door) -> None:
    found = door.service.search("ㄱㅁㅅ")
    assert {a.department for a in found} == {"교육정책과", "행정지원과"}
    result = door.service.check_in_person(found[0].person)
    assert result.outcome is Outcome.ACCEPTED


def test_a_full_disk_is_an_error_and_records_nothing(door) -> None:
    door.service.check_in(door.ticket(1))
    conn = door.store._conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as failure:
        for _ in range(2000):  # each rejected scan grows the log until no page is left
            door.service.check_in("NOT-A-TICKET-" + "x" * 100)
    assert failure.value.problem is Problem.DISK_FULL
    before = len(door.store.records())
    conn.execute("PRAGMA max_page_count = 1073741823")
    assert door.service.check_in(door.ticket(3)).outcome is Outcome.ACCEPTED
    assert len(door.store.records()) == before + 1
    assert door.store.first_arrival("S1") is not None
    assert door.store.integrity_problems() == []
