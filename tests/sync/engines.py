"""Helpers for tests with real Syncthing engines: bounded waits, process and socket checks."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from kiosk.sync.engine import Engine
from kiosk.sync.rest import RestClient

StartEngine = Callable[..., tuple[Engine, RestClient]]


def process_alive(pid: int) -> bool:
    """True while `pid` runs (a zombie counts as gone)."""
    if sys.platform.startswith("linux"):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except OSError:
            return False
        return stat.rpartition(")")[2].split()[0] != "Z"
    try:
        os.kill(pid, 0)
    except OSError:
        return False
    return True


def wait_until(condition: Callable[[], object], timeout_s: float, step_s: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step_s)
    return bool(condition())


def socket_addresses(pid: int) -> list[tuple[str, str, str]]:
    """(protocol, local IP, remote IP) of every inet socket the process holds (Linux only)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        target = os.readlink(fd) if fd.is_symlink() else ""
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for proto in ("tcp", "tcp6", "udp", "udp6"):
        lines = Path(f"/proc/{pid}/net/{proto}").read_text().splitlines()[1:]
        for line in lines:
            fields = line.split()
            if fields[9] in inodes:
                found.append((proto, _ip(fields[1]), _ip(fields[2])))
    return found


def _ip(hex_address: str) -> str:
    """/proc/net's little-endian hex address as text (IPv6 shown as hex, enough to compare)."""
    host = hex_address.split(":")[0]
    if len(host) == 8:
        return ".".join(str(int(host[i : i + 2], 16)) for i in (6, 4, 2, 0))
    return host
