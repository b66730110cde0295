"""The event, its attendees and the check-in log, as plain immutable values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from kiosk.domain.outcome import Outcome


@dataclass(frozen=True, slots=True)
class AgendaItem:
    starts: time
    title: str


@dataclass(frozen=True, slots=True)
class Event:
    """The facts of one event. `starts_at` is timezone-aware."""

    number: int
    title: str
    venue: str
    starts_at: datetime
    agenda: tuple[AgendaItem, ...] = ()
    expected: int = 0
    subtitle: str = ""
    is_sample: bool = False
    opens_minutes_before: int = 120

    @property
    def day(self) -> date:
        return self.starts_at.date()


@dataclass(frozen=True, slots=True)
class Attendee:
    """One person on the roster (or a walk-in). `serial` is the ticket's attendee number."""

    serial: int
    name: str
    affiliation: str = ""
    department: str = ""
    position: str = ""
    employee_no: str = ""
    phone: str = ""
    email: str = ""
    walk_in: bool = False
    on_roster: bool = True
    generation: int = 0
    ref: str = ""
    # Keyed digests of the e-mail and the full phone number: what a re-import matches on. The
    # event file a kiosk holds keeps these, the phone's last four digits, and no e-mail.
    key_email: str = ""
    key_phone: str = ""
    ticketed: bool = False  # a ticket of the current generation was issued

    @property
    def person(self) -> str:
        """The key the check-in log uses: 'S<serial>', or the walk-in's own registration ref."""
        return self.ref or f"S{self.serial}"


@dataclass(frozen=True, slots=True)
class CheckinRecord:
    """One row of the append-only log. (kiosk_id, seq) is its identity across kiosks."""

    kiosk_id: str
    seq: int
    outcome: Outcome
    at_utc: datetime
    mono_ns: int
    door: str
    person: str = ""
    code: str = ""
    undoes: tuple[str, int] | None = None  # (kiosk_id, seq) of the row an undo takes back
    boot_id: str = ""
    details: str = ""  # JSON: a walk-in's name and affiliation, so merges can rebuild them

    @property
    def key(self) -> tuple[str, int]:
        return (self.kiosk_id, self.seq)


@dataclass(frozen=True, slots=True)
class CheckinResult:
    """What a scan came to: the outcome, who, and for a repeat when and where they first came."""

    outcome: Outcome
    attendee: Attendee | None = None
    at: datetime | None = None
    door: str = ""
    first_at: datetime | None = None
    first_door: str = ""
    record: CheckinRecord | None = field(default=None, compare=False)
