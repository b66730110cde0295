"""Two doors paired through `kiosk sync invite` / `join`, with real engines, end to end.

Each door is a real `kiosk sync run` process on its own data directory and its own copy of one
event file (as the organizer copies it onto each laptop), everything on 127.0.0.1 with free
ports and discovery off; every wait is bounded and every process is stopped by its PID.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kiosk.files.keys import key_path_for
from kiosk.sync import pairing
from kiosk.sync.pairing import PairingError, engine_client
from tests.sync import kiosks
from tests.sync.engines import StartEngine, wait_until
from tests.sync.kiosks import ROOT, StartDoor, kiosk

WAIT_S = kiosks.WAIT_S
LEAD_ID = "LEADLEA-DLEAD23-LEADLEA-DLEAD23-LEADLEA-DLEAD23-LEADLEA-DLEAD23"  # Syncthing's form
_engine_pid = kiosks.engine_pid
_rows_of = kiosks.rows_of
_paired = kiosks.paired


@pytest.fixture
def event_copies(copies: tuple[Path, Path, list[str]]) -> tuple[Path, Path, list[str]]:
    return copies


def test_two_doors_pair_by_invitation_and_a_repeat_at_b_names_door_a(
    event_copies: tuple[Path, Path, list[str]], start_door: StartDoor, start_engine: StartEngine
) -> None:
    event_a, event_b, codes = event_copies
    a = start_door("a", event_a, "동문")
    b = start_door("b", event_b, "서문")
    invited = a.kiosk("sync", "invite")
    assert invited.returncode == 0, invited.stderr
    (text,) = invited.stdout.splitlines()  # exactly one line: the text
    assert text.startswith("KIOSKSYNC1:")

    # A device that knows the invitation but not its token knocks first: never accepted.
    intruder, intruder_client = start_engine("intruder")
    forged = pairing.parse(text)
    wrong = pairing.Invitation(forged.device_id, forged.addresses, forged.uid, forged.number,
                               forged.kiosk_id, "not-the-token")  # fmt: skip
    pairing.join(wrong, intruder_client, intruder.listen_address,
                 (forged.uid, forged.number), "badbadbadbadbad0")  # fmt: skip

    joined = b.kiosk("sync", "join", text)
    assert joined.returncode == 0, joined.stderr
    assert wait_until(lambda: b.kiosk_id() in _paired(a.data_dir), WAIT_S, 0.2)

    # A ticket checked in at A by another process on A's event file reaches B.
    first = a.kiosk("checkin", "--code", codes[0], "--door", "동문", "--json")
    assert json.loads(first.stdout)["outcome"] == "accepted"
    assert wait_until(lambda: _rows_of(event_b, a.kiosk_id()) == 1, WAIT_S, 0.05)
    again = json.loads(b.kiosk("checkin", "--code", codes[0], "--json").stdout)
    assert again["outcome"] == "already_checked_in"
    assert again["first_door"] == "동문"

    # And B's check-in reaches A (totals converge both ways).
    assert wait_until(lambda: _rows_of(event_a, b.kiosk_id()) == 1, WAIT_S, 0.05)

    def doors_at_a() -> dict[str, dict[str, object]]:
        status = json.loads(a.kiosk("sync", "status", "--json").stdout)
        return {d["kiosk_id"]: d for d in status["doors"]}

    # The status file is rewritten every second: it may lag the fold by that much.
    assert wait_until(lambda: b.kiosk_id() in doors_at_a(), WAIT_S, 0.2)
    doors = doors_at_a()
    assert doors[b.kiosk_id()]["online"] is True
    assert doors[b.kiosk_id()]["door"] == "서문"
    assert intruder_client.my_id() not in {d["deviceID"] for d in _devices(a.data_dir)}

    # Figures: A's commit to the row folded into B's event file (what makes the repeat).
    delays = []
    for code in codes[1:11]:
        before = _rows_of(event_b, a.kiosk_id())
        started = time.monotonic()
        assert json.loads(a.kiosk("checkin", "--code", code, "--json").stdout)["outcome"] == (
            "accepted"
        )
        committed = time.monotonic()  # the process has exited, so its commit is done
        assert wait_until(lambda n=before: _rows_of(event_b, a.kiosk_id()) > n, WAIT_S, 0.01)
        delays.append(time.monotonic() - committed)
        assert committed - started < WAIT_S
    p50 = statistics.median(delays)
    p95 = sorted(delays)[int(0.95 * (len(delays) - 1))]
    print(f"\ncommit at A -> folded at B over {len(delays)} tickets: "
          f"p50 {p50 * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms")  # fmt: skip
    # B's engine killed -9: B's kiosk starts it again and catches up by itself.
    killed = _engine_pid(b.data_dir)
    assert killed is not None
    os.killpg(killed, signal.SIGKILL)
    assert json.loads(a.kiosk("checkin", "--code", codes[11], "--json").stdout)["outcome"] == (
        "accepted"
    )
    assert wait_until(lambda: _rows_of(event_b, a.kiosk_id()) == 12, WAIT_S, 0.05)
    assert _engine_pid(b.data_dir) not in (None, killed)
    assert not list(a.data_dir.rglob("*.sync-conflict-*")) + list(
        b.data_dir.rglob("*.sync-conflict-*")
    )


def _devices(data_dir: Path) -> list[dict[str, object]]:
    client, _ = engine_client(data_dir)
    return client.devices()


def test_three_doors_form_a_mesh_that_keeps_working_when_the_lead_is_gone(
    event_copies: tuple[Path, Path, list[str]], start_door: StartDoor
) -> None:
    event_a, event_b, codes = event_copies
    event_c = event_b.with_name("c.db")
    shutil.copyfile(event_a, event_c)
    shutil.copyfile(key_path_for(event_a), key_path_for(event_c))
    a = start_door("a", event_a, "동문")
    b = start_door("b", event_b, "서문")
    c = start_door("c", event_c, "남문")
    text = a.kiosk("sync", "invite").stdout.strip()
    assert b.kiosk("sync", "join", text).returncode == 0
    assert wait_until(lambda: b.kiosk_id() in _paired(a.data_dir), WAIT_S, 0.2)
    # B used that invitation: C showing the same text stays pending, never paired.
    assert c.kiosk("sync", "join", text).returncode == 0
    assert not wait_until(lambda: c.kiosk_id() in _paired(a.data_dir), 4.0, 0.2)
    fresh = a.kiosk("sync", "invite").stdout.strip()  # the lead's QR code shows a new one
    assert c.kiosk("sync", "join", fresh).returncode == 0
    assert wait_until(lambda: c.kiosk_id() in _paired(a.data_dir), WAIT_S, 0.2)
    # The lead introduces B and C to each other: they link directly, not only through A.
    assert wait_until(lambda: _linked(b.data_dir, c.kiosk_id()), WAIT_S, 0.2)
    assert wait_until(lambda: _linked(c.data_dir, b.kiosk_id()), WAIT_S, 0.2)
    assert wait_until(lambda: _has_folder(c.data_dir, b.kiosk_id()), WAIT_S, 0.2)

    a.process.send_signal(signal.SIGTERM)  # the lead's laptop is closed
    a.process.wait(WAIT_S)
    first = b.kiosk("checkin", "--code", codes[2], "--door", "서문", "--json")
    assert json.loads(first.stdout)["outcome"] == "accepted"
    assert wait_until(lambda: _rows_of(event_c, b.kiosk_id()) == 1, WAIT_S, 0.05)
    again = json.loads(c.kiosk("checkin", "--code", codes[2], "--json").stdout)
    assert (again["outcome"], again["first_door"]) == ("already_checked_in", "서문")


def _linked(data_dir: Path, kiosk_id: str) -> bool:
    try:
        client, _ = engine_client(data_dir)
        ids = {d["deviceID"] for d in client.devices() if d["name"] == kiosk_id}
        return any(client.connections().get(i, {}).get("connected") for i in ids)
    except (PairingError, OSError):
        return False


def _has_folder(data_dir: Path, kiosk_id: str) -> bool:
    client, _ = engine_client(data_dir)
    return any(f["id"].endswith(f"-{kiosk_id}") for f in client.folders())


def test_without_the_engine_sync_run_says_so_in_one_line(
    event_copies: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    env = os.environ | {"PATH": str(tmp_path / "empty"), "KIOSK_LANG": "en"}
    command = [sys.executable, "-m", "kiosk", "--data-dir", str(tmp_path / "data")]
    command += ["--event", str(event_copies[0]), "sync", "run", "--no-discovery"]
    done = subprocess.run(
        command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=WAIT_S, check=False
    )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "No sync engine (syncthing): the kiosk works without door sync; merge by USB at the end."
    ]
    checkin = kiosk(tmp_path / "data", event_copies[0], "checkin", "--code", event_copies[2][0])
    assert checkin.returncode == 0  # the kiosk works as before


def test_join_refuses_a_text_that_is_not_an_invitation_and_invite_needs_sync_run(
    event_copies: tuple[Path, Path, list[str]], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    joined = kiosk(data, event_copies[0], "--lang", "en", "sync", "join", "KIOSKSYNC1:@@@")
    assert (joined.returncode, joined.stderr.strip()) == (
        2,
        "Not a pairing invitation (it starts with KIOSKSYNC1:).",
    )
    other = pairing.Invitation(LEAD_ID, [], "another-event", 1030, "lead", "token").text()
    joined = kiosk(data, event_copies[0], "--lang", "en", "sync", "join", other)
    assert (joined.returncode, joined.stderr.strip()) == (
        1,
        "The invitation is for another event: both doors need the same event file.",
    )
    listen = kiosk(data, event_copies[0], "--lang", "en", "sync", "run", "--listen", "nowhere")
    assert (listen.returncode, listen.stderr.strip()) == (2, "--listen must be HOST:PORT: nowhere")
    invited = kiosk(data, event_copies[0], "--lang", "en", "sync", "invite")
    assert invited.returncode == 1 and invited.stdout == ""
    assert invited.stderr.strip().startswith("Sync is not running for this data directory")


class KnockingClient:
    """The lead's engine as `accept_pending` sees it: devices knocking, devices added."""

    def __init__(self, pending: dict[str, dict[str, object]]) -> None:
        self.pending = pending
        self.added: list[str] = []
        self.names: list[str] = []

    def pending_devices(self) -> dict[str, dict[str, object]]:
        return self.pending

    def add_device(self, device_id: str, name: str, addresses: list[str]) -> None:
        self.added.append(device_id)
        self.names.append(name)

    def devices(self) -> list[dict[str, object]]:
        return [{"deviceID": "LEAD", "name": "lead"}, *({"name": n} for n in self.names)]


def test_the_lead_accepts_only_a_device_proving_a_live_invitations_token(tmp_path: Path) -> None:
    class Lead:
        def my_id(self) -> str:
            return "LEAD"

    made = pairing.invite(tmp_path, Lead(), "tcp://127.0.0.1:5", ("u", 1), "lead", now=1000.0)  # type: ignore[arg-type]
    key = pairing._key(made.token)
    good = f"b1|{pairing._proof(key, 'GOOD')}|tcp://127.0.0.1:6"
    stolen = f"c1|{pairing._proof(key, 'GOOD')}|"  # another device replaying GOOD's proof
    guessed = f"d1|{pairing._proof(pairing._key('guess'), 'GUESS')}|"
    client = KnockingClient(
        {"GOOD": {"name": good}, "THIEF": {"name": stolen}, "GUESS": {"name": guessed}}
    )
    assert pairing.accept_pending(tmp_path, client, now=1001.0) == ["b1"]  # type: ignore[arg-type]
    assert client.added == ["GOOD"]
    late = KnockingClient({"GOOD": {"name": good}})
    assert pairing.accept_pending(tmp_path, late, now=1000.0 + pairing.VALID_S + 1) == []  # type: ignore[arg-type]
    assert late.added == []
    assert "token" not in (tmp_path / "sync" / "invites.json").read_text()
    assert made.token not in (tmp_path / "sync" / "invites.json").read_text()


def test_a_door_claiming_a_kiosk_id_already_here_is_not_paired(tmp_path: Path) -> None:
    """Red team: a data folder copied from another door was paired, and its rows never moved."""

    class Lead:
        def my_id(self) -> str:
            return "LEAD"

    made = pairing.invite(tmp_path, Lead(), "tcp://127.0.0.1:5", ("u", 1), "lead", now=1000.0)  # type: ignore[arg-type]
    key = pairing._key(made.token)
    knock = {
        "COPY": {"name": f"lead|{pairing._proof(key, 'COPY')}|"},  # the lead's own id
        "B": {"name": f"b1|{pairing._proof(key, 'B')}|"},
        "B2": {"name": f"b1|{pairing._proof(key, 'B2')}|"},  # a copy of door b1's folder
    }
    client = KnockingClient(knock)
    accepted = pairing.accept_pending(tmp_path, client, now=1001.0, own_kiosk_id="lead")  # type: ignore[arg-type]
    assert accepted == ["b1"] and client.added == ["B"]


def test_an_invitation_pairs_one_door_and_is_then_forgotten(tmp_path: Path) -> None:
    """Red team: one token paired any number of devices for half an hour."""

    class Lead:
        def my_id(self) -> str:
            return "LEAD"

    made = pairing.invite(tmp_path, Lead(), "tcp://127.0.0.1:5", ("u", 1), "lead", now=1000.0)  # type: ignore[arg-type]
    kept = pairing.invite(tmp_path, Lead(), "tcp://127.0.0.1:5", ("u", 1), "lead", now=1000.0)  # type: ignore[arg-type]
    key = pairing._key(made.token)
    both = KnockingClient({
        "B": {"name": f"b1|{pairing._proof(key, 'B')}|"},
        "C": {"name": f"c1|{pairing._proof(key, 'C')}|"},  # the same invitation, a second door
    })  # fmt: skip
    assert pairing.accept_pending(tmp_path, both, now=1001.0) == ["b1"]  # type: ignore[arg-type]
    assert both.added == ["B"]
    stored = (tmp_path / "sync" / "invites.json").read_text()
    assert key.hex() not in stored and pairing._key(kept.token).hex() in stored
    later = KnockingClient({"C": {"name": f"c1|{pairing._proof(key, 'C')}|"}})
    assert pairing.accept_pending(tmp_path, later, now=1002.0) == []  # type: ignore[arg-type]
    other = pairing._key(kept.token)
    fresh = KnockingClient({"C": {"name": f"c1|{pairing._proof(other, 'C')}|"}})
    assert pairing.accept_pending(tmp_path, fresh, now=1003.0) == ["c1"]  # type: ignore[arg-type]
    assert not list((tmp_path / "sync").glob("*.partial"))


def _text(**changes: object) -> str:
    import base64

    body = {"device_id": LEAD_ID, "addresses": ["tcp://127.0.0.1:1"], "uid": "u", "number": 1,
            "kiosk_id": "lead1", "token": "t"} | changes  # fmt: skip
    raw = base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")
    return pairing.PREFIX + raw


@pytest.mark.parametrize(
    "changes",
    [
        {"addresses": "tcp://127.0.0.1:1"},  # a string, not a list: taken one character each
        {"addresses": [1]},
        {"device_id": "LEAD"},
        {"device_id": LEAD_ID.lower()},
        {"device_id": LEAD_ID[:-1] + "4"},  # a check character wrong: Syncthing refuses it
        {"device_id": LEAD_ID.replace("-", "")},
        {"kiosk_id": "../../x"},  # it names a folder
        {"kiosk_id": ""},
    ],
)
def test_parse_refuses_an_invitation_with_fields_of_the_wrong_form(changes) -> None:
    assert pairing.parse(_text()).addresses == ["tcp://127.0.0.1:1"]
    with pytest.raises(PairingError, match=r"^not an invitation$"):
        pairing.parse(_text(**changes))


def test_join_says_in_one_line_when_the_lead_does_not_answer_or_its_id_is_not_valid(
    event_copies: tuple[Path, Path, list[str]], start_door: StartDoor
) -> None:
    from kiosk.sync.engine_config import free_port

    b = start_door("b", event_copies[1], "서문")
    uid, number = _identity(event_copies[1])
    nowhere = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    text = pairing.Invitation(LEAD_ID, [nowhere], uid, number, "lead1", "token").text()
    joined = b.kiosk("--lang", "en", "sync", "join", text)
    assert (joined.returncode, joined.stdout) == (1, "")
    assert joined.stderr.strip().splitlines() == [
        f"Pairing asked, but the lead ({nowhere}) does not answer: put both laptops on one"
        " network (a travel router); they pair by themselves once they see each other."
    ]
    bad = pairing.Invitation(LEAD_ID[:-1] + "4", [nowhere], uid, number, "lead1", "t").text()
    joined = b.kiosk("--lang", "en", "sync", "join", bad)
    assert (joined.returncode, joined.stderr.strip()) == (
        2,
        "Not a pairing invitation (it starts with KIOSKSYNC1:).",
    )


def _identity(event: Path) -> tuple[str, int]:
    import sqlite3

    with sqlite3.connect(f"file:{event}?mode=ro", uri=True) as conn:
        uid, number = conn.execute("SELECT uid, number FROM event").fetchone()
    return str(uid), int(number)
