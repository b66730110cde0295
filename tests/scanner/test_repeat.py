"""The repeat window keys on a ticket's canonical text: case variants of one code are one scan."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.scanner.repeat import RepeatGate
from tests.fakes.camera import ticket

ASCII_SPACE = " \t\r\n"


def _variant(code: str, lower: list[bool], before: str, after: str) -> str:
    return (
        before + "".join(c.lower() if d else c for c, d in zip(code, lower, strict=False)) + after
    )


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])  # a busy machine
@given(
    st.integers(1, 10_000),
    st.lists(st.lists(st.booleans(), min_size=117, max_size=117), min_size=2, max_size=5),
    st.text(ASCII_SPACE, max_size=2),
    st.text(ASCII_SPACE, max_size=2),
)
def test_case_and_whitespace_variants_of_one_ticket_are_one_scan(
    n: int, cases: list[list[bool]], before: str, after: str
) -> None:
    repeats = RepeatGate(window_s=3.0)
    sightings = [_variant(ticket(n), lower, before, after) for lower in cases]
    accepted = [repeats.new_scan(text, 10.0 + 0.1 * i) for i, text in enumerate(sightings)]
    assert accepted == [True] + [False] * (len(sightings) - 1)
    assert repeats.new_scan(ticket(n + 1), 10.5)  # another ticket is still a scan of its own
    repeats.forget(sightings[-1].lower())  # forgetting one spelling forgets the ticket
    assert repeats.new_scan(ticket(n), 10.6)
