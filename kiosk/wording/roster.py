"""Sentences for roster problems, naming the rows concerned ("3행, 7행: ..." / "rows 3, 7: ...").

The importer returns stable problem codes with their data (rows, column, one detail); these are
what the organizer reads in the import screen and on the command line.
"""

from __future__ import annotations

from collections.abc import Iterable

from kiosk.files.roster_model import RosterProblem
from kiosk.texts import MESSAGES, Say, text

MAX_LISTED_ROWS = 10
_PAIRS = {"conflicting_duplicate", "duplicate_collapsed"}  # "2행과 5행" reads as a pair


def describe(problem: RosterProblem, say: Say = text) -> str:
    """One clear sentence, prefixed by the rows it concerns."""
    key = f"roster_{problem.kind}"
    label = f"column_{problem.column}"
    column = say(label) if label in MESSAGES else problem.column
    if key in MESSAGES:
        sentence = say(key, col=column, detail=problem.detail)
    else:
        sentence = say("roster_unknown_problem", kind=problem.kind)
    if problem.kind == "missing_column" and not problem.rows:
        sentence += say("roster_no_header_hint")
    rows = _rows(problem.rows, problem.kind in _PAIRS, say)
    return say("rows_problem", rows=rows, problem=sentence) if rows else sentence


def describe_all(problems: Iterable[RosterProblem], say: Say = text) -> str:
    """Every problem, one sentence a line."""
    return "\n".join(describe(problem, say) for problem in problems)


def _rows(rows: tuple[int, ...], pair: bool, say: Say) -> str:
    if not rows:
        return ""
    shown = [say("row_item", row=row) for row in rows[:MAX_LISTED_ROWS]]
    if pair and len(rows) == 2:
        return say("rows_pair", first=shown[0], second=shown[1])
    listed = ", ".join(shown)
    if len(rows) > MAX_LISTED_ROWS:
        listed = say("rows_more", rows=listed, more=len(rows) - MAX_LISTED_ROWS)
    return say("rows_one" if len(rows) == 1 else "rows_many", rows=listed)
