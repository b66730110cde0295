"""The door cycle: a ticket enters the camera's view -> the screen is ready for the next person.

    uv run python benchmarks/door_cycle.py [--people 15] [--banner 1.4 2.0]

A simulated queue at one door, through the real worker and the real kiosk window: each person
holds a real ticket up to a 1280x720 camera (30 fps, webcam-like rendering from
benchmarks/_frames.py), takes it away once their banner is on screen and they have glanced at it
(0.5 s), and the next person steps up as soon as the banner has gone back to "ready". Measured
per person: ticket in view -> banner painted, and ticket in view -> back to ready (the cycle;
target under 1.5 s, most of it the banner's own display time, Settings.banner_seconds).
Note: the next person never has to wait for the banner (a new ticket replaces it at once);
this measures the pace when people do wait for "ready".
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np
from _frames import CONDITIONS, render
from _kiosk import BannerWatch, build, finish
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kiosk.config import Settings
from kiosk.scanner.source import FrameSource, Read

GLANCE_S = 0.5


class DoorCamera(FrameSource):
    """A 30 fps camera whose picture the queue changes (from the GUI thread)."""

    def __init__(self, empty: np.ndarray) -> None:
        self.empty = empty
        self._picture = empty
        self._lock = threading.Lock()
        self._period = 1 / 30
        self._next = time.monotonic()
        self.first_seen: float | None = None  # capture time of the first frame of the picture

    def show(self, picture: np.ndarray | None) -> None:
        with self._lock:
            self._picture = self.empty if picture is None else picture
            self.first_seen = None

    def open(self) -> bool:
        return True

    def read(self) -> Read:
        self._next += self._period
        wait = self._next - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        else:
            self._next = time.monotonic()  # fell behind: newest frame, as a camera does
        now = time.monotonic()
        with self._lock:
            if self.first_seen is None:
                self.first_seen = now
            return True, self._picture.copy(), now


def run_queue(banner_seconds: float, people: int) -> tuple[list[float], list[float]]:
    """(ticket in view -> banner painted, ticket in view -> ready again) per person, seconds."""
    with tempfile.TemporaryDirectory(prefix="kiosk-door-") as folder:
        bench = build(Path(folder), banner_seconds=banner_seconds, tickets=people)
        rng = np.random.default_rng(3)
        pictures = [render(code, CONDITIONS["clean"], rng) for code in bench.codes]
        camera = DoorCamera(render("", CONDITIONS["no-code"], rng))
        kiosk, app = bench.kiosk, QApplication.instance()
        assert app is not None
        watch = BannerWatch(kiosk)
        shown: list[float] = []
        cycles: list[float] = []
        entered: list[float] = []  # when each person's ticket was first in a frame

        def next_person() -> None:
            if len(shown) == people:
                finish(kiosk)
            else:
                camera.show(pictures[len(shown)])

        def on_painted(at: float) -> None:
            assert camera.first_seen is not None
            entered.append(camera.first_seen)
            shown.append(at - camera.first_seen)
            QTimer.singleShot(int(GLANCE_S * 1000), lambda: camera.show(None))

        def on_ready_again() -> None:
            cycles.append(time.monotonic() - entered[-1])
            next_person()

        watch.result_painted.connect(on_painted)
        kiosk.scan.banner.cleared.connect(on_ready_again)
        kiosk.start(source=camera)
        QTimer.singleShot(800, next_person)
        app.exec()
        kiosk.shutdown()
    return shown, cycles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=15)
    parser.add_argument("--banner", type=float, nargs="+", default=[Settings().banner_seconds, 2.0])
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before")
    print("| banner_seconds | ticket -> banner p50 / max | door cycle p50 / max |")
    print("|---|---|---|")
    for seconds in args.banner:
        shown, cycles = run_queue(seconds, args.people)
        print(
            f"| {seconds:.1f} s | {1000 * statistics.median(shown):.0f} / "
            f"{1000 * max(shown):.0f} ms | {statistics.median(cycles):.2f} / "
            f"{max(cycles):.2f} s |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
