"""Camera trouble in real time: how long until the GUI thread hears of it, and until scanning
is back, for an unplugged, blacked-out and frozen camera.

A scripted camera (a FrameSource paced at 30 fps on the real monotonic clock) runs under the
real ScanWorker with its default settings; the GUI thread (a QCoreApplication) receives the
worker's signals and checks the codes in through KioskService, as the app does.

    uv run python benchmarks/faults/camera.py --runs 3
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZE = (720, 1280)
# (start, end, what the camera shows), seconds; None: unplugged
DAY: tuple[tuple[float, float, str | None], ...] = (
    (0.0, 2.0, "noise"),
    (2.0, 5.0, None),
    (5.0, 6.5, "code1"),
    (6.5, 7.0, "noise"),
    (7.0, 11.0, "black"),
    (11.0, 11.5, "noise"),
    (11.5, 13.0, "code2"),
    (13.0, 17.0, "still"),
    (17.0, 18.5, "code3"),
)
END_S = 19.0
# (fault, when it starts, when the camera is back, the ticket shown next, when it is shown)
FAULTS = (
    ("lost", 2.0, 5.0, "code1", 5.0),
    ("dark", 7.0, 11.0, "code2", 11.5),
    ("frozen", 13.0, 17.0, "code3", 17.0),
)


class TimedCamera:
    """A live camera whose picture and plug state follow `script(t)` in real seconds."""

    live = True

    def __init__(self, script: Callable[[float], np.ndarray | None], fps: float = 30.0) -> None:
        self.script = script
        self.period = 1.0 / fps
        self.start = time.monotonic()
        self._next = self.start

    def _t(self) -> float:
        return time.monotonic() - self.start

    def open(self) -> bool:
        return self.script(self._t()) is not None

    def read(self) -> tuple[bool, np.ndarray | None, float]:
        wait = self._next - time.monotonic()
        if wait > 0:
            time.sleep(wait)
        self._next = max(self._next + self.period, time.monotonic())
        frame = None if self.finished else self.script(self._t())
        return frame is not None, None if frame is None else frame.copy(), time.monotonic()

    def close(self) -> None:
        pass

    def describe(self) -> str:
        return "timed camera"

    @property
    def finished(self) -> bool:
        return self._t() >= END_S


def _frames(codes: dict[str, str]) -> dict[str, np.ndarray]:
    import qrcode

    frames = {}
    for name, text in codes.items():
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
        qr.add_data(text)
        modules = np.array(qr.get_matrix(), dtype=bool)
        image = np.where(np.kron(modules, np.ones((6, 6), bool)), 0, 255).astype(np.uint8)
        frame = np.full((*SIZE, 3), 128, np.uint8)
        h, w = image.shape
        frame[200 : 200 + h, 500 : 500 + w] = image[..., None]
        frames[name] = frame
    frames["black"] = np.zeros((*SIZE, 3), np.uint8)
    frames["still"] = np.random.default_rng(7).integers(60, 200, (*SIZE, 3), dtype=np.uint8)
    return frames


def one_run(directory: Path) -> dict[str, tuple[float, float, float]]:
    """For each fault: (seconds to report, seconds to live again, seconds to the next check-in)."""
    from PySide6.QtCore import QCoreApplication

    from kiosk.domain.clock import SystemClock
    from kiosk.files.keys import key_path_for, read_private_key
    from kiosk.scanner.worker import ScanWorker
    from kiosk.services.door import Door, KioskService
    from kiosk.services.organizer import ensure_sample_event, ticket_code
    from kiosk.storage.store import EventStore

    app = QCoreApplication.instance() or QCoreApplication([])
    path = ensure_sample_event(directory)
    store = EventStore.open(path)
    key = read_private_key(key_path_for(path))
    people = store.attendees()[:3]
    codes = {f"code{i + 1}": ticket_code(store, key, a) for i, a in enumerate(people)}
    frames = _frames(codes)
    noise = [
        np.random.default_rng(s).integers(60, 200, (*SIZE, 3), dtype=np.uint8) for s in range(8)
    ]

    def script(t: float) -> np.ndarray | None:
        for start, end, what in DAY:
            if start <= t < end:
                return None if what is None else frames.get(what, noise[int(t * 30) % 8])
        return noise[int(t * 30) % 8]

    service = KioskService(store, SystemClock(), Door("camera0000000001", "정문"))
    camera = TimedCamera(script)
    worker = ScanWorker(camera)  # type: ignore[arg-type]  (duck-typed FrameSource)
    states: list[tuple[str, float]] = []
    scans: list[tuple[str, float]] = []
    by_code = {v: k for k, v in codes.items()}
    worker.camera_state_changed.connect(lambda s: states.append((s, camera._t())))

    def on_code(code: str) -> None:  # the GUI thread, as the scan screen does
        service.check_in(code)
        scans.append((by_code.get(code, "?"), camera._t()))

    worker.code_scanned.connect(on_code)
    worker.start()
    while not worker.isFinished():
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    worker.stop()
    store.close()
    out = {}
    for fault, began, back, code, shown in FAULTS:
        report = min((t for s, t in states if s == fault and t >= began), default=float("nan"))
        live = min((t for s, t in states if s == "live" and t >= back - 0.5), default=float("nan"))
        scan = min((t for c, t in scans if c == code), default=float("nan"))
        out[fault] = (report - began, live - back, scan - shown)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(one_run(Path(tmp)))
    print(
        "| fault | runs | reported after (s), max | live again after (s), max |"
        " next ticket checked in after it is shown (s), max |"
    )
    print("|---|---|---|---|---|")
    worst_ok = True
    for fault, *_ in FAULTS:
        rows = [r[fault] for r in results]
        report, live, scan = (max(col) for col in zip(*rows, strict=True))
        worst_ok &= report <= 3.5 and live <= 5.0
        print(f"| {fault} | {len(rows)} | {report:.2f} | {live:.2f} | {scan:.2f} |")
    print(
        "(unplugged 2-5 s, black 7-11 s, frozen 13-17 s, a ticket shown after each;"
        " 1280x720 at 30 fps; the worker's defaults: lost after 3 failed reads, dark 2.5 s,"
        " frozen 3 s, reopen every 1 s)"
    )
    return 0 if worst_ok else 1


if __name__ == "__main__":
    sys.exit(main())
