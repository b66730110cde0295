"""One person found by the name search: a button a finger taps, readable from a metre.

The masked name large, who they are (department, position, affiliation) beside it, so two 김민수
are told apart without the full name ever appearing on the public screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.domain.hangul import mask_name
from kiosk.domain.model import Attendee
from kiosk.ui import touch

RESULT_ROW_PIXELS = 76


class PersonButton(QPushButton):
    """One search result: the masked name large, who they are (department, position) beside it."""

    def __init__(self, attendee: Attendee, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.attendee = attendee
        self.setMinimumHeight(RESULT_ROW_PIXELS)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setProperty("role", "row")
        row = QHBoxLayout(self)
        row.setContentsMargins(18, 4, 18, 4)
        self.name_label = touch.label(32, bold=True, wrap=False)
        self.org_label = touch.label(22)
        for part in (self.name_label, self.org_label):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.name_label)
        row.addWidget(self.org_label, 1)
        self.name_label.setText(mask_name(attendee.name))
        self.org_label.setText(_org(attendee))
        self.setAccessibleName(touch.person_line(attendee))

    def shown_text(self) -> str:
        return f"{self.name_label.text()} {self.org_label.text()}"


def _org(attendee: Attendee) -> str:
    first = " ".join(p for p in (attendee.department, attendee.position) if p)
    return "\n".join(p for p in (first, attendee.affiliation) if p)
