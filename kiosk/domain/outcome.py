"""The outcomes of a check-in: the domain's words. The UI maps them to text, colour and sound."""

from __future__ import annotations

from enum import StrEnum


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    ALREADY_CHECKED_IN = "already_checked_in"
    UNKNOWN_ATTENDEE = "unknown_attendee"
    INVALID_SIGNATURE = "invalid_signature"
    WRONG_EVENT = "wrong_event"
    REVOKED = "revoked"
    MALFORMED = "malformed"
    NOT_OPEN_YET = "not_open_yet"
    WALK_IN_REGISTERED = "walk_in_registered"
    UNDONE = "undone"

    @property
    def admits(self) -> bool:
        """True when the person may walk in (the exit code 0 of `kiosk checkin`)."""
        return self in (Outcome.ACCEPTED, Outcome.ALREADY_CHECKED_IN, Outcome.WALK_IN_REGISTERED)

    @property
    def counts_as_arrival(self) -> bool:
        """True for the rows that make a person present (undo takes it back)."""
        return self in (Outcome.ACCEPTED, Outcome.WALK_IN_REGISTERED)
