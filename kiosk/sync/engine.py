"""The Syncthing engine the kiosk owns: found, configured, started and stopped by the kiosk.

The binary is looked for beside the kiosk (a bundle's folder, PyInstaller's _MEIPASS) and then
on PATH. Its home is <data-dir>/sync/engine/: identity (cert.pem, key.pem) generated on first
use, and config.xml rewritten before every start so the engine never runs with Syncthing's
defaults: REST on 127.0.0.1 at a free port kept in config.xml, a random API key, global
discovery, relays, NAT/STUN, usage and crash reports, upgrades and restarts off, LAN discovery
only when asked for, and a short reconnect interval. The listen address defaults to a free
loopback port, so nothing leaves 127.0.0.1 unless the caller passes a real one.

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
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from kiosk.sync.rest import LOOPBACK, RestClient, RestError

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


class EngineError(Exception):
    """The engine is missing, would not start, or would not stop."""


@dataclass(frozen=True)
class Binary:
    path: Path
    version: str  # "1.19.2"

    @property
    def major(self) -> int:
        return int(self.version.split(".")[0])


@dataclass(frozen=True)
class EngineOptions:
    listen: str | None = None  # HOST:PORT or tcp://HOST:PORT; None: a free port on 127.0.0.1
    local_discovery: bool = False  # LAN discovery: only a real deployment turns it on
    name: str = "kiosk"  # the device name peers see
    reconnect_s: int = 5  # Syncthing's default is 60


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


def listen_url(text: str) -> str:
    """HOST:PORT as Syncthing's tcp:// listen address (a tcp:// URL is kept as it is)."""
    address = text.removeprefix("tcp://")
    host, sep, port = address.rpartition(":")
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(f"not HOST:PORT: {text!r}")
    return f"tcp://{address}"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def port_is_free(port: int) -> bool:
    """True when the engine could listen on the port (as Go does, despite TIME_WAIT leftovers)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        if sys.platform != "win32":
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((LOOPBACK, port))
        except OSError:
            return False
        return True


class Engine:
    """One Syncthing engine with its home folder; a context manager that always stops it."""

    def __init__(self, home: Path, binary: Binary, options: EngineOptions | None = None) -> None:
        self.home = home
        self.binary = binary
        self.options = options or EngineOptions()
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def config_path(self) -> Path:
        return self.home / CONFIG_FILE

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process and self._process.poll() is None else None

    def client(self) -> RestClient:
        """The REST client for this home's engine (port and key read from config.xml)."""
        gui = _read(self.config_path).getroot().find("gui")
        if gui is None:
            raise EngineError(f"{self.config_path}: no <gui>")
        port = int(gui.findtext("address", "").rpartition(":")[2] or 0)
        return RestClient(port, gui.findtext("apikey", ""))

    @property
    def listen_address(self) -> str:
        """Where peers reach this engine, e.g. tcp://127.0.0.1:41234 (from config.xml)."""
        return _read(self.config_path).getroot().findtext("options/listenAddress", "")

    # -- configuration -------------------------------------------------------------------

    def prepare(self) -> None:
        """Generate the identity on first use, then write the settings into config.xml."""
        first = not (self.config_path.exists() and (self.home / "cert.pem").exists())
        if first:
            self._generate()
        tree = _read(self.config_path)
        configure(tree.getroot(), self.options, fresh_key=first)
        _write(tree, self.config_path)

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
            return
        if process.poll() is None:
            with contextlib.suppress(RestError, EngineError, OSError):
                RestClient(self.client().port, self.client().api_key, timeout_s=2.0).shutdown()
            _end(process)
        self._forget()
        log.info("sync engine stopped, pid %d, exit %s", process.pid, process.returncode)

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


# -- config.xml ------------------------------------------------------------------------------


def configure(root: ET.Element, options: EngineOptions, fresh_key: bool) -> None:
    """Set the GUI/REST and network switches in a parsed config.xml (other settings kept)."""
    gui = _child(root, "gui")
    gui.set("enabled", "true")
    gui.set("tls", "false")
    old_port = int(gui.findtext("address", "").rpartition(":")[2] or 0)
    port = old_port if not fresh_key and old_port and port_is_free(old_port) else free_port()
    _child(gui, "address").text = f"{LOOPBACK}:{port}"
    if fresh_key or not gui.findtext("apikey"):
        _child(gui, "apikey").text = secrets.token_urlsafe(24)
    opts = _child(root, "options")
    kept = [old.text or "" for old in opts.findall("listenAddress")]
    for old in opts.findall("listenAddress"):
        opts.remove(old)
    ET.SubElement(opts, "listenAddress").text = _listen(options, kept)
    for tag, value in _switches(options).items():
        _child(opts, tag).text = value
    device = _own_device(root)
    if device is not None:
        device.set("name", options.name)


def _switches(options: EngineOptions) -> dict[str, str]:
    return {
        "globalAnnounceEnabled": "false",
        "localAnnounceEnabled": "true" if options.local_discovery else "false",
        "relaysEnabled": "false",
        "natEnabled": "false",
        "stunKeepaliveStartS": "0",
        "stunKeepaliveMinS": "0",
        "urAccepted": "-1",
        "crashReportingEnabled": "false",
        "autoUpgradeIntervalH": "0",
        "startBrowser": "false",
        "restartOnWakeup": "false",  # a restart with no monitor would end the engine
        "reconnectionIntervalS": str(options.reconnect_s),
    }


def _listen(options: EngineOptions, kept: list[str]) -> str:
    """The address asked for, else the loopback port chosen before (while free), else a new one."""
    if options.listen:
        return listen_url(options.listen)
    loopback = f"tcp://{LOOPBACK}:"
    ports = [k.removeprefix(loopback) for k in kept if k.startswith(loopback)]
    if len(kept) == 1 and ports and ports[0].isdigit() and port_is_free(int(ports[0])):
        return kept[0]
    return f"{loopback}{free_port()}"


def _own_device(root: ET.Element) -> ET.Element | None:
    devices = root.findall("device")
    return devices[0] if len(devices) == 1 else None


def _child(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.find(tag)
    return found if found is not None else ET.SubElement(parent, tag)


def _read(path: Path) -> ET.ElementTree[ET.Element]:
    try:
        return ET.parse(path)
    except (OSError, ET.ParseError) as e:
        raise EngineError(f"{path}: {e}") from e


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    partial = path.with_name(path.name + ".partial")
    tree.write(partial, encoding="utf-8", xml_declaration=False)
    os.replace(partial, path)


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
