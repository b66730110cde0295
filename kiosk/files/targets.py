"""Where an output may go: never onto a file the kiosk lives on.

Export, backup, tickets and the operator's saves ask here first. A target is refused when it is
the event file, its `-wal`/`-shm`, its lock or its key, or another live file: this machine's
kiosk id, settings and logs, the last good copies, and the other event files (with their journals
and keys) beside the event file or in the data directory's events folder. Paths are compared
resolved (symlinks followed), case-folded (a case-insensitive disk), and by identity when both
exist (hard links).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path

from kiosk import config
from kiosk.files.keys import KEY_SUFFIX, key_path_for

JOURNALS = ("", "-wal", "-shm", "-journal", ".lock")
EVENT_PATTERNS = ("*.db", f"*{KEY_SUFFIX}", "*.corrupt-*", "*.bak")


class TargetProblem(StrEnum):
    EVENT_FILE = "event_file"  # the event file itself, its journal or its lock
    KEY = "key"  # a signing key
    LIVE_FILE = "live_file"  # another file the kiosk keeps (settings, logs, other events)
    LIVE_FOLDER = "live_folder"  # a folder of many outputs that holds live files
    IS_DIRECTORY = "is_directory"  # a file was expected
    NOT_A_DIRECTORY = "not_a_directory"  # a folder was expected
    NO_FOLDER = "no_folder"  # the folder to write into does not exist


class TargetRefused(Exception):
    """Nothing was written to `path`; `problem` says why (the caller chooses the words)."""

    def __init__(self, problem: TargetProblem, path: Path, detail: str = "") -> None:
        super().__init__(f"{path}: {problem.value}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.detail = detail


def check_file_target(target: Path, event_file: Path, data_dir: Path | None = None) -> None:
    """Refuse a file target that is a live file, a folder, or in a folder that is missing."""
    if target.is_dir():
        raise TargetRefused(TargetProblem.IS_DIRECTORY, target)
    if not target.parent.is_dir():  # never create it: the USB stick may not be mounted
        raise TargetRefused(TargetProblem.NO_FOLDER, target, str(target.parent))
    for live, problem in live_files(event_file, data_dir):
        if same_path(target, live):
            raise TargetRefused(problem, target, str(live))


def check_folder_target(folder: Path, event_file: Path, data_dir: Path | None = None) -> None:
    """Refuse a folder for many outputs (tickets) that is a file or holds the kiosk's own files:
    the event file's folder (its key would travel with the tickets) or the data directory's."""
    if folder.exists() and not folder.is_dir():
        raise TargetRefused(TargetProblem.NOT_A_DIRECTORY, folder)
    for live in _live_folders(event_file, data_dir):
        if same_path(folder, live):
            raise TargetRefused(TargetProblem.LIVE_FOLDER, folder, str(live))


def live_files(
    event_file: Path, data_dir: Path | None = None
) -> Iterator[tuple[Path, TargetProblem]]:
    """Every file an output must not replace, with the reason it would give."""
    for suffix in JOURNALS:
        yield Path(str(event_file) + suffix), TargetProblem.EVENT_FILE
    yield key_path_for(event_file), TargetProblem.KEY
    for folder in _event_folders(event_file, data_dir):
        for found in _matching(folder, EVENT_PATTERNS):
            problem = TargetProblem.KEY if found.suffix == KEY_SUFFIX else TargetProblem.LIVE_FILE
            yield found, problem
            for suffix in JOURNALS[1:]:
                yield Path(str(found) + suffix), TargetProblem.LIVE_FILE
    if data_dir is not None:
        for name in (config.KIOSK_ID_FILE, config.SETTINGS_FILE, config.CURRENT_EVENT_FILE):
            yield data_dir / name, TargetProblem.LIVE_FILE
        for found in _matching(data_dir / "logs", ("*",)):
            yield found, TargetProblem.LIVE_FILE
        for found in _matching(data_dir / "backups", ("*",)):
            yield found, TargetProblem.LIVE_FILE


def same_path(a: Path, b: Path) -> bool:
    """One file under two names: resolved and case-folded, or the same inode when both exist."""
    if _key(a) == _key(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return False


def _key(path: Path) -> str:
    return os.path.normcase(os.path.realpath(path)).casefold()


def _event_folders(event_file: Path, data_dir: Path | None) -> list[Path]:
    folders = [event_file.parent]
    if data_dir is not None:
        folders.append(data_dir / "events")
    return folders


def _live_folders(event_file: Path, data_dir: Path | None) -> list[Path]:
    folders = [event_file.parent]
    if data_dir is not None:
        folders += [data_dir, data_dir / "events", data_dir / "logs", data_dir / "backups"]
    return folders


def _matching(folder: Path, patterns: Iterable[str]) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for pattern in patterns:
        yield from folder.glob(pattern)
