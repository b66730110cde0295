"""The operator takes back the rows of the event file set aside at start-up, with one button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from kiosk.config import Settings
from kiosk.services.context import Context
from kiosk.services.door import Door, KioskService
from kiosk.storage.store import EventStore
from kiosk.ui.operator.operator_screen import OperatorScreen
from tests.fakes import OpenDoor
from tests.reliability.test_damaged_file import damage
from tests.ui.screen_helpers import show_screen


def _set_aside(door: OpenDoor, tmp_path: Path) -> Path:
    """A damaged earlier copy of this event file, renamed beside it as start-up does."""
    damaged = door.store.path.with_name(f"{door.store.path.name}.corrupt-20241030-101500")
    door.store.backup_to(tmp_path / "earlier.db")
    earlier = EventStore.open(tmp_path / "earlier.db")
    KioskService(earlier, door.clock, Door("e" * 16, "정문")).check_in_person("S4")
    earlier.close()
    (tmp_path / "earlier.db").rename(damaged)
    damage(damaged)
    return damaged


def test_the_set_aside_files_rows_come_back_from_the_files_page(
    qtbot, door: OpenDoor, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    context = Context(data, Settings(operator_idle_seconds=60), door.service.door.kiosk_id)
    screen = OperatorScreen(door.service, context)
    show_screen(qtbot, screen)
    files = screen.files_view
    try:
        screen.show_page("files")
        assert files.salvage_button.isHidden()  # nothing set aside: nothing offered
        damaged = _set_aside(door, tmp_path)
        screen.show_page("stats")
        screen.show_page("files")
        qtbot.waitUntil(lambda: not files.salvage_button.isHidden(), timeout=2000)
        qtbot.mouseClick(files.salvage_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not files.jobs.busy(), timeout=20_000)
        assert "1 check-in rows whose checksums hold" in files.output.text()
        assert door.store.first_arrival("S4") is not None
        assert damaged.exists()  # kept, as the notice asks
    finally:
        files.jobs.wait()
