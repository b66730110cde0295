"""Asks the operator before a roster import renames or removes people who hold a ticket.

It covers the files page inside the kiosk window (no window of its own, so it can never hide
behind the full-screen kiosk), lists exactly those people -- renamed: serial, department, old
name → new name; removed: serial, name, department, whose ticket will be revoked -- and offers
two big buttons. Nothing has changed while it is shown; only "Apply changes" imports, and
not the second tap of a double tap that opened the question or answered the one before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.domain.model import Attendee
from kiosk.domain.roster_plan import RosterPlan
from kiosk.ui import touch
from kiosk.ui.taps import TapGuard

BUTTON_PIXELS = 96


class RosterConfirmView(QWidget):
    """Covers its parent while shown; `accepted` or `cancelled` once the operator chooses."""

    accepted = Signal(object)  # the RosterPlan that was shown
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._page = parent
        self.plan: RosterPlan | None = None
        self.taps = TapGuard()  # the tap that led here, doubled, answers nothing
        self.setObjectName("RosterConfirmView")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._build()
        self.retranslate()
        parent.installEventFilter(self)
        self.hide()

    def _build(self) -> None:
        self.title = touch.label(30, bold=True)
        self.intro = touch.label(22)
        self.rows = touch.label(22)
        self.rows.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.rows.setContentsMargins(12, 8, 12, 8)
        self.rows.setObjectName("RosterRows")
        self.cancel_button = touch.button(28, tone=touch.MUTED, height=BUTTON_PIXELS)
        self.cancel_button.clicked.connect(self.taps.guarded(self._on_cancel))
        self.apply_button = touch.button(28, tone=touch.BAD, height=BUTTON_PIXELS)
        self.apply_button.clicked.connect(self.taps.guarded(self._on_apply))
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.apply_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(20, 16, 20, 16)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addWidget(touch.scroll_area(self.rows), 1)
        column.addLayout(buttons)

    # -- showing and choosing --------------------------------------------------------------

    def ask(self, plan: RosterPlan) -> None:
        """Show these changes over the parent page."""
        self.plan = plan
        self.taps.hold()
        self._fill()
        self.setGeometry(self._page.rect())
        self.raise_()
        self.show()

    def cancel(self) -> None:
        """Drop a pending question (the screen locked): nothing is imported."""
        if self.plan is not None:
            self._on_cancel()

    def lines(self) -> list[str]:
        """The rows shown, one person each (tests read these)."""
        return [line for line in self.rows.text().splitlines() if line.startswith("  ")]

    def _on_apply(self) -> None:
        plan, self.plan = self.plan, None
        self.hide()
        if plan is not None:
            self.accepted.emit(plan)

    def _on_cancel(self) -> None:
        self.plan = None
        self.hide()
        self.cancelled.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._page:
            self.setGeometry(self._page.rect())
        return False

    # -- words -----------------------------------------------------------------------------

    def _fill(self) -> None:
        if self.plan is None:
            return
        lines: list[str] = []
        renamed, removed = self.plan.renamed_holders, self.plan.removed_holders
        if renamed:
            heading = self.tr("Renamed ({count}): the ticket stays valid, showing the new name")
            lines.append(heading.format(count=len(renamed)))
            lines += [self._renamed_line(before, after) for before, after in renamed]
        if removed:
            heading = self.tr("Removed ({count}): their tickets will be revoked")
            lines.append(heading.format(count=len(removed)))
            lines += [self._removed_line(person) for person in removed]
        self.rows.setText("\n".join(lines))

    def _renamed_line(self, before: Attendee, after: Attendee) -> str:
        line = self.tr("No. {serial} ({department}): {old} → {new}")
        department = after.department or "-"
        return "  " + line.format(
            serial=before.serial, department=department, old=before.name, new=after.name
        )

    def _removed_line(self, person: Attendee) -> str:
        line = self.tr("No. {serial}: {name} ({department})")
        department = person.department or "-"
        return "  " + line.format(serial=person.serial, name=person.name, department=department)

    def retranslate(self) -> None:
        self.title.setText(self.tr("This roster changes people who already hold a ticket"))
        self.intro.setText(
            self.tr(
                "Nothing has been changed yet. Check these people, then apply the changes"
                " or cancel (the roster stays as it is)."
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.apply_button.setText(self.tr("Apply changes"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
