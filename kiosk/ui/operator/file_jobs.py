"""The operator's file jobs as plain functions, run on the job thread (see jobs.py).

Each opens its own connection to the event file (a connection belongs to the thread that made
it), does one end-of-day or organizer use case, closes, and returns a value the view shows.
Nothing here touches Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from kiosk.domain.roster_plan import NeedsConfirmation, RosterPlan
from kiosk.services import end_of_day
from kiosk.services.organizer import RosterReport, import_roster
from kiosk.storage.store import EventStore

EXPORT_FORMATS = ("xlsx", "csv")


@dataclass(frozen=True)
class Exported:
    files: tuple[end_of_day.ExportResult, ...]


def import_roster_file(
    event_file: Path, roster_file: Path, confirmed: RosterPlan | None = None
) -> RosterReport:
    """Replace the roster from a CSV/XLSX file: all rows or none (RosterError lists problems).

    A file that renames or removes ticket holders raises NeedsConfirmation, changing nothing.
    With `confirmed` (the plan the operator saw and accepted) it is applied, but only when it
    still changes exactly those people; otherwise the new plan is raised for a fresh look.
    """
    store = EventStore.open(event_file)
    try:
        try:
            return import_roster(store, roster_file)
        except NeedsConfirmation as needed:
            if confirmed is None or held_changes(needed.plan) != held_changes(confirmed):
                raise
        return import_roster(store, roster_file, accept_changes=True)
    finally:
        store.close()


def held_changes(plan: RosterPlan) -> tuple[frozenset[tuple[int, str]], frozenset[int]]:
    """What the operator confirms: (serial, new name) of renamed holders, serials removed."""
    renamed = frozenset((after.serial, after.name) for _, after in plan.renamed_holders)
    return renamed, frozenset(p.serial for p in plan.removed_holders)


def export_attendance(event_file: Path, folder: Path, kiosk_id: str) -> Exported:
    """XLSX and CSV (UTF-8 with BOM) side by side; the names carry event, date and this kiosk."""
    store = EventStore.open(event_file)
    try:
        written = []
        for fmt in EXPORT_FORMATS:
            name = Path(end_of_day.default_export_name(store, fmt))
            target = folder / f"{name.stem}-{kiosk_id[:6]}{name.suffix}"
            written.append(end_of_day.export(store, target, fmt))
        return Exported(tuple(written))
    finally:
        store.close()


def merge_files(
    event_file: Path, sources: Sequence[Path], salvage: Sequence[Path] = ()
) -> end_of_day.MergeReport:
    """Fold other doors' files of this event into this one: all of them or none (`salvage`:
    damaged files, of which the rows whose checksums hold are taken)."""
    store = EventStore.open(event_file)
    try:
        return end_of_day.merge(store, sources, salvage)
    finally:
        store.close()


def safe_copy(event_file: Path, folder: Path, kiosk_id: str, now: datetime) -> Path:
    """A consistent copy of the event file for a USB stick, named so doors never collide."""
    store = EventStore.open(event_file)
    try:
        name = f"{event_file.stem}-{kiosk_id[:6]}-{now:%Y%m%d-%H%M%S}.db"
        return end_of_day.safe_copy(store, folder / name)
    finally:
        store.close()
