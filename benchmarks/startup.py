"""Start-up: from launching the `kiosk` process to a ready scan screen (target: under 2 s).

    uv run python benchmarks/startup.py [--runs 7]

Each run starts a new process (`python -m kiosk --data-dir DIR run --camera 0`, offscreen Qt, no
camera attached, so the camera thread reports "no camera" while the screen comes up) and takes
the time stamp of the log line the kiosk writes once its window is shown. The data directory is
warmed first (the sample event is created by a first run that is not counted), so this is the
"warm disk" start of DESIGN.md. `kiosk demo` is timed too: it also copies the 500-person sample
event to today's date on every start. Prints every run and the median.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

READY = "scan screen ready"


def ready_times(log_file: Path, skip: int) -> list[float]:
    """Epoch seconds of the "ready" log lines after the first `skip` of them."""
    if not log_file.exists():
        return []
    lines = [line for line in log_file.read_text(encoding="utf-8").splitlines() if READY in line]
    return [
        datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f").timestamp() for line in lines[skip:]
    ]


def one_run(data: Path, command: list[str], timeout: float = 30.0) -> float:
    """Seconds from launching the process to its "ready" line; the process is then stopped."""
    log_file = data / "logs" / "kiosk.log"
    seen = len(ready_times(log_file, 0))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENCV_LOG_LEVEL="ERROR")
    started = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), *command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = ready_times(log_file, seen)
            if found:
                return found[0] - started
            if process.poll() is not None:
                raise RuntimeError(f"kiosk exited with {process.returncode} before it was ready")
            time.sleep(0.02)
        raise TimeoutError("no ready line")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)


def measure(data: Path, command: list[str], runs: int) -> list[float]:
    one_run(data, command)  # warm-up: creates the sample event, fills the OS file cache
    return [one_run(data, command) for _ in range(runs)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before")
    print("| start-up to a ready scan screen | median | runs (s) |\n|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="kiosk-startup-") as folder:
        for name, command in (
            ("kiosk run (sample event, no camera)", ["run", "--camera", "0"]),
            ("kiosk demo (copies the sample event)", ["demo"]),
        ):
            times = measure(Path(folder), command, args.runs)
            listed = " ".join(f"{t:.2f}" for t in times)
            print(f"| {name} | {statistics.median(times):.2f} s | {listed} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
