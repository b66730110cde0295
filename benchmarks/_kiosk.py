"""A real kiosk for the GUI benchmarks: today's copy of the sample event, the real window.

Shared by benchmarks/scan_to_banner.py and benchmarks/door_cycle.py. The clock is fixed at the
opening of the doors so every ticket is accepted whatever the hour the benchmark runs at; the
sound is silent. `BannerWatch` notes when the banner was actually painted with each new result.
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication

from kiosk.app import Kiosk, make_application
from kiosk.config import Settings
from kiosk.domain.clock import FixedClock
from kiosk.domain.model import CheckinResult
from kiosk.files.keys import key_path_for, read_private_key
from kiosk.services.context import Context
from kiosk.services.organizer import copy_for_today, ensure_sample_event, ticket_code
from kiosk.ui.i18n import Translations
from kiosk.ui.sound import SilentPlayer
from kiosk.ui.startup import open_event


def finish(kiosk: Kiosk) -> None:
    """Quit without the operator PIN (the benchmark is the operator)."""
    app = QApplication.instance()
    kiosk.window.allow_quit()
    if app is not None:
        app.quit()


@dataclass
class BenchKiosk:
    kiosk: Kiosk
    key: Ed25519PrivateKey
    codes: list[str]  # valid tickets of attendees 1..n, in roster order


def build(folder: Path, *, banner_seconds: float, tickets: int) -> BenchKiosk:
    app = make_application()
    translations = Translations(app)
    translations.switch("ko")
    today = datetime.now().astimezone().date()
    event_file = folder / "event.db"
    copy_for_today(ensure_sample_event(folder), event_file, today).close()
    ctx = Context(folder, Settings(banner_seconds=banner_seconds), "e5e5e5e5e5e5e5e5")
    opened = open_event(ctx, event_file)
    event = opened.store.event()
    doors_open = datetime.combine(today, event.starts_at.timetz()) - timedelta(minutes=20)
    clock = FixedClock(doors_open.astimezone(UTC))
    kiosk = Kiosk(ctx, opened, translations, clock=clock, sound=SilentPlayer())
    key = read_private_key(key_path_for(event_file))
    people = [a for a in opened.store.attendees() if a.on_roster][:tickets]
    return BenchKiosk(kiosk, key, [ticket_code(opened.store, key, p) for p in people])


class BannerWatch(QObject):
    """Times (time.monotonic) at which the banner was painted with each new result."""

    result_painted = Signal(float)

    def __init__(self, kiosk: Kiosk) -> None:
        super().__init__()
        self.painted: list[tuple[CheckinResult | None, float]] = []
        self._pending: list[CheckinResult | None] = []
        kiosk.scan.result_shown.connect(self._on_result_shown)
        kiosk.scan.banner.installEventFilter(self)

    def _on_result_shown(self, result: CheckinResult | None) -> None:
        self._pending.append(result)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._pending:
            now = time.monotonic()
            self.painted += [(result, now) for result in self._pending]
            self._pending.clear()
            self.result_painted.emit(now)
        return False
