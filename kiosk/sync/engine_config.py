"""Syncthing's config.xml as the kiosk writes it before every start of its engine.

Only the REST/GUI element and the network switches are set; everything else Syncthing keeps
(paired devices, folders) is left as it is. The engine never runs with Syncthing's defaults:
REST on 127.0.0.1 at a free port (kept while it stays free, never 8384) with a random API key,
one listen address (a free loopback port unless the caller gives HOST:PORT), global discovery,
relays, NAT/STUN, usage and crash reports, upgrades and restart-on-wake-up off, LAN discovery only
when asked for (a real deployment), and a short reconnect interval.
"""

from __future__ import annotations

import os
import secrets
import socket
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from kiosk.sync.rest import LOOPBACK


class EngineError(Exception):
    """The engine is missing, would not start or stop, or its config.xml is unreadable."""


@dataclass(frozen=True)
class EngineOptions:
    listen: str | None = None  # HOST:PORT or tcp://HOST:PORT; None: a free port on 127.0.0.1
    local_discovery: bool = False  # LAN discovery: only a real deployment turns it on
    name: str = "kiosk"  # the device name peers see
    reconnect_s: int = 5  # Syncthing's default is 60


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


def read(path: Path) -> ET.ElementTree[ET.Element]:
    try:
        return ET.parse(path)
    except (OSError, ET.ParseError) as e:
        raise EngineError(f"{path}: {e}") from e


def write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    partial = path.with_name(path.name + ".partial")
    tree.write(partial, encoding="utf-8", xml_declaration=False)
    os.replace(partial, path)
