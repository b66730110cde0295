"""The pieces of the tickets page: a person's ticket state, one found person, a revoked ticket.

A ticket admits while its (serial, generation) is not revoked; the reason a revocation gives
tells a lost ticket (the organizer reissues it) from one revoked for any other reason.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import NamedTuple

from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from kiosk.domain.model import Attendee
from kiosk.ui import touch

ROW_PIXELS = 84
STATE_TONES = {
    "valid": touch.GOOD,
    "lost": touch.CAUTION,
    "revoked": touch.BAD,
    "walk_in": touch.MUTED,
}


def ticket_state(person: Attendee, reasons: dict[tuple[int, int], str]) -> str:
    """'valid', 'lost', 'revoked' (for any other reason) or 'walk_in' (holds no ticket)."""
    if person.walk_in:
        return "walk_in"
    reason = reasons.get((person.serial, person.generation))
    if reason is None:
        return "valid"
    return "lost" if reason == "lost" else "revoked"


def local_time(utc_text: str, zone: tzinfo | None) -> str:
    return datetime.fromisoformat(utc_text).astimezone(zone).strftime("%m-%d %H:%M")


class Revoked(NamedTuple):
    serial: int
    generation: int
    name: str
    reason: str
    at: str  # local month-day and time


class TicketRow(QFrame):
    """One person found: who they are, their ticket and its state, and the two actions."""

    def __init__(self, person: Attendee, state: str, reason: str) -> None:
        super().__init__()
        self.person, self.state, self.reason = person, state, reason
        self.setObjectName("TicketRow")
        self.setMinimumHeight(ROW_PIXELS)
        self.name_label = touch.label(26, bold=True, wrap=False)
        self.org_label = touch.label(20)  # wraps: an affiliation can be long
        self.ticket_label = touch.label(20)
        self.name_label.setText(person.name)
        parts = (person.affiliation, person.department, person.position)
        self.org_label.setText(" · ".join(p for p in parts if p))
        self.lost_button = touch.button(22, tone=touch.CAUTION)
        self.revoke_button = touch.button(22, tone=touch.BAD)
        for action in (self.lost_button, self.revoke_button):
            action.setFixedWidth(230)
            action.setEnabled(state == "valid")
        who = QHBoxLayout()
        who.setSpacing(16)
        who.addWidget(self.name_label)
        who.addWidget(self.org_label, 1)
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addLayout(who)
        text.addWidget(self.ticket_label)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 10, 6)
        row.addLayout(text, 1)
        row.addWidget(self.lost_button)
        row.addWidget(self.revoke_button)

    def shown_text(self) -> str:
        labels = (self.name_label, self.org_label, self.ticket_label)
        return " ".join(label.text() for label in labels)
