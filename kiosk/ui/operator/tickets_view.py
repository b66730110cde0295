"""Cancel a lost or stolen ticket at the door: find the person, mark the ticket lost or revoke it.

The operator types a name (initials, employee number or phone digits work too) on the keypad;
each person found shows the full name, affiliation, department, serial, the ticket's generation
and whether it still admits. "Mark lost" and "Revoke (stolen)" each take a second, deliberate
tap (not the second tap of a double tap), like quitting. From then on that ticket is `revoked`
at this door (and at every door this file's rows reach); the person can still be checked in by
name, and the organizer reissues a lost ticket with `kiosk tickets reissue SERIAL --out DIR`.
A second page lists every revoked ticket of the event with its reason and time.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QScroller,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.hangul import normalize
from kiosk.domain.model import Attendee
from kiosk.domain.search import MIN_QUERY_CHARS
from kiosk.services.door import KioskService
from kiosk.storage.errors import Problem, StorageError
from kiosk.ui import theme, touch
from kiosk.ui.keypad import Keypad
from kiosk.ui.operator.ticket_row import (
    STATE_TONES,
    Revoked,
    TicketRow,
    local_time,
    ticket_state,
)
from kiosk.ui.outcome_style import storage_problem_text
from kiosk.ui.taps import CONFIRM_WITHIN_SECONDS, SecondTap, Tap

RESULTS_SHOWN = 8
CONFIRM_MS = int(CONFIRM_WITHIN_SECONDS * 1000)
LOST, REVOKE = "lost", "revoke"


class TicketsView(QWidget):
    """Keypad search with ticket actions, and the event's revoked tickets."""

    data_changed = Signal()  # a ticket was revoked: the scan screen's verifier must reload

    def __init__(self, service: KioskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.rows: list[TicketRow] = []
        self.second_tap = SecondTap()  # a double tap is not the second tap
        self._message: tuple[str, dict[str, object], str] | None = None
        self._revoked: list[Revoked] = []
        self._confirm = QTimer(self)
        self._confirm.setSingleShot(True)
        self._confirm.setInterval(CONFIRM_MS)
        self._confirm.timeout.connect(self._disarm)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.retranslate()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title = touch.label(touch.TITLE_PIXELS, bold=True, wrap=False)
        self.query = touch.label(30, bold=True, wrap=False)
        self.query.setMinimumHeight(touch.TOUCH_PIXELS)
        self.query.setProperty("role", "query")
        self.list_button = touch.button(22, height=touch.TOUCH_PIXELS)
        self.list_button.setCheckable(True)
        self.list_button.setMaximumWidth(300)
        self.list_button.toggled.connect(self._on_list_toggled)
        top = QHBoxLayout()
        top.setSpacing(14)
        top.addWidget(self.title)
        top.addWidget(self.query, 1)
        top.addWidget(self.list_button)
        self.status = touch.label(21, bold=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._find_page())
        self.pages.addWidget(self._revoked_page())
        column = QVBoxLayout(self)
        column.setSpacing(8)
        column.addLayout(top)
        column.addWidget(self.status)
        column.addWidget(self.pages, 1)

    def _find_page(self) -> QWidget:
        page = QWidget()
        self.hint = touch.label(22)
        self.hint.setProperty("tone", touch.MUTED)
        results = QWidget()
        self.result_column = QVBoxLayout(results)
        self.result_column.setContentsMargins(0, 0, 0, 0)
        self.result_column.setSpacing(6)
        self.result_column.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.result_column.addWidget(self.hint)
        self.keypad = Keypad()
        self.keypad.text_changed.connect(self._on_typed)
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(touch.scroll_area(results), 1)
        column.addWidget(self.keypad)
        return page

    def _revoked_page(self) -> QWidget:
        self.table = QTableWidget(0, 5)
        self.table.setFont(touch.font(20))
        self.table.horizontalHeader().setFont(touch.font(20, bold=True))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(48)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the name
        self.table.setObjectName("TicketTable")
        self.table.verticalScrollBar().setProperty("role", "touch")
        QScroller.grabGesture(self.table.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        return self.table

    # -- state -----------------------------------------------------------------------------

    def reset(self) -> None:
        """Nothing typed, nobody listed, no message (each visit of operator mode)."""
        self._disarm()
        self._message = None
        self.status.hide()
        self.list_button.setChecked(False)
        self.keypad.clear()

    def showEvent(self, event: QShowEvent) -> None:
        self.setFocus()
        self._refresh()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.pages.currentIndex() != 0 or not self.keypad.handle_key_event(event):
            super().keyPressEvent(event)

    def _on_list_toggled(self, checked: bool) -> None:
        self.pages.setCurrentIndex(1 if checked else 0)
        self._refresh()

    def _refresh(self) -> None:
        self._load_revoked()
        if self.pages.currentIndex() == 1:
            self._fill_table()
        else:
            self._on_text_changed(self.keypad.text())
        self._relabel_list_button()

    # -- finding people --------------------------------------------------------------------

    def _on_typed(self, text: str) -> None:
        """A new search: the message about the last action goes."""
        self._message = None
        self.status.hide()
        self._on_text_changed(text)

    def _on_text_changed(self, text: str) -> None:
        self.query.setText(text)
        found: list[Attendee] = []
        if len(normalize(text)) >= MIN_QUERY_CHARS:
            try:
                found = self._service.search(text, limit=RESULTS_SHOWN)
            except StorageError as error:
                self._say(storage_problem_text(error.problem), touch.BAD)
        self._show_rows(found)
        self._show_hint(text, found)

    def _show_rows(self, people: list[Attendee]) -> None:
        for old in self.rows:
            old.hide()
            old.deleteLater()
        self.rows = []
        reasons = self._reasons()
        for person in people:
            reason = reasons.get((person.serial, person.generation), "")
            row = TicketRow(person, ticket_state(person, reasons), reason)
            row.lost_button.clicked.connect(lambda _=False, p=person: self._on_action(p, LOST))
            row.revoke_button.clicked.connect(lambda _=False, p=person: self._on_action(p, REVOKE))
            self._word_row(row)
            self.result_column.insertWidget(len(self.rows), row)
            self.rows.append(row)

    def _show_hint(self, text: str, found: list[Attendee]) -> None:
        if not normalize(text):
            hint = self.tr(
                "Type a name, its initials (ㄱㅁㅅ), an employee number or phone digits."
            )
        elif len(normalize(text)) < MIN_QUERY_CHARS:
            hint = self.tr("Type one more letter.")
        elif not found:
            hint = self.tr("Nobody found.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))

    def _reasons(self) -> dict[tuple[int, int], str]:
        try:
            return {(s, g): reason for s, g, _at, reason in self._service.store.revocations()}
        except StorageError as error:
            self._say(storage_problem_text(error.problem), touch.BAD)
            return {}

    # -- the two actions -------------------------------------------------------------------

    def _on_action(self, person: Attendee, action: str) -> None:
        answer = self.second_tap.tap((person.serial, action))
        if answer is Tap.IGNORED:
            return
        if answer is Tap.ARMED:
            self._confirm.start()
            self._word_rows()
            return
        self._disarm()
        try:
            self._service.revoke_ticket(person.serial, lost=action == LOST)
        except StorageError as error:
            if error.problem is Problem.NO_SUCH_PERSON:
                self._say(self.tr("This person is no longer on the roster."), touch.BAD)
            else:
                self._say(storage_problem_text(error.problem), touch.BAD)
            return
        key = "lost" if action == LOST else "revoked"
        self._message = (key, {"serial": person.serial, "name": person.name}, touch.INFO)
        self._show_message()
        self.data_changed.emit()
        self._refresh()

    def _disarm(self) -> None:
        self._confirm.stop()
        self.second_tap.disarm()
        self._word_rows()

    # -- the revoked tickets ---------------------------------------------------------------

    def _load_revoked(self) -> None:
        """Read the event's revoked tickets, newest first (the words are chosen later)."""
        try:
            revocations = self._service.store.revocations()
            names = {a.serial: a.name for a in self._service.store.retired()}
            names |= {a.serial: a.name for a in self._service.store.attendees()}
        except StorageError as error:
            self._say(storage_problem_text(error.problem), touch.BAD)
            return
        zone = self._service.event.starts_at.tzinfo
        self._revoked = [
            Revoked(serial, generation, names.get(serial, "?"), reason, local_time(at, zone))
            for serial, generation, at, reason in reversed(revocations)
        ]

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self._revoked))
        for index, gone in enumerate(self._revoked):
            cells = (
                str(gone.serial),
                str(gone.generation),
                gone.name,
                self._reason_text(gone.reason),
                gone.at,
            )
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))

    def revoked_rows(self) -> list[list[str]]:
        """The revoked tickets as listed, newest first (tests read these)."""
        rows = range(self.table.rowCount())
        columns = range(self.table.columnCount())
        return [
            [item.text() if (item := self.table.item(r, c)) else "" for c in columns] for r in rows
        ]

    # -- words -----------------------------------------------------------------------------

    def _say(self, text: str, tone: str) -> None:
        touch.say(self.status, text, tone)
        self.status.show()

    def _show_message(self) -> None:
        if self._message is None:
            return
        key, facts, tone = self._message
        if key == "lost":
            text = self.tr(
                "No. {serial} {name}: ticket marked LOST; it no longer admits. The organizer"
                " issues a new one: kiosk tickets reissue {serial} --out DIR. Meanwhile check"
                " the person in by name."
            )
        else:
            text = self.tr(
                "No. {serial} {name}: ticket REVOKED; it no longer admits. Check the person in"
                " by name; the organizer can issue a new ticket: kiosk tickets reissue {serial}"
                " --out DIR."
            )
        self._say(text.format(**facts), tone)

    def _word_rows(self) -> None:
        for row in self.rows:
            self._word_row(row)

    def _word_row(self, row: TicketRow) -> None:
        person = row.person
        state = self._state_text(row.state, row.reason)
        line = self.tr("No. {serial} · generation {generation} · {state}")
        row.ticket_label.setText(
            line.format(serial=person.serial, generation=person.generation, state=state)
        )
        theme.set_look(row.ticket_label, "tone", STATE_TONES[row.state])
        armed_lost = self.second_tap.armed((person.serial, LOST))
        armed_revoke = self.second_tap.armed((person.serial, REVOKE))
        again = self.tr("Tap again to confirm")
        row.lost_button.setText(again if armed_lost else self.tr("Mark lost"))
        row.revoke_button.setText(again if armed_revoke else self.tr("Revoke (stolen)"))

    def _state_text(self, state: str, reason: str) -> str:
        if state == "valid":
            return self.tr("ticket valid")
        if state == "walk_in":
            return self.tr("walk-in, no ticket")
        if state == "lost":
            return self.tr("LOST: not admitted, waiting for a new ticket")
        if reason == "revoked":
            return self.tr("REVOKED: not admitted")
        return self.tr("REVOKED ({reason}): not admitted").format(reason=self._reason_text(reason))

    def _reason_text(self, reason: str) -> str:
        words = {
            "lost": self.tr("lost"),
            "revoked": self.tr("cancelled (stolen or misused)"),
            "left_roster": self.tr("left the roster"),
            "reissued": self.tr("replaced by a new ticket"),
        }
        return words.get(reason, reason)

    def _relabel_list_button(self) -> None:
        if self.list_button.isChecked():
            self.list_button.setText(self.tr("Back to search"))
        else:
            count = len(self._revoked)
            self.list_button.setText(self.tr("Revoked tickets ({count})").format(count=count))

    def retranslate(self) -> None:
        self.title.setText(self.tr("Tickets"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Generation"),
                self.tr("Name"),
                self.tr("Reason"),
                self.tr("Revoked at"),
            ]
        )
        self._relabel_list_button()
        self._show_hint(self.keypad.text(), [r.person for r in self.rows])
        self._word_rows()
        self._show_message()
        if self.pages.currentIndex() == 1:
            self._fill_table()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
