"""Operator mode's doors page: every other door's state, and pairing the doors.

Per door: online (its heartbeat fresh on this clock), the age of its last data, the rows
folded in, why its file was refused, and a warning when its clock is off. "Connect doors" shows
the lead's pairing QR code; "Join" makes the camera (or a barcode scanner) take the lead's code
while the page is open: a code starting with KIOSKSYNC1: pairs instead of checking in.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHideEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.files.tickets import qr_image
from kiosk.sync.pairing import PREFIX, PairingError
from kiosk.sync.rest import RestError
from kiosk.ui import touch
from kiosk.ui.door_sync import DoorSync
from kiosk.ui.doors_view import age_text

log = logging.getLogger(__name__)
QR_PIXELS = 360
QR_MAX_VERSION = 20  # an invitation (device id, addresses, token) is longer than a ticket
Claim = Callable[[Callable[[str], bool] | None], None]


class DoorsPage(QWidget):
    """The doors, "Connect doors" (the lead's QR code) and "Join" (scan the lead's code)."""

    def __init__(
        self, sync: DoorSync | None, set_claim: Claim, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.sync = sync
        self._set_claim = set_claim
        self.joining = False
        self.invitation = ""
        self._paired_at = 0
        self._message: Callable[[], str] = lambda: ""
        self._build()
        if sync is not None:
            sync.doors_changed.connect(self.show_doors)
            sync.started.connect(self.retranslate)
        self.retranslate()
        self.show_doors(sync.doors if sync else [])

    def _build(self) -> None:
        self.heading = touch.label(26, bold=True)
        self.state = touch.label(18)
        self.state.setWordWrap(True)
        self.unpublished = touch.label(18, bold=True)  # this door's own file is not published
        self.unpublished.setWordWrap(True)
        self.unpublished.setProperty("tone", "bad")
        self.unpublished.hide()
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the problem, in full
        self.connect_button = touch.button(22, tone=touch.INFO, height=64)
        self.connect_button.clicked.connect(self.show_invitation)
        self.join_button = touch.button(22, height=64)
        self.join_button.clicked.connect(self.start_join)
        buttons = QHBoxLayout()
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.join_button)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.hide()
        self.message = touch.label(20, bold=True)
        self.message.setWordWrap(True)
        page = QVBoxLayout(self)
        page.addWidget(self.heading)
        page.addWidget(self.state)
        page.addWidget(self.unpublished)
        page.addWidget(self.table, 1)
        page.addLayout(buttons)
        page.addWidget(self.message)
        page.addWidget(self.qr, 2)

    # -- the doors ---------------------------------------------------------------------------

    def show_doors(self, doors: list[dict[str, Any]]) -> None:
        if not self.qr.isHidden() and self._paired() > self._paired_at:
            self.show_invitation()  # that invitation paired a door: the next door needs a new one
        error = self.sync.publish_error if self.sync else ""
        self.unpublished.setText(
            self.tr("This door's check-ins are NOT reaching the other doors: {error}").format(
                error=error
            )
        )
        self.unpublished.setVisible(bool(error))
        self.table.setRowCount(len(doors))
        for row, door in enumerate(doors):
            cells = (
                str(door.get("door") or door.get("kiosk_id", "")),
                self.tr("Online") if door.get("online") else self.tr("Offline"),
                age_text(door.get("last_data_age_s")),
                f"{door.get('rows', 0):,} ({door.get('folded', 0):,})",
                self._problem(door),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def _problem(self, door: dict[str, Any]) -> str:
        found = []
        if door.get("refused"):
            found.append(self.tr("File refused: {reason}").format(reason=door["refused"]))
        if door.get("clock_off") is not None:
            found.append(
                self.tr("Clock off by {seconds} s").format(seconds=f"{door['clock_off']:+d}")
            )
        return " · ".join(found)

    # -- pairing -----------------------------------------------------------------------------

    def show_invitation(self) -> None:
        """The lead: a new invitation, as a QR code the other doors scan."""
        self.stop_join()
        if not self._ready():
            return
        assert self.sync is not None
        try:
            self._paired_at = self._paired()
            self.invitation = self.sync.node.invite().text()
        except (RestError, OSError) as error:
            log.warning("no invitation: %s", error)
            self._say(lambda: self.tr("The sync engine did not answer. Try again."))
            return
        buffer = io.BytesIO()
        qr_image(self.invitation, box_pixels=8, max_version=QR_MAX_VERSION).save(buffer, "PNG")
        pixmap = QPixmap()
        pixmap.loadFromData(buffer.getvalue(), "PNG")
        self.qr.setPixmap(pixmap.scaled(QR_PIXELS, QR_PIXELS, Qt.AspectRatioMode.KeepAspectRatio))
        self.qr.show()
        self._say(lambda: self.tr("Scan this code at each other door (Join). Good for 30 minutes."))

    def _paired(self) -> int:
        """How many doors the node accepted (an invitation pairs one door)."""
        return self.sync.node.paired if self.sync else 0

    def start_join(self) -> None:
        """A door joining: the camera's next pairing code goes to `join`, not to check-in."""
        self.qr.hide()
        if not self._ready():
            return
        self.joining = True
        self._set_claim(self.claim)
        self._say(lambda: self.tr("Hold the lead's pairing code to this kiosk's camera."))

    def stop_join(self) -> None:
        if self.joining:
            self.joining = False
            self._set_claim(None)

    def claim(self, code: str) -> bool:
        """A code from the camera or the wedge: a pairing code is taken (True), others not."""
        if not (self.joining and code.startswith(PREFIX)):
            return False
        self.join(code)
        return True

    def join(self, text: str) -> None:
        assert self.sync is not None
        try:
            invitation = self.sync.node.join(text)
        except PairingError as error:
            reason = str(error)
            self._say(lambda: self._refusal(reason))
            return
        except (RestError, OSError) as error:
            log.warning("join: %s", error)
            self._say(lambda: self.tr("The sync engine did not answer. Try again."))
            return
        self.stop_join()
        lead = invitation.device_id[:7]
        self._say(lambda: self.tr("Joined the lead door ({lead}).").format(lead=lead))

    def _refusal(self, reason: str) -> str:
        if reason == "other event":
            return self.tr("This code belongs to another event.")
        if reason == "own invitation":
            return self.tr("This is this kiosk's own code: scan it at another door.")
        if reason == "kiosk id taken":
            return self.tr(
                "This code's lead has this door's kiosk id or a paired door's: every door"
                " needs its own data folder (was one copied?)."
            )
        return self.tr("Not a door pairing code: {reason}").format(reason=reason)

    def _ready(self) -> bool:
        if self.sync is None or not self.sync.running:
            self._say(lambda: self.tr("Sync is not running: doors cannot be connected."))
            return False
        return True

    def _say(self, text: Callable[[], str]) -> None:
        self._message = text
        self.message.setText(text())

    # -- Qt ----------------------------------------------------------------------------------

    def reset(self) -> None:
        self.stop_join()
        self.qr.hide()
        self._say(lambda: "")

    def hideEvent(self, event: QHideEvent) -> None:
        self.stop_join()  # scanning goes back to check-in as soon as the page is left
        super().hideEvent(event)

    def title(self) -> str:
        return self.tr("Doors")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        if self.sync is None:
            self.state.setText(self.tr("Live sync between the doors is off (settings: sync)."))
        elif self.sync.running:
            device = self.sync.node.device_id
            self.state.setText(self.tr("This door's device: {device}").format(device=device[:7]))
        else:
            self.state.setText(self.tr("Sync is starting…"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Door"), self.tr("State"), self.tr("Last data"), self.tr("Rows (folded)"),
             self.tr("Problem")]
        )  # fmt: skip
        self.connect_button.setText(self.tr("Connect doors"))
        self.join_button.setText(self.tr("Join (scan the lead's code)"))
        self.message.setText(self._message())
        self.show_doors(self.sync.doors if self.sync else [])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
