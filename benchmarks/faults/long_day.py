"""A long day at the door: 10,000 scans through the app's scanning path, memory and threads
measured at the start and at the end.

A 1280x720 MJPG video of ticket codes (each in view for 3 frames, then a blank frame) is looped
by the real VideoFileSource (as fast as it decodes, the video's own timeline as the worker's
clock, so "the same code within 3 s" means 3 s of camera time). The real ScanWorker decodes it
and emits previews and `code_scanned`; the GUI thread (a QCoreApplication) keeps the latest
preview, as the camera view does, and calls KioskService.check_in for each code, as the scan
screen does. RSS (VmRSS) is read after a warm-up and at the end; threads are counted before the
worker starts and after it has stopped.

    uv run python benchmarks/faults/long_day.py --scans 10000
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")


@dataclass
class DaySummary:
    scans: int = 0
    rows: int = 0
    frames: int = 0
    rss_start_kb: int = 0
    rss_end_kb: int = 0
    rss_peak_kb: int = 0
    threads_before: int = 0
    threads_after: int = 0
    python_threads_before: int = 0
    python_threads_after: int = 0
    worker_stopped: bool = False
    seconds: float = 0.0

    @property
    def growth_kb(self) -> int:
        return self.rss_end_kb - self.rss_start_kb


def status(field: str) -> int:
    """A number from /proc/self/status (VmRSS, VmHWM in kB; Threads)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def make_video(path: Path, codes: list[str], size: tuple[int, int] = (720, 1280)) -> Path:
    """Each code for 3 frames then a blank one, 30 fps MJPG: a queue of attendees."""
    import cv2
    import qrcode

    height, width = size
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), 30.0, (width, height))
    blank = np.full((height, width, 3), 150, np.uint8)
    ppm = max(3, height // 120)
    for n, text in enumerate(codes):
        qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
        qr.add_data(text)
        modules = np.array(qr.get_matrix(), dtype=bool)
        image = np.where(np.kron(modules, np.ones((ppm, ppm), bool)), 0, 255).astype(np.uint8)
        frame = blank.copy()
        h, w = image.shape
        x = (width - w) // 2 + (n % 5 - 2) * ppm * 4  # not always the very same place
        y = (height - h) // 2
        frame[y : y + h, x : x + w] = image[..., None]
        for _ in range(3):
            writer.write(frame)
        writer.write(blank)
    writer.release()
    return path


class Timeline:
    """A FrameSource wrapper whose last capture time is the worker's clock (video seconds)."""

    def __init__(self, inner: object) -> None:
        self.inner = inner
        self.live = False
        self.now = 0.0

    def open(self) -> bool:
        return bool(self.inner.open())  # type: ignore[attr-defined]

    def read(self) -> tuple[bool, np.ndarray | None, float]:
        ok, frame, stamp = self.inner.read()  # type: ignore[attr-defined]
        if ok:
            self.now = stamp
        return ok, frame, stamp

    def close(self) -> None:
        self.inner.close()  # type: ignore[attr-defined]

    def describe(self) -> str:
        return "timeline"

    @property
    def finished(self) -> bool:
        return bool(self.inner.finished)  # type: ignore[attr-defined]

    def clock(self) -> float:
        return self.now


def run_day(
    directory: Path,
    scans: int = 10_000,
    codes: int = 50,
    warmup: int = 500,
    size: tuple[int, int] = (720, 1280),
    progress: bool = False,
) -> DaySummary:
    from PySide6.QtCore import QCoreApplication

    from kiosk.domain.clock import SystemClock
    from kiosk.files.keys import key_path_for, read_private_key
    from kiosk.scanner.source import VideoFileSource
    from kiosk.scanner.worker import ScanWorker
    from kiosk.services.door import Door, KioskService
    from kiosk.services.organizer import ensure_sample_event, ticket_code
    from kiosk.storage.store import EventStore

    app = QCoreApplication.instance() or QCoreApplication([])
    directory.mkdir(parents=True, exist_ok=True)
    path = ensure_sample_event(directory)
    store = EventStore.open(path)
    key = read_private_key(key_path_for(path))
    texts = [ticket_code(store, key, a) for a in store.attendees()[:codes]]
    video = make_video(directory / "queue.avi", texts, size)
    service = KioskService(store, SystemClock(), Door("l0ngday000000001", "정문"))
    s = DaySummary(threads_before=status("Threads"))
    s.python_threads_before = threading.active_count()
    source = Timeline(VideoFileSource(video, loop=True, realtime=False))
    worker = ScanWorker(source, clock=source.clock)  # type: ignore[arg-type]
    shown: list[object] = [None]

    def on_code(code: str) -> None:  # the scan screen's slot, on the GUI thread
        service.check_in(code)
        s.scans += 1
        if s.scans == warmup:
            s.rss_start_kb = status("VmRSS")
        if progress and s.scans % 1000 == 0:
            print(f"  {s.scans} scans, RSS {status('VmRSS') / 1024:.1f} MiB", flush=True)

    worker.code_scanned.connect(on_code)
    worker.preview_updated.connect(lambda image, outlines: shown.__setitem__(0, image))
    started = time.monotonic()
    worker.start()
    while s.scans < scans and not worker.isFinished():
        app.processEvents()
        time.sleep(0.001)
    s.worker_stopped = worker.stop()
    app.processEvents()
    s.seconds = time.monotonic() - started
    s.frames = worker.stats().frames
    worker.deleteLater()
    app.processEvents()
    s.rss_end_kb, s.rss_peak_kb = status("VmRSS"), status("VmHWM")
    s.rows = sum(store.outcome_counts().values())
    store.close()
    s.threads_after = status("Threads")
    s.python_threads_after = threading.active_count()
    return s


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--scans", type=int, default=10_000)
    parser.add_argument("--codes", type=int, default=50, help="distinct tickets in the video")
    parser.add_argument("--warmup", type=int, default=500, help="scans before the first RSS")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        # A first short day: OpenCV and the decoder start their thread pools once, on first use.
        run_day(Path(tmp) / "first", 50, args.codes, 10)
        s = run_day(Path(tmp) / "day", args.scans, args.codes, args.warmup, progress=True)
    print(
        "| scans | check-ins recorded | frames decoded | RSS after warm-up (MiB) | RSS at the end "
        "(MiB) | growth (MiB) | threads before / after | time (s) |"
    )
    print("|---|---|---|---|---|---|---|---|")
    print(
        f"| {s.scans:,} | {s.rows:,} | {s.frames:,} | {s.rss_start_kb / 1024:.1f} | "
        f"{s.rss_end_kb / 1024:.1f} | {s.growth_kb / 1024:+.1f} | {s.threads_before} / "
        f"{s.threads_after} | {s.seconds:.0f} |"
    )
    print(f"peak RSS {s.rss_peak_kb / 1024:.1f} MiB; worker stopped: {s.worker_stopped}")
    ok = s.worker_stopped and s.threads_after <= s.threads_before and s.growth_kb < 8 * 1024
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
