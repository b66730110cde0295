"""What every command shares: failing with one line, the context, the open event file."""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.services.context import Context
from kiosk.storage.errors import StorageError
from kiosk.storage.store import EventStore
from kiosk.texts import text

if TYPE_CHECKING:
    pass

Handler = Callable[[argparse.Namespace], int]


USAGE = 2


log = logging.getLogger(__name__)


class CommandFailed(Exception):
    """A known failure: its message goes to stderr and the command exits with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def fail(message: str, code: int = 1) -> int:
    print(message, file=sys.stderr)
    return code


def storage_text(error: StorageError, path: object = "") -> str:
    """One line: which file, and the problem in words (the detail goes to the log)."""
    log.warning("event file %s: %s", path, error)
    problem = text(f"problem_{error.problem.value}", detail=error.detail or error.problem.value)
    return text("event_file_problem", path=path, problem=problem)


def check_data_dir(args: argparse.Namespace) -> None:
    """Refuse, for every command, a data directory that names a file."""
    chosen = args.data_dir or os.environ.get("KIOSK_DATA_DIR")
    if chosen and Path(chosen).exists() and not Path(chosen).is_dir():
        raise CommandFailed(text("data_dir_is_file", path=chosen))


def resolve_context(args: argparse.Namespace) -> Context:
    try:
        return Context.resolve(args.data_dir)
    except OSError as error:  # cannot create or write the data directory
        path = error.filename or args.data_dir or os.environ.get("KIOSK_DATA_DIR", "")
        raise CommandFailed(os_text("data_dir_unusable", path, error)) from error


def os_text(key: str, path: object, error: OSError) -> str:
    return text(key, path=path, detail=error.strerror or error.__class__.__name__)


def must_be_file(path: Path) -> None:
    """A file named on the command line that must be there to be read."""
    if path.is_dir():
        raise CommandFailed(text("is_a_directory", path=path))
    if not path.exists():
        raise CommandFailed(text("file_not_found", path=path))


@contextlib.contextmanager
def open_event(args: argparse.Namespace) -> Iterator[tuple[Context, EventStore]]:
    """The resolved context and the open event file, closed afterwards; failures are told."""
    ctx = resolve_context(args)
    if args.event and Path(args.event).is_dir():
        raise CommandFailed(text("event_is_directory", path=args.event))
    try:
        store = ctx.open_store(args.event)
    except StorageError as error:
        raise CommandFailed(storage_text(error, args.event or "")) from error
    except OSError as error:  # the sample event could not be made in the data directory
        raise CommandFailed(os_text("data_dir_unusable", ctx.data_dir, error)) from error
    try:
        yield ctx, store
    except StorageError as error:
        raise CommandFailed(storage_text(error, store.path)) from error
    finally:
        store.close()
