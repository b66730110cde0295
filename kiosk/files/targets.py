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
from kiosk.domain.refusal import Refused
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
    OTHER_FILE = "other_file"  # an existing file that is not an earlier output of this kind
    UNMERGED = "unmerged"  # an earlier copy of this event holding check-ins this file lacks


class TargetRefused(Refused[TargetProblem]):
    """Nothing was written to `path`; `problem` says why (the caller chooses the words)."""


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


SQLITE_HEADER = b"SQLite format 3\x00"
EXPORT_CSV_START = ('"용도","출석 확인"'.encode(), '"용도","출석 확인"'.encode("cp949"))


def check_replaceable(target: Path, kind: str, uid: str, rows_here: dict[str, int]) -> None:
    """An existing target is replaced only by the same kind of output of the same event.

    `kind` is "csv", "xlsx" or "backup". A roster, another event's file or another door's
    unmerged copy on the stick is never overwritten: a backup may replace only an earlier copy
    of this event whose every kiosk's log this file holds up to the same sequence number
    (`rows_here`: kiosk id -> highest seq here).
    """
    if not target.exists() or target.is_dir():
        return
    try:
        with target.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return  # the write itself will say what is wrong
    if kind == "backup":
        _check_older_copy(target, head, uid, rows_here)
    elif kind == "csv":
        if not head.lstrip(b"\xef\xbb\xbf").startswith(EXPORT_CSV_START):
            raise TargetRefused(TargetProblem.OTHER_FILE, target)
    elif not _is_our_xlsx(target):
        raise TargetRefused(TargetProblem.OTHER_FILE, target)


def _check_older_copy(target: Path, head: bytes, uid: str, rows_here: dict[str, int]) -> None:
    import contextlib
    import sqlite3

    if not head.startswith(SQLITE_HEADER):
        raise TargetRefused(TargetProblem.OTHER_FILE, target)
    try:
        uri = target.resolve().as_uri() + "?mode=ro"
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            found = conn.execute("SELECT uid FROM event").fetchall()
            theirs = dict(conn.execute("SELECT kiosk_id, max(seq) FROM checkin GROUP BY kiosk_id"))
    except sqlite3.Error:
        raise TargetRefused(TargetProblem.OTHER_FILE, target) from None
    if found != [(uid,)]:
        raise TargetRefused(TargetProblem.OTHER_FILE, target)
    if any(seq > rows_here.get(kiosk, 0) for kiosk, seq in theirs.items()):
        raise TargetRefused(TargetProblem.UNMERGED, target)


def _is_our_xlsx(target: Path) -> bool:
    import zipfile

    try:
        with zipfile.ZipFile(target) as book:
            core = book.read("docProps/core.xml")
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return False
    return "출석 확인".encode() in core and b"<dc:creator" in core and b">kiosk<" in core
