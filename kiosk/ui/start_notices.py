"""The notices the scan screen starts with: sample data, a clock off the event's day, a recovery.

DESIGN.md: at start-up the kiosk compares the clock with the event date and asks the operator
to confirm a mismatch (a wrong system date must not pass unnoticed; tickets are still checked
against the event file's date, so nobody is turned away by it).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kiosk.domain.clock import Clock
from kiosk.domain.clockwatch import needs_date_confirmation
from kiosk.ui.notice_bar import Confirm
from kiosk.ui.scan_screen import ScanScreen
from kiosk.ui.startup import OpenedEvent, recovery_text

translate = QCoreApplication.translate


def sample_text() -> str:
    return translate(
        "StartNotices", "Sample data — for a real event, create one with “kiosk event new”."
    )


def add_start_notices(
    scan: ScanScreen,
    opened: OpenedEvent,
    clock: Clock,
    demo: bool,
    confirm: Confirm | None = None,
) -> None:
    """`confirm` (the operator PIN) must agree before the clock notice goes away."""
    event = scan.service.event
    if event.is_sample:
        scan.notices.add("sample", sample_text, "info")
    now = clock.now()
    if not demo and needs_date_confirmation(event, now):
        today = now.astimezone(event.starts_at.tzinfo).date()

        def date_text() -> str:
            return translate(
                "StartNotices",
                "The computer's date ({today}) is not the event's date ({day}). "
                "Check the clock; the operator confirms with the PIN.",
            ).format(today=today.isoformat(), day=event.day.isoformat())

        scan.notices.add("date", date_text, "warn", dismissable=True, confirm=confirm)
    recovery = opened.recovery
    if recovery is not None:
        scan.notices.add("recovered", lambda: recovery_text(recovery), "bad", dismissable=True)
