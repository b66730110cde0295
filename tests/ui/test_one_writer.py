"""One writer: a long merge or roster import in operator mode never holds up the door.

The operator's jobs read on the job thread; what they write is written by the window's own
service on the GUI thread, the process's one connection that writes the event file. So while
a job runs, a scan at the door is recorded at once: the event file's write lock is never held
by the job. A probe on the GUI thread tries to take that lock every few milliseconds without
waiting, and the door scans tickets all along; before, the job's own connection folded the
rows in, holding the lock while the door's scans waited (2 s, then "NOT RECORDED").
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from kiosk.config import Settings
from kiosk.domain.outcome import Outcome
from kiosk.services.context import Context
from kiosk.services.door import Change, Door, KioskService
from kiosk.storage.errors import StorageError
from kiosk.storage.store import EventStore
from kiosk.ui.operator.operator_screen import OperatorScreen
from tests.fakes import OpenDoor
from tests.ui.screen_helpers import show_screen
from tests.ui.test_operator import Chooser, Finger, click, use_finger, write_roster

OTHER_DOOR_ROWS = 20_000
ROSTER_PEOPLE = 4_000


class DoorQueue:
    """Scans at the door and a no-wait probe of the write lock, every few ms on the GUI thread."""

    def __init__(self, door: OpenDoor) -> None:
        self.door = door
        self.probe = sqlite3.connect(door.store.path, timeout=0, isolation_level=None)
        self.locked = 0
        self.scans: list[Outcome] = []
        self.failures: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(3)
        self.timer.timeout.connect(self.tick)

    def tick(self) -> None:
        try:
            self.probe.execute("BEGIN IMMEDIATE")
            self.probe.execute("ROLLBACK")
        except sqlite3.OperationalError:
            self.locked += 1
        if len(self.scans) % 10 == 0:  # a scan every few ticks: the queue at the door
            serial = 1 + len(self.scans) % 5
            try:
                result = self.door.service.check_in(self.door.ticket(serial))
            except StorageError as error:  # the banner's "NOT RECORDED"
                self.failures.append(str(error))
                return
            self.scans.append(result.outcome)
        else:
            self.scans.append(Outcome.ACCEPTED)

    def stop(self) -> None:
        self.timer.stop()
        self.probe.close()


@pytest.fixture
def screen(qtbot, door: OpenDoor, tmp_path: Path):
    data = tmp_path / "data"
    data.mkdir()
    shown = OperatorScreen(door.service, Context(data, Settings(), door.service.door.kiosk_id))
    shown.files_view.chooser = Chooser()
    use_finger(shown, Finger())
    show_screen(qtbot, shown)
    shown.show_page("files")
    yield shown
    shown.files_view.jobs.wait()


def other_door_file(door: OpenDoor, path: Path) -> Path:
    """A back door's copy of this event with many rows of its own (a long day's log)."""
    door.store.backup_to(path)
    other = EventStore.open(path)
    service = KioskService(other, door.clock, Door("b" * 16, "후문"))
    template = service.check_in_person("S4").record
    assert template is not None
    with other.transaction() as conn:
        for _ in range(OTHER_DOOR_ROWS):
            other._append(conn, replace(template, outcome=Outcome.ALREADY_CHECKED_IN))
    other.close()
    return path


def run_beside_the_door(qtbot, screen: OperatorScreen, door: OpenDoor, button) -> DoorQueue:
    files = screen.files_view
    at_door = DoorQueue(door)
    at_door.timer.start()
    click(qtbot, button)
    qtbot.waitUntil(lambda: not files.jobs.busy(), timeout=60_000)
    qtbot.wait(50)
    at_door.stop()
    return at_door


def test_scans_during_a_long_merge_are_recorded_and_never_wait(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    source = other_door_file(door, tmp_path / "back-door.db")
    screen.files_view.chooser.events = [source]
    at_door = run_beside_the_door(qtbot, screen, door, screen.files_view.merge_button)
    assert "new check-in rows" in screen.files_view.output.text()
    assert door.store.first_arrival("S4") is not None  # the merge landed
    assert at_door.failures == []
    assert at_door.locked == 0, "the job held the event file's write lock while the door scanned"
    assert len(at_door.scans) > 5


def test_scans_during_a_large_roster_import_are_recorded_and_never_wait(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    rows = [f"{'정하늘'[i % 3]}{'가나다라마'[i % 5]}{i},본청,예산과,주무관,{3000000 + i}"
            for i in range(ROSTER_PEOPLE)]  # fmt: skip
    screen.files_view.chooser.roster = write_roster(tmp_path / "big.csv", rows)
    at_door = run_beside_the_door(qtbot, screen, door, screen.files_view.import_button)
    assert f"{ROSTER_PEOPLE} added" in screen.files_view.output.text()
    assert at_door.failures == []
    assert at_door.locked == 0, "the job held the event file's write lock while the door scanned"


def test_the_jobs_read_through_a_connection_that_cannot_write(door: OpenDoor) -> None:
    reader = EventStore.open_reader(door.store.path)
    try:
        assert reader.event().number == door.store.event().number
        with pytest.raises(StorageError):
            reader.set_meta("anything", "x")
    finally:
        reader.close()


def test_the_service_tells_its_listeners_what_changed_and_reloads_itself(
    door: OpenDoor,
) -> None:
    heard: list[Change] = []
    door.service.subscribe(heard.append)
    code = door.ticket(2)
    door.store.revoke_tickets([2])  # written behind the service's back (e.g. a merge)
    assert door.service.check_in(code).outcome is Outcome.ACCEPTED  # it has not reloaded yet
    door.service.notify(Change.TICKETS)
    assert heard == [Change.TICKETS]
    assert door.service.check_in(code).outcome is Outcome.REVOKED
