"""A one-line progress bar on the terminal, and Ctrl+C, for the commands that take a while.

The bar is drawn on stderr only when stderr is a terminal and the command prints no JSON:
piped, redirected or scripted output gets nothing extra. It is redrawn when the whole percent
changes and wiped when the step ends, so what the command prints afterwards stands alone.

Ctrl+C asks the step to stop at its next safe point: the use case's next progress report,
which comes only before anything is written (kiosk/domain/progress.py). A second Ctrl+C stops
at once (every write is atomic: a transaction, a file renamed into place). Either way the
command says one line and exits with 130. A Ctrl+C that comes while the last write is under
way lets it finish, and the command prints what it did.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import signal
import sys
import threading
import unicodedata
from collections.abc import Iterator
from types import FrameType
from typing import TextIO

from kiosk.commands.common import CommandFailed
from kiosk.domain.progress import Cancelled, Progress
from kiosk.texts import text

INTERRUPTED = 130  # the shell's code for a command stopped by SIGINT
BAR_CELLS = 30


class Bar:
    """`label [#####-----]  50%` on `stream`, rewritten in place."""

    def __init__(self, stream: TextIO, label: str) -> None:
        self._stream, self._label = stream, label
        columns = shutil.get_terminal_size().columns
        self._cells = max(10, min(BAR_CELLS, columns - width(label) - 9))
        self._percent: int | None = None
        self._drawn = 0

    def __call__(self, done: int, total: int) -> None:
        percent = max(0, min(100, done * 100 // max(total, 1)))
        if percent == self._percent:
            return
        self._percent = percent
        filled = self._cells * percent // 100
        line = f"{self._label} [{'#' * filled}{'-' * (self._cells - filled)}] {percent:3d}%"
        self._drawn = max(self._drawn, width(line))
        self._stream.write("\r" + line)
        self._stream.flush()

    def clear(self) -> None:
        if self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0


def width(line: str) -> int:
    """Terminal columns `line` takes (Hangul and other wide characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


class _CtrlC:
    """SIGINT, while a step runs: the first asks it to stop, the second stops it at once."""

    def __init__(self) -> None:
        self.asked = False
        self._before: object = None

    def __enter__(self) -> _CtrlC:
        if threading.current_thread() is threading.main_thread():
            self._before = signal.signal(signal.SIGINT, self._on_sigint)
        return self

    def __exit__(self, *_: object) -> None:
        if self._before is not None:
            signal.signal(signal.SIGINT, self._before)  # type: ignore[arg-type]

    def _on_sigint(self, number: int, frame: FrameType | None) -> None:
        if self.asked:
            raise KeyboardInterrupt
        self.asked = True


@contextlib.contextmanager
def progress_shown(
    args: argparse.Namespace,
    label: str,
    stopped: str,
    *,
    stream: TextIO | None = None,
    **params: object,
) -> Iterator[Progress]:
    """The progress callback for one slow step, labelled `text(label)`; Ctrl+C or Cancelled
    during the step end the command with `text(stopped, **params)` and exit 130."""
    out = stream or sys.stderr
    shown = out.isatty() and not getattr(args, "json", False)
    bar = Bar(out, text(label)) if shown else None
    ctrl_c = _CtrlC()

    def report(done: int, total: int) -> None:
        if ctrl_c.asked:
            raise Cancelled
        if bar is not None:
            bar(done, total)

    try:
        with ctrl_c:
            yield report
    except (Cancelled, KeyboardInterrupt) as stop:
        if bar is not None:
            bar.clear()
        raise CommandFailed(text(stopped, None, **params), INTERRUPTED) from stop
    finally:
        if bar is not None:
            bar.clear()
