"""Storage judges an arrival with the domain's rule inside the transaction that writes it."""

from __future__ import annotations

from collections.abc import Callable

from kiosk.domain.model import CheckinRecord
from kiosk.domain.outcome import Outcome
from tests.fakes import OpenDoor


def _row(door: OpenDoor, person: str, asked: list[Outcome]) -> Callable[[Outcome], CheckinRecord]:
    def row_for(outcome: Outcome) -> CheckinRecord:
        asked.append(outcome)
        now = door.clock.now()
        return CheckinRecord(door.service.door.kiosk_id, 0, outcome, now, 0, "정문", person)

    return row_for


def test_the_row_of_a_repeat_is_built_as_a_repeat_never_as_accepted(door: OpenDoor) -> None:
    asked: list[Outcome] = []
    first, none = door.store.check_in("S2", _row(door, "S2", asked))
    again, earlier = door.store.check_in("S2", _row(door, "S2", asked))

    assert asked == [Outcome.ACCEPTED, Outcome.ALREADY_CHECKED_IN]
    assert none is None and earlier == first
    assert again.outcome is Outcome.ALREADY_CHECKED_IN
    assert [r.outcome for r in door.store.records()] == asked
    assert door.store.arrived_count() == 1
