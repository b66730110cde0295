"""The operator's file jobs (the window's files page), each in two halves: what runs on the job
thread, what writes.

The job thread only reads: the roster file, the other doors' files, and the event file through
a read-only connection (`EventStore.open_reader`) for an export or a copy. Whatever is written
to the event file is written by the window's own service (`store_roster`, `fold_merge`, on the
GUI thread that owns its connection), the process's one writer: a long import or merge can no
longer hold the file's write lock while the door scans. Nothing here touches Qt.

The job thread's halves take the job's progress callback; when the operator cancels, it raises
Cancelled at the next report, always before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.progress import Progress, part, silent
from kiosk.domain.roster_plan import NeedsConfirmation, RosterPlan
from kiosk.files.roster_model import RosterFile
from kiosk.services import end_of_day
from kiosk.services.door import Change, KioskService
from kiosk.services.organizer import RosterReport, read_roster_file, store_roster
from kiosk.storage.merge import Source
from kiosk.storage.store import EventStore

EXPORT_FORMATS = ("xlsx", "csv")
EXPORT_SHARES = ((0, 90), (90, 100))  # of the bar, measured: the XLSX takes ten times the CSV


@dataclass(frozen=True)
class Exported:
    files: tuple[end_of_day.ExportResult, ...]


def read_roster(roster_file: Path, progress: Progress = silent) -> RosterFile:
    """Job thread: read and check a CSV/XLSX roster (RosterError lists its problems)."""
    return read_roster_file(roster_file, progress)


def import_roster(
    service: KioskService, parsed: RosterFile, confirmed: RosterPlan | None = None
) -> RosterReport:
    """Writer: replace the roster with the people read, all of them or none.

    A file that renames or removes ticket holders raises NeedsConfirmation, changing nothing.
    With `confirmed` (the plan the operator saw and accepted) it is applied, but only when it
    still changes exactly those people; otherwise the new plan is raised for a fresh look.
    """
    try:
        report = store_roster(service.store, parsed)
    except NeedsConfirmation as needed:
        if confirmed is None or held_changes(needed.plan) != held_changes(confirmed):
            raise
        report = store_roster(service.store, parsed, accept_changes=True)
    service.notify(Change.PEOPLE | Change.TICKETS)
    return report


def held_changes(plan: RosterPlan) -> tuple[frozenset[tuple[int, str]], frozenset[int]]:
    """What the operator confirms: (serial, new name) of renamed holders, serials removed."""
    renamed = frozenset((after.serial, after.name) for _, after in plan.renamed_holders)
    return renamed, frozenset(p.serial for p in plan.removed_holders)


def read_merge_sources(
    event_file: Path,
    identity: tuple[str, int],
    sources: Sequence[Path],
    salvage: Sequence[Path],
    progress: Progress = silent,
) -> list[Source]:
    """Job thread: read the other doors' files of this event (`salvage`: damaged files, of
    which the rows whose checksums hold are taken). MergeRefused when one cannot be taken."""
    return end_of_day.read_sources(event_file, identity, sources, salvage, progress)


def merge(service: KioskService, sources: Sequence[Source]) -> end_of_day.MergeReport:
    """Writer: fold the sources read into this event file, all of them or none."""
    report = end_of_day.fold_sources(service.store, sources)
    service.notify(Change.ATTENDANCE | Change.PEOPLE | Change.TICKETS)
    return report


def export_attendance(
    event_file: Path, folder: Path, kiosk_id: str, progress: Progress = silent
) -> Exported:
    """Job thread: XLSX and CSV (UTF-8 with BOM) side by side; the names carry event, date
    and this kiosk. Both are made in memory first and written after, so a cancel (while they
    are made) writes neither."""
    store = EventStore.open_reader(event_file)
    try:
        prepared = []
        for fmt, (first, last) in zip(EXPORT_FORMATS, EXPORT_SHARES, strict=True):
            name = Path(end_of_day.default_export_name(store, fmt))
            target = folder / f"{name.stem}-{kiosk_id[:6]}{name.suffix}"
            told = part(progress, first, last, 100)
            prepared.append(end_of_day.prepare_export(store, target, fmt, progress=told))
        return Exported(tuple(end_of_day.write_export(p) for p in prepared))
    finally:
        store.close()


def safe_copy(event_file: Path, folder: Path, kiosk_id: str, now: datetime) -> Path:
    """Job thread: a consistent copy of the event file for a USB stick, named so doors never
    collide."""
    store = EventStore.open_reader(event_file)
    try:
        name = f"{event_file.stem}-{kiosk_id[:6]}-{now:%Y%m%d-%H%M%S}.db"
        return end_of_day.safe_copy(store, folder / name)
    finally:
        store.close()
