"""End-of-day use cases for the command line and the operator screen: export, merge, safe copy.

Each takes an open EventStore and returns a value the caller shows; known failures raise
FormatRefused, EncodingRefused, TargetRefused, MergeRefused or StorageError, which
kiosk/wording/end_of_day.py words at the edges. These are slow jobs: the GUI runs them off its
thread (open a store there: an sqlite3 connection belongs to the thread that made it).
The slow halves take a `progress` (kiosk.domain.progress) and stop with Cancelled only where
nothing was written yet: an export before its file is written, a merge while it reads.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from kiosk.domain import attendance, stats
from kiosk.domain.progress import Progress, part, silent
from kiosk.files.atomic import write_atomically
from kiosk.files.export import ExportData, absent
from kiosk.files.targets import check_file_target, check_replaceable
from kiosk.storage import merge as merging
from kiosk.storage.merge import SourceReport
from kiosk.storage.snapshot import snapshot
from kiosk.storage.store import EventStore

log = logging.getLogger(__name__)
FORMATS = ("xlsx", "csv")
# Suffixes that name a kind of file: an export under one of these must be that kind.
KNOWN_SUFFIXES = {
    ".xlsx": "xlsx",
    ".csv": "csv",
    ".xls": "xls",
    ".xlsm": "xlsm",
    ".ods": "ods",
    ".db": "db",
    ".key": "key",
    ".sqlite": "db",
    ".pdf": "pdf",
    ".png": "png",
    ".json": "json",
    ".toml": "toml",
    ".log": "log",
}


class FormatRefused(ValueError):
    """The export's file name and format disagree, or the name says no format."""

    def __init__(self, path: Path, fmt: str | None) -> None:
        super().__init__(f"{path}: suffix {path.suffix!r} does not fit format {fmt!r}")
        self.path = path
        self.format = fmt


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: str
    rows: int
    sha256: str


@dataclass(frozen=True)
class PreparedExport:
    """An export made in memory and checked, not written yet (`write_export` writes it)."""

    path: Path
    format: str
    content: bytes
    rows: int
    sha256: str


@dataclass(frozen=True)
class MergeReport:
    """What every source brought, in the order given."""

    sources: tuple[SourceReport, ...]

    @property
    def rows_new(self) -> int:
        return sum(s.rows_new for s in self.sources)

    @property
    def walk_ins_added(self) -> int:
        return sum(s.walk_ins_added for s in self.sources)


def event_tz(store: EventStore) -> tzinfo:
    """The event's own time zone (the one `kiosk stats` and the screen use)."""
    tz = store.event().starts_at.tzinfo or datetime.now().astimezone().tzinfo
    assert tz is not None
    return tz


def export_data(store: EventStore, summary: bool = True, progress: Progress = silent) -> ExportData:
    """The attendance as exported; with `summary`, the statistics (computed exactly as
    service.stats() does) and the absent list, which the XLSX carries and the CSV does not.

    Read through a separate read-only connection in one read transaction: a consistent moment
    of the log, while the kiosk may go on recording, from any thread. `progress` is told the
    stages done (of 4).
    """
    with snapshot(store.path) as view:
        event = view.event()
        tz = event_tz(view)
        standing, repeats = view.scans()
        progress(1, 4)
        entries = attendance.attendance(standing, repeats, view.identities())
        progress(2, 4)
        latest = view.latest_time() or event.starts_at
        expected = view.expected_count() or event.expected
        if not summary:
            return ExportData(event, entries, expected, latest.astimezone(tz))
        attendees = view.attendees()
        arrivals = view.live_arrivals()
        counts = view.outcome_counts()
    progress(3, 4)
    figures = stats.compute(attendees, arrivals, counts, tz, expected_fallback=event.expected)
    missing = absent(attendees, entries)
    return ExportData(event, entries, expected, latest.astimezone(tz), figures, missing)


def export(
    store: EventStore,
    out: Path,
    fmt: str | None = None,
    encoding: str = "utf-8-sig",
    data_dir: Path | None = None,
    progress: Progress = silent,
) -> ExportResult:
    """Write the attendance export; `fmt` defaults from the file's suffix (.csv or .xlsx).

    Nothing is written when CSV in CP949 would lose a character (EncodingRefused), when the
    suffix contradicts the format (FormatRefused), onto a live file (TargetRefused), or when
    `progress` raises Cancelled (it is told the work done while the file is made in memory).
    """
    return write_export(prepare_export(store, out, fmt, encoding, data_dir, progress))


def prepare_export(
    store: EventStore,
    out: Path,
    fmt: str | None = None,
    encoding: str = "utf-8-sig",
    data_dir: Path | None = None,
    progress: Progress = silent,
) -> PreparedExport:
    """The slow, cancellable half of `export`: the file's bytes, made in memory and checked;
    nothing is written (see `export` for what is refused)."""
    fmt = export_format(out, fmt)
    check_file_target(out, store.path, data_dir)
    check_replaceable(out, fmt, store.uid, {})
    reading = 12 if fmt == "xlsx" else 55  # measured on 20,000 rows: share of the reading
    data = export_data(store, summary=fmt == "xlsx", progress=part(progress, 0, reading, 100))
    making = part(progress, reading, 100, 100)
    if fmt == "csv":
        from kiosk.files.export_csv import csv_bytes

        content = csv_bytes(data, encoding, making)
    else:
        from kiosk.files.export_xlsx import xlsx_bytes

        content = xlsx_bytes(data, making)
    return PreparedExport(out, fmt, content, len(data.entries), data.digest)


def write_export(prepared: PreparedExport) -> ExportResult:
    """The quick half of `export`: the file written atomically (never half a file)."""
    write_atomically(prepared.path, prepared.content)
    log.info("exported %d arrivals to %s (%s)", prepared.rows, prepared.path, prepared.format)
    return ExportResult(prepared.path, prepared.format, prepared.rows, prepared.sha256)


def default_export_name(store: EventStore, fmt: str = "xlsx") -> str:
    """A file name that carries the event, the date and the purpose."""
    from kiosk.files.tickets import safe_file_stem

    event = store.event()
    return f"{safe_file_stem(event.title)}-{event.day:%Y-%m-%d}-출석확인.{fmt}"


def merge(
    store: EventStore,
    paths: Sequence[Path],
    salvage: Sequence[Path] = (),
    progress: Progress = silent,
) -> MergeReport:
    """Fold other kiosks' files of this event into this one: all of them, or none.

    Files in `salvage` (damaged, or set aside at start-up) give the check-in rows whose
    checksums hold; the report lists the rows skipped. `progress` is told the reading, and
    may stop it (Cancelled) before anything is written.
    """
    identity = (store.uid, store.event().number)
    return fold_sources(store, read_sources(store.path, identity, paths, salvage, progress))


def read_sources(
    here: Path,
    identity: tuple[str, int],
    paths: Sequence[Path],
    salvage: Sequence[Path] = (),
    progress: Progress = silent,
) -> list[merging.Source]:
    """The slow half of a merge, on any thread and without the event file's connection: every
    source read and checked to be of this event (`here` is the event file, `identity` its uid
    and number). MergeRefused when one cannot be taken. `progress` is told the sources read
    (a hundred steps each); when it raises Cancelled, nothing was written anywhere."""
    named = [(Path(p), False) for p in paths] + [(Path(p), True) for p in salvage]
    whole = 100 * len(named)
    sources = []
    for index, (path, salvaging) in enumerate(named):
        told = part(progress, 100 * index, 100 * index + 100, whole)
        sources.append(
            merging.read_source(path, here, identity, salvaging=salvaging, progress=told)
        )
    return sources


def fold_sources(store: EventStore, sources: Sequence[merging.Source]) -> MergeReport:
    """The writer's half of a merge: every source folded in one transaction, or none."""
    with store.transaction() as conn:
        reports = merging.fold(conn, list(sources))
    for report in reports:
        log.info("merged %s: %s", report.path, report)
    return MergeReport(tuple(reports))


def export_format(out: Path, fmt: str | None) -> str:
    """The format to write: the one asked for, else the suffix's; FormatRefused when the suffix
    names another kind of file (`--format csv --out a.xlsx`) or, with no format, no export kind."""
    named = KNOWN_SUFFIXES.get(out.suffix.lower())
    if fmt is None:
        if named not in FORMATS:
            raise FormatRefused(out, None)
        return named
    if fmt not in FORMATS or named not in (None, fmt):
        raise FormatRefused(out, fmt)
    return fmt


def safe_copy(store: EventStore, out: Path, data_dir: Path | None = None) -> Path:
    """A consistent copy (SQLite backup API) while the kiosk keeps recording; never onto a live
    file (TargetRefused)."""
    check_file_target(out, store.path, data_dir)
    check_replaceable(out, "backup", store.uid, store.latest_seqs())
    return store.backup_to(out)
