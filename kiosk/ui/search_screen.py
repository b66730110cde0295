"""Find a person without a ticket by name, initials, employee number or phone digits.

The volunteer types on the keypad; up to five people show as they type, each as a masked name
with department, position and affiliation, so two 김민수 are told apart without the full name
ever appearing on this public screen (the volunteer asks the person). A query of one letter
shows nobody, and never more than five at once, so the screen cannot be used to browse the
roster. Tapping a person asks for confirmation; only then is the check-in recorded.

Checking someone in by name is a volunteer act (kiosk.domain.access). In a *staffed* event the
screen opens only after a volunteer's code (kiosk.ui.volunteer_unlock) and stays open while
they work; without a volunteer code set it says how the organizer sets one. In a
*self-service* event anyone may search, and a person proves who they are with the last four
digits of the phone on the roster; without a phone there, a volunteer confirms. A person who
already arrived is only said to be checked in: never when, nor at which door.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import rules
from kiosk.domain.access import (
    PHONE_DIGITS,
    NameCheckin,
    Unlock,
    can_prove_by_phone,
    phone_proves,
)
from kiosk.domain.hangul import mask_name, normalize
from kiosk.domain.model import Attendee, CheckinResult
from kiosk.domain.outcome import Outcome
from kiosk.domain.search import MAX_QUERY_CHARS, MIN_QUERY_CHARS, clip_query
from kiosk.services.door import KioskService
from kiosk.storage.errors import StorageError
from kiosk.ui import touch
from kiosk.ui.digit_pad import DigitPad
from kiosk.ui.keypad import Keypad
from kiosk.ui.outcome_style import storage_problem_text, style_for
from kiosk.ui.person_button import PersonButton
from kiosk.ui.volunteer_unlock import VolunteerCodePad, shared_unlock

RESULTS_SHOWN = 5
FIND, CONFIRM, UNLOCK, PHONE, CLOSED = range(5)
_TONES = {Outcome.ACCEPTED: touch.GOOD, Outcome.ALREADY_CHECKED_IN: touch.CAUTION}


class SearchScreen(QWidget):
    """Keypad, live results, confirm, check in. Emits the CheckinResult once recorded."""

    checked_in = Signal(object)  # CheckinResult
    closed = Signal()

    def __init__(self, service: KioskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._chosen: Attendee | None = None
        self._results: list[PersonButton] = []
        self._hint_key = "start"
        self.unlock = shared_unlock(service)
        self.unlock.changed.connect(self._on_unlock_changed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.retranslate()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title, self.close_button, top = touch.title_row(self.closed.emit)
        self.status = touch.label(26, bold=True)
        self.status.hide()
        self.pages = QStackedWidget()
        self.pages.addWidget(self._find_page())
        self.pages.addWidget(self._confirm_page())
        self.unlock_pad = VolunteerCodePad(self.unlock)
        self.unlock_pad.unlocked.connect(self._on_unlocked)
        self.pages.addWidget(self.unlock_pad)
        self.phone_pad = DigitPad((PHONE_DIGITS, PHONE_DIGITS))
        self.phone_pad.entered.connect(self._on_phone_digits)
        self.pages.addWidget(self.phone_pad)
        self.closed_note = touch.label(30, bold=True)
        self.closed_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.closed_note)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.addLayout(top)
        column.addWidget(self.status)
        column.addWidget(self.pages, 1)

    def _find_page(self) -> QWidget:
        page = QWidget()
        self.query = touch.label(40, bold=True, wrap=False)
        self.query.setMinimumHeight(72)
        self.query.setMinimumWidth(1)  # a long query is cut off on screen; it never widens it
        self.query.setProperty("role", "query")
        self.keypad = Keypad()
        self.keypad.text_changed.connect(self._on_text_changed)
        left = QVBoxLayout()
        left.addWidget(self.query)
        left.addWidget(self.keypad)
        left.addStretch(1)
        self.hint = touch.label(24)
        self.hint.setProperty("tone", touch.MUTED)
        self.result_column = QVBoxLayout()
        self.result_column.setSpacing(8)
        right = QVBoxLayout()
        right.addLayout(self.result_column)
        right.addWidget(self.hint)
        right.addStretch(1)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(24)
        row.addLayout(left, 11)
        row.addLayout(right, 9)
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        self.question = touch.label(36, bold=True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.confirm_button = touch.button(32, tone=touch.GOOD, height=96)
        self.confirm_button.clicked.connect(self._on_confirmed)
        self.cancel_button = touch.button(32, tone=touch.MUTED, height=96)
        self.cancel_button.clicked.connect(self._back_to_find)
        buttons = QHBoxLayout()
        buttons.setSpacing(32)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.confirm_button)
        column = QVBoxLayout(page)
        column.setContentsMargins(48, 48, 48, 48)
        column.addStretch(1)
        column.addWidget(self.question)
        column.addSpacing(40)
        column.addLayout(buttons)
        column.addStretch(2)
        return page

    # -- state -----------------------------------------------------------------------------

    def reset(self) -> None:
        """A fresh screen for the next person: nothing typed, nobody listed, no message."""
        self._chosen = None
        self.keypad.clear()
        self.status.hide()
        self._open_or_gate()

    def _open_or_gate(self) -> None:
        """The find page when name check-in is open here; else the unlock pad or the note."""
        staffed = self._mode() is NameCheckin.STAFFED
        if not staffed or self.unlock.is_open:
            self.pages.setCurrentIndex(FIND)
        else:
            self._ask_volunteer("")

    def _mode(self) -> NameCheckin:
        try:
            return self._service.name_checkin()
        except StorageError:
            return NameCheckin.STAFFED

    def _ask_volunteer(self, why: str) -> None:
        """The volunteer's pad (with `why`), or the note when no volunteer code is set."""
        if not self.unlock.code_is_set():
            self.pages.setCurrentIndex(CLOSED)
            return
        self.unlock_pad.clear()
        if why:
            self.unlock_pad.say(why, touch.MUTED)
        self.pages.setCurrentIndex(UNLOCK)

    def page(self) -> int:
        """Which page shows: FIND, CONFIRM, UNLOCK, PHONE or CLOSED (tests read it)."""
        return self.pages.currentIndex()

    def results(self) -> list[PersonButton]:
        """The people listed right now (tests read and tap these)."""
        return list(self._results)

    def showEvent(self, event: QShowEvent) -> None:
        self.reset()
        self.setFocus()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat() and event.text().strip():
            return  # a held key types its letter once
        if self.pages.currentIndex() != FIND or not self.keypad.handle_key_event(event):
            super().keyPressEvent(event)

    # -- unlocking -------------------------------------------------------------------------

    def _on_unlock_changed(self, unlocked: bool) -> None:
        if not self.isVisible():  # shown again later, it starts from reset()
            return
        if not unlocked and self._mode() is NameCheckin.STAFFED:
            self._chosen = None
            self.keypad.clear()
            self._open_or_gate()

    def _on_unlocked(self) -> None:
        self.pages.setCurrentIndex(CONFIRM if self._chosen else FIND)
        self._ask()

    def _on_phone_digits(self, entered: str) -> None:
        person = self._chosen
        if person is None:
            return
        if phone_proves(person, entered):
            self._check_in(person, Unlock.PHONE)
            return
        self.unlock.phone_miss(person.person)
        if not self.unlock.phone_proof_open(person.person):
            self._ask_volunteer(self.tr("Those digits do not match. Please ask a volunteer."))
        else:
            self.phone_pad.say(self.tr("Those digits do not match the roster. Try again."))

    # -- typing and choosing ---------------------------------------------------------------

    def _on_text_changed(self, text: str) -> None:
        if len(text) > MAX_QUERY_CHARS:  # no name is longer: the rest of a burst is left out
            self.keypad.set_text(clip_query(text))
            return
        self.query.setText(text)
        self.unlock.touch()
        if text:
            self.status.hide()
        found: list[Attendee] = []
        if len(normalize(text)) >= MIN_QUERY_CHARS:
            try:
                # The public screen (self-service, no volunteer) searches names only: the
                # phone digits that prove who someone is must not be a way to find them.
                found = self._service.search(
                    text, limit=RESULTS_SHOWN + 1, names_only=not self.unlock.is_open
                )
            except StorageError as error:
                self._show_status(storage_problem_text(error.problem), touch.BAD)
        self._show_results(found[:RESULTS_SHOWN])
        if not normalize(text):
            self._hint_key = "start"
        elif len(normalize(text)) < MIN_QUERY_CHARS:
            self._hint_key = "more_letters"
        elif not found:
            self._hint_key = "nobody"
        elif len(found) > RESULTS_SHOWN:
            self._hint_key = "narrow"
        else:
            self._hint_key = "tap"
        self._show_hint()

    def _show_results(self, people: list[Attendee]) -> None:
        for old in self._results:
            self.result_column.removeWidget(old)
            old.deleteLater()
        self._results = []
        for person in people:
            button = PersonButton(person)
            button.clicked.connect(lambda _=False, p=person: self._on_person_chosen(p))
            self.result_column.addWidget(button)
            self._results.append(button)

    def _on_person_chosen(self, person: Attendee) -> None:
        self._chosen = person
        self.unlock.touch()
        if self.unlock.is_open:
            self._ask()
            self.pages.setCurrentIndex(CONFIRM)
        elif not self.unlock.phone_proof_open(person.person):  # tried too often: a volunteer
            self._ask_volunteer(self.tr("Those digits do not match. Please ask a volunteer."))
        elif can_prove_by_phone(person):
            self.phone_pad.clear()
            self.phone_pad.title.setText(self._phone_question())
            self.pages.setCurrentIndex(PHONE)
        else:
            self._ask_volunteer(self.tr("No phone number on the roster: a volunteer confirms."))

    def _phone_question(self) -> str:
        who = touch.person_line(self._chosen) if self._chosen else ""
        return self.tr("{person}\nThe last four digits of your phone?").format(person=who)

    def _ask(self) -> None:
        if self._chosen is not None:
            who = touch.person_line(self._chosen)
            self.question.setText(self.tr("{person}\nCheck this person in?").format(person=who))

    def _back_to_find(self) -> None:
        self._chosen = None
        self.pages.setCurrentIndex(FIND)

    def _on_confirmed(self) -> None:
        person = self._chosen
        if person is None or not self.unlock.is_open:
            return
        self.unlock.touch()
        self._check_in(person, Unlock.VOLUNTEER)

    def _check_in(self, person: Attendee, unlock: Unlock) -> None:
        self._chosen = None
        try:
            result = self._service.check_in_person(person.person, unlock)
        except StorageError as error:
            self.pages.setCurrentIndex(FIND)
            message = self.tr("NOT RECORDED: {problem} Nobody was checked in; try again.")
            self._show_status(
                message.format(problem=storage_problem_text(error.problem)), touch.BAD
            )
            return
        self.keypad.clear()
        self.pages.setCurrentIndex(FIND)
        # A name search never tells when or where someone else arrived.
        result = replace(result, first_at=None, first_door="")
        self._show_status(self._result_text(result), _TONES.get(result.outcome, touch.BAD))
        self.checked_in.emit(result)

    # -- words -----------------------------------------------------------------------------

    def _result_text(self, result: CheckinResult) -> str:
        style = style_for(result.outcome)
        who = mask_name(result.attendee.name) if result.attendee else ""
        text = f"{style.glyph} {who} — {style.title}"
        zone = self._service.event.starts_at.tzinfo
        if result.outcome is Outcome.NOT_OPEN_YET:
            opens = touch.clock_text(rules.opens_at(self._service.event), zone)
            text += " " + self.tr("(opens at {time})").format(time=opens)
        return text

    def _show_status(self, text: str, tone: str) -> None:
        touch.say(self.status, text, tone)
        self.status.show()

    def _show_hint(self) -> None:
        hints = {
            "start": self.tr(
                "Type a name, its initial consonants (ㄱㅁㅅ), an employee number"
                " or the last four digits of a phone number."
            ),
            "more_letters": self.tr("Type at least two letters."),
            "nobody": self.tr("Nobody found. Check the spelling, or register a walk-in."),
            "narrow": self.tr("More people match. Type more of the name."),
            "tap": self.tr("Ask the person's name and department, then tap them."),
        }
        self.hint.setText(hints[self._hint_key])

    def retranslate(self) -> None:
        self.title.setText(self.tr("Find by name"))
        self.close_button.setText(self.tr("Close"))
        self.confirm_button.setText(self.tr("Check in"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.unlock_pad.explain.setText(
            self.tr("Checking in by name is for volunteers. Type the volunteer code.")
        )
        self.phone_pad.explain.setText(
            self.tr("Only you know them: they prove it is you. Nothing is shown or kept.")
        )
        self.phone_pad.title.setText(self._phone_question())
        self.closed_note.setText(
            self.tr(
                "Checking in by name is closed: no volunteer code is set for this event.\n"
                "The organizer sets one with: kiosk volunteer-code set\n"
                "Scanning a ticket still works."
            )
        )
        self._ask()
        self._show_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
