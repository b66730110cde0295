"""Real Syncthing engines for the sync tests: loopback only, every wait bounded, all stopped by PID.

`start_engine(name)` starts an engine in tmp_path/<name> (its own data directory, free ports on
127.0.0.1, discovery off) and returns it with its REST client; at teardown every engine started
is stopped by its PID, even when the test failed, and the teardown checks no process is left.
Without a `syncthing` binary the tests that need one are skipped, saying how to install it
(CI installs it, so there they run).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.sync.engine import Binary, Engine, engine_home, find_syncthing, probe
from kiosk.sync.engine_config import EngineOptions
from kiosk.sync.rest import RestClient
from tests.sync.engines import StartEngine, process_alive
from tests.sync.kiosks import Door, StartDoor, event_copies, launch, stop


@pytest.fixture(scope="session")
def syncthing() -> Binary:
    path = find_syncthing()
    if path is None:
        pytest.skip("no syncthing binary beside the kiosk or on PATH (apt-get install syncthing)")
    return probe(path)


@pytest.fixture
def start_engine(tmp_path: Path, syncthing: Binary) -> Iterator[StartEngine]:
    engines: list[Engine] = []
    pids: list[int] = []

    def start(name: str, **options: object) -> tuple[Engine, RestClient]:
        home = engine_home(tmp_path / name)
        engine = Engine(home, syncthing, EngineOptions(name=name, **options))  # type: ignore[arg-type]
        engines.append(engine)
        client = engine.start()
        pids.append(engine.pid or 0)
        return engine, client

    yield start
    errors = []
    for engine in engines:
        try:
            engine.stop()
        except Exception as e:  # stop the others all the same
            errors.append(e)
    left = [pid for pid in pids if process_alive(pid)]
    assert not errors, errors
    assert not left, f"engine processes left running: {left}"


@pytest.fixture
def copies(tmp_path: Path) -> tuple[Path, Path, list[str]]:
    """Copies of one event file for doors A and B, and tickets for 14 people."""
    (a, b), codes = event_copies(tmp_path, ("a", "b"))
    return a, b, codes


@pytest.fixture
def start_door(tmp_path: Path, syncthing: Binary) -> Iterator[StartDoor]:
    """Starts `kiosk sync run` for a door; at teardown every door and engine is stopped by PID."""
    doors: list[Door] = []

    def start(name: str, event: Path, door: str) -> Door:
        found = launch(tmp_path / f"data-{name}", event, door)
        doors.append(found)
        ready = found.lines.get(timeout=30)
        assert ready.startswith("Door sync running"), ready
        return found

    yield start
    left = [pid for pid in map(stop, doors) if pid]
    assert not left, f"engines left running: {left}"
