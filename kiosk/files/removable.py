"""Finding the organizer's signing key on a USB stick, for unlocking operator mode at the door.

The kiosk never holds the private key; the organizer brings it on a stick when volunteers are
locked out. We look at the top folder of each removable drive for `<event>.key` (the name the
organizer's PC gave it beside the event file), then for any other `*.key` there, since a kiosk's
copy of the event file may have been renamed. Whether a file is this event's key is decided by
its public half (kiosk.services.pins), never by its name.
"""

from __future__ import annotations

import os
import string
import sys
from collections.abc import Iterable
from pathlib import Path

from kiosk.files.keys import KEY_SUFFIX, key_path_for

MAX_CANDIDATES = 16  # a stick full of *.key files must not make the pad hang
LINUX_MOUNTS = ("/media/*/*", "/run/media/*/*")  # udisks: /media/USER/LABEL, /run/media/USER/LABEL


def removable_roots() -> list[Path]:
    """The top folders of the drives a USB stick may be mounted on, on this machine."""
    if sys.platform == "win32":
        return _windows_drives()
    if sys.platform == "darwin":
        return _folders(Path("/Volumes").glob("*"))
    found = [path for pattern in LINUX_MOUNTS for path in Path("/").glob(pattern.lstrip("/"))]
    found += [path for path in Path("/media").glob("*") if os.path.ismount(path)]  # usbmount
    return _folders(found)


def key_candidates(event_file: Path, roots: Iterable[Path]) -> list[Path]:
    """Files that may be the event's key: `<event>.key` on each root first, then other keys."""
    wanted = key_path_for(event_file).name
    exact: list[Path] = []
    others: list[Path] = []
    for root in roots:
        try:
            entries = sorted(root.iterdir())
        except OSError:  # unplugged meanwhile, or not readable
            continue
        for entry in entries:
            if entry.suffix.lower() != KEY_SUFFIX or not _is_file(entry):
                continue
            (exact if entry.name == wanted else others).append(entry)
    return (exact + others)[:MAX_CANDIDATES]


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _folders(paths: Iterable[Path]) -> list[Path]:
    return sorted({path for path in paths if _is_dir(path)})


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _windows_drives() -> list[Path]:
    """Every drive letter but the system's and the floppies' (USB hard disks call themselves
    fixed, so the drive type does not tell a stick apart)."""
    system = os.environ.get("SYSTEMDRIVE", "C:").upper().rstrip("\\")
    if sys.platform != "win32":
        return []
    import ctypes

    mask = ctypes.windll.kernel32.GetLogicalDrives()
    letters = [letter for index, letter in enumerate(string.ascii_uppercase) if mask >> index & 1]
    drives = [f"{letter}:" for letter in letters if letter not in "AB"]
    return _folders(Path(drive + "\\") for drive in drives if drive != system)
