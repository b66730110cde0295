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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from functools import cached_property, lru_cache

from kiosk.domain.access import METHOD_WORDS
from kiosk.domain.attendance import Entry
from kiosk.domain.model import Attendee, Event
from kiosk.domain.progress import Progress, step
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
    "확인 방법",
)
ABSENT_HEADER = ("번호", "이름", "소속", "부서", "직위")
TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
YES = "예"
_ZERO = timedelta(0)


@dataclass(frozen=True)
class ExportData:
    """What one export contains. `as_of` (aware, in the event's zone) is the log's latest row.

    `stats` (the summary) and `absent` are filled for the XLSX only: the CSV is the list alone.
    """

    event: Event
    entries: list[Entry]
    expected: int
    as_of: datetime
    stats: Stats | None = None
    absent: list[Attendee] = field(default_factory=list)

    @property
    def tz(self) -> tzinfo:
        zone = self.as_of.tzinfo
        assert zone is not None
        return zone

    @property
    def utc_offset(self) -> str:
        """'UTC+09:00': stated in the file, since spreadsheet times carry no zone."""
        offset = self.as_of.strftime("%z") or "+0000"
        return f"UTC{offset[:3]}:{offset[3:]}"

    def local(self, entry: Entry) -> datetime:
        """The arrival in the event's local time, without zone (what a spreadsheet holds)."""
        return entry.at_utc.astimezone(self.tz).replace(tzinfo=None)

    def late(self, entry: Entry) -> bool:
        return arrived_late(self.event, entry.at_utc)

    @cached_property
    def _offset(self) -> timedelta | None:
        """The event zone's fixed offset, when it has one (then local time is one addition)."""
        return self.tz.utcoffset(None)

    def texts(self, number: int, entry: Entry) -> list[str]:
        """One row as neutralized text cells (the CSV, and the data the digest covers)."""
        safe = self._safe
        offset = self._offset
        if offset is not None and entry.at_utc.utcoffset() == _ZERO:
            local = (entry.at_utc + offset).replace(tzinfo=None)
        else:
            local = entry.at_utc.astimezone(self.tz).replace(tzinfo=None)
        return [
            str(number),
            neutralize(entry.name),
            safe(entry.affiliation),
            safe(entry.department),
            safe(entry.position),
            local.isoformat(" ", "seconds"),
            safe(entry.door),
            YES if entry.walk_in else "",
            YES if entry.at_utc > self.event.starts_at else "",  # rules.arrived_late
            safe(", ".join(entry.doors)),
            METHOD_WORDS.get(entry.how, ""),
        ]

    @cached_property
    def _safe(self) -> Callable[[str], str]:
        """neutralize() remembered for the few values that repeat on every row (affiliations,
        departments, doors)."""
        return lru_cache(maxsize=4096)(neutralize)

    @cached_property
    def table(self) -> list[list[str]]:
        """Header and rows as text cells."""
        return [list(HEADER), *(self.texts(i, e) for i, e in enumerate(self.entries, start=1))]

    def build_table(self, progress: Progress) -> list[list[str]]:
        """`table`, built here while `progress` is told the rows done (about every 1 %), and
        kept as `table` for the digest and the CSV (a cached_property lives in __dict__)."""
        if "table" not in self.__dict__:
            total, texts = len(self.entries), self.texts
            every = step(total)
            rows = [list(HEADER)]
            for number, entry in enumerate(self.entries, start=1):
                rows.append(texts(number, entry))
                if number % every == 0:
                    progress(number, total)
            self.__dict__["table"] = rows
        return self.table

    @cached_property
    def table_csv(self) -> str:
        """The table as RFC 4180 text: what the CSV holds after its purpose lines."""
        return csv_text(self.table)

    @cached_property
    def digest(self) -> str:
        """SHA-256 of the attendance table as UTF-8 CSV (CRLF, every field quoted).

        The UTF-8 CSV export holds exactly these bytes after its purpose lines, so anyone can
        check a copy; the XLSX states the same value for the same data.
        """
        return hashlib.sha256(self.table_csv.encode("utf-8")).hexdigest()

    def purpose(self) -> list[tuple[str, str]]:
        """The statement of purpose that heads every export (labels in Korean)."""
        event = self.event
        starts = event.starts_at.astimezone(self.tz)
        return [
            ("용도", PURPOSE),
            ("행사", event.title),
            ("일시", f"{starts:%Y-%m-%d %H:%M} ({self.utc_offset})"),
            ("장소", event.venue),
            ("기준 시각 (마지막 기록)", self.as_of.strftime(TIME_FORMAT)),
            ("입장 인원 (명단 행 수)", str(len(self.entries))),
            ("예상 인원", str(self.expected)),
            ("포함 항목", ", ".join(HEADER[1:]) + " (전화번호·이메일·사번 제외)"),
            ("시각 기준", self.utc_offset),
            ("자료 SHA-256 (출석 명단, UTF-8 CSV)", self.digest),
        ]


def absent(people: Iterable[Attendee], entries: Iterable[Entry]) -> list[Attendee]:
    """Roster people with no standing check-in, in roster order."""
    here = {entry.person for entry in entries}
    return [a for a in people if a.on_roster and not a.walk_in and a.person not in here]


def csv_text(rows: Iterable[Sequence[str]]) -> str:
    """RFC 4180 text: CRLF, every field quoted (a separator inside a value stays inside)."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()
