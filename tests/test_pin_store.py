"""The operator PIN in the event file: wrong guesses stay counted across a restart."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from kiosk.config import Settings
from kiosk.domain.pin import LockoutPolicy, ScryptParams
from kiosk.pin_store import PinStore, PinVerdict
from kiosk.storage.store import EventStore
from tests.fakes import open_door

FAST = ScryptParams(n=2**8)
POLICY = LockoutPolicy(max_failures=3, base=timedelta(minutes=5))


def test_a_pin_is_set_then_checked(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    pins = PinStore(door.store, door.clock, POLICY, FAST)
    assert not pins.is_set()
    pins.set_pin("2468")
    assert pins.is_set()
    assert pins.check("2468").accepted
    wrong = pins.check("1357")
    assert wrong.verdict is PinVerdict.WRONG
    assert wrong.failures_left == 2
    door.store.close()


def test_the_lockout_survives_closing_and_reopening_the_event_file(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    pins = PinStore(door.store, door.clock, POLICY, FAST)
    pins.set_pin("2468")
    verdicts = [pins.check("0000").verdict for _ in range(3)]
    assert verdicts == [PinVerdict.WRONG, PinVerdict.WRONG, PinVerdict.LOCKED]
    door.store.close()

    reopened = EventStore.open(tmp_path / "e.db")
    again = PinStore(reopened, door.clock, POLICY, FAST)
    check = again.check("2468")  # even the right PIN is refused while locked
    assert check.verdict is PinVerdict.LOCKED
    assert check.locked_for == timedelta(minutes=5)
    door.clock.advance(5 * 60)
    assert again.check("2468").accepted
    reopened.close()


def test_the_settings_choose_the_lockout(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    settings = Settings(pin_max_failures=2, pin_lockout_seconds=60)
    pins = PinStore.for_service(door.service, settings)
    PinStore(door.store, door.clock, params=FAST).set_pin("1111")
    pins.check("2222")
    assert pins.check("2222").locked_for == timedelta(seconds=60)
    door.store.close()
