"""A simulated camera for `kiosk demo`: sample tickets held up one after another, in a loop.

It is a FrameSource like a webcam, so the real worker, decoder and screens do the rest. Each
round shows two valid tickets, the first of them again (already checked in), a forged ticket
(right format, wrong signature), a QR code that is not a ticket (a web address), with an empty
view between them, each long enough for its banner to be read. Every round uses new attendees,
so the valid ones are accepted again on the next round rather than repeats.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import qrcode
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kiosk.domain.tickets import Ticket, issue
from kiosk.scanner.source import FrameSource, Read
from kiosk.services.organizer import KEY_ID, ticket_code
from kiosk.storage.store import EventStore

NOT_A_TICKET = "https://example.com/lecture-flyer"
WIDTH, HEIGHT = 1280, 720


@dataclass(frozen=True)
class Shot:
    """What the camera sees for a while: a code held up (or nothing)."""

    code: str | None
    seconds: float
    kind: str  # "blank", "valid", "repeat", "forged", "not_ticket"


@dataclass(frozen=True)
class DemoCodes:
    valid: tuple[str, ...]
    forged: str
    not_ticket: str = NOT_A_TICKET


def demo_codes(store: EventStore, key: Ed25519PrivateKey, count: int = 60) -> DemoCodes:
    """Real tickets of the demo event's first attendees, and one signed with a stranger's key.

    Made on the GUI thread (the store's connection belongs to it), before the camera starts.
    """
    people = [a for a in store.attendees() if a.on_roster and not a.walk_in][:count]
    valid = tuple(ticket_code(store, key, person) for person in people)
    event = store.event()
    stranger = Ed25519PrivateKey.generate()
    serial = people[min(2, len(people) - 1)].serial if people else 1  # a real person's number
    forged = issue(Ticket(KEY_ID, event.number, serial, event.day, 0), stranger)
    return DemoCodes(valid, forged)


def demo_round(codes: DemoCodes, round_number: int, show: float, gap: float) -> list[Shot]:
    """One round of the loop; round `n` uses the valid tickets 2n and 2n+1."""
    count = max(1, len(codes.valid))
    first = codes.valid[(2 * round_number) % count] if codes.valid else None
    second = codes.valid[(2 * round_number + 1) % count] if codes.valid else None
    shots = [
        Shot(first, show, "valid"),
        Shot(second, show, "valid"),
        Shot(first, show, "repeat"),
        Shot(codes.forged, show, "forged"),
        Shot(codes.not_ticket, show, "not_ticket"),
    ]
    timeline = []
    for shot in shots:
        timeline += [Shot(None, gap, "blank"), shot]
    return timeline


def _qr_modules(text: str) -> np.ndarray:
    """The QR code as a boolean module matrix (True is dark), quiet zone included."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    return np.array(code.get_matrix(), dtype=bool)


def _background() -> np.ndarray:
    """A dim room: a vertical gradient with a lighter band, like a wall behind the door."""
    ramp = np.linspace(70, 120, HEIGHT, dtype=np.float32)[:, None]
    wall = np.repeat(ramp, WIDTH, axis=1)
    frame = np.stack([wall + 10, wall + 5, wall], axis=2)
    return frame.clip(0, 255).astype(np.uint8)


def render(code: str | None, offset: tuple[int, int] = (0, 0)) -> np.ndarray:
    """One 1280x720 BGR frame: the room, and a phone showing `code` if there is one."""
    frame = _background()
    if code is None:
        return frame
    modules = _qr_modules(code)
    scale = max(4, 330 // modules.shape[0])
    qr = np.kron(~modules, np.ones((scale, scale), dtype=bool)).astype(np.uint8) * 255
    side = qr.shape[0]
    x = (WIDTH - side) // 2 + offset[0]
    y = (HEIGHT - side) // 2 + offset[1]
    frame[y - 60 : y + side + 80, x - 24 : x + side + 24] = (40, 40, 44)  # the phone's body
    frame[y : y + side, x : x + side] = qr[:, :, None]
    return frame


class DemoCamera(FrameSource):
    """Plays the demo rounds as a camera would deliver them, `fps` frames a second."""

    live = False

    def __init__(
        self,
        codes: DemoCodes,
        *,
        show_seconds: float = 1.2,
        gap_seconds: float = 2.4,
        fps: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.codes = codes
        self.show_seconds, self.gap_seconds, self.fps = show_seconds, gap_seconds, fps
        self._clock, self._sleep = clock, sleep
        self._start = 0.0
        self._frames = 0
        self._cache: dict[str | None, np.ndarray] = {}
        self.opened = False

    def open(self) -> bool:
        self._start, self._frames, self.opened = self._clock(), 0, True
        return True

    def close(self) -> None:
        self.opened = False

    def describe(self) -> str:
        return "demo camera (sample tickets)"

    def shot_at(self, elapsed: float) -> Shot:
        """The shot on view `elapsed` seconds after the camera opened."""
        round_seconds = 5 * (self.show_seconds + self.gap_seconds)
        number, within = divmod(elapsed, round_seconds)
        for shot in demo_round(self.codes, int(number), self.show_seconds, self.gap_seconds):
            if within < shot.seconds:
                return shot
            within -= shot.seconds
        return Shot(None, self.gap_seconds, "blank")

    def read(self) -> Read:
        due = self._start + self._frames / self.fps
        now = self._clock()
        if now < due:
            self._sleep(due - now)
        else:
            self._frames = int((now - self._start) * self.fps)  # a slow reader skips frames
        captured = self._start + self._frames / self.fps
        self._frames += 1
        shot = self.shot_at(captured - self._start)
        return True, self._frame_for(shot.code), captured

    def _frame_for(self, code: str | None) -> np.ndarray:
        if code not in self._cache:
            if len(self._cache) > 8:
                self._cache.clear()
            self._cache[code] = render(code)
        return self._cache[code].copy()
