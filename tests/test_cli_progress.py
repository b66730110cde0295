"""The command line's progress bar: on a terminal's stderr only, and Ctrl+C stops in one line.

The commands run as a user runs them, in a process of their own, with stderr on a pseudo
terminal (what a person sees) or on a pipe (what a script reads). Ctrl+C is a real SIGINT.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.commands.progress import progress_shown
from kiosk.storage.store import EventStore
from tests.ui.test_operator import write_roster

ROOT = Path(__file__).resolve().parents[1]
STOPPED_ROSTER = "Stopped: the roster was NOT imported; nothing was changed."


def kiosk_command(event: Path, *args: str) -> list[str]:
    data = event.parent / "data"
    return [sys.executable, "-m", "kiosk", "--data-dir", str(data), "--event", str(event),
            "--lang", "en", *args]  # fmt: skip


@pytest.fixture
def event(tmp_path: Path) -> Path:
    path = tmp_path / "event.db"
    command = kiosk_command(path, "event", "new", "--title", "진행 표시", "--starts",
                            "2024-10-30T10:30+09:00")  # fmt: skip
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    roster = write_roster(
        tmp_path / "small.csv", [f"정하늘{i},본청,예산과,주무관,{i}" for i in range(3)]
    )
    subprocess.run(kiosk_command(path, "roster", "import", str(roster)), cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    return path


def on_terminal(command: list[str], interrupt_after: bytes = b"") -> tuple[int, str, str]:
    """Run with stderr on a pseudo terminal; SIGINT once `interrupt_after` appeared there.
    Returns the exit code, stdout and what the terminal received."""
    master, terminal = os.openpty()
    with subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=terminal) as child:  # fmt: skip
        os.close(terminal)
        seen, sent = b"", False
        while True:
            try:
                chunk = os.read(master, 4096)
            except OSError:  # the child closed the terminal (EIO)
                break
            if not chunk:
                break
            seen += chunk
            if interrupt_after and interrupt_after in seen and not sent:
                child.send_signal(signal.SIGINT)
                sent = True
        assert child.stdout is not None
        out = child.stdout.read().decode()
        code = child.wait()
    os.close(master)
    return code, out, seen.decode()


def test_export_draws_a_bar_on_a_terminal_and_nothing_extra_when_piped(
    event: Path, tmp_path: Path
) -> None:
    out = tmp_path / "attendance.xlsx"
    command = kiosk_command(event, "export", "--out", str(out))
    code, printed, terminal = on_terminal(command)
    assert code == 0, terminal
    assert "Making the export [" in terminal and "100%" in terminal
    assert terminal.endswith("\r") and terminal.split("\r")[-2].strip() == ""  # wiped
    piped = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    assert piped.returncode == 0
    assert piped.stderr == ""
    assert piped.stdout == printed  # the same one line either way
    assert printed.count("\n") == 1 and str(out) in printed


def test_ctrl_c_while_a_roster_is_read_stops_in_one_line_and_changes_nothing(
    event: Path, tmp_path: Path
) -> None:
    rows = [f"김서준{i},본청,예산과,주무관,{3000000 + i}" for i in range(45_000)]
    big = write_roster(tmp_path / "big.csv", rows)
    command = kiosk_command(event, "roster", "import", str(big))
    code, printed, terminal = on_terminal(command, interrupt_after=b"Reading the roster [")
    assert code == 130
    said = [part.strip() for part in terminal.split("\r") if part.strip()]
    assert said[-1] == STOPPED_ROSTER  # the bar wiped, then one line
    assert terminal.count(STOPPED_ROSTER) == 1 and "Traceback" not in terminal
    assert printed == ""
    store = EventStore.open(event)
    try:
        assert len(store.attendees()) == 3  # the roster as it was
    finally:
        store.close()


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("json", "stream", "drawn"),
    [(False, Terminal(), True), (True, Terminal(), False), (False, io.StringIO(), False)],
)
def test_the_bar_is_drawn_only_on_a_terminal_without_json(
    json: bool, stream: io.StringIO, drawn: bool
) -> None:
    with progress_shown(argparse.Namespace(json=json), "progress_merge", "stopped_merge",
                        stream=stream) as progress:  # fmt: skip
        progress(1, 2)
        progress(2, 2)
    assert ("50%" in stream.getvalue()) is drawn
