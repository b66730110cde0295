"""Camera trouble on one scripted camera, end to end: the worker says what is wrong within a
few seconds of camera time, comes back by itself, and the codes shown afterwards are checked in
through the service on the GUI thread, as in the app.

Time is the fake clock's (the camera's frames), so the bounds below are the worker's logic, not
this machine's speed. The wall-clock figures come from `benchmarks/faults/camera.py`.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.domain.outcome import Outcome
from kiosk.scanner.worker import ScanWorker
from tests.fakes import open_door
from tests.fakes.camera import FakeClock, ScriptedCamera, noisy, scene

BLACK = np.zeros((480, 640, 3), np.uint8)
STILL = noisy((360, 480), seed=77)

# (start, end, what the camera shows); None: the cable is out
DAY = (
    (0.0, 2.0, "noise"),
    (2.0, 5.0, None),
    (5.0, 6.0, "code1"),
    (6.0, 7.0, "noise"),
    (7.0, 11.0, "black"),
    (11.0, 11.5, "noise"),
    (11.5, 12.0, "code3"),
    (12.0, 16.0, "still"),
    (16.0, 17.0, "code4"),
)
FAULTS = {"lost": 2.0, "dark": 7.0, "frozen": 12.0}
BACK = {"lost": 5.0, "dark": 11.0, "frozen": 16.0}


def test_each_camera_fault_is_reported_within_seconds_and_scanning_resumes(
    qtbot: QtBot, tmp_path: Path
) -> None:
    door = open_door(tmp_path / "event.db")
    frames = {
        f"code{n}": scene([(door.ticket(n), (160, 100))], (360, 480), ppm=3) for n in (1, 3, 4)
    }
    frames.update(black=BLACK, still=STILL)

    def script(t: float) -> np.ndarray | None:
        for start, end, what in DAY:
            if start <= t < end:
                return None if what is None else frames.get(what, noisy((360, 480), int(t * 30)))
        return noisy((360, 480), int(t * 30))

    clock = FakeClock()
    camera = ScriptedCamera(clock, script, end_s=17.5)
    worker = ScanWorker(camera, clock=clock, sleep=clock.sleep, repeat_window_s=3.0)
    states: list[tuple[str, float]] = []
    worker.camera_state_changed.connect(
        lambda state: states.append((state, clock() - camera.start)),
        Qt.ConnectionType.DirectConnection,  # stamped on the camera thread, when it decides
    )
    results = []
    worker.code_scanned.connect(lambda code: results.append(door.service.check_in(code)))
    try:
        with qtbot.waitSignal(worker.finished, timeout=120_000):
            worker.start()
        qtbot.waitUntil(lambda: len(results) == 3, timeout=10_000)
    finally:
        assert worker.stop()
        door.store.close()

    assert [s for s, _ in states] == [
        "live",
        "lost",
        "live",
        "dark",
        "live",
        "frozen",
        "live",
        "ended",
    ]
    reported = {s: t for s, t in states if s in FAULTS}
    for fault, started in FAULTS.items():
        assert 0 <= reported[fault] - started <= 3.5, (fault, reported[fault])
    lives = [t for s, t in states if s == "live"]
    for fault, back in BACK.items():
        resumed = min(t for t in lives if t >= back - 0.5)
        assert resumed - back <= 2.0, (fault, resumed)  # no operator needed
    assert [r.outcome for r in results] == [Outcome.ACCEPTED] * 3
    assert [r.attendee.serial for r in results] == [1, 3, 4]
