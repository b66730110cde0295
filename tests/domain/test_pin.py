"""The operator PIN: salted slow hash, constant-time check, lockout that doubles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.pin import (
    DEFAULT_PARAMS,
    FailedTries,
    LockoutPolicy,
    LockoutState,
    PinHash,
    ScryptParams,
    hash_pin,
    is_valid_pin,
    verify_pin,
)

FAST = ScryptParams(n=2**8)  # test speed only; the default is exercised once below
NOW = datetime(2024, 10, 30, 1, 5, tzinfo=UTC)


def test_the_default_hash_verifies_the_pin_and_nothing_else() -> None:
    stored = hash_pin("482913")
    assert stored.params == DEFAULT_PARAMS
    assert verify_pin("482913", stored)
    assert not verify_pin("482914", stored)


def test_the_pin_itself_is_not_in_what_is_stored() -> None:
    text = hash_pin("482913", FAST).to_text()
    assert "482913" not in text
    assert text.startswith("scrypt$n=256,r=8,p=1$")


def test_the_same_pin_gets_a_different_salt_each_time() -> None:
    assert hash_pin("1234", FAST).to_text() != hash_pin("1234", FAST).to_text()


def test_stored_text_round_trips_with_its_own_parameters() -> None:
    stored = hash_pin("20241030", FAST)
    again = PinHash.from_text(stored.to_text())
    assert again == stored
    assert verify_pin("20241030", again)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain",
        "md5$n=1,r=1,p=1$AA==$AA==",
        "scrypt$n=x$AA==$AA==",
        "scrypt$n=4194304,r=8,p=1$AA==$AA==",
    ],
)
def test_garbage_is_not_taken_for_a_hash(text: str) -> None:
    with pytest.raises(ValueError):
        PinHash.from_text(text)


@pytest.mark.parametrize("pin", ["123", "1234567890123", "12a4", "１２３４", "12 34", ""])
def test_only_four_to_twelve_ascii_digits_make_a_pin(pin: str) -> None:
    assert not is_valid_pin(pin)
    with pytest.raises(ValueError):
        hash_pin(pin, FAST)


def test_full_width_digits_never_match() -> None:
    assert not verify_pin("１２３４", hash_pin("1234", FAST))


def fail(policy: LockoutPolicy, state: LockoutState, times: int) -> LockoutState:
    for _ in range(times):
        state = policy.after_failure(state, NOW)
    return state


def test_five_wrong_pins_lock_entry_for_the_base_time() -> None:
    policy = LockoutPolicy(max_failures=5, base=timedelta(minutes=5))
    state = fail(policy, LockoutState(), 4)
    assert policy.remaining(state, NOW) == timedelta(0)
    assert policy.failures_left(state) == 1
    state = policy.after_failure(state, NOW)
    assert policy.remaining(state, NOW) == timedelta(minutes=5)
    assert policy.remaining(state, NOW + timedelta(minutes=5)) == timedelta(0)


def test_each_further_lockout_lasts_twice_as_long_until_a_correct_pin() -> None:
    policy = LockoutPolicy(max_failures=5, base=timedelta(minutes=1))
    first = fail(policy, LockoutState(), 5)
    second = fail(policy, first, 5)
    third = fail(policy, second, 5)
    assert [s.lockouts for s in (first, second, third)] == [1, 2, 3]
    assert policy.remaining(third, NOW) == timedelta(minutes=4)
    forgiven = policy.after_success(third)
    assert policy.remaining(fail(policy, forgiven, 5), NOW) == timedelta(minutes=1)


def test_a_stranger_locks_the_operator_out_for_minutes_never_hours() -> None:
    """Five wrong PINs: one minute; then 2, 4, 8 and at most a quarter of an hour, however
    long a passer-by keeps typing (it was doubled up to a whole day)."""
    policy = LockoutPolicy()
    state, lockouts = LockoutState(), []
    for _ in range(40):
        state = fail(policy, state, 5)
        lockouts.append(policy.remaining(state, NOW))
    assert [int(t.total_seconds() // 60) for t in lockouts[:6]] == [1, 2, 4, 8, 15, 15]
    assert max(lockouts) == timedelta(minutes=15)


def test_every_wrong_pin_since_the_last_unlock_is_counted_with_its_time() -> None:
    policy = LockoutPolicy()
    state = LockoutState()
    for minute in range(30):  # through several lockouts
        state = policy.after_failure(state, NOW + timedelta(minutes=minute))
    assert state.tries.count == 30
    assert len(state.tries.times) == 20  # the latest ones, oldest first
    assert state.tries.times[-1] == NOW + timedelta(minutes=29)
    assert LockoutState.from_text(state.to_text()) == state
    assert policy.after_success(state).tries == FailedTries()


def test_the_lockout_state_round_trips_as_text() -> None:
    state = LockoutState(failures=0, lockouts=2, locked_until=NOW + timedelta(minutes=10))
    assert LockoutState.from_text(state.to_text()) == state
    assert LockoutState.from_text("") == LockoutState()


def test_a_damaged_lockout_value_does_not_reset_the_doubling() -> None:
    assert LockoutState.from_text("garbage").lockouts == 1
    assert LockoutState.from_text("0;2;;3|not-a-time").lockouts == 1


def test_a_lockout_saved_before_the_tries_were_kept_still_reads() -> None:
    until = NOW + timedelta(minutes=5)
    state = LockoutState.from_text(f"2;1;{until.isoformat()}")
    assert (state.failures, state.lockouts, state.locked_until) == (2, 1, until)
    assert state.tries == FailedTries()
