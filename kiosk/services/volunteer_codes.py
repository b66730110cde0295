"""The volunteer code: a short code (4-6 digits) that opens name check-in and walk-ins.

The organizer sets it (`kiosk volunteer-code set`, read like `kiosk pin set`: typed twice on a
terminal or one line on stdin, never from argv) and tells the door volunteers. It is stored in
the event file's meta table, hashed like the operator PIN (kiosk.domain.pin). It is not the
operator PIN: a volunteer can check people in but not undo, export or change settings.
Without a code set, name check-in and walk-ins stay closed in staffed mode.
"""

from __future__ import annotations

import logging

from kiosk.domain import access, pin
from kiosk.storage.store import EventStore

log = logging.getLogger(__name__)
HASH_KEY = "volunteer_code_hash"
DEMO_VOLUNTEER_CODE = "2468"  # `kiosk demo`'s copy only; shown on its screen
DEMO_CODE_PARAMS = pin.ScryptParams(n=2**10)  # a public code: a cheap hash keeps the demo quick


class VolunteerCodes:
    """Set and check the volunteer code of one event file."""

    def __init__(self, store: EventStore, params: pin.ScryptParams = pin.DEFAULT_PARAMS) -> None:
        self._store = store
        self._params = params

    def is_set(self) -> bool:
        return bool(self._store.meta(HASH_KEY))

    def set_code(self, code: str) -> None:
        """Store a new volunteer code (ValueError unless 4-6 digits)."""
        if not access.is_volunteer_code(code):
            raise ValueError("a volunteer code is 4 to 6 digits")
        self._store.set_meta(HASH_KEY, pin.hash_pin(code, self._params).to_text())
        log.info("volunteer code set")

    def matches(self, entered: str) -> bool:
        """Whether `entered` is the volunteer code (False when none is set)."""
        if not access.is_volunteer_code(entered):
            return False
        return pin.verify_stored(entered, self._store.meta(HASH_KEY), "volunteer code")
