"""Register a person who is not on the roster: name, affiliation, department, in about 20 seconds.

The name is typed on the keypad; the affiliation is one tap on a large button (the roster's
affiliations, most common first), or typed after "Other", which also narrows the buttons to the
matching affiliations; the department is optional. Registering records the person as a walk-in
and checks them in at once (KioskService.register_walk_in).

Registering is a volunteer act: the form opens only after the volunteer code
(kiosk.ui.volunteer_unlock), in self-service events too. The name must look like a name
(kiosk.domain.names), and a person already on the roster or registered earlier with the same
name and affiliation is pointed out first; "Register anyway" (a separate button, so a double
tap cannot reach it) goes ahead.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.hangul import choseong, mask_name, normalize
from kiosk.domain.model import Attendee
from kiosk.domain.names import MAX_CHARS, NameProblem, name_problem
from kiosk.services.door import KioskService
from kiosk.storage.errors import StorageError
from kiosk.ui import touch
from kiosk.ui.keypad import Keypad
from kiosk.ui.outcome_style import storage_problem_text
from kiosk.ui.volunteer_unlock import VolunteerCodePad, shared_unlock

AFFILIATIONS_SHOWN = 10
NAME, AFFILIATION, DEPARTMENT = "name", "affiliation", "department"
FORM, UNLOCK, CLOSED = range(3)


class FieldButton(QPushButton):
    """A text field made for a finger: a small caption over the value; tap it to type into it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(84)
        self.setProperty("role", "field")
        self.caption = touch.label(18, wrap=False)
        self.caption.setProperty("tone", touch.MUTED)
        self.value = touch.label(28, bold=True, wrap=False)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 4, 14, 4)
        column.setSpacing(0)
        for part in (self.caption, self.value):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(part)

    def set_parts(self, caption: str, value: str) -> None:
        self.caption.setText(caption)
        self.value.setText(value)


class WalkInScreen(QWidget):
    """Three fields and one button; emits the CheckinResult of the registration."""

    registered = Signal(object)  # CheckinResult
    closed = Signal()

    def __init__(self, service: KioskService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._values = {NAME: "", AFFILIATION: "", DEPARTMENT: ""}
        self._active = NAME
        self._typed_affiliation = False
        self._choices: list[QPushButton] = []
        self._duplicate: Attendee | None = None  # pointed out; "Register anyway" goes ahead
        self.unlock = shared_unlock(service)
        self.unlock.changed.connect(self._on_unlock_changed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.reset()
        self.retranslate()

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.title, self.close_button, top = touch.title_row(self.closed.emit)
        self.fields = {key: self._field(key) for key in (NAME, DEPARTMENT, AFFILIATION)}
        field_row = QHBoxLayout()
        field_row.addWidget(self.fields[NAME], 1)
        field_row.addWidget(self.fields[DEPARTMENT], 1)
        self.keypad = Keypad()
        self.keypad.text_changed.connect(self._on_typed)
        left = QVBoxLayout()
        left.addLayout(field_row)
        left.addWidget(self.fields[AFFILIATION])
        left.addWidget(self.keypad)
        left.addStretch(1)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addLayout(left, 11)
        row.addLayout(self._right_column(), 9)
        self.status = touch.label(26, bold=True)
        self.status.hide()
        self.anyway_button = touch.button(24, tone=touch.CAUTION)
        self.anyway_button.setMaximumWidth(320)
        self.anyway_button.clicked.connect(self._on_register_anyway)
        self.anyway_button.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        status_row.addWidget(self.anyway_button)
        form = QWidget()
        form.setLayout(row)
        self.unlock_pad = VolunteerCodePad(self.unlock)
        self.unlock_pad.unlocked.connect(self._on_unlocked)
        self.closed_note = touch.label(30, bold=True)
        self.closed_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        for page in (form, self.unlock_pad, self.closed_note):
            self.pages.addWidget(page)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 16, 24, 16)
        column.addLayout(top)
        column.addLayout(status_row)
        column.addWidget(self.pages, 1)

    def _field(self, key: str) -> FieldButton:
        field = FieldButton()
        field.clicked.connect(lambda: self._activate(key))
        return field

    def _right_column(self) -> QVBoxLayout:
        self.choice_title = touch.label(24, bold=True)
        self.choice_grid = QGridLayout()
        self.choice_grid.setSpacing(8)
        self.other_button = self._choice_button()
        self.other_button.clicked.connect(self._on_other)
        self.register_button = touch.button(30, tone=touch.GOOD, height=88)
        self.register_button.clicked.connect(self._on_register)
        column = QVBoxLayout()
        column.addWidget(self.choice_title)
        column.addLayout(self.choice_grid)
        column.addStretch(1)
        column.addWidget(self.register_button)
        return column

    def _choice_button(self) -> QPushButton:
        made = QPushButton()
        made.setCheckable(True)
        made.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        made.setFont(touch.font(20, bold=True))
        made.setMinimumHeight(touch.TOUCH_PIXELS)
        made.setProperty("role", "choice")
        return made

    # -- state -----------------------------------------------------------------------------

    def reset(self) -> None:
        """Empty fields for the next person, the name field ready for typing."""
        self._values = dict.fromkeys(self._values, "")
        self._typed_affiliation = False
        self._activate(NAME)
        self._fill_choices()
        self._refresh()
        self._open_or_gate()

    def _open_or_gate(self) -> None:
        """The form while a volunteer has it unlocked; else their pad, or the closed note."""
        if self.unlock.is_open:
            self.pages.setCurrentIndex(FORM)
        elif self.unlock.code_is_set():
            self.unlock_pad.clear()
            self.pages.setCurrentIndex(UNLOCK)
        else:
            self.pages.setCurrentIndex(CLOSED)

    def page(self) -> int:
        """Which page shows: FORM, UNLOCK or CLOSED (tests read it)."""
        return self.pages.currentIndex()

    def _on_unlock_changed(self, unlocked: bool) -> None:
        if not unlocked:
            self.reset()
            self.status.hide()

    def _on_unlocked(self) -> None:
        self.pages.setCurrentIndex(FORM)

    def values(self) -> dict[str, str]:
        return dict(self._values)

    def choices(self) -> list[QPushButton]:
        """The affiliation buttons shown now (the last one is "Other")."""
        return [*self._choices, self.other_button]

    def showEvent(self, event: QShowEvent) -> None:
        self.reset()
        self.status.hide()
        self.setFocus()
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.page() != FORM or not self.keypad.handle_key_event(event):
            super().keyPressEvent(event)

    def _activate(self, key: str) -> None:
        self._active = key
        if key == AFFILIATION and not self._typed_affiliation:
            self._typed_affiliation = True
            self._values[AFFILIATION] = ""
        self.keypad.set_text(self._values[key])
        self._refresh()

    def _on_typed(self, text: str) -> None:
        if self._active == NAME and len(text) > MAX_CHARS:  # no name is longer
            self.keypad.set_text(text[:MAX_CHARS])
            return
        self._values[self._active] = text
        self.unlock.touch()
        self._forget_duplicate()
        if text:
            self.status.hide()
        if self._active == AFFILIATION:
            self._fill_choices()
        self._refresh()

    def _on_choice(self, affiliation: str) -> None:
        self._typed_affiliation = False
        self._values[AFFILIATION] = affiliation
        self._activate(DEPARTMENT if self._values[NAME] else NAME)
        self._fill_choices()
        self._refresh()

    def _on_other(self) -> None:
        self._activate(AFFILIATION)
        self._fill_choices()

    def _fill_choices(self) -> None:
        for old in self._choices:
            self.choice_grid.removeWidget(old)
            old.hide()  # until Qt deletes it, it must not stay drawn where it was
            old.deleteLater()
        self._choices = []
        for index, name in enumerate(self._affiliations()[:AFFILIATIONS_SHOWN]):
            choice = self._choice_button()
            choice.setText(name)
            choice.setChecked(name == self._values[AFFILIATION] and not self._typed_affiliation)
            choice.clicked.connect(lambda _=False, n=name: self._on_choice(n))
            self.choice_grid.addWidget(choice, index // 2, index % 2)
            self._choices.append(choice)
        count = len(self._choices)
        self.choice_grid.addWidget(self.other_button, count // 2, count % 2)
        self.other_button.setChecked(self._typed_affiliation)

    def _affiliations(self) -> list[str]:
        """Most common first; while "Other" is typed, only those matching the typed text."""
        try:
            everyone = self._service.affiliations()
        except StorageError:
            return []
        typed = normalize(self._values[AFFILIATION]) if self._typed_affiliation else ""
        if not typed:
            return everyone
        return [a for a in everyone if typed in normalize(a) or choseong(a).startswith(typed)]

    def _refresh(self) -> None:
        for key, field in self.fields.items():
            field.setChecked(key == self._active)
            field.set_parts(self._field_name(key), self._values[key])
        ready = bool(self._values[NAME].strip() and self._values[AFFILIATION].strip())
        self.register_button.setEnabled(ready)

    # -- registering -----------------------------------------------------------------------

    def _on_register(self) -> None:
        name, affiliation = self._values[NAME].strip(), self._values[AFFILIATION].strip()
        if not (name and affiliation):
            return
        if not self.unlock.is_open:
            self._open_or_gate()
            return
        self.unlock.touch()
        problem = name_problem(name)
        if problem is not None:
            self._show_status(self._name_problem_text(problem), touch.BAD)
            return
        try:
            known = self._service.same_person(name, affiliation)
        except StorageError:
            known = None
        if known is not None:
            self._duplicate = known
            self._show_status(self._duplicate_text(known), touch.CAUTION)
            self.anyway_button.show()
            return
        self._register(name, affiliation)

    def _on_register_anyway(self) -> None:
        name, affiliation = self._values[NAME].strip(), self._values[AFFILIATION].strip()
        if self._duplicate is None or not self.unlock.is_open:
            return
        self._forget_duplicate()
        self._register(name, affiliation)

    def _forget_duplicate(self) -> None:
        self._duplicate = None
        self.anyway_button.hide()

    def _register(self, name: str, affiliation: str) -> None:
        try:
            result = self._service.register_walk_in(name, affiliation, self._values[DEPARTMENT])
        except StorageError as error:
            message = self.tr("NOT RECORDED: {problem} Nobody was registered; try again.")
            self._show_status(
                message.format(problem=storage_problem_text(error.problem)), touch.BAD
            )
            return
        except ValueError:  # the name, checked again by the service
            self._show_status(self._name_problem_text(NameProblem.NOT_LETTERS), touch.BAD)
            return
        done = self.tr("✓ {name} registered as a walk-in and checked in.")
        self.reset()
        self._show_status(done.format(name=mask_name(name)), touch.GOOD)
        self.registered.emit(result)

    def _show_status(self, text: str, tone: str) -> None:
        touch.say(self.status, text, tone)
        self.status.show()

    # -- words -----------------------------------------------------------------------------

    def _name_problem_text(self, problem: NameProblem) -> str:
        if problem is NameProblem.TOO_LONG:
            return self.tr("A name is at most {count} characters.").format(count=MAX_CHARS)
        if problem is NameProblem.NOT_LETTERS:
            return self.tr("A name has only Hangul or Latin letters, spaces, '-' and '.'.")
        return self.tr("Type the person's name (at least two letters).")

    def _duplicate_text(self, known: Attendee) -> str:
        where = self.tr("registered earlier") if known.walk_in else self.tr("on the roster")
        text = self.tr("Already known ({where}): {person}. Find them by name instead?")
        return text.format(where=where, person=touch.person_line(known))

    def _field_name(self, key: str) -> str:
        if key == NAME:
            return self.tr("Name")
        if key == AFFILIATION:
            return self.tr("Affiliation")
        return self.tr("Department (optional)")

    def retranslate(self) -> None:
        self.title.setText(self.tr("Walk-in registration"))
        self.close_button.setText(self.tr("Close"))
        self.choice_title.setText(self.tr("Affiliation: tap one"))
        self.other_button.setText(self.tr("Other (type it)"))
        self.register_button.setText(self.tr("Register and check in"))
        self.anyway_button.setText(self.tr("Register anyway"))
        self.unlock_pad.explain.setText(
            self.tr("Registering a walk-in is for volunteers. Type the volunteer code.")
        )
        self.closed_note.setText(
            self.tr(
                "Walk-in registration is closed: no volunteer code is set for this event.\n"
                "The organizer sets one with: kiosk volunteer-code set\n"
                "Scanning a ticket still works."
            )
        )
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
