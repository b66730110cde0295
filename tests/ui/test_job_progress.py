"""Operator mode shows a progress bar while a file job runs, and its Cancel button stops it.

The bar advances as the job thread reports (queued to the GUI thread), and hides when the job
ends. Cancel, tapped while a long roster is read or an export is made, stops the job at its next
report: the roster is not imported, no export file is written, and the page says so.
"""

from __future__ import annotations

from pathlib import Path

from kiosk.texts import shown
from kiosk.ui.operator.jobs import SCALE
from kiosk.ui.operator.operator_screen import OperatorScreen
from tests.fakes import OpenDoor
from tests.test_progress import crowd
from tests.ui.test_one_writer import other_door_file
from tests.ui.test_one_writer import screen as screen  # the files page, shown (a fixture)
from tests.ui.test_operator import click, write_roster


class BarWatch:
    """What the operator sees each time the job reports: the bar's value and what is shown."""

    def __init__(self, screen: OperatorScreen) -> None:
        self.files = screen.files_view
        self.values: list[int] = []
        self.shown: list[bool] = []
        self.files.jobs.progressed.connect(self._on_progressed)

    def _on_progressed(self, _permille: int) -> None:
        progress = self.files.progress
        self.values.append(progress.bar.value())
        self.shown.append(progress.isVisible() and progress.cancel_button.isVisible())


def run(qtbot, screen: OperatorScreen, button) -> str:
    click(qtbot, button)
    qtbot.waitUntil(lambda: not screen.files_view.jobs.busy(), timeout=120_000)
    return screen.files_view.output.text()


def run_and_cancel(qtbot, screen: OperatorScreen, button) -> str:
    """Start the job and tap Cancel as soon as it shows: the job is then still reading (tens of
    thousands of rows), so the stop is certain, not a race with a fast machine."""
    click(qtbot, button)
    cancel = screen.files_view.progress.cancel_button
    assert cancel.isVisible()
    cancel.click()
    qtbot.waitUntil(lambda: not screen.files_view.jobs.busy(), timeout=120_000)
    return screen.files_view.output.text()


def test_an_export_shows_the_bar_advancing_and_hides_it_after(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    crowd(door, 1_500)
    files = screen.files_view
    files.chooser.chosen_folder = tmp_path
    watch = BarWatch(screen)
    assert files.progress.isHidden()
    said = run(qtbot, screen, files.export_button)
    assert "1500 rows" in said
    assert len(set(watch.values)) > 10  # it moves in steps
    assert watch.values == sorted(watch.values)
    assert watch.values[-1] == SCALE
    assert all(watch.shown)  # bar and Cancel on screen all along
    assert files.progress.isHidden()


def test_a_merge_shows_the_bar_advancing_and_hides_it_after(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    files = screen.files_view
    files.chooser.events = [other_door_file(door, tmp_path / "back-door.db")]
    watch = BarWatch(screen)
    said = run(qtbot, screen, files.merge_button)
    assert "new check-in rows" in said
    assert 0 < watch.values[0] < SCALE and watch.values[-1] == SCALE
    assert all(watch.shown)
    assert files.progress.isHidden()


def test_cancel_during_a_long_roster_read_changes_nothing(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    before = door.store.attendees()
    rows = [f"정하늘{i},본청,예산과,주무관,{3000000 + i}" for i in range(30_000)]
    files = screen.files_view
    files.chooser.roster = write_roster(tmp_path / "big.csv", rows)
    watch = BarWatch(screen)
    said = run_and_cancel(qtbot, screen, files.import_button)
    assert said == shown("stopped_roster")
    assert all(value < SCALE for value in watch.values)  # stopped while the file was read
    assert door.store.attendees() == before
    assert files.progress.isHidden()
    assert files.import_button.isEnabled()


def test_cancel_during_an_export_writes_nothing(
    qtbot, screen: OperatorScreen, door: OpenDoor, tmp_path: Path
) -> None:
    crowd(door, 3_000)
    usb = tmp_path / "usb"
    usb.mkdir()
    files = screen.files_view
    files.chooser.chosen_folder = usb
    watch = BarWatch(screen)
    said = run_and_cancel(qtbot, screen, files.export_button)
    assert said == shown("stopped_export")
    assert all(value < SCALE for value in watch.values)  # stopped while the files were made
    assert list(usb.iterdir()) == []  # neither the XLSX nor the CSV, nor a .partial
    assert files.progress.isHidden()


def test_the_safe_copy_shows_the_bar_without_cancel(
    qtbot, screen: OperatorScreen, tmp_path: Path
) -> None:
    files = screen.files_view
    files.chooser.chosen_folder = tmp_path
    click(qtbot, files.copy_button)
    assert files.progress.isVisible() and files.progress.cancel_button.isHidden()
    assert files.progress.bar.maximum() == 0  # busy: it cannot say how far it is
    qtbot.waitUntil(lambda: not files.jobs.busy(), timeout=20_000)
    assert files.progress.isHidden()
