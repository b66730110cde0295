"""What the door shows and plays for a scan: the banner's words and tone, the sound, the counter.

The service answers a scan with a CheckinResult (or a StorageError: nothing was recorded); this
is the one place that turns that answer into what a volunteer sees and hears. The banner paints
a BannerView and the screen plays the sound; neither decides anything.

The arrived counter follows the answers themselves (a first arrival or a walk-in adds one
person, nothing else changes the count) and the service's change notifications for everything
written behind the scan screen's back (an undo, an import, a merge, the other doors' rows): only
then is the count read again, never after a scan.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Signal

from kiosk.domain import rules
from kiosk.domain.hangul import mask_name
from kiosk.domain.model import Attendee, CheckinResult, Event
from kiosk.domain.outcome import Outcome
from kiosk.services.door import Change, KioskService
from kiosk.storage.errors import Problem, StorageError
from kiosk.ui.outcome_style import STORAGE_FAILED, OutcomeStyle, storage_problem_text, style_for

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# Outcomes where the ticket proved whose it is; for the others a name would be a guess.
_NAMED = {
    Outcome.ACCEPTED,
    Outcome.ALREADY_CHECKED_IN,
    Outcome.WALK_IN_REGISTERED,
    Outcome.NOT_OPEN_YET,
    Outcome.REVOKED,
    Outcome.UNDONE,
}


@dataclass(frozen=True)
class BannerView:
    """Everything the banner shows, in the current language."""

    style: OutcomeStyle
    name: str = ""  # masked
    org: str = ""
    detail: str = ""


Compose = Callable[[], BannerView]  # called again when the language changes


@dataclass(frozen=True)
class Presentation:
    """How the door answers one scan."""

    banner: Compose
    sound: str  # a name of kiosk.resources.SOUND_NAMES, or "" for silence


def ready_view() -> BannerView:
    return BannerView(style_for("ready"))


def failure_view(problem: Problem) -> BannerView:
    """Nothing was recorded: red, never green, and the volunteer is told to scan again."""
    return BannerView(style_for(STORAGE_FAILED), detail=storage_problem_text(problem))


def result_view(result: CheckinResult, event: Event) -> BannerView:
    """The masked name, affiliation line and detail of a result; names only when the ticket
    proved whose it is. Texts keep the banner's translation context ("ResultBanner")."""
    attendee = result.attendee if result.outcome in _NAMED else None
    name = mask_name(attendee.name) if attendee else ""
    if attendee and attendee.walk_in:
        name += " " + translate("ResultBanner", "(walk-in)")
    org = org_line(attendee) if attendee else ""
    return BannerView(style_for(result.outcome), name, org, _detail(result, event))


def org_line(attendee: Attendee) -> str:
    """Affiliation · department · position, skipping the empty ones."""
    parts = (attendee.affiliation, attendee.department, attendee.position)
    return " · ".join(p for p in parts if p)


def _detail(result: CheckinResult, event: Event) -> str:
    if result.outcome is Outcome.ALREADY_CHECKED_IN and result.first_at is not None:
        first = _clock_text(result.first_at, event)
        door = result.first_door or result.door
        text = translate("ResultBanner", "First checked in at {time}, {door}")
        return text.format(time=first, door=door)
    if result.outcome is Outcome.NOT_OPEN_YET:
        opens = _clock_text(rules.opens_at(event), event)
        return translate("ResultBanner", "Check-in opens at {time}.").format(time=opens)
    return ""


def _clock_text(moment: datetime, event: Event) -> str:
    return moment.astimezone(event.starts_at.tzinfo).strftime("%H:%M")


class ScanPresenter(QObject):
    """Turns the service's answers into Presentations and keeps the arrived counter."""

    counter_changed = Signal(str)  # the counter's new text: "12 / 150", or "12" with no roster

    def __init__(self, service: KioskService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.arrived = self.expected = 0
        self._read_counts()
        listener = self._on_service_changed
        service.subscribe(listener)
        self.destroyed.connect(lambda: service.unsubscribe(listener))

    def present(self, result: CheckinResult) -> Presentation:
        """The banner and sound for a committed result; a new arrival moves the counter."""
        if result.outcome.counts_as_arrival:  # storage wrote it as the person's first arrival
            self.arrived += 1
            self.counter_changed.emit(self.counter_text())
        banner = partial(result_view, result, self._service.event)
        return Presentation(banner, style_for(result.outcome).sound)

    def present_failure(self, error: StorageError) -> Presentation:
        """Nothing was recorded: the counter stays, the banner says so."""
        return Presentation(partial(failure_view, error.problem), style_for(STORAGE_FAILED).sound)

    def counter_text(self) -> str:
        arrived, expected = self.arrived, self.expected
        return f"{arrived:,} / {expected:,}" if expected else f"{arrived:,}"

    def recount(self) -> None:
        """Read the counts again (the event file changed in a way no answer told)."""
        if self._read_counts():
            self.counter_changed.emit(self.counter_text())

    def _on_service_changed(self, _change: Change) -> None:
        self.recount()

    def _read_counts(self) -> bool:
        try:
            self.arrived = self._service.arrived_count()
            self.expected = self._service.expected_count()
        except StorageError as error:
            log.error("counter not updated: %s", error)
            return False
        return True
