"""`kiosk demo`: today's copy of the sample event and a simulated camera showing its tickets."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.app import open_demo
from kiosk.config import Settings
from kiosk.domain.clock import FixedClock
from kiosk.domain.outcome import Outcome
from kiosk.files.keys import key_path_for, read_private_key
from kiosk.scanner.worker import ScanWorker
from kiosk.services.context import Context
from kiosk.services.demo_camera import DemoCamera, demo_codes, demo_round
from kiosk.services.door import Door, KioskService
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.startup import StartupRefused


@pytest.fixture
def demo(tmp_path: Path, translations):
    ctx = Context(tmp_path, Settings(), "c3c3c3c3c3c3c3c3")
    opened = open_demo(ctx)
    yield ctx, opened
    opened.close()


def test_the_demo_runs_a_fresh_copy_of_the_sample_event_moved_to_today(demo) -> None:
    ctx, opened = demo
    event = opened.store.event()
    assert event.is_sample
    assert event.day == datetime.now().astimezone().date()
    assert event.starts_at.strftime("%H:%M") == "10:30"
    assert len(opened.store.attendees()) == 500
    assert opened.store.records() == []
    with pytest.raises(StartupRefused):
        open_demo(ctx)  # one demo per data directory at a time


def test_each_round_shows_valid_repeat_forged_and_non_ticket_codes(demo) -> None:
    _, opened = demo
    codes = demo_codes(opened.store, read_private_key(key_path_for(opened.path)), count=4)
    first = demo_round(codes, 0, 1.0, 1.0)
    second = demo_round(codes, 1, 1.0, 1.0)
    shown = [s for s in first if s.code]
    assert [s.kind for s in shown] == ["valid", "valid", "repeat", "forged", "not_ticket"]
    assert shown[2].code == shown[0].code
    assert {s.code for s in second if s.kind == "valid"}.isdisjoint(
        {s.code for s in first if s.kind == "valid"}
    )


def test_the_simulated_camera_drives_the_real_worker_through_every_banner(qtbot, demo) -> None:
    _, opened = demo
    event = opened.store.event()
    doors_open = datetime.combine(event.day, event.starts_at.timetz()).astimezone(UTC)
    service = KioskService(opened.store, FixedClock(doors_open), Door("c3c3c3c3c3c3c3c3", "정문"))
    screen = ScanScreen(service, clock=service.clock)
    qtbot.addWidget(screen)
    seen: list[Outcome] = []
    screen.result_shown.connect(lambda result: seen.append(result.outcome))
    camera = DemoCamera(
        demo_codes(opened.store, read_private_key(key_path_for(opened.path)), count=4),
        show_seconds=0.3,
        gap_seconds=0.35,
        fps=30,
    )
    worker = ScanWorker(camera, repeat_window_s=0.2)
    worker.code_scanned.connect(screen.on_code_scanned)
    worker.start()
    try:
        qtbot.waitUntil(lambda: len(seen) >= 5, timeout=15000)
    finally:
        assert worker.stop()

    assert seen[:5] == [
        Outcome.ACCEPTED,
        Outcome.ACCEPTED,
        Outcome.ALREADY_CHECKED_IN,
        Outcome.INVALID_SIGNATURE,
        Outcome.MALFORMED,
    ]
    assert service.arrived_count() == 2
