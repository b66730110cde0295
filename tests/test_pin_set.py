"""`kiosk pin set`: the organizer provisions the operator PIN before the file goes to the kiosks.

Typed twice on a terminal or one line on standard input, never on the command line; anything
else is refused in one line, with exit 1 (2 for a usage error), and the file is left as it was.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import run
from kiosk.domain.clock import FixedClock
from kiosk.services.pins import PinStore
from kiosk.storage.store import EventStore
from tests.fakes import DOORS_OPEN, open_door

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "lecture.db"
    open_door(path).store.close()
    return path


def pin_set(tmp_path: Path, event_file: Path, typed: bytes, monkeypatch, *extra: str) -> int:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(typed)))
    data = str(tmp_path / "data")
    return run(["--data-dir", data, *extra, "--event", str(event_file), "pin", "set"])


def pins(event_file: Path) -> tuple[EventStore, PinStore]:
    store = EventStore.open(event_file)
    return store, PinStore(store, FixedClock(DOORS_OPEN))


def accepts(event_file: Path, entered: str) -> bool:
    store, found = pins(event_file)
    try:
        return found.is_set() and found.check(entered).accepted
    finally:
        store.close()


def test_one_line_on_stdin_sets_the_pin(tmp_path: Path, event_file: Path, monkeypatch, capsys):
    assert pin_set(tmp_path, event_file, b"246810\n", monkeypatch, "--lang", "ko") == 0
    assert "운영자 PIN을 설정했습니다" in capsys.readouterr().out
    assert accepts(event_file, "246810")


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        (b"12\n", "A PIN is 4 to 12 digits"),  # too short
        (b"1234567890123\n", "A PIN is 4 to 12 digits"),  # too long
        (b"abcd\n", "A PIN is 4 to 12 digits"),
        ("１２３４\n".encode(), "A PIN is 4 to 12 digits"),  # full-width digits
        (b"\n", "No PIN was given"),
        (b"", "No PIN was given"),
        (b"\xff\xfe12\n", "not UTF-8"),
    ],
)
def test_a_bad_pin_is_refused_in_one_line_and_the_old_one_stays(
    tmp_path: Path, event_file: Path, monkeypatch, capsys, typed: bytes, says: str
) -> None:
    assert pin_set(tmp_path, event_file, b"9753\n", monkeypatch) == 0
    capsys.readouterr()
    code = pin_set(tmp_path, event_file, typed, monkeypatch, "--lang", "en")
    err = capsys.readouterr().err
    assert code == 1
    assert says in err and "Nothing changed" in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert accepts(event_file, "9753")


def test_the_pin_is_never_taken_from_the_command_line(
    tmp_path: Path, event_file: Path, monkeypatch, capsys
) -> None:
    code = run(
        ["--data-dir", str(tmp_path / "d"), "--event", str(event_file), "pin", "set", "2468"]
    )
    assert code == 2
    assert not accepts(event_file, "2468")


def test_pin_set_clears_a_lockout(tmp_path: Path, event_file: Path, monkeypatch) -> None:
    store, found = pins(event_file)
    found.set_pin("1111")
    for _ in range(found.policy.max_failures):
        found.check("0000")
    assert found.locked_for().total_seconds() > 0
    store.close()
    assert pin_set(tmp_path, event_file, b"2222\n", monkeypatch) == 0
    assert accepts(event_file, "2222")


def test_pin_reset_says_to_run_pin_set(tmp_path: Path, event_file: Path, monkeypatch, capsys):
    assert pin_set(tmp_path, event_file, b"2468\n", monkeypatch) == 0
    data = str(tmp_path / "data")
    assert (
        run(["--data-dir", data, "--lang", "en", "--event", str(event_file), "pin", "reset"]) == 0
    )
    assert "kiosk pin set" in capsys.readouterr().out
    assert not accepts(event_file, "2468")


def test_a_pipe_into_a_real_process_sets_the_pin(tmp_path: Path, event_file: Path) -> None:
    env = {**os.environ, "KIOSK_LANG": "en"}
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")]
    result = subprocess.run(
        [*command, "--event", str(event_file), "pin", "set"],
        input=b"13579\n",
        capture_output=True,
        cwd=ROOT,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    assert b"The operator PIN is set" in result.stdout
    assert accepts(event_file, "13579")
