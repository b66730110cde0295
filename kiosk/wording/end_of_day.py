"""The words of end of day: a refused export, merge or output target, and what a merge or a
salvage brought, from the values kiosk.services.end_of_day returns."""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.files.export_csv import EncodingRefused, Unencodable
from kiosk.files.targets import TargetRefused
from kiosk.services.end_of_day import FormatRefused, MergeReport
from kiosk.storage.merge import MergeRefused, SourceReport
from kiosk.texts import Say, text

SHOWN_PROBLEMS = 30  # a CP949 refusal lists this many characters, then a count
SHOWN_RANGES = 20


def describe(error: Exception, say: Say = text) -> str:
    """The operator's message for a refused export, merge or output target."""
    if isinstance(error, TargetRefused):
        return say("target_refused", path=error.path, reason=target_reason(error, say))
    if isinstance(error, FormatRefused):
        if error.format is None:
            return say("export_unknown_suffix", path=error.path)
        return say("export_suffix_mismatch", path=error.path, format=error.format)
    if isinstance(error, EncodingRefused):
        lines = [_unencodable(p, say) for p in error.problems[:SHOWN_PROBLEMS]]
        if len(error.problems) > SHOWN_PROBLEMS:
            more = len(error.problems) - SHOWN_PROBLEMS
            lines.append(say("export_unencodable_more", count=more))
        return say("export_refused_encoding", encoding=error.encoding) + "\n" + "\n".join(lines)
    if isinstance(error, MergeRefused):
        reason = say(f"merge_{error.reason.value}")
        return say("merge_refused", path=error.path, reason=reason, detail=error.detail).rstrip()
    return str(error)


def target_reason(error: TargetRefused, say: Say = text) -> str:
    """Why an output target was refused, as a clause ("it is the event file ...")."""
    return say(f"target_{error.problem.value}", path=error.path, live=error.detail)


def _unencodable(problem: Unencodable, say: Say) -> str:
    where = {"char": problem.character, "codepoint": problem.codepoint}
    if not problem.column:  # a line of the purpose heading, named by its label
        return say("export_unencodable_heading", label=problem.number, **where)
    return say("export_unencodable", number=problem.number, column=problem.column, **where)


def describe_merge(report: MergeReport, say: Say = text) -> str:
    """A line per source, the salvage's lines, then the total."""
    lines = [
        say(
            "merge_source",
            path=s.path,
            new=s.rows_new,
            present=s.rows_present,
            walk_ins=s.walk_ins_added,
            attendees=s.attendees_added,
        )
        for s in report.sources
    ]
    for source in report.sources:
        if source.salvaged:
            lines += describe_salvage(source, say)
    return "\n".join([*lines, say("merge_done", new=report.rows_new)])


def describe_salvage(source: SourceReport, say: Say = text) -> list[str]:
    """What a salvage took and what it skipped, a line each."""
    taken = source.rows_new + source.rows_present
    lines = [say("salvage_taken", path=source.path, rows=taken)]
    if source.skipped:
        keys = key_ranges(source.skipped)
        lines.append(say("salvage_skipped", count=len(source.skipped), keys=keys))
    if source.skipped_here:
        lines.append(say("salvage_skipped_here", count=source.skipped_here))
    if source.broken_pages:
        lines.append(say("salvage_broken_pages", pages=source.broken_pages))
    if not source.roster_read:
        lines.append(say("salvage_roster_unread"))
    return lines


def key_ranges(keys: Sequence[tuple[str, int]]) -> str:
    """`kiosk/5-9, kiosk/12`: the keys as runs of sequence numbers, the first few of them."""
    runs: list[list[object]] = []
    for kiosk, seq in sorted(keys):
        if runs and runs[-1][0] == kiosk and runs[-1][2] == seq - 1:
            runs[-1][2] = seq
        else:
            runs.append([kiosk, seq, seq])
    shown = [f"{k}/{a}" if a == b else f"{k}/{a}-{b}" for k, a, b in runs[:SHOWN_RANGES]]
    more = f" (+{len(runs) - SHOWN_RANGES})" if len(runs) > SHOWN_RANGES else ""
    return ", ".join(shown) + more
