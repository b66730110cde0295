"""The scan worker with a scripted camera and a fake clock: what the GUI would receive."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from kiosk.scanner.camera_state import CameraState
from kiosk.scanner.repeat import RepeatGate
from kiosk.scanner.worker import ScanWorker
from tests.fakes.camera import FakeClock, ScriptedCamera, noisy, scene, ticket

BLACK = np.zeros((240, 320, 3), np.uint8)
CODE_A = scene([(ticket(1), (20, 20))], size=(240, 320), ppm=3)
CODE_B = scene([(ticket(2), (100, 30))], size=(240, 320), ppm=3)
CODE_A_LOWER = scene([(ticket(1).lower(), (20, 20))], size=(240, 320), ppm=3)


class Received:
    """Everything the worker emitted, in order."""

    def __init__(self, worker: ScanWorker) -> None:
        self.codes: list[str] = []
        self.states: list[CameraState] = []
        self.previews: list[tuple[QImage, list[object]]] = []
        worker.code_scanned.connect(self.codes.append)
        worker.camera_state_changed.connect(self.states.append)
        worker.preview_updated.connect(
            lambda image, outlines: self.previews.append((image, outlines))
        )


def run_to_end(
    qtbot: QtBot, clock: FakeClock, script: Callable[[float], np.ndarray | None], end_s: float
) -> tuple[ScanWorker, Received]:
    camera = ScriptedCamera(clock, script, end_s=end_s)
    worker = ScanWorker(camera, clock=clock, sleep=clock.sleep, repeat_window_s=3.0)
    received = Received(worker)
    with qtbot.waitSignal(worker.finished, timeout=60_000):
        worker.start()
    qtbot.wait(20)  # deliver the queued signals
    assert worker.stop()
    return worker, received


def test_a_code_held_up_is_scanned_once(qtbot: QtBot, clock: FakeClock) -> None:
    def script(t: float) -> np.ndarray:
        return CODE_A if 0.5 <= t < 2.5 else noisy(seed=int(t * 30))

    worker, got = run_to_end(qtbot, clock, script, end_s=4.0)
    assert got.codes == [ticket(1)]
    stats = worker.stats()
    assert stats.scans == 1 and stats.frames > 100


def test_the_same_code_shown_again_later_is_a_new_scan(qtbot: QtBot, clock: FakeClock) -> None:
    def script(t: float) -> np.ndarray:
        if t < 1.0 or 1.5 <= t < 2.0 or 6.0 <= t < 6.5:
            return CODE_A  # 0.5 s out of view is the same stay; 4 s away is a new one
        return CODE_B if 7.0 <= t < 7.5 else noisy(seed=int(t * 30))

    _, got = run_to_end(qtbot, clock, script, end_s=8.0)
    assert got.codes == [ticket(1), ticket(1), ticket(2)]


def test_a_ticket_printed_in_lower_case_is_the_same_scan_in_its_one_text(
    qtbot: QtBot, clock: FakeClock
) -> None:
    def script(t: float) -> np.ndarray:
        if t < 1.0:
            return CODE_A_LOWER  # a badge printed from a lower-cased spreadsheet cell
        return CODE_A if t < 2.0 else noisy(seed=int(t * 30))

    _, got = run_to_end(qtbot, clock, script, end_s=3.0)
    assert got.codes == [ticket(1)]


def test_unplugged_then_replugged_resumes_by_itself(qtbot: QtBot, clock: FakeClock) -> None:
    def script(t: float) -> np.ndarray | None:
        if 1.0 <= t < 4.0:
            return None  # the cable is out
        return CODE_A if t >= 5.0 else noisy(seed=int(t * 30))

    _, got = run_to_end(qtbot, clock, script, end_s=6.0)
    assert got.states == ["live", "lost", "live", "ended"]
    assert got.codes == [ticket(1)]


def test_a_camera_missing_at_start_is_reported_and_picked_up_later(
    qtbot: QtBot, clock: FakeClock
) -> None:
    def script(t: float) -> np.ndarray | None:
        return None if t < 2.0 else CODE_B

    _, got = run_to_end(qtbot, clock, script, end_s=3.0)
    assert got.states == ["lost", "live", "ended"]
    assert got.codes == [ticket(2)]


def test_black_frames_are_reported_as_dark(qtbot: QtBot, clock: FakeClock) -> None:
    def script(t: float) -> np.ndarray:
        return BLACK if 1.0 <= t < 5.0 else noisy(seed=int(t * 30))

    _, got = run_to_end(qtbot, clock, script, end_s=6.0)
    assert got.states == ["live", "dark", "live", "ended"]


def test_camera_states_arrive_typed_for_the_camera_view(qtbot: QtBot, clock: FakeClock) -> None:
    def script(t: float) -> np.ndarray:
        return BLACK if 1.0 <= t < 5.0 else noisy(seed=int(t * 30))

    _, got = run_to_end(qtbot, clock, script, end_s=6.0)
    assert got.states == [CameraState.LIVE, CameraState.DARK, CameraState.LIVE, CameraState.ENDED]
    assert all(type(state) is CameraState for state in got.states)  # never a bare string


def test_a_short_dark_moment_is_not_an_alarm(qtbot: QtBot, clock: FakeClock) -> None:
    def script(t: float) -> np.ndarray:
        return BLACK if 1.0 <= t < 2.0 else noisy(seed=int(t * 30))

    _, got = run_to_end(qtbot, clock, script, end_s=3.0)
    assert got.states == ["live", "ended"]


def test_a_frozen_picture_is_reported(qtbot: QtBot, clock: FakeClock) -> None:
    still = noisy(seed=99)

    def script(t: float) -> np.ndarray:
        return still if 1.0 <= t < 5.5 else noisy(seed=int(t * 30))

    _, got = run_to_end(qtbot, clock, script, end_s=6.5)
    assert got.states == ["live", "frozen", "live", "ended"]


def test_previews_are_copies_with_code_outlines(qtbot: QtBot, clock: FakeClock) -> None:
    def script(t: float) -> np.ndarray:
        return CODE_A

    _, got = run_to_end(qtbot, clock, script, end_s=1.0)
    assert 1 <= len(got.previews) <= 21  # at most ~20 a second, not one per frame (30)
    image, outlines = got.previews[-1]
    assert (image.width(), image.height()) == (320, 240)
    assert not image.isNull()
    assert outlines and outlines[0][0] == ticket(1)  # type: ignore[index]
    corners = outlines[0][1]  # type: ignore[index]
    assert len(corners) == 4 and all(0 <= x <= 320 and 0 <= y <= 240 for x, y in corners)


def test_stop_ends_a_running_worker(qtbot: QtBot, clock: FakeClock) -> None:
    camera = ScriptedCamera(clock, lambda t: noisy(seed=int(t * 30) % 50), end_s=1e9)
    worker = ScanWorker(camera, clock=clock, sleep=clock.sleep)
    with qtbot.waitSignal(worker.camera_state_changed, timeout=10_000):
        worker.start()
    assert worker.isRunning()
    assert worker.stop()
    assert not worker.isRunning()
    assert not camera.is_open  # the device was released


def test_a_scan_the_gui_could_not_record_is_emitted_again(qtbot: QtBot, clock: FakeClock) -> None:
    camera = ScriptedCamera(
        clock, lambda t: CODE_A if t < 2.0 else noisy(seed=int(t * 30)), end_s=3.0
    )
    gate = RepeatGate(3.0, clock)
    worker = ScanWorker(camera, gate=gate, clock=clock, sleep=clock.sleep)
    codes: list[str] = []

    def refuse_first(code: str) -> None:  # e.g. the disk was full: ask to see it again
        codes.append(code)
        if len(codes) == 1:
            gate.forget(code)

    worker.code_scanned.connect(refuse_first, Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(worker.finished, timeout=60_000):
        worker.start()
    assert worker.stop()
    assert codes == [ticket(1), ticket(1)]
