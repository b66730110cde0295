"""The arrival rule: a person's first standing check-in is the arrival, any later one a repeat."""

from __future__ import annotations

from datetime import UTC, datetime

from kiosk.domain.model import CheckinRecord
from kiosk.domain.outcome import Outcome
from kiosk.domain.rules import arrival_outcome

FIRST = CheckinRecord("a1a1a1a1a1a1a1a1", 1, Outcome.ACCEPTED, datetime(2024, 10, 30, tzinfo=UTC),
                      0, "후문", "S1")  # fmt: skip


def test_with_no_standing_check_in_the_person_is_accepted() -> None:
    assert arrival_outcome(None) is Outcome.ACCEPTED


def test_with_a_standing_check_in_anywhere_the_person_is_already_checked_in() -> None:
    assert arrival_outcome(FIRST) is Outcome.ALREADY_CHECKED_IN
    assert arrival_outcome(FIRST).admits  # they may still go in
