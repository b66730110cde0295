"""Where the operator's file picker starts and what a folder shows it, without Qt.

The places: USB sticks and other drives (Linux /media/USER/*, /run/media/USER/*, /mnt/*; Windows
drive letters but the system's), then the user's Documents and Desktop. A folder shows its
folders and the files of the kind asked for, never hidden or system entries, and no link (a
link leads off the stick). The picker itself is kiosk/ui/operator/file_picker.py.
"""

from __future__ import annotations

import getpass
import os
import stat
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

SYSTEM_NAMES = frozenset({"System Volume Information", "$RECYCLE.BIN", "lost+found"})


@dataclass(frozen=True)
class Root:
    """A place the picker starts from: a removable drive or a folder of the user's."""

    label: str
    path: Path


def removable_roots(
    platform: str = sys.platform,
    user: str | None = None,
    home: Path | None = None,
    env: Mapping[str, str] = os.environ,
    base: Path = Path("/"),
) -> list[Root]:
    """USB sticks and other drives (Linux /media/USER/*, /run/media/USER/*, /mnt/*, under
    `base`; Windows drive letters but the system's), then the user's Documents and Desktop."""
    roots: list[Root] = []
    if platform.startswith("win"):
        system = env.get("SystemDrive", "C:").upper()[:1]
        for letter in "DEFGHIJKLMNOPQRSTUVWXYZC":
            drive = Path(f"{letter}:/")
            if letter != system and drive.is_dir():
                roots.append(Root(f"{letter}:", drive))
    else:
        who = user or _user_name() or "-"
        for mounts in (base / "media" / who, base / "run" / "media" / who, base / "mnt"):
            roots += [Root(p.name, p) for p in _folders(mounts)]
    home = home or Path.home()
    roots += [
        Root(name, home / name) for name in ("Documents", "Desktop") if (home / name).is_dir()
    ]
    return roots


def _user_name() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def _folders(base: Path) -> list[Path]:
    try:
        return sorted(p for p in base.iterdir() if p.is_dir() and not _hidden(p))
    except OSError:
        return []


def _hidden(path: Path) -> bool:
    if path.name.startswith(".") or path.name in SYSTEM_NAMES:
        return True
    try:
        attributes = getattr(path.stat(), "st_file_attributes", 0)
    except OSError:
        return True
    return bool(attributes & (stat.FILE_ATTRIBUTE_HIDDEN | stat.FILE_ATTRIBUTE_SYSTEM))


def listing(folder: Path, suffixes: Sequence[str]) -> tuple[list[Path], list[Path]]:
    """The folders and the files with these suffixes in `folder`, hidden ones left out,
    in name order (OSError when the folder cannot be read)."""
    folders: list[Path] = []
    files: list[Path] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            path = Path(entry.path)
            if _hidden(path):
                continue
            if entry.is_dir(follow_symlinks=False):  # a link leads off the stick: not shown
                folders.append(path)
            elif entry.is_file(follow_symlinks=False) and path.suffix.lower() in suffixes:
                files.append(path)
    key = lambda p: p.name.casefold()  # noqa: E731
    return sorted(folders, key=key), sorted(files, key=key)
