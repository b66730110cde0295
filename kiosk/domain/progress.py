"""How a slow job tells its progress, and how whoever waits for it asks it to stop.

A slow use case (reading a roster, writing an export, reading the files of a merge, making the
tickets) takes a `Progress` and calls it now and then with how much of the work is done:
`progress(done, total)`, in any unit (rows, bytes, pages, percent of stages), `total` > 0. It
calls it at a modest rate (about every 1 % of the work, or every few hundred rows), never per
row where that would cost.

The callback belongs to the edge that shows the progress (a bar in the operator's window, a
line on the terminal). When its user asked to stop, it raises `Cancelled`; a use case calls it
only where stopping is safe, before anything is written, so the exception leaves every file as
it was. The writer's own transaction never calls it.

Pure Python: it lives in the domain so that files and storage can take it too.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
ROWS_PER_REPORT = 256  # where the total is not known ahead (a streamed file): rows between reports


class Cancelled(Exception):
    """The user asked to stop; raised by a progress callback where nothing was written yet."""


def silent(done: int, total: int) -> None:
    """Nobody is watching (the default)."""


def step(total: int) -> int:
    """Items between two reports of a loop over `total` items: about 1 % of them."""
    return max(1, total // 100)


def part(progress: Progress, first: int, last: int, whole: int) -> Progress:
    """A stage of a longer job: the stage's own (done, total) told as `first`..`last` of `whole`.

    `part(progress, 15, 90, 100)` gives the rows of an export's main sheet three quarters of
    the bar. Cancelling a stage is cancelling the job: the callback's exception passes through.
    """
    if progress is silent:
        return silent
    span = last - first

    def told(done: int, total: int) -> None:
        progress(first + span * min(done, total) // max(total, 1), whole)

    return told
