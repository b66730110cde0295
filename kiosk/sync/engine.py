"""The Syncthing engine the kiosk owns: found, configured, started and stopped by the kiosk.

The binary is looked for beside the kiosk (a bundle's folder, PyInstaller's _MEIPASS) and then
on PATH. Its home is <data-dir>/sync/engine/: identity (cert.pem, key.pem) generated on first
use, and config.xml rewritten before every start (engine_config: REST on 127.0.0.1 with a random
key, everything that reaches beyond the peers off), so the engine never runs with Syncthing's
defaults and nothing leaves 127.0.0.1 unless the caller passes a real listen address.

Syncthing normally runs as a monitor process restarting a daemon child (measured with 1.19.2: even
with --no-restart there are two processes, and the daemon gets its own process group, so killing
the monitor leaves it running). STMONITORED=1 tells `serve` it already is the monitored daemon:
one process, our child in its own process group, with `--no-restart` so nothing restarts it and
its PID written to engine.pid. Stopping asks the REST API to shut
down, then signals that PID's group (SIGTERM, then SIGKILL), every step bounded; never by name.
Supported: Syncthing 1.19+ (Debian 12's 1.19.2) and 2.x; both take `generate --home` and
`serve --no-browser --no-restart --no-upgrade`, and logs are caught from stdout, not by flag.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from kiosk.sync.engine_config import EngineError, EngineOptions, configure
from kiosk.sync.engine_config import read as read_config
from kiosk.sync.engine_config import write as write_config
from kiosk.sync.rest import RestClient, RestError

log = logging.getLogger(__name__)

EXE_NAME = "syncthing.exe" if sys.platform == "win32" else "syncthing"
CONFIG_FILE = "config.xml"
PID_FILE = "engine.pid"
LOG_FILE = "engine.log"
READY_TIMEOUT_S = 20.0
SHUTDOWN_WAIT_S = 5.0  # after the REST shutdown; then SIGTERM
TERM_WAIT_S = 3.0  # after SIGTERM; then SIGKILL
VERSION_TIMEOUT_S = 10.0
# STMONITORED: run the daemon itself, no monitor process (Syncthing 1.x and 2.x alike).
ENV = {"STMONITORED": "1", "STNOUPGRADE": "1", "STNORESTART": "1", "STNODEFAULTFOLDER": "1"}


@dataclass(frozen=True)
class Binary:
    path: Path
    version: str  # "1.19.2"

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])


def engine_home(data_dir: Path) -> Path:
    return data_dir / "sync" / "engine"


def find_syncthing(beside: Sequence[Path] | None = None) -> Path | None:
    """The bundled engine (beside the executable or in _MEIPASS), else the one on PATH."""
    for folder in bundle_dirs() if beside is None else beside:
        candidate = folder / EXE_NAME
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which(EXE_NAME)
    return Path(found) if found else None


def bundle_dirs() -> list[Path]:
    folders = [Path(sys.executable).resolve().parent]
    meipass = getattr(sys, "_MEIPASS", None)
    return [Path(meipass), *folders] if meipass else folders


def probe(path: Path) -> Binary:
    """The engine's version from `syncthing --version` (bounded)."""
    try:
        out = subprocess.run(
            [str(path), "--version"], capture_output=True, text=True, timeout=VERSION_TIMEOUT_S
        ).stdout
    except (OSError, subprocess.SubprocessError) as e:
        raise EngineError(f"{path}: {e}") from e
    match = re.search(r"\bv(\d+\.\d+\.\d+)", out)
    if not match:
        raise EngineError(f"{path}: not a Syncthing version: {out.strip()[:80]!r}")
    return Binary(path, match.group(1))


LOCK_FILE = "engine.lock"


def _lock_file(handle: IO[bytes]) -> None:
    """An exclusive, non-blocking lock on an open file (OSError when another process has it)."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


class Engine:
    """One Syncthing engine with its home folder; a context manager that always stops it."""

    def __init__(self, home: Path, binary: Binary, options: EngineOptions | None = None) -> None:
        self.home = home
        self.binary = binary
        self.options = options or EngineOptions()
        self._process: subprocess.Popen[bytes] | None = None
        self._lock: IO[bytes] | None = None

    @property
    def config_path(self) -> Path:
        return self.home / CONFIG_FILE

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process and self._process.poll() is None else None

    def client(self) -> RestClient:
        """The REST client for this home's engine (port and key read from config.xml)."""
        gui = read_config(self.config_path).getroot().find("gui")
        if gui is None:
            raise EngineError(f"{self.config_path}: no <gui>")
        port = int(gui.findtext("address", "").rpartition(":")[2] or 0)
        return RestClient(port, gui.findtext("apikey", ""))

    @property
    def listen_address(self) -> str:
        """Where peers reach this engine, e.g. tcp://127.0.0.1:41234 (from config.xml)."""
        return read_config(self.config_path).getroot().findtext("options/listenAddress", "")

    # -- configuration -------------------------------------------------------------------

    def prepare(self) -> None:
        """Generate the identity on first use, then write the settings into config.xml."""
        first = not (self.config_path.exists() and (self.home / "cert.pem").exists())
        if first:
            self._generate()
        tree = read_config(self.config_path)
        configure(tree.getroot(), self.options, fresh_key=first)
        write_config(tree, self.config_path)

    def _generate(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        args = [str(self.binary.path), "generate", "--home", str(self.home)]
        if self.binary.major < 2:  # 2.x never creates a default folder and dropped the flag
            args += ["--no-default-folder", "--skip-port-probing"]
        done = subprocess.run(
            args, capture_output=True, text=True, timeout=VERSION_TIMEOUT_S, env=_env()
        )
        if done.returncode != 0 or not self.config_path.exists():
            raise EngineError(f"syncthing generate: {(done.stderr or done.stdout).strip()[-200:]}")

    # -- the process ---------------------------------------------------------------------

    def start(self, timeout_s: float = READY_TIMEOUT_S) -> RestClient:
        """Start the engine and wait until its REST API answers; EngineError if it does not."""
        if self.pid is not None:
            return self.client()
        self._hold_home()  # before anything else: a second kiosk here must touch nothing
        self._stop_leftover()
        self.prepare()
        self._spawn()
        client = self.client()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._process is None or self._process.poll() is not None:
                self._forget()
                raise EngineError(f"the engine exited at start: {self.log_tail()}")
            if client.ping(timeout_s=1.0):
                return client
            time.sleep(0.1)
        self.stop()
        raise EngineError(f"the engine did not answer within {timeout_s:.0f} s: {self.log_tail()}")

    def _spawn(self) -> None:
        args = [str(self.binary.path), "serve", "--home", str(self.home)]
        args += ["--no-browser", "--no-restart", "--no-upgrade"]
        with open(self.home / LOG_FILE, "wb") as log_file:
            self._process = subprocess.Popen(
                args,
                stdin=subprocess.DEVNULL,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                env=_env(),
                creationflags=_CREATION_FLAGS,
                start_new_session=sys.platform != "win32",  # its own session and process group
            )
        (self.home / PID_FILE).write_text(f"{self._process.pid}\n", encoding="ascii")
        log.info("sync engine %s started, pid %d", self.binary.version, self._process.pid)

    def stop(self) -> None:
        """REST shutdown, then SIGTERM, then SIGKILL to the engine's PID (its group), bounded."""
        process = self._process
        if process is None:
            self._release_home()
            return
        if process.poll() is None:
            with contextlib.suppress(RestError, EngineError, OSError):
                client = self.client()
                RestClient(client.port, client.api_key, timeout_s=2.0).shutdown()
            _end(process)
        self._forget()
        self._release_home()
        log.info("sync engine stopped, pid %d, exit %s", process.pid, process.returncode)

    def _hold_home(self) -> None:
        """Hold this home's lock for as long as this process runs its engine (the system drops
        it if the process dies); EngineError when another process holds it."""
        if self._lock is not None:
            return
        self.home.mkdir(parents=True, exist_ok=True)
        handle = open(self.home / LOCK_FILE, "a+b")  # noqa: SIM115 - held until stop()
        try:
            _lock_file(handle)
        except OSError:
            handle.close()
            message = "another kiosk already runs the sync engine of this data folder"
            raise EngineError(message) from None
        self._lock = handle

    def _release_home(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing drops the lock
            self._lock = None

    def _forget(self) -> None:
        if self._process is not None:
            _signal_group(self._process.pid, _SIGKILL)  # any child left in its group
        self._process = None
        (self.home / PID_FILE).unlink(missing_ok=True)

    def _stop_leftover(self) -> None:
        """An engine left running by a kiosk that died: stopped by its recorded PID."""
        try:
            pid = int((self.home / PID_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            return
        if _is_engine_of(pid, self.home):
            log.warning("stopping the sync engine left running, pid %d", pid)
            _signal_group(pid, signal.SIGTERM)
            if not _wait_gone(pid, TERM_WAIT_S):
                _signal_group(pid, _SIGKILL)
                _wait_gone(pid, TERM_WAIT_S)
        (self.home / PID_FILE).unlink(missing_ok=True)

    def log_tail(self, lines: int = 3) -> str:
        try:
            text = (self.home / LOG_FILE).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return " | ".join(text.strip().splitlines()[-lines:])

    def __enter__(self) -> Engine:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


# -- processes -------------------------------------------------------------------------------

_SIGKILL = getattr(signal, "SIGKILL", signal.SIGTERM)


def _env() -> dict[str, str]:
    return os.environ | ENV


# Windows: its own process group and no console window (--no-console fails in Windows Terminal).
if sys.platform == "win32":
    _CREATION_FLAGS = subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW
else:
    _CREATION_FLAGS = 0


def _end(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(SHUTDOWN_WAIT_S)
        return
    _signal_group(process.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(TERM_WAIT_S)
        return
    _signal_group(process.pid, _SIGKILL)
    try:
        process.wait(TERM_WAIT_S)
    except subprocess.TimeoutExpired as e:
        raise EngineError(f"the engine (pid {process.pid}) would not stop") from e


def _signal_group(pid: int, sig: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError, OSError):
        if sys.platform == "win32":
            os.kill(pid, sig)
        else:
            os.killpg(pid, sig)


def _is_engine_of(pid: int, home: Path) -> bool:
    """True when `pid` is alive and is a Syncthing serving `home` (Linux: its command line)."""
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return any(arg.endswith(EXE_NAME.encode()) for arg in cmdline[:1]) and (
        str(home).encode() in cmdline
    )


def _wait_gone(pid: int, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not _running(pid):
            return True
        time.sleep(0.05)
    return False


def _running(pid: int) -> bool:
    """True while `pid` runs; an exited process not yet reaped (a zombie) has stopped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] != ["Z"]
