"""Scan-to-result latency through the real ScanWorker, with a 720p 30 fps video played in real time.

    uv run python benchmarks/pipeline.py [VIDEO] [--tickets N] [--keep DIR]

Without VIDEO it writes one (MJPG .avi, 1280x720, 30 fps, into a temporary folder): a door
camera's view where attendees hold up phones showing ticket QR codes (2 s each, 1.5 s apart,
under the conditions of benchmarks/_frames.py: tilt, blur, glare, low light, JPEG noise), with
a little hand shake and sensor noise in every frame. It plays the video through VideoFileSource
(real-time pacing: a late reader gets the newest frame, as from a camera) into the real
ScanWorker, with a GUI-side receiver that turns each preview into a QPixmap like the scan screen.

Printed: scan-to-result latency p50/p95 (first frame showing the ticket -> code_scanned received
on the GUI thread), the worker's own capture-to-emit latency, decode ms per frame, frames
processed, tickets missed or misread, and the CPU the process used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _frames import CONDITIONS, _vary, render, ticket_payload
from PySide6.QtGui import QGuiApplication, QImage, QPixmap

from kiosk.scanner.source import VideoFileSource
from kiosk.scanner.worker import ScanWorker

FPS = 30
SIZE = (1280, 720)
HOLD_S, GAP_S = 2.0, 1.5
SHOWN = ["clean", "tilt", "blur", "glare", "low-light", "jpeg-noise", "small", "hard-mix"]


@dataclass(frozen=True)
class Appearance:
    payload: str
    first_frame: int
    condition: str


def _shaken(base: np.ndarray, rng: np.random.Generator, noise: list[np.ndarray]) -> np.ndarray:
    """The same scene a frame later: shifted by a hand's tremor, with fresh sensor noise."""
    dx, dy = rng.normal(0, 1.5, 2)
    moved = cv2.warpAffine(
        base, np.float32([[1, 0, dx], [0, 1, dy]]), SIZE, borderMode=cv2.BORDER_REPLICATE
    )
    return cv2.add(moved, noise[int(rng.integers(len(noise)))], dtype=cv2.CV_8U)


def write_video(path: Path, tickets: int, seed: int = 11) -> list[Appearance]:
    """The door camera's video and, for each ticket, the frame where it first shows."""
    rng = np.random.default_rng(seed)
    noise = [rng.integers(0, 6, (SIZE[1], SIZE[0], 3), dtype=np.uint8) for _ in range(4)]
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), FPS, SIZE)
    empty = render("", replace(CONDITIONS["no-code"], width=SIZE[0], height=SIZE[1]), rng)
    shown: list[Appearance] = []
    frame_no = 0
    for i in range(tickets):
        for _ in range(int(GAP_S * FPS)):
            writer.write(_shaken(empty, rng, noise))
            frame_no += 1
        name = SHOWN[i % len(SHOWN)]
        scene = _vary(CONDITIONS[name], float(rng.uniform(0.4, 1.0)))
        scene = replace(scene, width=SIZE[0], height=SIZE[1], ppm=scene.ppm * rng.uniform(0.9, 1.3))
        payload = ticket_payload(rng)
        phone = render(payload, scene, rng)
        shown.append(Appearance(payload, frame_no, name))
        for _ in range(int(HOLD_S * FPS)):
            writer.write(_shaken(phone, rng, noise))
            frame_no += 1
    for _ in range(int(GAP_S * FPS)):
        writer.write(_shaken(empty, rng, noise))
    writer.release()
    return shown


class Receiver:
    """The GUI thread's side: note when each code arrives, draw previews as the screen would."""

    def __init__(self) -> None:
        self.scans: list[tuple[str, float]] = []
        self.previews = 0

    def on_code_scanned(self, code: str) -> None:
        self.scans.append((code, time.monotonic()))

    def on_preview_updated(self, image: QImage, outlines: list[object]) -> None:
        QPixmap.fromImage(image)
        self.previews += 1


def play(video: Path) -> tuple[ScanWorker, VideoFileSource, Receiver, float, float]:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    source = VideoFileSource(video, realtime=True)
    worker = ScanWorker(source)
    receiver = Receiver()
    worker.code_scanned.connect(receiver.on_code_scanned)
    worker.preview_updated.connect(receiver.on_preview_updated)
    worker.finished.connect(app.quit)
    cpu0, wall0 = time.process_time(), time.monotonic()
    worker.start()
    app.exec()
    worker.stop()
    return worker, source, receiver, time.process_time() - cpu0, time.monotonic() - wall0


def pct(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else float("nan")


def report(
    shown: list[Appearance],
    source: VideoFileSource,
    worker: ScanWorker,
    receiver: Receiver,
    cpu_s: float,
    wall_s: float,
) -> None:
    assert source.start_time is not None
    due = {a.payload: source.start_time + a.first_frame / source.fps for a in shown}
    first_scan: dict[str, float] = {}
    for code, at in receiver.scans:
        first_scan.setdefault(code, at)
    latencies = [(first_scan[p] - due[p]) * 1000 for p in due if p in first_scan]
    missed = [a for a in shown if a.payload not in first_scan]
    wrong = [c for c, _ in receiver.scans if c not in due]
    repeats = len(receiver.scans) - len(first_scan) - len(wrong)
    stats = worker.stats()
    frames_in_video = shown[-1].first_frame + int((HOLD_S + GAP_S) * FPS) if shown else 0
    worst = max(latencies, default=float("nan"))
    rows = [
        (
            "tickets shown / scanned / missed / misread / repeated",
            f"{len(shown)} / {len(first_scan) - len(wrong)} / {len(missed)} / {len(wrong)}"
            f" / {repeats}",
        ),
        (
            "scan-to-result p50 / p95 / max (first frame showing it -> GUI thread)",
            f"{pct(latencies, 50):.0f} / {pct(latencies, 95):.0f} / {worst:.0f} ms",
        ),
        (
            "worker capture-to-emit p50 / p95",
            f"{stats.latency_ms_p50:.1f} / {stats.latency_ms_p95:.1f} ms",
        ),
        (
            "decode per 720p frame p50 / p95",
            f"{stats.decode_ms_p50:.1f} / {stats.decode_ms_p95:.1f} ms",
        ),
        ("frames processed / in the video", f"{stats.frames} / {frames_in_video}"),
        ("previews drawn", f"{receiver.previews} ({receiver.previews / wall_s:.1f} per s)"),
        (
            "CPU (whole process: read, decode, preview, GUI side)",
            f"{100 * cpu_s / wall_s:.0f} % of one core ({cpu_s:.1f} s in {wall_s:.1f} s)",
        ),
    ]
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} after the run")
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    if missed:
        print("missed: " + ", ".join(f"{a.condition}@{a.first_frame}" for a in missed))
    slow = sorted(
        ((first_scan[a.payload] - due[a.payload]) * 1000, a.condition)
        for a in shown
        if a.payload in first_scan
    )
    print("slowest: " + ", ".join(f"{cond} {ms:.0f} ms" for ms, cond in slow[-3:]))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "video", nargs="?", help="a video to play (with VIDEO.shown.json); default: write one"
    )
    parser.add_argument("--tickets", type=int, default=20)
    parser.add_argument(
        "--keep", help="write the generated video (and its .shown.json) into this folder"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kiosk-pipeline-") as tmp:
        if args.video:
            video = Path(args.video)
            data = json.loads(video.with_suffix(".shown.json").read_text(encoding="utf-8"))
            shown = [Appearance(**row) for row in data]
        else:
            folder = Path(args.keep) if args.keep else Path(tmp)
            folder.mkdir(parents=True, exist_ok=True)
            video = folder / "door-720p30.avi"
            start = time.monotonic()
            shown = write_video(video, args.tickets)
            rows = [a.__dict__ for a in shown]
            video.with_suffix(".shown.json").write_text(json.dumps(rows), encoding="utf-8")
            print(f"wrote {video.name}: {len(shown)} tickets in {time.monotonic() - start:.0f} s")
        worker, source, receiver, cpu_s, wall_s = play(video)
        report(shown, source, worker, receiver, cpu_s, wall_s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
