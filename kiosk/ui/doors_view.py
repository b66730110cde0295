"""The scan screen's doors indicator: "출입구 3/3 · 1초 전" (doors online / known, freshest data).

This door counts as one of the doors, online while its own file is published (a full disk
stops it: its check-ins then reach no other door); the others are online only while their
heartbeat is fresh on this kiosk's clock (kiosk.sync.status). Hidden while sync is off.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from kiosk.ui import theme

ALL_ONLINE = "good"  # the label's `tone`, coloured by the theme
SOME_OFFLINE = "caution"


def age_text(seconds: float | None) -> str:
    """How long ago, in the current language ("1초 전", "3 min ago"); "-" for never."""
    if seconds is None:
        return "-"

    translate = QCoreApplication.translate
    if seconds < 60:
        return translate("DoorsIndicator", "{n} s ago").format(n=int(seconds))
    if seconds < 3600:
        return translate("DoorsIndicator", "{n} min ago").format(n=int(seconds // 60))
    return translate("DoorsIndicator", "{n} h ago").format(n=int(seconds // 3600))


def summary(doors: Sequence[dict[str, Any]], own_ok: bool = True) -> tuple[str, bool]:
    """The indicator's text and whether every door is online (`own_ok`: this door's file is
    published)."""
    online = int(own_ok) + sum(1 for d in doors if d.get("online"))
    known = 1 + len(doors)
    ages = [float(d["last_data_age_s"]) for d in doors if d.get("last_data_age_s") is not None]
    text = QCoreApplication.translate("DoorsIndicator", "Doors {online}/{known}").format(
        online=online, known=known
    )
    if doors:
        text += " · " + age_text(min(ages) if ages else None)
    return text, online == known


class DoorsIndicator(QLabel):
    """A small label in the scan screen's header; shown once sync runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont()
        font.setPixelSize(18)
        font.setBold(True)
        self.setFont(font)
        self.doors: list[dict[str, Any]] = []
        self.publish_error = ""
        self.active = False
        self.hide()

    def show_doors(self, doors: Sequence[dict[str, Any]], publish_error: str = "") -> None:
        """`publish_error`: why this door's own file is not published ("" while it is)."""
        self.doors = list(doors)
        self.publish_error = publish_error
        text, all_online = summary(self.doors, own_ok=not publish_error)
        tone = ALL_ONLINE if all_online else SOME_OFFLINE
        if self.active and text == self.text() and tone == self.property("tone"):
            return  # told every second: restyle (a repolish) only when something changed
        self.setText(text)
        theme.set_look(self, "tone", tone)
        self.active = True
        self.show()

    def retranslate(self) -> None:
        if self.active:
            self.show_doors(self.doors, self.publish_error)
