"""The machine checks of `kiosk doctor`: camera, decoder libraries, Korean font, data directory,
and whether the kiosk runs inside an ordinary desktop (which a finger can reach).

The door-sync engine and the venue LAN are checked in kiosk/services/doctor_sync.py.

Each check returns a `Check`: a status, what was found and, when not OK, what to do, as values:
the catalog's keys with what they name (kiosk/wording/doctor.py words them). Hardware and
libraries come in as parameters (a camera factory, a decoder status function, a font path, a
free-space probe), so tests need no camera and no missing library.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

import numpy as np

from kiosk.scanner.engines import DecoderStatus
from kiosk.scanner.source import FrameSource, SourceError

CAMERA_FRAMES = 15
MIN_WIDTH, MIN_HEIGHT = 1280, 720  # pixels per QR module decide more than the decoder does
MIN_FPS = 15.0
DARK_LEVEL = 16.0  # mean grey level (0-255) under which a frame counts as black
SPACE_WARN = 500 * 1024**2
SPACE_FAIL = 50 * 1024**2
HANGUL_SAMPLES = "가한글똠뷁힣"  # common, rare (똠, 뷁) and the last syllable of the block
NOT_A_GLYPH = "\U000f0000"  # a private-use code point: every font draws its .notdef box here

CameraFactory = Callable[[str], FrameSource]


class Status(StrEnum):
    OK = "OK"
    WARN = "WARN"
    FAIL = "FAIL"


@dataclass(frozen=True)
class Finding:
    """A sentence of the catalog (kiosk/texts/), by its key, with the values it names."""

    key: str
    params: Mapping[str, object]


Words = tuple[Finding, ...]  # sentences said one after the other; () says nothing


def said(key: str, **params: object) -> Words:
    return (Finding(key, params),)


@dataclass(frozen=True)
class Check:
    """One line of the doctor's report. `name` is stable (for screens and tests)."""

    name: str
    status: Status
    found: Words
    advice: Words = ()


def worst(statuses: Sequence[Status]) -> Status:
    order = (Status.OK, Status.WARN, Status.FAIL)
    return max(statuses, key=order.index, default=Status.OK)


# -- camera ------------------------------------------------------------------------------


def camera_check(spec: str, open_camera: CameraFactory) -> Check:
    """Open the source, read a few frames, judge size, rate, darkness and freezing."""
    named = said("doctor_camera_index", index=spec) if spec.strip().isdigit() else spec
    unopened = said("doctor_camera_not_opened", spec=named)
    try:
        source = open_camera(spec)
    except SourceError as error:
        key = "doctor_camera_unsupported" if error.reason == "unsupported" else "doctor_camera_none"
        return Check("camera", Status.FAIL, unopened, said(key))
    if not source.open():
        return Check("camera", Status.FAIL, unopened, said("doctor_camera_none"))
    try:
        reads = [source.read() for _ in range(CAMERA_FRAMES)]
        described = source.describe()
    finally:
        source.close()
    frames = [(frame, stamp) for ok, frame, stamp in reads if ok and frame is not None]
    if not frames:
        return Check(
            "camera",
            Status.FAIL,
            said("doctor_camera_no_frames", source=described),
            said("doctor_camera_busy"),
        )
    return _judge_frames(described, frames, source.live)


def _judge_frames(described: str, frames: list[tuple[np.ndarray, float]], live: bool) -> Check:
    height, width = frames[0][0].shape[:2]
    fps = _rate([stamp for _, stamp in frames])
    found = said(
        "doctor_camera_found",
        source=described,
        width=width,
        height=height,
        fps=f"{fps:.1f}" if fps else "?",
        frames=len(frames),
    )
    problems: Words = ()
    if width < MIN_WIDTH or height < MIN_HEIGHT:
        problems += said("doctor_camera_small", width=MIN_WIDTH, height=MIN_HEIGHT)
    if live and fps is not None and fps < MIN_FPS:
        problems += said("doctor_camera_slow", fps=f"{fps:.1f}")
    recent = [frame for frame, _ in frames[-5:]]
    if float(np.mean([f[::8, ::8].mean() for f in recent])) < DARK_LEVEL:
        problems += said("doctor_camera_dark")
    if live and len(frames) >= 3 and all(np.array_equal(frames[1][0], f) for f, _ in frames[2:]):
        problems += said("doctor_camera_frozen")
    status = Status.WARN if problems else Status.OK
    return Check("camera", status, found, problems)


def _rate(stamps: list[float]) -> float | None:
    """Frames per second between the second and the last frame (the first waits for warm-up)."""
    if len(stamps) < 3 or stamps[-1] <= stamps[1]:
        return None
    return (len(stamps) - 2) / (stamps[-1] - stamps[1])


# -- decoder -----------------------------------------------------------------------------


def decoder_checks(status: DecoderStatus) -> list[Check]:
    """zxing-cpp (the main reader), pyzbar/libzbar (the second opinion) and a self-test."""
    if status.zxing:
        zxing = Check(
            "decoder_zxing", Status.OK, said("doctor_zxing_ok", version=status.zxing_version)
        )
    else:
        level = Status.WARN if status.zbar else Status.FAIL
        zxing = Check(
            "decoder_zxing", level, said("doctor_zxing_missing"), said("doctor_reinstall")
        )
    if status.zbar:
        found = said("doctor_zbar_ok", version=status.zbar_version, file=zbar_library_file() or "?")
        zbar = Check("decoder_zbar", Status.OK, found)
    else:
        found = said("doctor_zbar_missing", problem=status.zbar_problem or "?")
        zbar = Check("decoder_zbar", Status.WARN, found, said("doctor_zbar_advice"))
    return [zxing, zbar, decoder_self_test(status)]


def zbar_library_file() -> str | None:
    """The libzbar file pyzbar really loaded: the bundled copy or the system's."""
    try:
        with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
            for line in maps:
                if "libzbar" in line:
                    return line.split(maxsplit=5)[-1].strip()
    except OSError:
        pass
    try:
        from pyzbar import wrapper
    except (ImportError, OSError):
        return None
    return getattr(getattr(wrapper, "LIBZBAR", None), "_name", None)


def decoder_self_test(status: DecoderStatus) -> Check:
    """Decode a freshly signed ticket, as small in a 1280x720 frame as a webcam would see it."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from kiosk.domain.tickets import Ticket, issue
    from kiosk.files.tickets import qr_image
    from kiosk.scanner.decode import Decoder

    code = issue(Ticket(1, 1030, 4242, date(2024, 10, 30)), Ed25519PrivateKey.generate())
    qr = np.asarray(qr_image(code, box_pixels=4).convert("L"))
    frame = np.full((720, 1280), 170, np.uint8)
    frame[260 : 260 + qr.shape[0], 540 : 540 + qr.shape[1]] = qr
    read = Decoder(use_zbar=status.zbar).decode(frame)
    engines = ", ".join(sorted({c.engine for c in read if c.text == code}))
    if engines:
        return Check("decoder_selftest", Status.OK, said("doctor_selftest_ok", engines=engines))
    return Check(
        "decoder_selftest", Status.FAIL, said("doctor_selftest_failed"), said("doctor_reinstall")
    )


# -- font --------------------------------------------------------------------------------


def font_check(path: Path) -> Check:
    """The bundled font exists and draws real Hangul glyphs, not its .notdef box."""
    from PIL import ImageFont

    if not path.is_file():
        return Check(
            "font", Status.FAIL, said("doctor_font_missing", path=path), said("doctor_reinstall")
        )
    try:
        font = ImageFont.truetype(str(path), 48)
    except OSError:
        return Check(
            "font", Status.FAIL, said("doctor_font_unreadable", path=path), said("doctor_reinstall")
        )
    notdef = _glyph(font, NOT_A_GLYPH)
    missing = [s for s in HANGUL_SAMPLES if _glyph(font, s) in (notdef, None)]
    if missing:
        found = said("doctor_font_no_hangul", path=path.name, missing=" ".join(missing))
        return Check("font", Status.FAIL, found, said("doctor_reinstall"))
    return Check("font", Status.OK, said("doctor_font_ok", path=path.name, samples=HANGUL_SAMPLES))


def _glyph(font: object, char: str) -> tuple[tuple[int, int], bytes] | None:
    """The rendered mask of one character, or None when it draws nothing."""
    mask = font.getmask(char)  # type: ignore[attr-defined]
    if mask.getbbox() is None:
        return None
    return mask.size, bytes(mask)


# -- data directory ----------------------------------------------------------------------


def data_dir_checks(directory: Path, free_bytes: Callable[[Path], int]) -> list[Check]:
    """Writable (a temporary file is made and removed) and enough free space."""
    try:
        handle, name = tempfile.mkstemp(prefix=".doctor-", dir=directory)
        os.close(handle)
        os.unlink(name)
        writable = Check("data_dir", Status.OK, said("doctor_data_writable", path=directory))
    except OSError as error:
        found = said("doctor_data_unwritable", path=directory, detail=error.strerror or error)
        writable = Check("data_dir", Status.FAIL, found, said("doctor_data_advice"))
    return [writable, space_check(directory, free_bytes)]


def space_check(directory: Path, free_bytes: Callable[[Path], int]) -> Check:
    try:
        free = free_bytes(directory)
    except OSError as error:
        return Check("disk_space", Status.WARN, said("doctor_space_unknown", detail=error))
    found = said("doctor_space", free=_size(free))
    if free < SPACE_FAIL:
        return Check(
            "disk_space", Status.FAIL, found, said("doctor_space_advice", need=_size(SPACE_WARN))
        )
    if free < SPACE_WARN:
        return Check(
            "disk_space", Status.WARN, found, said("doctor_space_advice", need=_size(SPACE_WARN))
        )
    return Check("disk_space", Status.OK, found)


def disk_free(directory: Path) -> int:
    return shutil.disk_usage(directory).free


def _size(count: int) -> str:
    if count >= 1024**3:
        return f"{count / 1024**3:.1f} GB"
    return f"{count / 1024**2:.0f} MB"


# -- the session around the kiosk ------------------------------------------------------------

# Names (in XDG_CURRENT_DESKTOP and friends) and processes of desktops with panels, menus and a
# way to a terminal. /proc's process names are cut at 15 characters.
DESKTOP_NAMES = (
    "gnome", "kde", "plasma", "xfce", "cinnamon", "mate", "lxde", "lxqt", "unity", "budgie",
    "pantheon", "deepin", "ubuntu", "pop", "cosmic", "enlightenment", "x-cinnamon",
)  # fmt: skip
DESKTOP_PROCESSES = frozenset(
    {
        "gnome-shell", "plasmashell", "xfce4-panel", "xfdesktop", "cinnamon", "mate-panel",
        "lxpanel", "lxqt-panel", "budgie-panel", "tint2", "polybar", "waybar", "caja", "nemo",
    }
)  # fmt: skip
_SESSION_VARIABLES = ("XDG_CURRENT_DESKTOP", "XDG_SESSION_DESKTOP", "DESKTOP_SESSION")


@dataclass(frozen=True)
class Session:
    """Where the kiosk runs: the platform (sys.platform), the environment, process names."""

    platform: str
    environ: Mapping[str, str]
    processes: frozenset[str]


def current_session() -> Session:
    return Session(sys.platform, dict(os.environ), frozenset(_process_names()))


def _process_names() -> set[str]:
    if sys.platform == "win32":
        try:
            listed = subprocess.run(
                ["tasklist", "/FO", "CSV", "/NH"], capture_output=True, text=True, timeout=10
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return set()
        return {line.split(",")[0].strip('"').lower() for line in listed.splitlines() if line}
    names: set[str] = set()
    proc = Path("/proc")
    for entry in proc.iterdir() if proc.is_dir() else ():
        if entry.name.isdigit():
            try:
                names.add((entry / "comm").read_text().strip().lower())
            except OSError:
                continue  # ended while we looked, or not ours to read
    return names


def desktop_check(session: Session) -> Check:
    """WARN when the kiosk runs inside an ordinary desktop: its panel, menus and keys lead away
    from the kiosk; the runbook says how to run it in a session of its own."""
    if session.platform == "win32":
        if "explorer.exe" in session.processes:
            found = said("doctor_desktop_found", what="explorer.exe")
            return Check("desktop", Status.WARN, found, said("doctor_desktop_windows_advice"))
        return Check("desktop", Status.OK, said("doctor_desktop_none"))
    named = {
        part
        for variable in _SESSION_VARIABLES
        for part in session.environ.get(variable, "").split(":")
        if part and any(name in part.lower() for name in DESKTOP_NAMES)
    }
    found_here = sorted(named) + sorted(session.processes & DESKTOP_PROCESSES)
    if found_here:
        found = said("doctor_desktop_found", what=", ".join(found_here))
        return Check("desktop", Status.WARN, found, said("doctor_desktop_advice"))
    return Check("desktop", Status.OK, said("doctor_desktop_none"))
