"""`kiosk doctor`: each failure a volunteer can meet is named, with what to do, and nothing breaks.

The camera is a fake frame source, the decoder libraries a status value and time a parameter;
a damaged event file is a real file with bytes overwritten, and stays exactly as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest

from kiosk import config
from kiosk.cli import run
from kiosk.domain.clock import FixedClock
from kiosk.domain.pin import ScryptParams
from kiosk.files.keys import key_path_for
from kiosk.scanner.engines import DecoderStatus
from kiosk.scanner.source import FrameSource, Read
from kiosk.services.context import Context
from kiosk.services.doctor import Check, Status, doctor_context, exit_code, run_checks
from kiosk.services.doctor_checks import Session, desktop_check
from kiosk.services.organizer import create_event, ensure_sample_event
from kiosk.services.pins import PinStore
from kiosk.storage.store import EventStore
from kiosk.texts import voice
from kiosk.wording.doctor import advice, found, render
from tests.fakes import make_event, open_door

FAST = ScryptParams(n=2**8)

KST = timezone(timedelta(hours=9))
SAMPLE_DAY = datetime(2024, 10, 30, 9, 40, tzinfo=KST)  # the sample event's morning, in Seoul
KIOSK_SESSION = Session("linux", {"DISPLAY": ":0"}, frozenset({"openbox", "kiosk", "xorg"}))
EVERY_CHECK = [
    "camera",
    "decoder_zxing",
    "decoder_zbar",
    "decoder_selftest",
    "font",
    "data_dir",
    "disk_space",
    "desktop",
    "sync_engine",
    "event_file",
    "event_integrity",
    "event_roster",
    "event_keys",
    "signing_key",
    "operator_pin",
    "event_clock",
]


class FakeCamera(FrameSource):
    """A webcam that delivers `frame(i)` at `fps` (None: opens but never gives a picture)."""

    live = True

    def __init__(
        self, frame: Callable[[int], np.ndarray] | None, fps: float = 30.0, opens: bool = True
    ) -> None:
        self.frame, self.fps, self.opens, self.count = frame, fps, opens, 0
        self.closed = False

    def open(self) -> bool:
        return self.opens

    def read(self) -> Read:
        self.count += 1
        stamp = self.count / self.fps
        if self.frame is None:
            return False, None, stamp
        return True, self.frame(self.count), stamp

    def close(self) -> None:
        self.closed = True

    def describe(self) -> str:
        return "fake camera"


_GRAIN = np.random.default_rng(7).integers(40, 220, (720, 1280, 3), dtype=np.uint8)


def noisy(i: int, size: tuple[int, int] = (720, 1280)) -> np.ndarray:
    """A picture with sensor-like grain, different for every i (a live camera never repeats)."""
    height, width = size
    return np.ascontiguousarray(np.roll(_GRAIN, 3 * i, axis=1)[:height, :width])


def good_camera(spec: str) -> FrameSource:
    return FakeCamera(noisy)


def without_zbar() -> DecoderStatus:
    return DecoderStatus(True, "3.0.0", False, None, "Unable to find zbar shared library")


@pytest.fixture
def data(tmp_path: Path) -> Path:
    directory = tmp_path / "data"
    directory.mkdir()
    return directory


@pytest.fixture
def ctx(data: Path) -> Context:
    return Context(data, config.Settings(), "0123456789abcdef")


@pytest.fixture
def sample(data: Path) -> Path:
    return ensure_sample_event(data)


@dataclass(frozen=True)
class Seen:
    """A check as the report words it, in one language (the check itself is values)."""

    check: Check
    found: str
    advice: str

    @property
    def name(self) -> str:
        return self.check.name

    @property
    def status(self) -> Status:
        return self.check.status


def worded(check: Check, lang: str = "ko") -> Seen:
    say = voice(lang)
    return Seen(check, found(check, say), advice(check, say))


def check(
    ctx: Context,
    event: Path | str | None = None,
    camera: str | None = None,
    now: datetime = SAMPLE_DAY,
    lang: str = "ko",
    **options: object,
) -> dict[str, Seen]:
    options.setdefault("open_camera", good_camera)
    options.setdefault("session", KIOSK_SESSION)
    options.setdefault("find_engine", lambda: None)
    options.setdefault("addresses", lambda: ("192.168.0.21",))
    checks = run_checks(ctx, str(event) if event else None, camera, now, **options)  # type: ignore[arg-type]
    return {c.name: worded(c, lang) for c in checks}


def statuses(checks: dict[str, Seen]) -> dict[str, Status]:
    return {name: c.status for name, c in checks.items()}


def set_pin(event_file: Path, new_pin: str = "2468") -> None:
    """What `kiosk pin set` does on the organizer's PC."""
    store = EventStore.open(event_file)
    try:
        PinStore(store, FixedClock(SAMPLE_DAY), params=FAST).set_pin(new_pin)
    finally:
        store.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the whole report ---------------------------------------------------------------------


def test_a_healthy_sample_event_is_all_ok_and_exits_0(ctx: Context, sample: Path) -> None:
    seen: list[str] = []

    def camera(spec: str) -> FrameSource:
        seen.append(spec)
        return FakeCamera(noisy)

    set_pin(sample)
    checks = check(ctx, open_camera=camera)
    assert list(checks) == EVERY_CHECK
    assert set(statuses(checks).values()) == {Status.OK}, checks
    assert seen == ["0"]  # no --camera: the settings' camera
    assert "1280x720" in checks["camera"].found and "30.0" in checks["camera"].found
    assert "500" in checks["event_roster"].found
    assert "샘플" in checks["event_file"].found
    assert exit_code([c.check for c in checks.values()]) == 0


def test_without_a_camera_only_the_camera_fails_and_the_exit_code_is_1(
    ctx: Context, sample: Path, tmp_path: Path
) -> None:
    from kiosk.scanner.source import open_source

    set_pin(sample)
    checks = check(ctx, camera=str(tmp_path / "no-such-camera.mp4"), open_camera=open_source)
    camera = checks.pop("camera")
    assert camera.status is Status.FAIL
    assert "카메라를 찾을 수 없습니다" in camera.advice and "--camera" in camera.advice
    assert "이름 검색" in camera.advice  # the door keeps working without a camera
    assert set(statuses(checks).values()) == {Status.OK}
    assert exit_code([camera.check, *(c.check for c in checks.values())]) == 1


def test_a_camera_index_with_no_device_fails_by_its_number(ctx: Context, sample: Path) -> None:
    from kiosk.scanner.source import open_source

    camera = check(ctx, camera="9", open_camera=open_source)["camera"]
    assert camera.status is Status.FAIL
    assert "카메라 9번" in camera.found


def test_the_printed_report_names_the_missing_camera_and_still_checks_the_rest(
    data: Path,
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KIOSK_LANG", "ko")  # `--lang` sets it; restored after the test
    missing = str(tmp_path / "no-camera.avi")
    code = run(["--data-dir", str(data), "--lang", "ko", "doctor", "--camera", missing])
    out = capsys.readouterr().out
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("[FAIL] 카메라:") and missing in lines[0]
    assert "카메라를 찾을 수 없습니다: USB 연결을 확인하거나 --camera 로" in lines[1]
    assert any(line.startswith("[OK]   한글 글꼴:") for line in lines)
    assert any(line.startswith("[OK]   행사 파일 무결성:") for line in lines)
    assert "점검 결과: 실패 1건" in out


def test_in_english_with_a_video_as_camera_the_report_exits_0(
    data: Path,
    sample: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import cv2

    video = tmp_path / "door.avi"
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter.fourcc(*"MJPG"), 30, (1280, 720))
    for i in range(20):
        writer.write(noisy(i))
    writer.release()
    monkeypatch.setenv("KIOSK_LANG", "en")
    code = run(["--data-dir", str(data), "--lang", "en", "doctor", "--camera", str(video)])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("[OK]   camera: video file door.avi")
    assert "1280x720" in out.splitlines()[0]
    assert "[FAIL]" not in out
    assert "[WARN] clock" in out and "sample data" in out  # the sample is dated 2024-10-30


# -- camera --------------------------------------------------------------------------------


def test_a_camera_that_opens_but_shows_nothing_fails(ctx: Context, sample: Path) -> None:
    cameras: list[FakeCamera] = []

    def blank(spec: str) -> FrameSource:
        cameras.append(FakeCamera(None))
        return cameras[-1]

    camera = check(ctx, open_camera=blank)["camera"]
    assert camera.status is Status.FAIL
    assert "다른 프로그램" in camera.advice
    assert cameras[0].closed  # released for the kiosk


def test_a_camera_that_cannot_open_fails(ctx: Context, sample: Path) -> None:
    camera = check(ctx, open_camera=lambda spec: FakeCamera(noisy, opens=False))["camera"]
    assert camera.status is Status.FAIL and "카메라를 찾을 수 없습니다" in camera.advice


@pytest.mark.parametrize(
    ("frame", "words"),
    [
        (lambda i: np.zeros((720, 1280, 3), np.uint8), "검습니다"),
        (lambda i: noisy(0), "멈춰"),
    ],
    ids=["black", "frozen"],
)
def test_a_black_or_frozen_picture_warns(
    ctx: Context, sample: Path, frame: Callable[[int], np.ndarray], words: str
) -> None:
    camera = check(ctx, open_camera=lambda spec: FakeCamera(frame))["camera"]
    assert camera.status is Status.WARN and words in camera.advice


def test_a_small_slow_camera_warns(ctx: Context, sample: Path) -> None:
    small = FakeCamera(lambda i: noisy(i, (480, 640)), fps=8.0)
    camera = check(ctx, open_camera=lambda spec: small)["camera"]
    assert camera.status is Status.WARN
    assert "640x480" in camera.found and "8.0" in camera.found
    assert "1280x720" in camera.advice and "초당 8.0장" in camera.advice


# -- decoder and font ----------------------------------------------------------------------


def test_without_libzbar_it_warns_and_still_decodes_with_zxing(ctx: Context, sample: Path) -> None:
    checks = check(ctx, decoder_status=without_zbar)
    zbar, selftest = checks["decoder_zbar"], checks["decoder_selftest"]
    assert zbar.status is Status.WARN
    assert "zxing-cpp 만으로 동작합니다" in zbar.advice and "libzbar0" in zbar.advice
    assert selftest.status is Status.OK and "zxing" in selftest.found
    assert exit_code([c.check for c in checks.values()]) == 0


def test_with_no_decoder_library_at_all_it_fails(ctx: Context, sample: Path) -> None:
    nothing = DecoderStatus(False, None, False, None, "No module named 'pyzbar'")
    checks = check(ctx, decoder_status=lambda: nothing)
    assert checks["decoder_zxing"].status is Status.FAIL
    assert "다시 설치" in checks["decoder_zxing"].advice


def test_a_missing_or_broken_font_fails(ctx: Context, sample: Path, tmp_path: Path) -> None:
    missing = check(ctx, font_file=tmp_path / "NotoSansKR-Regular.otf")["font"]
    broken = tmp_path / "broken.otf"
    broken.write_bytes(b"OTTO" + bytes(200))
    unreadable = check(ctx, font_file=broken)["font"]
    assert missing.status is Status.FAIL and unreadable.status is Status.FAIL
    assert "다시 설치" in missing.advice


def test_a_font_without_hangul_fails_naming_the_syllables(ctx: Context, sample: Path) -> None:
    latin = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not latin.exists():
        pytest.skip("needs a font without Hangul (DejaVu Sans, fonts-dejavu-core)")
    font = check(ctx, font_file=latin)["font"]
    assert font.status is Status.FAIL and "똠" in font.found and "뷁" in font.found


# -- data directory ------------------------------------------------------------------------


def _writable(directory: Path) -> bool:
    try:
        (directory / "probe").write_text("x")
    except OSError:
        return False
    (directory / "probe").unlink()
    return True


def _chattr(flag: str, path: Path) -> bool:
    tool = shutil.which("chattr")
    if tool is None:
        return False
    return subprocess.run([tool, flag, str(path)], capture_output=True).returncode == 0


@pytest.fixture
def unwritable(tmp_path: Path) -> Iterator[Path]:
    """A data directory nobody can write to. Root ignores mode bits: then make it immutable
    (chattr +i), and where that is impossible, a directory path that runs through a file."""
    locked = tmp_path / "locked"
    locked.mkdir()
    with contextlib.ExitStack() as undo:
        locked.chmod(0o500)
        undo.callback(locked.chmod, 0o700)
        if _writable(locked) and _chattr("+i", locked):
            undo.callback(_chattr, "-i", locked)
        if _writable(locked):
            (tmp_path / "a-file").write_text("not a folder")
            yield tmp_path / "a-file" / "data"
        else:
            yield locked


def test_an_unwritable_data_directory_fails_and_the_event_checks_still_run(
    unwritable: Path, sample: Path
) -> None:
    ctx = Context(unwritable, config.Settings(), "0123456789abcdef")
    checks = check(ctx, event=sample)
    assert checks["data_dir"].status is Status.FAIL
    assert "--data-dir" in checks["data_dir"].advice
    assert checks["event_integrity"].status is Status.OK
    assert exit_code([c.check for c in checks.values()]) == 1


def test_with_no_event_an_unwritable_data_directory_cannot_hold_the_sample(
    unwritable: Path,
) -> None:
    ctx = Context(unwritable, config.Settings(), "0123456789abcdef")
    event = check(ctx)["event_file"]
    assert event.status is Status.FAIL and "샘플" in event.found


def test_the_doctor_gets_a_context_where_the_kiosk_could_not_start(unwritable: Path) -> None:
    ctx = doctor_context(str(unwritable))
    assert ctx.data_dir == unwritable
    assert check(ctx)["data_dir"].status is Status.FAIL


@pytest.mark.parametrize(
    ("free_mb", "expected"), [(100_000, Status.OK), (300, Status.WARN), (20, Status.FAIL)]
)
def test_free_space_warns_under_500_mb_and_fails_under_50(
    ctx: Context, sample: Path, free_mb: int, expected: Status
) -> None:
    space = check(ctx, free_bytes=lambda path: free_mb * 1024**2)["disk_space"]
    assert space.status is expected
    assert bool(space.advice) == (expected is not Status.OK)


# -- event file ----------------------------------------------------------------------------


def _damage(path: Path) -> None:
    """Scribble over the header of every b-tree page after the first, as a bad sector would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for page in range(4096, size, 4096):
            handle.seek(page)
            handle.write(b"\xa5" * 12)


def test_a_damaged_event_file_fails_with_what_to_do_and_is_left_untouched(
    ctx: Context, sample: Path, tmp_path: Path
) -> None:
    damaged = tmp_path / "door-1.db"
    shutil.copyfile(sample, damaged)
    _damage(damaged)
    before = sha256(damaged)
    checks = check(ctx, event=damaged)
    event = checks["event_file"]
    assert event.status is Status.FAIL and "corrupt" in event.found
    assert "그대로 보관" in event.advice and "kiosk event new" in event.advice
    assert "event_roster" not in checks  # nothing more to say about an unreadable file
    assert checks["font"].status is Status.OK  # the other checks still ran
    assert sha256(damaged) == before
    assert not list(tmp_path.glob("door-1.db.*bak"))


def test_silent_damage_to_a_log_row_fails_the_integrity_check(ctx: Context, tmp_path: Path) -> None:
    door = open_door(tmp_path / "event.db")
    door.service.check_in(door.ticket(1))
    copy = door.store.backup_to(tmp_path / "copy.db")
    door.store.close()
    with contextlib.closing(sqlite3.connect(copy)) as conn, conn:
        conn.execute("DROP TRIGGER checkin_no_update")
        conn.execute("UPDATE checkin SET door = '후문'")
    integrity = check(ctx, event=copy)["event_integrity"]
    assert integrity.status is Status.FAIL and "checksum" in integrity.found


def test_a_missing_event_file_fails(ctx: Context, tmp_path: Path) -> None:
    event = check(ctx, event=tmp_path / "nowhere.db")["event_file"]
    assert event.status is Status.FAIL and "--event" in event.advice


def test_a_current_event_file_that_vanished_warns(ctx: Context, tmp_path: Path) -> None:
    gone = tmp_path / "real.db"
    create_event(gone, make_event()).close()
    config.set_current_event(ctx.data_dir, gone)
    gone.unlink()
    checks = run_checks(ctx, None, None, SAMPLE_DAY, open_camera=good_camera)
    warned, opened = (worded(c) for c in checks if c.name == "event_file")
    assert warned.status is Status.WARN and str(gone) in warned.found
    assert "샘플" in warned.advice and "샘플" in opened.found


def test_an_event_without_public_keys_fails(ctx: Context, tmp_path: Path) -> None:
    bare = tmp_path / "bare.db"
    EventStore.create(bare, make_event()).close()
    keys = check(ctx, event=bare)["event_keys"]
    assert keys.status is Status.FAIL and "입장권을 확인할 수 없습니다" in keys.found


def test_the_signing_key_beside_a_real_event_warns_and_its_absence_is_ok(
    ctx: Context, tmp_path: Path
) -> None:
    real = tmp_path / "lecture.db"
    create_event(real, make_event()).close()
    beside = check(ctx, event=real)["signing_key"]
    key_path_for(real).unlink()
    absent = check(ctx, event=real)["signing_key"]
    assert beside.status is Status.WARN and "서명 키는 키오스크에 두지 마세요" in beside.advice
    assert absent.status is Status.OK


def test_an_empty_roster_warns(ctx: Context, tmp_path: Path) -> None:
    real = tmp_path / "lecture.db"
    create_event(real, make_event()).close()
    roster = check(ctx, event=real)["event_roster"]
    assert roster.status is Status.WARN and "roster import" in roster.advice


def test_the_clock_against_the_event_day(ctx: Context, sample: Path, tmp_path: Path) -> None:
    real = tmp_path / "lecture.db"  # make_event(): 2024-10-30 10:30 in Seoul
    create_event(real, make_event()).close()
    later = datetime(2024, 11, 2, 9, 0, tzinfo=KST)
    on_the_day_in_utc = SAMPLE_DAY.astimezone(UTC)
    other_day = check(ctx, event=real, now=later)["event_clock"]
    sample_day = check(ctx, event=sample, now=later)["event_clock"]
    zone = check(ctx, event=real, now=on_the_day_in_utc)["event_clock"]
    assert other_day.status is Status.WARN and "2024-11-02" in other_day.advice
    assert "샘플" not in other_day.advice
    assert sample_day.status is Status.WARN and "샘플 데이터" in sample_day.advice
    assert zone.status is Status.WARN and "UTC+09:00" in zone.advice
    assert "오늘" not in zone.advice  # same day in Seoul: only the time zone is off


def test_an_event_file_without_an_operator_pin_warns_how_to_set_it(
    ctx: Context, tmp_path: Path
) -> None:
    real = tmp_path / "lecture.db"
    create_event(real, make_event()).close()
    before = sha256(real)
    missing = check(ctx, event=real)["operator_pin"]
    assert sha256(real) == before  # the doctor only reads
    set_pin(real)
    present = check(ctx, event=real)["operator_pin"]
    assert missing.status is Status.WARN and "설정되지 않음" in missing.found
    assert "kiosk pin set" in missing.advice
    assert present.status is Status.OK and present.found == "설정됨"


@pytest.mark.parametrize(
    ("session", "named"),
    [
        (Session("linux", {"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, frozenset()), "GNOME"),
        (Session("linux", {"DESKTOP_SESSION": "xfce"}, frozenset()), "xfce"),
        (Session("linux", {}, frozenset({"openbox", "plasmashell"})), "plasmashell"),
        (Session("win32", {}, frozenset({"explorer.exe", "kiosk.exe"})), "explorer.exe"),
    ],
)
def test_the_kiosk_inside_an_ordinary_desktop_is_warned_with_how_to_lock_it(
    session: Session, named: str
) -> None:
    seen = worded(desktop_check(session), "en")
    assert seen.status is Status.WARN
    assert named in seen.found
    assert "RUNBOOK" in seen.advice
    korean = worded(desktop_check(session), "ko")
    assert "데스크톱" in korean.found


def test_a_session_of_the_kiosk_s_own_is_ok(ctx: Context, sample: Path) -> None:
    checks = check(ctx, sample)
    assert checks["desktop"].status is Status.OK
    windows = Session("win32", {}, frozenset({"kiosk.exe", "sihost.exe"}))
    assert desktop_check(windows).status is Status.OK


# -- door sync ---------------------------------------------------------------------------------


def _engine_script(folder: Path, says: str) -> Path:
    script = folder / "syncthing"
    script.write_text(f"#!/bin/sh\necho '{says}'\n")
    script.chmod(0o755)
    return script


def test_without_a_sync_engine_doctor_says_sync_is_off_and_the_usb_merge_remains(
    ctx: Context, sample: Path
) -> None:
    checks = check(ctx, lang="en")
    engine = checks["sync_engine"]
    assert engine.status is Status.OK  # the kiosk works as before
    assert engine.found == "no sync engine (syncthing): door sync off, merge by USB at the end"
    assert "door sync: no sync engine" in render([c.check for c in checks.values()], voice("en"))


def test_doctor_names_the_sync_engines_version_and_the_ports_of_the_one_running_here(
    ctx: Context, sample: Path, tmp_path: Path
) -> None:
    binary = _engine_script(tmp_path, 'syncthing v1.19.2 "Fermium Flea" (go1.19.8 linux-amd64)')
    checks = check(ctx, lang="en", find_engine=lambda: binary)
    assert checks["sync_engine"].found == (f"syncthing 1.19.2 ({binary}); "
                                           "this machine's addresses 192.168.0.21")  # fmt: skip
    heard = {"HEARD-1": {"addresses": ["tcp://192.168.0.22:22000"]}}
    with _answering_engine(ctx.data_dir, heard) as rest_port:
        running = check(ctx, lang="en", find_engine=lambda: binary)["sync_engine"]
    assert running.status is Status.OK
    assert running.found == (f"syncthing 1.19.2 ({binary}); running: REST 127.0.0.1:{rest_port}, "
                             "listening on tcp://127.0.0.1:22999; "
                             "this machine's addresses 192.168.0.21; "
                             "LAN discovery heard 1 other device(s)")  # fmt: skip


def test_a_laptop_without_a_network_is_told_the_doors_cannot_see_each_other(
    ctx: Context, sample: Path, tmp_path: Path
) -> None:
    binary = _engine_script(tmp_path, 'syncthing v1.19.2 "Fermium Flea" (go1.19.8 linux-amd64)')
    engine = check(ctx, lang="en", find_engine=lambda: binary, addresses=tuple)["sync_engine"]
    assert engine.status is Status.WARN
    assert engine.found.endswith("; no network: doors cannot see each other; USB merge")
    assert "same Wi-Fi" in engine.advice


def test_an_engine_that_heard_no_other_kiosk_points_to_a_travel_router(
    ctx: Context, sample: Path, tmp_path: Path
) -> None:
    binary = _engine_script(tmp_path, 'syncthing v1.19.2 "Fermium Flea" (go1.19.8 linux-amd64)')
    with _answering_engine(ctx.data_dir, {}):
        engine = check(ctx, find_engine=lambda: binary)["sync_engine"]
    assert engine.status is Status.WARN
    assert engine.found.endswith("; LAN에서 다른 출입구가 아직 보이지 않음")
    assert "여행용 공유기" in engine.advice


def test_a_sync_engine_that_does_not_run_is_a_warning_with_what_to_do(
    ctx: Context, sample: Path, tmp_path: Path
) -> None:
    binary = _engine_script(tmp_path, "hello")
    engine = check(ctx, find_engine=lambda: binary)["sync_engine"]
    assert engine.status is Status.WARN
    assert "실행할 수 없음" in engine.found and "USB 병합" in engine.advice


@contextlib.contextmanager
def _answering_engine(data_dir: Path, heard: dict[str, object]) -> Iterator[int]:
    """An engine's REST API on 127.0.0.1 (ping, and discovery answering `heard`) and its
    config.xml in `data_dir`."""
    import http.server
    import json
    import threading

    class Ping(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            answer = heard if self.path == "/rest/system/discovery" else {"ping": "pong"}
            body = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Ping)
    port = server.server_address[1]
    home = data_dir / "sync" / "engine"
    home.mkdir(parents=True)
    (home / "config.xml").write_text(
        f"<configuration><gui><address>127.0.0.1:{port}</address><apikey>k</apikey></gui>"
        "<options><listenAddress>tcp://127.0.0.1:22999</listenAddress></options></configuration>"
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield port
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
