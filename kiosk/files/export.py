"""The attendance export's content, shared by the XLSX and CSV writers.

Purpose first (개인정보 안전성 확보조치 기준 제12조: state the purpose, output only what it
needs): the export is for "출석 확인", so it holds who arrived, when, where and from which
affiliation, plus the summary. No phone numbers, e-mail addresses, employee numbers or ticket
codes. The absent list (XLSX only) carries names and affiliations without times: offices need it
to follow up mandatory training, and it stays within the purpose.

Everything here is deterministic: the "as of" time is the latest row of the log, never the
clock, so the same data gives byte-identical files whichever kiosk or merge order produced it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path

from kiosk.domain.attendance import Arrival, attendance, door_label
from kiosk.domain.model import Attendee, CheckinRecord, Event
from kiosk.domain.rules import arrived_late
from kiosk.domain.stats import Stats
from kiosk.files.safe_text import neutralize

PURPOSE = "출석 확인"
HEADER = (
    "번호",
    "이름",
    "소속",
    "부서",
    "직위",
    "입장 시각",
    "출입구",
    "현장 등록",
    "지각",
    "확인한 출입구",
)
ABSENT_HEADER = ("번호", "이름", "소속", "부서", "직위")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
YES = "예"


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One present person, as the office sees them. `arrived_at` is local and naive."""

    number: int
    name: str
    affiliation: str
    department: str
    position: str
    arrived_at: datetime
    door: str
    walk_in: bool
    late: bool
    doors: tuple[str, ...]

    def texts(self) -> list[str]:
        """The row as neutralized text cells (CSV, and the data the digest covers)."""
        return [
            str(self.number),
            *map(neutralize, (self.name, self.affiliation, self.department, self.position)),
            self.arrived_at.strftime(TIME_FORMAT),
            neutralize(self.door),
            YES if self.walk_in else "",
            YES if self.late else "",
            neutralize(", ".join(self.doors)),
        ]


@dataclass(frozen=True)
class ExportData:
    """What one export contains; `as_of` (aware, local) is the latest log row's time."""

    event: Event
    rows: list[AttendanceRow]
    absent: list[Attendee]
    stats: Stats
    as_of: datetime

    @property
    def utc_offset(self) -> str:
        """'UTC+09:00': stated in the file, since spreadsheet times carry no zone."""
        offset = self.as_of.strftime("%z") or "+0000"
        return f"UTC{offset[:3]}:{offset[3:]}"

    def table(self) -> list[list[str]]:
        """Header and rows as text cells."""
        return [list(HEADER), *(row.texts() for row in self.rows)]

    def digest(self) -> str:
        """SHA-256 of the attendance table as UTF-8 CSV (CRLF, every field quoted).

        The UTF-8 CSV export holds exactly these bytes after its purpose lines, so anyone can
        check a copy; the XLSX states the same value for the same data.
        """
        return hashlib.sha256(csv_text(self.table()).encode("utf-8")).hexdigest()

    def purpose(self) -> list[tuple[str, str]]:
        """The statement of purpose that heads every export (labels in Korean)."""
        event = self.event
        starts = event.starts_at.astimezone(self.as_of.tzinfo)
        return [
            ("용도", PURPOSE),
            ("행사", event.title),
            ("일시", f"{starts:%Y-%m-%d %H:%M} ({self.utc_offset})"),
            ("장소", event.venue),
            ("기준 시각 (마지막 기록)", self.as_of.strftime(TIME_FORMAT)),
            ("입장 인원 (명단 행 수)", str(len(self.rows))),
            ("예상 인원", str(self.stats.expected)),
            ("포함 항목", ", ".join(HEADER[1:]) + " (전화번호·이메일·사번 제외)"),
            ("시각 기준", self.utc_offset),
            ("자료 SHA-256 (출석 명단, UTF-8 CSV)", self.digest()),
        ]


def build(
    event: Event,
    attendees: Iterable[Attendee],
    arrivals: Iterable[CheckinRecord],
    records: Sequence[CheckinRecord],
    stats: Stats,
    tz: tzinfo,
) -> ExportData:
    """Derive the export from the store's values (the whole log for doors and "as of")."""
    people = list(attendees)
    by_person = {a.person: a for a in people}
    present = attendance(arrivals, records)
    rows = [_row(i, arrival, by_person, event, tz) for i, arrival in enumerate(present, start=1)]
    here = {arrival.person for arrival in present}
    absent = [a for a in people if a.on_roster and not a.walk_in and a.person not in here]
    latest = max((r.at_utc for r in records), default=event.starts_at)
    return ExportData(event, rows, absent, stats, latest.astimezone(tz))


def _row(
    number: int, arrival: Arrival, people: dict[str, Attendee], event: Event, tz: tzinfo
) -> AttendanceRow:
    who = people.get(arrival.person) or Attendee(0, "")
    return AttendanceRow(
        number=number,
        name=who.name,
        affiliation=who.affiliation,
        department=who.department,
        position=who.position,
        arrived_at=arrival.at_utc.astimezone(tz).replace(tzinfo=None),
        door=door_label(arrival.first),
        walk_in=arrival.walk_in,
        late=arrived_late(event, arrival.at_utc),
        doors=arrival.doors,
    )


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """RFC 4180 text: CRLF, every field quoted (a separator inside a value stays inside)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def write_atomically(out: Path, data: bytes) -> Path:
    """Write beside the target, flush to disk, then rename: never a half-written export."""
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(out)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return out
