"""Red team, a dead laptop and a busy engine: a door's last file must still be folded.

A door's file is folded only once this door's engine vouches that the door's own device made
it. When the engine could not be asked (restarting after a crash, too busy to answer), the
file was refused as untrusted after two seconds and not read again until its door published
anew; a door whose laptop died right after its last publish never did, and its last check-ins
were never counted at the other doors.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.domain.outcome import Outcome
from kiosk.sync.fold import VOUCH_GRACE_S, Inbox
from tests.sync.doors import base_event, kiosk


class Engine:
    """This door's engine as the inbox asks it: not answering until told to."""

    def __init__(self) -> None:
        self.answers = False
        self.asked = 0

    def vouch(self, owner: str, path: Path, size: int) -> bool | None:
        self.asked += 1
        return True if self.answers else None


def test_a_peers_last_file_is_folded_once_the_engine_answers_again(tmp_path: Path) -> None:
    base = base_event(tmp_path)
    sync_dir = tmp_path / "sync"
    a, b = kiosk(base, sync_dir, "a"), kiosk(base, sync_dir, "b")
    try:
        engine = Engine()
        b.inbox = Inbox(b.door.store, sync_dir, "b" * 16, b.clock, vouch=engine.vouch)
        assert a.door.service.check_in(a.door.ticket(3)).outcome is Outcome.ACCEPTED
        a.publisher.publish()
        a.close()  # A's laptop dies: it never publishes again

        for _ in range(10):  # B's engine does not answer for five seconds
            assert b.inbox.poll() == []
            b.clock.advance(VOUCH_GRACE_S / 4)
        (door,) = b.inbox.status()
        assert door["refused"] == ""
        assert engine.asked < 10  # asked again about once a second, not at every poll

        engine.answers = True
        b.clock.advance(1.0)
        (folded,) = b.inbox.poll()
        assert folded.rows_new == 1
        again = b.door.service.check_in(b.door.ticket(3))
        assert again.outcome is Outcome.ALREADY_CHECKED_IN
        assert again.first_door == "a문"
    finally:
        b.close()
