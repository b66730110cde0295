"""Take back a check-in made by mistake at this door (the wrong 김민수, a double tap).

The list shows this kiosk's latest check-ins still standing, newest first. Undo asks once more,
then writes an 'undone' row: nothing is ever deleted from the log, so a merge later sees both.
A row says what tells two namesakes apart: the time to the second, the door, the full name
(operator mode is behind the PIN) and the department, position and affiliation.
Each row says how the check-in was made (QR, scanner, by name and which unlock, walk-in), and
"Name check-ins only" lists every check-in made by name today, at any door this file knows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.domain.access import how_of
from kiosk.domain.model import Attendee, CheckinRecord
from kiosk.domain.outcome import Outcome
from kiosk.services.door import KioskService
from kiosk.storage.errors import StorageError
from kiosk.ui import touch
from kiosk.ui.outcome_style import storage_problem_text

RECENT = 20


class UndoView(QWidget):
    """Recent check-ins with an Undo button each, and a confirm bar."""

    undone = Signal(object)  # CheckinResult of the undo row

    def __init__(self, service: KioskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._rows: list[tuple[CheckinRecord, Attendee | None]] = []
        self._pending: tuple[CheckinRecord, Attendee | None] | None = None
        self.undo_buttons: list[QPushButton] = []
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.title = touch.label(touch.TITLE_PIXELS, bold=True, wrap=False)
        self.name_only_button = touch.button()
        self.name_only_button.setCheckable(True)
        self.name_only_button.setMaximumWidth(420)
        self.name_only_button.toggled.connect(lambda _on: self.refresh())
        self.status = touch.label(24, bold=True)
        self.confirm_bar = QFrame()
        self.confirm_bar.setObjectName("ConfirmBar")
        self.question = touch.label(26, bold=True)
        self.yes_button = touch.button(tone=touch.BAD)
        self.yes_button.clicked.connect(self._on_confirmed)
        self.no_button = touch.button(tone=touch.MUTED)
        self.no_button.clicked.connect(self._cancel)
        bar = QHBoxLayout(self.confirm_bar)
        bar.addWidget(self.question, 1)
        bar.addWidget(self.no_button)
        bar.addWidget(self.yes_button)
        self.confirm_bar.hide()
        self.list_widget = QWidget()
        self.list_column = QVBoxLayout(self.list_widget)
        self.list_column.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = touch.scroll_area(self.list_widget)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.name_only_button)
        column = QVBoxLayout(self)
        column.addLayout(heading)
        column.addWidget(self.status)
        column.addWidget(self.confirm_bar)
        column.addWidget(scroll, 1)

    # -- the list --------------------------------------------------------------------------

    def refresh(self) -> None:
        name_only = self.name_only_button.isChecked()
        try:
            if name_only:
                self._rows = self._service.name_checkins()
            else:
                self._rows = self._service.recent_checkins(RECENT)
        except StorageError as error:
            self._say(storage_problem_text(error.problem), touch.BAD)
            self._rows = []
        self._render_rows()
        if not self._rows and name_only:
            self._say(self.tr("Nobody was checked in by name today."), touch.MUTED)
        elif not self._rows:
            self._say(self.tr("No check-ins at this door yet."), touch.MUTED)

    def _render_rows(self) -> None:
        for button in self.undo_buttons:
            row = button.parentWidget()
            if row is not None:
                row.hide()
                row.deleteLater()
        self.undo_buttons = []
        for record, attendee in self._rows:
            self.list_column.addWidget(self._row(record, attendee))

    def _row(self, record: CheckinRecord, attendee: Attendee | None) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 2, 0, 2)
        text = touch.label(24)
        text.setText(self._describe(record, attendee))
        undo = touch.button(tone=touch.BAD)
        undo.setText(self.tr("Undo"))
        undo.setMaximumWidth(200)
        undo.clicked.connect(lambda _=False, r=(record, attendee): self._ask(r))
        line.addWidget(text, 1)
        line.addWidget(undo)
        self.undo_buttons.append(undo)
        return row

    def row_texts(self) -> list[str]:
        return [self._describe(r, a) for r, a in self._rows]

    def _describe(self, record: CheckinRecord, attendee: Attendee | None) -> str:
        """The one row format (list, question and confirmation): '21:55:07  정문  이하람 · ...'."""
        zone = self._service.event.starts_at.tzinfo
        when = record.at_utc.astimezone(zone).strftime("%H:%M:%S")
        who = _full_person(attendee) if attendee else record.person
        if record.outcome is Outcome.WALK_IN_REGISTERED:
            who += " " + self.tr("(walk-in)")
        how = self._how_text(*how_of(record.details))
        return f"{when}  {record.door}  {who}" + (f"  [{how}]" if how else "")

    def _how_text(self, how: str, unlock: str) -> str:
        """How a check-in was made, in the operator's language ('' when the row says not)."""
        if how == "name":
            if unlock == "phone":
                return self.tr("by name, phone digits")
            if unlock == "volunteer":
                return self.tr("by name, volunteer")
            return self.tr("by name")
        words = {
            "qr": self.tr("QR"),
            "scanner": self.tr("scanner"),
            "walk_in": self.tr("walk-in"),
            "cli": self.tr("command line"),
        }
        return words.get(how, "")

    # -- undoing ---------------------------------------------------------------------------

    def _ask(self, row: tuple[CheckinRecord, Attendee | None]) -> None:
        self._pending = row
        self._show_question()
        self.confirm_bar.show()

    def _show_question(self) -> None:
        if self._pending is not None:
            described = self._describe(*self._pending)
            self.question.setText(self.tr("Undo this check-in?\n{row}").format(row=described))

    def _cancel(self) -> None:
        self._pending = None
        self.confirm_bar.hide()

    def _on_confirmed(self) -> None:
        row, self._pending = self._pending, None
        self.confirm_bar.hide()
        if row is None:
            return
        record, attendee = row
        try:
            result = self._service.undo(record.kiosk_id, record.seq)
        except StorageError as error:
            failed = self.tr("NOT undone: {problem}")
            self._say(failed.format(problem=storage_problem_text(error.problem)), touch.BAD)
            return
        except ValueError:  # taken back meanwhile (another tap, or a merge)
            self._say(self.tr("That check-in was already undone."), touch.MUTED)
            self.refresh()
            return
        self.refresh()
        done = self.tr("Undone: {row}").format(row=self._describe(record, attendee))
        self._say(done, touch.GOOD)
        self.undone.emit(result)

    # -- words -----------------------------------------------------------------------------

    def _say(self, text: str, tone: str) -> None:
        touch.say(self.status, text, tone)

    def showEvent(self, event: QShowEvent) -> None:
        self._cancel()
        self.status.clear()
        self.refresh()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Undo a check-in at this door"))
        self.name_only_button.setText(self.tr("Name check-ins only"))
        self.yes_button.setText(self.tr("Undo it"))
        self.no_button.setText(self.tr("Keep it"))
        self._render_rows()
        self._show_question()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _full_person(attendee: Attendee) -> str:
    """Full name, department and position, affiliation: for operator mode, never the public."""
    org = " ".join(p for p in (attendee.department, attendee.position) if p)
    return " · ".join(p for p in (attendee.name, org, attendee.affiliation) if p)
