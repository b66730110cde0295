"""The slow use cases tell their progress, and a cancel leaves everything as it was.

A progress callback that raises Cancelled stands for the operator's Cancel button and the
terminal's Ctrl+C (both raise it at the next report). Each test stops a job midway and checks
what a user would look at afterwards: the event file, the export's folder, the tickets' folder.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from kiosk.domain.model import CheckinRecord
from kiosk.domain.outcome import Outcome
from kiosk.domain.progress import Cancelled, part
from kiosk.domain.sample import generate_roster
from kiosk.services import end_of_day
from kiosk.services.organizer import import_roster, issue_tickets, reissue_tickets
from kiosk.storage import log
from kiosk.storage.store import EventStore
from tests.fakes import OpenDoor
from tests.ui.test_operator import write_roster


class Watcher:
    """Records every report; raises Cancelled at report number `stop_at` (never when 0)."""

    def __init__(self, stop_at: int = 0) -> None:
        self.reports: list[tuple[int, int]] = []
        self.stop_at = stop_at

    def __call__(self, done: int, total: int) -> None:
        self.reports.append((done, total))
        if len(self.reports) == self.stop_at:
            raise Cancelled

    def fractions(self) -> list[float]:
        return [done / total for done, total in self.reports]


def crowd(door: OpenDoor, people: int) -> None:
    """`people` on the roster, every one of them checked in at this door."""
    door.store.replace_roster(generate_roster(people, seed=7))
    start = door.clock.now()
    with door.store.transaction() as conn:
        for serial in range(1, people + 1):
            at = start + timedelta(seconds=serial)
            log.insert(conn, CheckinRecord(
                kiosk_id="c" * 16, seq=serial, outcome=Outcome.ACCEPTED, at_utc=at,
                mono_ns=serial, door="정문", person=f"S{serial}", boot_id="test",
            ))  # fmt: skip


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_export_reports_its_progress_up_to_the_end(
    door: OpenDoor, tmp_path: Path, fmt: str
) -> None:
    crowd(door, 1_000)
    watcher = Watcher()
    result = end_of_day.export(door.store, tmp_path / f"out.{fmt}", progress=watcher)
    assert result.rows == 1_000
    fractions = watcher.fractions()
    assert len(fractions) > 20  # the bar moves in steps, not from 0 to done at once
    assert fractions == sorted(fractions)
    assert fractions[-1] == 1.0


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_an_export_cancelled_midway_writes_no_file(
    door: OpenDoor, tmp_path: Path, fmt: str
) -> None:
    crowd(door, 1_000)
    folder = tmp_path / "usb"
    folder.mkdir()
    with pytest.raises(Cancelled):
        end_of_day.export(door.store, folder / f"out.{fmt}", progress=Watcher(stop_at=30))
    assert list(folder.iterdir()) == []  # no export, no .partial


def test_a_cancelled_roster_import_changes_nobody(door: OpenDoor, tmp_path: Path) -> None:
    before = door.store.attendees()
    rows = [f"정하늘{i},본청,예산과,주무관,{3000000 + i}" for i in range(3_000)]
    roster = write_roster(tmp_path / "big.csv", rows)
    watcher = Watcher(stop_at=3)
    with pytest.raises(Cancelled):
        import_roster(door.store, roster, progress=watcher)
    assert door.store.attendees() == before
    done, total = watcher.reports[0]
    assert 0 < done < total == roster.stat().st_size  # told in bytes read of the file


def test_a_cancelled_merge_folds_nothing(door: OpenDoor, tmp_path: Path) -> None:
    other = tmp_path / "back-door.db"
    door.store.backup_to(other)
    back = EventStore.open(other)
    with back.transaction() as conn:
        log.insert(conn, CheckinRecord(
            kiosk_id="b" * 16, seq=1, outcome=Outcome.ACCEPTED, at_utc=door.clock.now(),
            mono_ns=1, door="후문", person="S4", boot_id="test",
        ))  # fmt: skip
    back.close()
    with pytest.raises(Cancelled):
        end_of_day.merge(door.store, [other], progress=Watcher(stop_at=2))
    assert door.store.first_arrival("S4") is None
    watcher = Watcher()
    end_of_day.merge(door.store, [other], progress=watcher)  # not cancelled: it lands
    assert door.store.first_arrival("S4") is not None
    assert watcher.fractions()[-1] == 1.0


def test_cancelled_tickets_leave_the_folder_and_the_event_as_they_were(
    door: OpenDoor, tmp_path: Path
) -> None:
    kept = tmp_path / "tickets" / "note.txt"
    kept.parent.mkdir()
    kept.write_text("the organizer's own file")
    ticketed = {a.serial: a.ticketed for a in door.store.attendees()}
    with pytest.raises(Cancelled):
        issue_tickets(door.store, kept.parent, progress=Watcher(stop_at=3))
    assert sorted(p.name for p in kept.parent.iterdir()) == ["note.txt"]
    assert {a.serial: a.ticketed for a in door.store.attendees()} == ticketed
    with pytest.raises(Cancelled):
        issue_tickets(door.store, tmp_path / "new" / "tickets", progress=Watcher(stop_at=3))
    assert not (tmp_path / "new").exists()  # the folders it made are gone too


def test_cancelled_reissue_revokes_nothing(door: OpenDoor, tmp_path: Path) -> None:
    generation = door.store.attendee(2).generation  # type: ignore[union-attr]
    with pytest.raises(Cancelled):
        reissue_tickets(door.store, [2], tmp_path / "again", progress=Watcher(stop_at=1))
    assert door.store.attendee(2).generation == generation  # type: ignore[union-attr]
    assert door.store.revocations() == []
    assert not (tmp_path / "again").exists()


def test_tickets_report_every_ticket_and_end_with_all_files(door: OpenDoor, tmp_path: Path) -> None:
    watcher = Watcher()
    index = issue_tickets(door.store, tmp_path / "t", progress=watcher)
    assert watcher.fractions()[-1] == 1.0
    assert len(watcher.reports) >= 5  # one per ticket at least
    names = sorted(p.name for p in index.parent.iterdir())
    assert names == ["badges.pdf", "index.csv", *(f"ticket-{s:06d}.png" for s in range(1, 6))]


def test_a_part_of_a_job_is_told_within_its_share() -> None:
    watcher = Watcher()
    stage = part(watcher, 40, 90, 100)
    for done in range(0, 11):
        stage(done, 10)
    assert watcher.reports[0] == (40, 100)
    assert watcher.reports[-1] == (90, 100)
