"""The operator PIN in the event file: wrong guesses stay counted across a restart."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kiosk.config import Settings
from kiosk.domain.clock import FixedClock
from kiosk.domain.pin import LockoutPolicy, ScryptParams
from kiosk.services.organizer import copy_for_today, ensure_sample_event
from kiosk.services.pins import DEMO_PIN, PinRefused, PinStore, PinVerdict, is_pin_set, read_new_pin
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


class Terminal:
    """Stands in for getpass: answers the prompts in turn, remembers what was asked."""

    def __init__(self, *answers: str | BaseException) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        answer = self.answers.pop(0)
        if isinstance(answer, BaseException):
            raise answer
        return answer


NOT_UTF8 = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
PROMPTS = ("New PIN: ", "Again: ")


def test_on_a_terminal_the_pin_is_typed_twice() -> None:
    terminal = Terminal("2468", "2468")
    assert read_new_pin(io.BytesIO(b"9999\n"), terminal, PROMPTS) == "2468"
    assert terminal.prompts == list(PROMPTS)  # stdin is not read on a terminal


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        (("2468", "2469"), "mismatch"),
        (("2468", EOFError()), "mismatch"),
        (("", "anything"), "empty"),
        ((EOFError(),), "empty"),  # Ctrl+D at the first prompt
        (("123", "123"), "invalid"),
        ((NOT_UTF8,), "encoding"),
    ],
)
def test_a_terminal_entry_is_refused_for_what_it_is(answers, reason: str) -> None:
    with pytest.raises(PinRefused) as refused:
        read_new_pin(io.BytesIO(), Terminal(*answers), PROMPTS)
    assert refused.value.reason == reason


def test_a_too_short_pin_is_refused_before_asking_again() -> None:
    terminal = Terminal("12")
    with pytest.raises(PinRefused):
        read_new_pin(io.BytesIO(), terminal, PROMPTS)
    assert terminal.prompts == [PROMPTS[0]]


def test_the_demo_copy_carries_the_demo_pin_and_the_sample_none(tmp_path: Path) -> None:
    sample = ensure_sample_event(tmp_path)
    demo = copy_for_today(sample, tmp_path / "demo.db", date(2025, 3, 4))
    try:
        pins = PinStore(demo, FixedClock(datetime(2025, 3, 4, tzinfo=UTC)))
        assert pins.check(DEMO_PIN).accepted
        from kiosk.services.volunteer_codes import DEMO_VOLUNTEER_CODE, VolunteerCodes

        assert VolunteerCodes(demo).matches(DEMO_VOLUNTEER_CODE)  # the demo's name search opens
    finally:
        demo.close()
    original = EventStore.open(sample)
    try:
        assert not is_pin_set(original)  # `kiosk run` on a fresh machine: set by the organizer
    finally:
        original.close()


def locked_out(tmp_path: Path) -> tuple[PinStore, Path]:
    """A door whose PIN entry a stranger locked with three wrong PINs; the organizer's key."""
    door = open_door(tmp_path / "lecture.db")
    pins = PinStore(door.store, door.clock, POLICY, FAST)
    pins.set_pin("2468")
    for _ in range(3):
        pins.check("0000")
        door.clock.advance(2)
    assert pins.locked_for() > timedelta(0)
    return pins, tmp_path / "lecture.key"


def test_the_events_key_ends_the_lockout_and_tells_the_wrong_tries(tmp_path: Path) -> None:
    pins, key = locked_out(tmp_path)
    check = pins.unlock_with_key([key])
    assert check.accepted
    assert check.tries.count == 3
    assert [t.second for t in check.tries.times] == [0, 2, 4]
    assert pins.locked_for() == timedelta(0)
    assert pins.tries_before_unlock() == check.tries  # operator mode shows it later
    assert pins.check("2468").accepted  # the PIN itself is unchanged


def test_another_events_key_and_no_key_leave_the_lockout(tmp_path: Path) -> None:
    pins, _ = locked_out(tmp_path)
    (tmp_path / "other").mkdir()
    open_door(tmp_path / "other" / "lecture.db").store.close()  # same name, another event
    stranger_key = tmp_path / "other" / "lecture.key"
    junk = tmp_path / "junk.key"
    junk.write_text("not a key")
    assert pins.unlock_with_key([junk, stranger_key]).verdict is PinVerdict.WRONG_KEY
    assert pins.unlock_with_key([]).verdict is PinVerdict.NO_KEY
    assert pins.locked_for() > timedelta(0)


def test_a_correct_pin_reports_the_wrong_ones_before_it_once(tmp_path: Path) -> None:
    door = open_door(tmp_path / "e.db")
    pins = PinStore(door.store, door.clock, POLICY, FAST)
    pins.set_pin("2468")
    pins.check("1111")
    first = pins.check("2468")
    assert first.tries.count == 1 and first.tries.times == (door.clock.now(),)
    assert pins.check("2468").tries.count == 0
    assert pins.tries_before_unlock().count == 0
