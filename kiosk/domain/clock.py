"""Time as a parameter: the service holds a clock; tests pass a fixed one."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    boot_id: str

    def now(self) -> datetime:
        """Aware UTC wall time."""
        ...

    def monotonic_ns(self) -> int: ...


class SystemClock:
    """The machine's clocks. `boot_id` tells restarts apart in the log."""

    def __init__(self) -> None:
        self.boot_id = uuid.uuid4().hex[:12]

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic_ns(self) -> int:
        return time.monotonic_ns()


@dataclass
class FixedClock:
    """A clock that moves only when told to."""

    current: datetime
    mono: int = 1_000_000_000
    boot_id: str = field(default="test-boot")

    def now(self) -> datetime:
        return self.current

    def monotonic_ns(self) -> int:
        return self.mono

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)
        self.mono += int(seconds * 1e9)
