"""Who may check people in by name at the door, and how each check-in was made.

Scanning a ticket is open to everyone. Checking someone in by name and registering a walk-in
are volunteer acts. The event chooses one of two modes (NameCheckin): *staffed*, the default,
where a volunteer unlocks them with a short volunteer code, and *self-service*, where a person
checks themself in by name after proving it with the last four digits of the phone on the
roster (walk-ins still wait for a volunteer).

Every check-in row records how it was made (How, plus Unlock for a name check-in) in its
details, so an audit can tell a ticket from a name typed at the door.
"""

from __future__ import annotations

import hmac
import json
from enum import StrEnum

from kiosk.domain.model import Attendee

MODE_KEY = "name_checkin"  # the event file's meta key
VOLUNTEER_MIN_DIGITS = 4
VOLUNTEER_MAX_DIGITS = 6
PHONE_DIGITS = 4


class NameCheckin(StrEnum):
    STAFFED = "staffed"
    SELF_SERVICE = "self-service"

    @classmethod
    def parse(cls, text: str) -> NameCheckin:
        """The stored mode; anything unknown (or nothing) is the safe default, staffed."""
        try:
            return cls(text)
        except ValueError:
            return cls.STAFFED


class How(StrEnum):
    QR = "qr"  # the camera
    SCANNER = "scanner"  # a USB barcode scanner typing like a keyboard
    NAME = "name"  # found by search at the door
    WALK_IN = "walk_in"
    CLI = "cli"  # `kiosk checkin`


class Unlock(StrEnum):
    VOLUNTEER = "volunteer"  # a volunteer's code opened name check-in
    PHONE = "phone"  # the person gave the last four digits of their phone


# The export's words for each way (Korean: the export's language). Rows from before this was
# recorded, and `cli`, have their own words or none.
METHOD_WORDS = {
    "qr": "QR",
    "scanner": "스캐너",
    "name": "이름",
    "name/volunteer": "이름(봉사자)",
    "name/phone": "이름(전화 확인)",
    "walk_in": "현장 등록",
    "cli": "명령줄",
}


def method(how: str, unlock: str = "") -> str:
    """One word for a row's way of check-in: 'name/volunteer', 'qr', ... ('' if unknown)."""
    if how == How.NAME and unlock:
        return f"{how}/{unlock}"
    return how


def how_of(details: str) -> tuple[str, str]:
    """How a row's check-in was made, from its details JSON: (How, Unlock) as text, each ''
    when it says nothing (or is not JSON)."""
    try:
        facts = json.loads(details) if details else {}
    except ValueError:
        return ("", "")
    if not isinstance(facts, dict):
        return ("", "")
    return (str(facts.get("how", "")), str(facts.get("unlock", "")))


def method_of(details: str) -> str:
    """`method` from a log row's details JSON ('' when it says nothing, or is not JSON)."""
    return method(*how_of(details))


def is_volunteer_code(code: str) -> bool:
    """A volunteer code is 4 to 6 ASCII digits."""
    return (
        VOLUNTEER_MIN_DIGITS <= len(code) <= VOLUNTEER_MAX_DIGITS
        and code.isascii()
        and code.isdigit()
    )


def can_prove_by_phone(attendee: Attendee) -> bool:
    """Self-service needs the phone's last four digits on the roster."""
    return len(attendee.phone) == PHONE_DIGITS and attendee.phone.isdigit()


def phone_proves(attendee: Attendee, entered: str) -> bool:
    """Whether the four digits typed are those of the person's phone (constant time)."""
    if not can_prove_by_phone(attendee) or len(entered) != PHONE_DIGITS:
        return False
    return hmac.compare_digest(attendee.phone.encode("ascii"), entered.encode("utf-8"))
