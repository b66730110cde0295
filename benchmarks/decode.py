"""Decoder benchmark: raw pyzbar, raw zxing-cpp and the kiosk's decoder side by side, one run.

    uv run python benchmarks/decode.py [QR_REAL_DIR] [--per-condition N] [--no-movie]

QR_REAL_DIR (or the env variable of that name) defaults to ../shared/qr-real next to the repo.
It prints, per folder of real photos and per group of generated webcam frames: codes read of
those expected, wrong reads, false positives (codes reported where there is none), and the
median and p95 milliseconds per image. Then the hand-held BoofCV video (movie.mp4): distinct
codes found against movie.codes.json, and frames with a code read.

Every decoder gets the same BGR frame and pays for its own grayscale conversion.
"kiosk" is `decode(frame)` as `kiosk decode` runs it (full retry cascade, 80 ms budget);
"kiosk live" is what the ScanWorker does on an ordinary frame (retries only around symbols
zxing-cpp located, 25 ms budget); the worker adds the whole-frame cascade once a second.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _frames import webcam_cases

from kiosk.scanner import engines
from kiosk.scanner.decode import LIVE_BUDGET_MS, decode

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp"}
DecoderFn = Callable[[np.ndarray], list[str]]


def raw_pyzbar(frame: np.ndarray) -> list[str]:
    from pyzbar import pyzbar

    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return [
        r.data.decode("utf-8", "replace")
        for r in pyzbar.decode(gray, symbols=[pyzbar.ZBarSymbol.QRCODE])
    ]


def raw_zxing(frame: np.ndarray) -> list[str]:
    import zxingcpp

    gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    return [
        r.text for r in zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.QRCodeModel2)
    ]


def kiosk(frame: np.ndarray) -> list[str]:
    return [c.text for c in decode(frame)]


def kiosk_live(frame: np.ndarray) -> list[str]:
    return [c.text for c in decode(frame, budget_ms=LIVE_BUDGET_MS, whole_frame=False)]


def decoders() -> dict[str, DecoderFn]:
    found: dict[str, DecoderFn] = {}
    if engines.zbar_available():
        found["pyzbar"] = raw_pyzbar
    if engines.zxing_available():
        found["zxing-cpp"] = raw_zxing
    found["kiosk"] = kiosk
    found["kiosk live"] = kiosk_live
    return found


def norm(text: str) -> str:
    return text.replace("\r\n", "\n").strip()


@dataclass
class Tally:
    read: int = 0
    expected: int = 0
    wrong: int = 0
    false_pos: int = 0
    ms: list[float] = field(default_factory=list)

    def add(self, got: list[str], expected: list[str], ms: float) -> None:
        got_n, exp_n = {norm(g) for g in got}, [norm(e) for e in expected]
        self.read += sum(1 for e in exp_n if e in got_n)
        self.expected += len(exp_n)
        extra = len(got_n - set(exp_n))
        if expected:
            self.wrong += extra
        else:
            self.false_pos += extra
        self.ms.append(ms)

    def cell(self) -> str:
        med = statistics.median(self.ms) if self.ms else 0.0
        p95 = float(np.percentile(self.ms, 95)) if self.ms else 0.0
        score = f"{self.read}/{self.expected}" if self.expected else "-"
        return f"{score:>7} {self.wrong:>2}w {self.false_pos:>2}fp {med:6.1f} {p95:6.1f}"


def labels(image: Path) -> list[str]:
    txt, js = image.with_suffix(".txt"), image.with_name(image.stem + ".codes.json")
    if txt.exists():
        return [txt.read_text(encoding="utf-8")]
    if js.exists():
        return code_list(json.loads(js.read_text(encoding="utf-8")))
    return []


def code_list(data: object) -> list[str]:
    """A .codes.json holds a list of payloads, or an object with them under "known_codes"."""
    if isinstance(data, dict):
        data = data.get("known_codes", data.get("codes", []))
    return [str(x) for x in data] if isinstance(data, list) else []


def real_photos(root: Path) -> Iterable[tuple[str, np.ndarray, list[str]]]:
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        for image in sorted(folder.iterdir()):
            if image.suffix.lower() in IMAGE_SUFFIXES:
                frame = cv2.imdecode(np.fromfile(str(image), np.uint8), cv2.IMREAD_COLOR)
                yield folder.name, frame, labels(image)


def run(
    cases: Iterable[tuple[str, np.ndarray, list[str]]], fns: dict[str, DecoderFn]
) -> dict[str, dict[str, Tally]]:
    table: dict[str, dict[str, Tally]] = {}
    for group, frame, expected in cases:
        row = table.setdefault(group, {name: Tally() for name in fns})
        for name, fn in fns.items():
            start = time.perf_counter()
            got = fn(frame)
            row[name].add(got, expected, (time.perf_counter() - start) * 1000)
    return table


def print_table(title: str, table: dict[str, dict[str, Tally]], names: list[str]) -> None:
    print(f"\n{title}\n(each cell: read/expected, wrong reads, false positives, median ms, p95 ms)")
    head = f"| {'group':<28} | " + " | ".join(f"{n:<31}" for n in names) + " |"
    print(head)
    print("|" + "|".join("-" * (len(c) + 2) for c in [" " * 28] + [" " * 31] * len(names)) + "|")
    for group, row in table.items():
        print(f"| {group:<28} | " + " | ".join(f"{row[n].cell():<31}" for n in names) + " |")


def movie(path: Path, fns: dict[str, DecoderFn]) -> None:
    label = json.loads(path.with_name("movie.codes.json").read_text(encoding="utf-8"))
    wanted = {norm(t) for t in code_list(label)}
    cap = cv2.VideoCapture(str(path))
    per: dict[str, dict[int, set[str]]] = {n: {} for n in fns}
    times: dict[str, list[float]] = {n: [] for n in fns}
    index = 0
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        for name, fn in fns.items():
            start = time.perf_counter()
            got = {norm(t) for t in fn(frame)}
            times[name].append((time.perf_counter() - start) * 1000)
            per[name][index] = got
        index += 1
    cap.release()
    with_code = {i for n in fns for i, got in per[n].items() if got & wanted}
    print(f"\nBoofCV hand-held video {path.name}: {index} frames,", end=" ")
    print(f"{len(with_code)} with a code read by any decoder")
    print(f"| {'decoder':<11} | codes found | wrong codes | frames read | median ms | p95 ms |")
    print("|-------------|-------------|-------------|-------------|-----------|--------|")
    for name in fns:
        seen = set().union(*per[name].values()) if per[name] else set()
        frames_read = sum(1 for got in per[name].values() if got & wanted)
        med, p95 = statistics.median(times[name]), float(np.percentile(times[name], 95))
        print(
            f"| {name:<11} | {len(seen & wanted):>5}/{len(wanted):<5} | {len(seen - wanted):>11} "
            f"| {frames_read:>5}/{len(with_code):<5} | {med:9.1f} | {p95:6.1f} |"
        )


def main() -> int:
    repo = Path(__file__).resolve().parents[1]
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "qr_real",
        nargs="?",
        default=os.environ.get("QR_REAL_DIR", str(repo.parent / "shared" / "qr-real")),
    )
    parser.add_argument(
        "--per-condition", type=int, default=6, help="generated frames per condition and resolution"
    )
    parser.add_argument("--no-movie", action="store_true")
    args = parser.parse_args()
    fns = decoders()
    names = list(fns)
    status = engines.decoder_status()
    zbar = status.zbar_version or status.zbar_problem
    print(f"engines: {', '.join(status.engines)} (zxing-cpp {status.zxing_version}; {zbar})")
    print(f"machine: {os.cpu_count()} cores; load average {os.getloadavg()[0]:.2f} at start")
    root = Path(args.qr_real)
    if root.is_dir():
        print_table(f"Real photos in {root}", run(real_photos(root), fns), names)
    else:
        print(f"\n(no real photo set at {root}; pass its path or set QR_REAL_DIR)")
    print_table(
        "Generated webcam frames (phone screen held up)",
        run(webcam_cases(args.per_condition), fns),
        names,
    )
    video = root / "boofcv-qrcode" / "movie.mp4"
    if video.exists() and not args.no_movie:
        movie(video, fns)
    return 0


if __name__ == "__main__":
    sys.exit(main())
