"""The door-sync checks of `kiosk doctor`: the sync engine (found, its version, its ports) and
whether the venue LAN lets the doors see each other, as far as this machine can tell.

Like the machine checks (kiosk/services/doctor_checks.py), they return a `Check` of values; the
engine's version probe and the LAN's addresses come in as parameters, so tests need neither.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.services.doctor_checks import Check, Status, Words, said


@dataclass(frozen=True)
class Lan:
    """What this machine knows of the venue LAN: its own IPv4 addresses (loopback left out) and,
    when an engine runs here with LAN discovery on, how many other devices it has heard."""

    addresses: tuple[str, ...]
    heard: int | None = None


def sync_check(
    engine: Path | None,
    version: Callable[[Path], str],
    ports: tuple[str, str] | None,
    lan: Lan,
) -> Check:
    """The door-sync engine: found and its version, or not (sync off, the kiosk works as
    before); `ports` (REST address, listen address) when an engine runs for this data dir;
    whether the LAN lets the doors see each other, as far as this machine can tell."""
    if engine is None:
        return Check("sync_engine", Status.OK, said("doctor_sync_none"))
    try:
        found = said("doctor_sync_found", version=version(engine), path=engine)
    except Exception as error:  # a damaged or foreign binary: the door works without sync
        detail = str(error)[-120:]
        broken = said("doctor_sync_broken", path=engine, detail=detail)
        return Check("sync_engine", Status.WARN, broken, said("doctor_sync_broken_advice"))
    if ports is not None:
        found += said("doctor_sync_running", rest=ports[0], listen=ports[1])
    return _lan_verdict(found, lan)


def _lan_verdict(found: Words, lan: Lan) -> Check:
    if not lan.addresses:
        found += said("doctor_sync_no_network")
        return Check("sync_engine", Status.WARN, found, said("doctor_sync_no_network_advice"))
    found += said("doctor_sync_lan", addresses=", ".join(lan.addresses))
    if lan.heard == 0:
        found += said("doctor_sync_heard_none")
        return Check("sync_engine", Status.WARN, found, said("doctor_sync_heard_none_advice"))
    if lan.heard is not None:
        found += said("doctor_sync_heard", count=lan.heard)
    return Check("sync_engine", Status.OK, found)


def lan_addresses() -> tuple[str, ...]:
    """This machine's IPv4 addresses other than loopback; nothing is sent anywhere."""
    import socket

    found: set[str] = set()
    with contextlib.suppress(OSError):
        found.update(socket.gethostbyname_ex(socket.gethostname())[2])
    if sys.platform.startswith("linux"):
        found.update(_linux_addresses())
    return tuple(sorted(a for a in found if not a.startswith("127.")))


def _linux_addresses() -> list[str]:
    """Each interface's IPv4 address (SIOCGIFADDR), the way `ip -4 addr` lists them."""
    import fcntl
    import socket
    import struct

    addresses = []
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        for _, name in socket.if_nameindex():
            request = struct.pack("256s", name.encode()[:15])
            with contextlib.suppress(OSError):  # an interface without an IPv4 address
                answer = fcntl.ioctl(probe.fileno(), 0x8915, request)  # SIOCGIFADDR
                addresses.append(socket.inet_ntoa(answer[20:24]))
    return addresses
