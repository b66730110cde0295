"""Test doubles and builders shared by the suites: real files, injected time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.clock import FixedClock
from kiosk.domain.model import AgendaItem, Attendee, Event
from kiosk.files.keys import key_path_for, read_private_key
from kiosk.services.door import Door, KioskService
from kiosk.services.organizer import create_event, ticket_code
from kiosk.storage.store import EventStore

KST = timezone(timedelta(hours=9))
STARTS = datetime(2024, 10, 30, 10, 30, tzinfo=KST)
DOORS_OPEN = datetime(2024, 10, 30, 10, 5, tzinfo=KST)

PEOPLE = (
    Attendee(1, "김민수", "본청", "교육정책과", "주무관", "1000001", "010-0000-1234"),
    Attendee(2, "김민수", "동부교육지원청", "행정지원과", "장학사", "1000002", "010-0000-5678"),
    Attendee(3, "박서연", "본청", "예산과", "사무관", "1000003"),
    Attendee(4, "이뷁", "해운대교육지원청", "교육지원과", "주무관", "1000004"),
    Attendee(5, "최똠", "부산광역시교육연구정보원", "정보지원부", "연구사", "1000005"),
)


def make_event(number: int = 1030) -> Event:
    agenda = (
        AgendaItem(STARTS.time().replace(hour=10, minute=0, tzinfo=None), "입장"),
        AgendaItem(STARTS.time().replace(tzinfo=None), "개회"),
    )
    return Event(number, "테스트 특강", "4층 대강당", STARTS, agenda, expected=5)


@dataclass
class OpenDoor:
    """An open event file with a service at one door, and the organizer's key for tickets."""

    store: EventStore
    service: KioskService
    clock: FixedClock
    key: Ed25519PrivateKey

    def ticket(self, serial: int) -> str:
        attendee = self.store.attendee(serial) or Attendee(serial, "?")
        return ticket_code(self.store, self.key, attendee)


def open_door(
    path: Path,
    kiosk_id: str = "a1a1a1a1a1a1a1a1",
    door: str = "정문",
    clock: FixedClock | None = None,
) -> OpenDoor:
    if not path.exists():
        create_event(path, make_event()).close()
        store = EventStore.open(path)
        store.replace_roster(PEOPLE)
    else:
        store = EventStore.open(path)
    clock = clock or FixedClock(DOORS_OPEN.astimezone(UTC))
    service = KioskService(store, clock, Door(kiosk_id, door))
    return OpenDoor(store, service, clock, read_private_key(key_path_for(path)))
