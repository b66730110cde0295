"""The `kiosk` command as scripts and organizers use it (DESIGN.md, "Commands")."""

from __future__ import annotations

import csv
import json
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.cli import run

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def kiosk(data: Path, *args: str) -> int:
    return run(["--data-dir", str(data), "--lang", "ko", *args])


def test_help_lists_every_command() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kiosk", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    for command in (
        "run",
        "demo",
        "event",
        "roster",
        "tickets",
        "checkin",
        "decode",
        "export",
        "merge",
        "stats",
        "doctor",
    ):
        assert command in result.stdout


def test_a_usage_error_exits_with_2(data: Path, capsys) -> None:
    assert kiosk(data, "checkin") == 2
    assert "--code" in capsys.readouterr().err


def test_event_new_creates_the_file_and_an_owner_only_key_beside_it(
    data: Path, tmp_path: Path, capsys
) -> None:
    agenda = tmp_path / "agenda.txt"
    agenda.write_text("10:00 입장\n\n10:30 개회\n", encoding="utf-8")
    event = tmp_path / "lecture.db"
    assert (
        kiosk(
            data,
            "--event",
            str(event),
            "event",
            "new",
            "--title",
            "특강",
            "--starts",
            "2024-10-30T10:30+09:00",
            "--agenda",
            str(agenda),
            "--number",
            "77",
        )
        == 0
    )
    key = event.with_suffix(".key")
    assert event.exists() and key.exists()
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert b"PRIVATE KEY" in key.read_bytes()
    assert b"PRIVATE KEY" not in event.read_bytes()
    assert str(key) in capsys.readouterr().out
    # the new event is now the current one
    assert kiosk(data, "stats", "--json") == 0
    assert json.loads(capsys.readouterr().out)["expected"] == 0


def test_the_first_run_creates_the_sample_event(data: Path, capsys) -> None:
    assert kiosk(data, "stats", "--json") == 0
    figures = json.loads(capsys.readouterr().out)
    assert 450 <= figures["expected"] <= 550
    assert {"arrived", "walk_ins", "rejected", "by_affiliation", "per_5_min"} <= set(figures)
    assert "본청" in figures["by_affiliation"]


def _issue(data: Path, out: Path) -> list[dict[str, str]]:
    assert kiosk(data, "tickets", "--out", str(out)) == 0
    raw = (out / "index.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert list(rows[0]) == ["serial", "name", "affiliation", "department", "code", "png"]
    return rows


def test_tickets_write_a_png_per_attendee_that_decodes_to_its_code(
    data: Path, tmp_path: Path
) -> None:
    import zxingcpp
    from PIL import Image

    rows = _issue(data, tmp_path / "tickets")
    assert len(rows) >= 450
    for row in rows[:5]:
        with Image.open(tmp_path / "tickets" / row["png"]) as image:
            assert [r.text for r in zxingcpp.read_barcodes(image)] == [row["code"]]


def _codes(data: Path, count: int) -> list[dict[str, str]]:
    """Ticket codes of the current event's first attendees, without writing images."""
    from kiosk.files.keys import key_path_for, read_private_key
    from kiosk.services.context import Context
    from kiosk.services.organizer import ticket_code

    store = Context.resolve(str(data)).open_store(None)
    key = read_private_key(key_path_for(store.path))
    rows = [{"name": a.name, "code": ticket_code(store, key, a)} for a in store.attendees()[:count]]
    store.close()
    return rows


def test_checkin_prints_one_json_line_per_scan_with_a_masked_name(
    data: Path, tmp_path: Path, capsys
) -> None:
    rows = _codes(data, 1)
    codes = tmp_path / "codes.txt"
    codes.write_text(f"{rows[0]['code']}\n\n{rows[0]['code']}\n", encoding="utf-8")
    assert kiosk(data, "checkin", "--codes-from", str(codes), "--json") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["outcome"] for line in lines] == ["accepted", "already_checked_in"]
    name = lines[0]["attendee"]["name"]
    assert "*" in name and name != rows[0]["name"]
    assert lines[1]["first_at"] == lines[0]["at"]
    assert set(lines[0]) >= {"outcome", "attendee", "at", "first_at", "door"}


def test_checkin_exits_1_when_any_scan_was_refused(data: Path, capsys) -> None:
    assert kiosk(data, "checkin", "--code", "https://example.org", "--json") == 1
    assert json.loads(capsys.readouterr().out)["outcome"] == "malformed"


def test_codes_from_stdin_stream_through_a_real_process(data: Path, tmp_path: Path) -> None:
    rows = _codes(data, 3)
    feed = "\n".join(r["code"] for r in rows[:3]) + "\nnot-a-ticket\n"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "kiosk",
            "--data-dir",
            str(data),
            "checkin",
            "--codes-from",
            "-",
            "--json",
        ],
        input=feed,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    outcomes = [json.loads(line)["outcome"] for line in result.stdout.splitlines()]
    assert outcomes == ["accepted"] * 3 + ["malformed"]
    assert result.returncode == 1


def test_a_refused_roster_changes_nothing(data: Path, tmp_path: Path, capsys) -> None:
    assert kiosk(data, "stats", "--json") == 0
    before = json.loads(capsys.readouterr().out)["expected"]
    broken = tmp_path / "roster.csv"
    broken.write_text("이름,소속\n김하늘,본청\n,본청\n", encoding="utf-8")
    assert kiosk(data, "roster", "import", str(broken)) == 1
    err = capsys.readouterr().err
    assert "3행" in err and "아무것도 바뀌지 않음" in err
    kiosk(data, "stats", "--json")
    assert json.loads(capsys.readouterr().out)["expected"] == before


def test_a_roster_import_replaces_the_roster_and_keeps_checkins(
    data: Path, tmp_path: Path, capsys
) -> None:
    rows = _codes(data, 1)
    kiosk(data, "checkin", "--code", rows[0]["code"])
    roster = tmp_path / "roster.csv"
    roster.write_bytes(
        "성명,소속,부서\n박똠,본청,총무과\n이뷁,동부교육지원청,행정지원과\n".encode("cp949")
    )
    capsys.readouterr()
    assert kiosk(data, "roster", "import", str(roster)) == 0
    assert "보존 1명" in capsys.readouterr().out
    kiosk(data, "stats", "--json")
    figures = json.loads(capsys.readouterr().out)
    assert (figures["arrived"], figures["expected"]) == (1, 2)


def test_backup_writes_a_copy_that_opens(data: Path, tmp_path: Path) -> None:
    from kiosk.storage.store import EventStore

    assert kiosk(data, "backup", "--out", str(tmp_path / "copy.db")) == 0
    copy = EventStore.open(tmp_path / "copy.db")
    assert copy.event().title
    copy.close()


def test_checkin_from_images_counts_a_code_that_stays_in_view_once(
    data: Path, tmp_path: Path, capsys
) -> None:
    from kiosk.files.tickets import qr_image

    rows = _codes(data, 2)
    paths = []
    for i, row in enumerate([rows[0], rows[0], rows[1]]):
        paths.append(str(tmp_path / f"frame{i}.png"))
        qr_image(row["code"], box_pixels=6).save(paths[-1])
    assert kiosk(data, "checkin", "--image", *paths, "--json") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["outcome"] for line in lines] == ["accepted", "accepted"]


def test_decode_prints_one_json_line_per_image(data: Path, tmp_path: Path, capsys) -> None:
    from kiosk.files.tickets import qr_image

    qr_image("HELLO-KIOSK", box_pixels=5).save(tmp_path / "q.png")
    from PIL import Image

    Image.new("RGB", (200, 200), "white").save(tmp_path / "blank.png")
    assert (
        kiosk(data, "decode", str(tmp_path / "q.png"), str(tmp_path / "blank.png"), "--json") == 0
    )
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["codes"] for line in lines] == [["HELLO-KIOSK"], []]
    assert all(isinstance(line["ms"], float | int) for line in lines)


def test_pin_reset_clears_a_forgotten_pin_and_its_lockout(data: Path, capsys) -> None:
    from kiosk.services.context import Context
    from kiosk.services.pins import PinStore

    ctx = Context.resolve(str(data))
    store = ctx.open_store(None)
    pins = PinStore.for_service(ctx.service(store), ctx.settings)
    pins.set_pin("135790")
    for _ in range(ctx.settings.pin_max_failures):
        pins.check("000000")
    assert pins.locked_for().total_seconds() > 0
    store.close()
    assert kiosk(data, "pin", "reset") == 0
    assert "PIN" in capsys.readouterr().out
    store = ctx.open_store(None)
    pins = PinStore.for_service(ctx.service(store), ctx.settings)
    assert not pins.is_set() and pins.locked_for().total_seconds() == 0
    store.close()
