"""The kiosk's own Syncthing engine: configured privately, started, paired, stopped by PID.

The engines here are real daemons on 127.0.0.1 (free ports, discovery off); see conftest.py.
"""

from __future__ import annotations

import os
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.sync.engine import Binary, Engine, engine_home, find_syncthing, probe
from kiosk.sync.engine_config import EngineError, EngineOptions, configure, listen_url
from kiosk.sync.rest import RECEIVE_ONLY, SEND_ONLY
from tests.sync.engines import StartEngine, process_alive, socket_addresses, wait_until

# What `syncthing generate` writes (1.19.2), trimmed to the switches that reach the network.
DEFAULTS = """<configuration version="36">
  <device id="AAAAAAA" name="vm"><address>dynamic</address></device>
  <gui enabled="true" tls="false"><address>127.0.0.1:8384</address><apikey>generated</apikey></gui>
  <options>
    <listenAddress>default</listenAddress>
    <globalAnnounceEnabled>true</globalAnnounceEnabled>
    <localAnnounceEnabled>true</localAnnounceEnabled>
    <reconnectionIntervalS>60</reconnectionIntervalS>
    <relaysEnabled>true</relaysEnabled>
    <startBrowser>true</startBrowser>
    <natEnabled>true</natEnabled>
    <urAccepted>0</urAccepted>
    <restartOnWakeup>true</restartOnWakeup>
    <autoUpgradeIntervalH>12</autoUpgradeIntervalH>
    <crashReportingEnabled>true</crashReportingEnabled>
    <stunKeepaliveStartS>180</stunKeepaliveStartS>
  </options>
</configuration>"""

UNCONNECTED_OR_LOOPBACK = ("127.0.0.1", "0.0.0.0")
PRIVATE = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "stunKeepaliveStartS": "0",
    "urAccepted": "-1",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    "restartOnWakeup": "false",
    "reconnectionIntervalS": "5",
}


def assert_private(root: ET.Element) -> None:
    options = root.find("options")
    assert options is not None
    assert {tag: options.findtext(tag) for tag in PRIVATE} == PRIVATE
    listen = [e.text or "" for e in options.findall("listenAddress")]
    assert len(listen) == 1 and listen[0].startswith("tcp://127.0.0.1:"), listen
    address = root.findtext("gui/address", "")
    assert address.startswith("127.0.0.1:") and address != "127.0.0.1:8384"


def test_configuring_turns_every_network_and_privacy_switch_off() -> None:
    root = ET.fromstring(DEFAULTS)
    configure(root, EngineOptions(name="출입구 2"), fresh_key=True)
    assert_private(root)
    assert root.findtext("gui/apikey") not in ("", "generated")
    assert root.find("device").get("name") == "출입구 2"  # type: ignore[union-attr]


def test_lan_discovery_and_a_real_listen_address_only_when_asked_for() -> None:
    root = ET.fromstring(DEFAULTS)
    configure(root, EngineOptions(listen="0.0.0.0:22000", local_discovery=True), fresh_key=True)
    assert root.findtext("options/localAnnounceEnabled") == "true"
    assert root.findtext("options/listenAddress") == "tcp://0.0.0.0:22000"
    assert root.findtext("options/globalAnnounceEnabled") == "false"


def test_listen_address_is_host_and_port() -> None:
    assert listen_url("192.168.0.10:22000") == "tcp://192.168.0.10:22000"
    assert listen_url("tcp://[::]:22000") == "tcp://[::]:22000"
    for bad in ("22000", "host:", "host:port", "host:70000"):
        with pytest.raises(ValueError):
            listen_url(bad)


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for the binary")
def test_the_bundled_engine_wins_over_path_and_its_version_is_read(tmp_path: Path) -> None:
    fake = tmp_path / "syncthing"
    fake.write_text("#!/bin/sh\necho 'syncthing v2.0.10 \"Hafnium Hornet\" (go1.24 linux-amd64)'\n")
    fake.chmod(0o755)
    assert find_syncthing(beside=[tmp_path]) == fake
    assert probe(fake) == Binary(fake, "2.0.10") and probe(fake).major == 2


def test_the_written_config_has_every_switch_off(tmp_path: Path, syncthing: Binary) -> None:
    engines = [Engine(engine_home(tmp_path / d), syncthing) for d in ("a", "b")]
    for engine in engines:
        engine.prepare()
        assert_private(ET.parse(engine.config_path).getroot())
    keys = {engine.client().api_key for engine in engines}
    assert len(keys) == 2 and all(len(k) >= 32 for k in keys)


def test_a_file_published_at_a_reaches_the_peer_only_over_loopback(
    tmp_path: Path, start_engine: StartEngine
) -> None:
    a, rest_a = start_engine("a")
    b, rest_b = start_engine("b")
    id_a, id_b = rest_a.my_id(), rest_b.my_id()
    rest_a.add_device(id_b, "b", [b.listen_address])
    rest_b.add_device(id_a, "a", [a.listen_address])
    out, inbox = tmp_path / "a" / "out", tmp_path / "b" / "peer-a"
    rest_a.add_folder("kiosk-a", str(out), SEND_ONLY, [id_b])
    rest_b.add_folder("kiosk-a", str(inbox), RECEIVE_ONLY, [id_a])
    assert wait_until(lambda: rest_a.connections().get(id_b, {}).get("connected"), 15)

    wait_until(lambda: out.is_dir(), 5)
    sent = time.monotonic()
    (out / "rows.txt").write_text("door a: 1 row\n", encoding="utf-8")
    rest_a.scan("kiosk-a")
    arrived = inbox / "rows.txt"
    assert wait_until(lambda: arrived.exists() and arrived.read_text() == "door a: 1 row\n", 15)
    print(f"written at A to read at B: {time.monotonic() - sent:.3f} s")
    assert rest_b.folder_status("kiosk-a")["state"] in ("idle", "syncing")
    assert not list(inbox.glob("*.sync-conflict-*"))

    if sys.platform.startswith("linux"):
        for engine in (a, b):
            sockets = socket_addresses(engine.pid or 0)
            assert sockets, "the engine holds no socket?"
            bad = [
                s for s in sockets if s[1] != "127.0.0.1" or s[2] not in ("127.0.0.1", "0.0.0.0")
            ]
            assert not bad, f"an engine socket off the loopback interface: {bad}"


def test_stopping_ends_the_engine_process_and_forgets_its_pid(start_engine: StartEngine) -> None:
    engine, rest = start_engine("a")
    pid = engine.pid
    assert pid and (engine.home / "engine.pid").read_text().strip() == str(pid)
    engine.stop()
    assert not process_alive(pid)
    assert not (engine.home / "engine.pid").exists()
    assert not rest.ping(timeout_s=1.0)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a leftover is found via /proc")
def test_an_engine_left_by_a_kiosk_that_died_is_stopped_and_the_new_one_starts(
    tmp_path: Path, start_engine: StartEngine, syncthing: Binary
) -> None:
    first, rest = start_engine("a")
    orphan = first.pid
    assert orphan
    process, first._process = first._process, None  # the kiosk died: only engine.pid is left
    first._release_home()  # ...and the system dropped its lock on the engine's home
    try:
        second = Engine(first.home, syncthing)
        client = second.start()
        assert client.my_id() == rest.my_id()  # the same identity, in the same home
        assert not process_alive(orphan)
        second.stop()
    finally:
        if process_alive(orphan):
            os.kill(orphan, 9)
        if process is not None:
            process.wait(10)  # reaped here, as the dead kiosk's system would


def test_a_second_kiosk_on_the_same_data_folder_touches_nothing(
    start_engine: StartEngine, syncthing: Binary
) -> None:
    """Red team: a second `kiosk sync run` here used to stop the first one's engine."""
    first, client = start_engine("a")
    running = first.pid
    second = Engine(first.home, syncthing)
    with pytest.raises(EngineError, match="already runs"):
        second.start()
    assert first.pid == running and process_alive(running)
    assert client.ping(timeout_s=2.0)
