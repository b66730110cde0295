"""Any interleaving of check-ins, publishes and folds at two or three doors converges.

After a final full exchange every door's file holds the same rows and the same arrived count:
nothing lost (every row any door wrote is everywhere) and nobody counted twice (the count is
the number of people checked in anywhere, however many doors saw them).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fakes import PEOPLE
from tests.sync.doors import base_event, kiosk

steps = st.lists(
    st.tuples(
        st.sampled_from(["checkin", "checkin", "walk_in", "publish", "fold"]),
        st.integers(0, 2),  # the door
        st.integers(0, len(PEOPLE) - 1),  # who
    ),
    max_size=25,
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n_doors=st.integers(2, 3), actions=steps)
def test_doors_converge_losing_nothing_and_counting_nobody_twice(n_doors, actions) -> None:
    with tempfile.TemporaryDirectory() as folder:
        base = base_event(Path(folder))
        doors = [kiosk(base, Path(folder) / "sync", name) for name in "abc"[:n_doors]]
        arrived: set[str] = set()
        try:
            for action, index, who in actions:
                k = doors[index % n_doors]
                if action == "checkin":
                    result = k.door.service.check_in(k.door.ticket(PEOPLE[who].serial))
                    arrived.add(result.attendee.person)  # type: ignore[union-attr]
                elif action == "walk_in":
                    result = k.door.service.register_walk_in(f"현장{chr(0xAC00 + who)}", "현장")
                    arrived.add(result.attendee.person)  # type: ignore[union-attr]
                elif action == "publish":
                    k.publisher.publish()
                else:
                    k.inbox.poll()
                k.clock.advance(1)
            written = {r.key for k in doors for r in k.door.store.records()
                       if r.kiosk_id == k.publisher.kiosk_id}  # fmt: skip
            for k in doors:
                k.publisher.publish()
            for k in doors:
                k.inbox.poll()
            for k in doors:
                assert {r.key for r in k.door.store.records()} == written
                assert k.door.store.arrived_count() == len(arrived)
                assert all(not d["refused"] for d in k.inbox.status())
        finally:
            for k in doors:
                k.close()
