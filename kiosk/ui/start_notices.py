"""The notices the scan screen starts with: sample data, a demo's PIN, no operator PIN yet, a
clock off the event's day, a recovery.

DESIGN.md: at start-up the kiosk compares the clock with the event date and asks the operator
to confirm a mismatch (a wrong system date must not pass unnoticed). Once the operator confirmed
it with the PIN, the service knows (`confirm_clock`): valid tickets are admitted whatever the
clock says, and each row of the log carries the confirmation.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.domain.clock import Clock
from kiosk.domain.clockwatch import needs_date_confirmation
from kiosk.services.door import KioskService
from kiosk.services.pins import DEMO_PIN, is_pin_set
from kiosk.services.volunteer_codes import DEMO_VOLUNTEER_CODE
from kiosk.ui.notice_bar import Confirm
from kiosk.ui.operator.pin_missing import pin_missing_text
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.startup import OpenedEvent, recovery_text

translate = QCoreApplication.translate


def sample_text() -> str:
    return translate(
        "StartNotices", "Sample data — for a real event, create one with “kiosk event new”."
    )


def demo_pin_text() -> str:
    text = translate("StartNotices", "Demo: the operator PIN is {pin}, the volunteer code {code}.")
    return text.format(pin=DEMO_PIN, code=DEMO_VOLUNTEER_CODE)


def add_start_notices(
    scan: ScanScreen,
    opened: OpenedEvent,
    clock: Clock,
    demo: bool,
    confirm: Confirm | None = None,
) -> None:
    """`confirm` (the operator PIN) must agree before the clock notice goes away."""
    service = scan.service
    event = service.event
    if event.is_sample:
        scan.notices.add("sample", sample_text, "info")
    if demo and is_pin_set(service.store):
        scan.notices.add("demo_pin", demo_pin_text, "info")
    elif not is_pin_set(service.store):
        # Confirm lets a PIN set since (by the organizer, on this file) clear the notice.
        scan.notices.add("no_pin", pin_missing_text, "warn", dismissable=True, confirm=confirm)
    now = clock.now()
    if not demo and needs_date_confirmation(event, now):
        today = now.astimezone(event.starts_at.tzinfo).date()

        def date_text() -> str:
            return translate(
                "StartNotices",
                "The computer's date ({today}) is not the event's date ({day}). "
                "Check the clock; the operator confirms with the PIN.",
            ).format(today=today.isoformat(), day=event.day.isoformat())

        confirmed = _confirming_clock(service, today, confirm)
        scan.notices.add("date", date_text, "warn", dismissable=True, confirm=confirmed)
    recovery = opened.recovery
    if recovery is not None:
        scan.notices.add("recovered", lambda: recovery_text(recovery), "bad", dismissable=True)


def _confirming_clock(service: KioskService, shown: date, confirm: Confirm | None) -> Confirm:
    """`confirm`, then (when it agreed) the service learns that the clock was confirmed."""

    def confirmed(parent: QWidget) -> bool:
        if confirm is not None and not confirm(parent):
            return False
        service.confirm_clock(shown)
        return True

    return confirmed
