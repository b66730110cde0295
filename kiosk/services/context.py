"""Resolving where things are: the data directory, settings, this kiosk's id, the event file."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from kiosk import config
from kiosk.domain.clock import Clock, SystemClock
from kiosk.services.door import Door, KioskService
from kiosk.storage.store import EventStore

log = logging.getLogger(__name__)


@dataclass
class Context:
    data_dir: Path
    settings: config.Settings
    kiosk_id: str

    @classmethod
    def resolve(cls, data_dir: str | None) -> Context:
        directory = config.data_dir(data_dir)
        settings = config.load_settings(directory)
        config.setup_logging(directory, settings)
        return cls(directory, settings, config.kiosk_id(directory))

    def event_path(self, explicit: str | None) -> Path:
        """The named file, else the current event, else the built-in sample (made on first run)."""
        if explicit:
            return Path(explicit)
        current = config.current_event_path(self.data_dir)
        if current is not None and current.exists():
            return current
        from kiosk.services.organizer import ensure_sample_event

        return ensure_sample_event(self.data_dir)

    def open_store(self, explicit: str | None) -> EventStore:
        return EventStore.open(
            self.event_path(explicit), busy_timeout_ms=self.settings.busy_timeout_ms
        )

    def service(
        self, store: EventStore, door: str | None = None, clock: Clock | None = None
    ) -> KioskService:
        return KioskService(
            store, clock or SystemClock(), Door(self.kiosk_id, door or self.settings.door)
        )
