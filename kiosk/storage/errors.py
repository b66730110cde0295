"""Known environmental failures become a StorageError the operator can act on."""

from __future__ import annotations

import sqlite3
from enum import StrEnum


class Problem(StrEnum):
    DISK_FULL = "disk_full"
    LOCKED = "locked"
    READ_ONLY = "read_only"
    IO_ERROR = "io_error"
    CORRUPT = "corrupt"
    NOT_AN_EVENT = "not_an_event"
    TOO_NEW = "too_new"
    MISSING = "missing"
    NO_SUCH_PERSON = "no_such_person"
    OTHER = "other"


class StorageError(Exception):
    """The event file could not be read or written; nothing was recorded."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


_MARKERS = (
    ("disk is full", Problem.DISK_FULL),
    ("database or disk is full", Problem.DISK_FULL),
    ("locked", Problem.LOCKED),
    ("busy", Problem.LOCKED),
    ("readonly", Problem.READ_ONLY),
    ("read-only", Problem.READ_ONLY),
    ("malformed", Problem.CORRUPT),
    ("not a database", Problem.CORRUPT),
    ("disk i/o error", Problem.IO_ERROR),
    ("unable to open", Problem.IO_ERROR),
)


def classify(error: sqlite3.Error | OSError) -> StorageError:
    """Map an sqlite3 or OS error to the problem the operator is told about."""
    text = str(error).lower()
    for marker, problem in _MARKERS:
        if marker in text:
            return StorageError(problem, str(error))
    if isinstance(error, OSError) and error.errno == 28:
        return StorageError(Problem.DISK_FULL, str(error))
    return StorageError(Problem.OTHER, str(error))
