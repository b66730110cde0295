"""Bad input never shows a traceback: one clear line, exit 2 (usage) or 1, nothing changed.

Each row of CASES builds its input in a fresh folder holding a real event file (the sample
event, with its key beside it) and runs `kiosk.cli.run`. Afterwards stderr is one line in the
user's language, and the event file and its key are byte for byte what they were.
"""

from __future__ import annotations

import hashlib
import io
import sqlite3
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from kiosk import commands
from kiosk.cli import run
from kiosk.domain.model import Event
from kiosk.files.keys import key_path_for, read_private_key
from kiosk.files.targets import TargetProblem, TargetRefused
from kiosk.services import end_of_day
from kiosk.services.organizer import create_event, ensure_sample_event, ticket_code
from kiosk.storage.store import EventStore
from kiosk.texts import voice
from kiosk.wording import end_of_day as wording

KST = timezone(timedelta(hours=9))


@dataclass
class Place:
    root: Path
    data: Path
    event: Path

    @property
    def key(self) -> Path:
        return key_path_for(self.event)

    def file(self, name: str, content: bytes = b"") -> str:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)
        return str(path)

    def folder(self, name: str) -> str:
        path = self.root / name
        path.mkdir(parents=True, exist_ok=True)
        return str(path)

    def code(self, index: int = 0) -> str:
        store = EventStore.open(self.event)
        try:
            attendee = store.attendees()[index]
            return ticket_code(store, read_private_key(self.key), attendee)
        finally:
            store.close()

    def other_event(self) -> Path:
        path = self.root / "other" / "other.db"
        path.parent.mkdir()
        start = datetime(2024, 11, 5, 10, 0, tzinfo=KST)
        create_event(path, Event(4242, "다른 행사", "", start)).close()
        return path


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ensure_sample_event(tmp_path_factory.mktemp("sample"))


@pytest.fixture
def place(tmp_path: Path, sample: Path, monkeypatch: pytest.MonkeyPatch) -> Place:
    monkeypatch.setenv("KIOSK_LANG", "ko")  # restored afterwards: `--lang en` sets it
    events = tmp_path / "data" / "events"
    events.mkdir(parents=True)
    event = events / sample.name
    event.write_bytes(sample.read_bytes())
    key_path_for(event).write_bytes(key_path_for(sample).read_bytes())
    return Place(tmp_path, tmp_path / "data", event)


Args = Callable[[Place], list[str]]


def new_event(*extra: str) -> Args:
    return lambda p: ["--event", str(p.root / "new.db"), "event", "new", "--title", "특강", *extra]


def on_event(*args: str | Callable[[Place], str]) -> Args:
    return lambda p: ["--event", str(p.event), *(a(p) if callable(a) else a for a in args)]


def ec_key(p: Place) -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return p.file("p256.key", pem)


def codes_then_garbage(p: Place) -> str:
    return p.file("codes.txt", p.code().encode() + b"\n\xff\xfe garbage\n")


# (id, argv builder, exit code, a word the line must carry)
CASES: list[tuple[str, Args, int, str]] = [
    ("starts-garbage", new_event("--starts", "next tuesday"), 2, "--starts"),
    ("starts-before-2000", new_event("--starts", "1999-12-31T10:00"), 2, "2000-01-01"),
    ("starts-after-2179", new_event("--starts", "2180-01-01T10:00"), 2, "2179-06-06"),
    ("starts-year-1", new_event("--starts", "0001-01-01T00:00"), 2, "2000-01-01"),
    ("number-0", new_event("--starts", "2024-10-30T10:00", "--number", "0"), 2, "--number"),
    ("expected-negative", new_event("--starts", "2024-10-30", "--expected", "-5"), 2, "-5"),
    (
        "agenda-missing",
        lambda p: [*new_event("--starts", "2024-10-30")(p), "--agenda", str(p.root / "no.txt")],
        1,
        "파일이 없습니다",
    ),
    (
        "agenda-bad-line",
        lambda p: [
            *new_event("--starts", "2024-10-30")(p),
            "--agenda",
            p.file("agenda.txt", "10:00 입장\n열시 반 개회\n".encode()),
        ],
        1,
        "2번째 줄",
    ),
    (
        "agenda-not-utf8",
        lambda p: [
            *new_event("--starts", "2024-10-30")(p),
            "--agenda",
            p.file("agenda.txt", "10:00 입장\n10:30 개회\n".encode("cp949")),
        ],
        1,
        "UTF-8",
    ),
    (
        "agenda-is-folder",
        lambda p: [*new_event("--starts", "2024-10-30")(p), "--agenda", p.folder("agenda")],
        1,
        "폴더",
    ),
    ("tickets-out-a-file", on_event("tickets", "--out", lambda p: p.file("out.txt")), 1, "파일"),
    (
        "tickets-out-the-event-folder",
        on_event("tickets", "--out", lambda p: str(p.event.parent)),
        1,
        "폴더",
    ),
    (
        "tickets-key-not-pem",
        on_event("tickets", "--out", lambda p: str(p.root / "t"), "--key", lambda p: p.file("k")),
        1,
        "PEM",
    ),
    (
        "tickets-key-not-ed25519",
        on_event("tickets", "--out", lambda p: str(p.root / "t"), "--key", ec_key),
        1,
        "Ed25519",
    ),
    (
        "tickets-key-of-another-event",
        on_event(
            "tickets",
            "--out",
            lambda p: str(p.root / "t"),
            "--key",
            lambda p: str(key_path_for(p.other_event())),
        ),
        1,
        "이 행사의 서명 키가 아닙니다",
    ),
    (
        "tickets-key-a-folder",
        on_event("tickets", "--out", lambda p: str(p.root / "t"), "--key", lambda p: p.folder("k")),
        1,
        "서명 키",
    ),
    ("data-dir-a-file-stats", lambda p: ["--data-dir", p.file("d"), "stats"], 1, "데이터 폴더"),
    ("data-dir-a-file-doctor", lambda p: ["--data-dir", p.file("d"), "doctor"], 1, "데이터 폴더"),
    (
        "data-dir-a-file-event-new",
        lambda p: ["--data-dir", p.file("d"), *new_event("--starts", "2024-10-30")(p)[2:]],
        1,
        "데이터 폴더",
    ),
    ("event-a-folder", lambda p: ["--event", p.folder("dir.db"), "stats"], 1, "폴더"),
    ("event-not-sqlite", lambda p: ["--event", p.file("x.db", b"hello"), "stats"], 1, "행사 파일"),
    ("event-empty-file", lambda p: ["--event", p.file("x.db"), "stats"], 1, "행사 파일"),
    (
        "event-sqlite-not-an-event",
        lambda p: ["--event", other_sqlite(p), "stats"],
        1,
        "키오스크 행사 파일이 아님",
    ),
    ("event-missing", lambda p: ["--event", str(p.root / "no.db"), "stats"], 1, "파일이 없음"),
    ("decode-missing", lambda p: ["decode", str(p.root / "no.png")], 1, "파일이 없습니다"),
    (
        "decode-missing-en",
        lambda p: ["--lang", "en", "decode", str(p.root / "no.png")],
        1,
        "not found",
    ),
    ("decode-not-an-image", lambda p: ["decode", p.file("a.png", b"nope")], 1, "그림"),
    (
        "codes-file-not-utf8",
        on_event("checkin", "--codes-from", codes_then_garbage),
        1,
        "2번째 줄",
    ),
    ("codes-file-missing", on_event("checkin", "--codes-from", lambda p: "/no/codes"), 1, "없습"),
    ("image-missing", on_event("checkin", "--image", lambda p: str(p.root / "a.png")), 1, "없습"),
    ("roster-missing", on_event("roster", "import", lambda p: str(p.root / "r.csv")), 1, "없습"),
    ("roster-a-folder", on_event("roster", "import", lambda p: p.folder("r")), 1, "폴더"),
    ("merge-a-folder", on_event("merge", lambda p: p.folder("m")), 1, "폴더"),
    (
        "export-into-a-missing-folder",
        on_event("export", "--out", lambda p: str(p.root / "usb" / "a.xlsx")),
        1,
        "폴더가 없습니다",
    ),
    (
        "export-csv-named-xlsx",
        on_event("export", "--format", "csv", "--out", lambda p: str(p.root / "a.xlsx")),
        2,
        "--format csv",
    ),
    ("export-unknown-suffix", on_event("export", "--out", lambda p: str(p.root / "a.txt")), 2, "."),
    (
        "export-onto-the-event-file",
        on_event("export", "--format", "xlsx", "--out", lambda p: str(p.event)),
        2,
        "--format",
    ),
    (
        "export-onto-the-wal",
        on_event("export", "--format", "csv", "--out", lambda p: f"{p.event}-wal"),
        1,
        "행사 파일",
    ),
    (
        "export-onto-the-settings",
        on_event("export", "--format", "csv", "--out", lambda p: str(p.data / "settings.toml")),
        2,
        "--format",
    ),
    ("backup-onto-the-key", on_event("backup", "--out", lambda p: str(p.key)), 1, "서명 키"),
    ("backup-onto-the-event", on_event("backup", "--out", lambda p: str(p.event)), 1, "행사 파일"),
    ("backup-a-folder", on_event("backup", "--out", lambda p: p.folder("usb")), 1, "폴더"),
    (
        "backup-onto-the-kiosk-id",
        on_event("backup", "--out", lambda p: str(p.data / "kiosk-id")),
        1,
        "키오스크가 쓰는 파일",
    ),
    (
        "backup-through-a-relative-path",
        on_event("backup", "--out", lambda p: f"{p.event.parent}/../events/./{p.event.name}"),
        1,
        "행사 파일",
    ),
]


def other_sqlite(p: Place) -> str:
    path = p.root / "photos.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photo (name TEXT)")
    conn.close()
    return str(path)


def digest(*paths: Path) -> list[str]:
    return [hashlib.sha256(p.read_bytes()).hexdigest() if p.exists() else "" for p in paths]


def one_line(err: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


@pytest.mark.parametrize(
    ("argv", "code", "word"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_bad_input_gets_one_line_and_changes_nothing(
    place: Place, capsys: pytest.CaptureFixture[str], argv: Args, code: int, word: str
) -> None:
    args = ["--data-dir", str(place.data), *argv(place)]
    before = digest(place.event, place.key)
    capsys.readouterr()
    assert run(args) == code
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert word in one_line(err)
    assert digest(place.event, place.key) == before
    assert not (place.root / "new.db").exists()
    assert not (place.root / "t").exists()  # no ticket folder was started


def test_standard_input_that_is_not_utf8_is_one_line(
    place: Place, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\xff\xfe\xfa\n")))
    argv = ["--data-dir", str(place.data), "--lang", "en", "--event", str(place.event)]
    assert run([*argv, "checkin", "--codes-from", "-"]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    assert "standard input, line 1, is not UTF-8" in one_line(err)


def test_the_codes_of_standard_input_before_a_bad_line_still_count(
    place: Place, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    stream = place.code(0).encode() + b"\n\xff\n" + place.code(1).encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stream)))
    argv = ["--data-dir", str(place.data), "--event", str(place.event), "checkin", "--json"]
    assert run([*argv, "--codes-from", "-"]) == 1
    out, err = capsys.readouterr()
    assert [line.count('"accepted"') for line in out.splitlines()] == [1]
    assert "2번째 줄" in one_line(err)


def test_an_unexpected_failure_is_one_line_and_its_traceback_goes_to_the_log(
    place: Place, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(args: object) -> int:
        raise RuntimeError("a bug\nwith two lines")

    monkeypatch.setitem(commands.HANDLERS, "stats", broken)
    assert run(["--data-dir", str(place.data), "--event", str(place.event), "stats"]) == 1
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    line = one_line(err)
    assert "RuntimeError: a bug" in line
    log_file = Path(line.rsplit(": ", 1)[1])
    assert log_file.name == "kiosk.log"
    assert "Traceback" in log_file.read_text(encoding="utf-8")


# -- the guard itself, as the operator screen meets it ----------------------------------------


def test_an_operator_save_onto_a_hard_link_of_the_event_file_is_refused(place: Place) -> None:
    link = place.root / "usb" / "copy.db"
    link.parent.mkdir()
    link.hardlink_to(place.event)
    before = digest(place.event)
    store = EventStore.open(place.event)
    try:
        with pytest.raises(TargetRefused) as refused:
            end_of_day.safe_copy(store, link)
        with pytest.raises(TargetRefused):
            end_of_day.export(store, Path(f"{place.event}-shm"), "csv")
        end_of_day.export(store, place.root / "usb" / "x.csv", "csv", data_dir=place.data)
    finally:
        store.close()
    assert refused.value.problem is TargetProblem.EVENT_FILE
    assert digest(place.event) == before


def test_an_operator_save_through_a_symlinked_folder_is_refused(place: Place) -> None:
    alias = place.root / "alias"
    alias.symlink_to(place.event.parent, target_is_directory=True)
    store = EventStore.open(place.event)
    try:
        with pytest.raises(TargetRefused) as refused:
            end_of_day.safe_copy(store, alias / place.key.name)
    finally:
        store.close()
    assert refused.value.problem is TargetProblem.KEY
    assert "서명 키" in wording.describe(refused.value, voice("ko"))
    assert "signing key" in wording.describe(refused.value, voice("en"))
