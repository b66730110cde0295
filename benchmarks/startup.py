"""Start-up: from launching the `kiosk` process to a ready scan screen (target: under 2 s).

    uv run python benchmarks/startup.py [--runs 7]

Each run starts a new process (`python -m kiosk --data-dir DIR run --camera 0`, offscreen Qt, no
camera attached, so the camera thread reports "no camera" while the screen comes up) and takes
the time stamp of the log line the kiosk writes once its window is shown. The data directory is
warmed first (the sample event is created by a first run that is not counted), so this is the
"warm disk" start of DESIGN.md. `kiosk demo` is timed too: it also copies the 500-person sample
event to today's date on every start. Prints every run and the median.

    uv run python benchmarks/startup.py --sync [--runs 7]

The same start-up with door sync on (settings.toml: `sync_enabled = true`, the engine listening on
127.0.0.1 only, LAN discovery off, so no packet leaves the loopback interface): the scan screen
must not wait for the engine, which starts in the background. Also prints how long after the
launch the engine answers on its REST API. Each run's engine is stopped with the kiosk; one still
alive afterwards is killed by its PID.
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
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
    return timed_run(data, command, timeout)[0]


def timed_run(
    data: Path, command: list[str], timeout: float = 30.0, engine: bool = False
) -> tuple[float, float | None]:
    """Seconds to the "ready" line and, with `engine`, until the sync engine answers."""
    log_file = data / "logs" / "kiosk.log"
    seen = len(ready_times(log_file, 0))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OPENCV_LOG_LEVEL="ERROR")
    # An installed kiosk starts from compiled bytecode (the bundle carries it, pip writes it on
    # first use): with PYTHONDONTWRITEBYTECODE set, as on some CI machines, every run would
    # compile ~250 modules again (0.7-0.9 s here) and the figure would measure the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.time()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--data-dir", str(data), *command],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout
        ready: float | None = None
        answered: float | None = None
        while time.monotonic() < deadline:
            found = ready_times(log_file, seen)
            if found and ready is None:
                ready = found[0] - started
            if engine and answered is None and engine_answers(data):
                answered = time.time() - started
            if ready is not None and (answered is not None or not engine):
                return ready, answered
            if process.poll() is not None:
                raise RuntimeError(f"kiosk exited with {process.returncode} before it was ready")
            time.sleep(0.02)
        raise TimeoutError("no ready line" if ready is None else "the sync engine never answered")
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=15)
        stop_leftover_engine(data)


def engine_answers(data: Path) -> bool:
    from kiosk.sync.pairing import PairingError, engine_client

    try:
        engine_client(data)  # reads its config.xml and pings its REST API on 127.0.0.1
    except (PairingError, OSError):
        return False
    return True


def stop_leftover_engine(data: Path) -> None:
    """The kiosk stops its engine on exit; if one is still alive, kill it by its PID."""
    pid_file = data / "sync" / "engine" / "engine.pid"
    if not pid_file.exists():
        return
    pid = int(pid_file.read_text(encoding="ascii").split()[0])
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        print(f"warning: the sync engine (pid {pid}) outlived the kiosk; sent {sig.name}")
        time.sleep(2)


def sync_settings(data: Path) -> None:
    """Door sync on, loopback only: the engine listens on a free 127.0.0.1 port, no discovery."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    data.mkdir(parents=True, exist_ok=True)
    (data / "settings.toml").write_text(
        f'sync_enabled = true\nsync_listen = "127.0.0.1:{port}"\nsync_lan_discovery = false\n',
        encoding="utf-8",
    )


def measure_sync(data: Path, runs: int) -> tuple[list[float], list[float]]:
    sync_settings(data)
    command = ["run", "--camera", "0"]
    timed_run(data, command, engine=True)  # warm-up: the sample event, the engine's identity
    results = [timed_run(data, command, engine=True) for _ in range(runs)]
    return [r[0] for r in results], [r[1] for r in results if r[1] is not None]


def measure(data: Path, command: list[str], runs: int) -> list[float]:
    one_run(data, command)  # warm-up: creates the sample event, fills the OS file cache
    return [one_run(data, command) for _ in range(runs)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sync", action="store_true", help="kiosk run with door sync on")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f} before")
    if args.sync:
        return main_sync(args.runs)
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


def main_sync(runs: int) -> int:
    print("| kiosk run, door sync on (loopback) | median | runs (s) |\n|---|---|---|")
    with tempfile.TemporaryDirectory(prefix="kiosk-startup-sync-") as folder:
        ready, answered = measure_sync(Path(folder), runs)
    for name, times in (("ready scan screen", ready), ("engine answers", answered)):
        listed = " ".join(f"{t:.2f}" for t in times)
        print(f"| {name} | {statistics.median(times):.2f} s | {listed} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
