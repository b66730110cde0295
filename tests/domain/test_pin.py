"""The operator PIN: salted slow hash, constant-time check, lockout that doubles."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kiosk.domain.pin import (
    DEFAULT_PARAMS,
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
    policy = LockoutPolicy(max_failures=5, base=timedelta(minutes=5))
    first = fail(policy, LockoutState(), 5)
    second = fail(policy, first, 5)
    third = fail(policy, second, 5)
    assert [s.lockouts for s in (first, second, third)] == [1, 2, 3]
    assert policy.remaining(third, NOW) == timedelta(minutes=20)
    forgiven = policy.after_success(third)
    assert policy.remaining(fail(policy, forgiven, 5), NOW) == timedelta(minutes=5)


def test_the_lockout_never_exceeds_a_day() -> None:
    policy = LockoutPolicy(max_failures=1, base=timedelta(minutes=5))
    state = fail(policy, LockoutState(), 40)
    assert policy.remaining(state, NOW) == timedelta(hours=24)


def test_the_lockout_state_round_trips_as_text() -> None:
    state = LockoutState(failures=0, lockouts=2, locked_until=NOW + timedelta(minutes=10))
    assert LockoutState.from_text(state.to_text()) == state
    assert LockoutState.from_text("") == LockoutState()


def test_a_damaged_lockout_value_does_not_reset_the_doubling() -> None:
    assert LockoutState.from_text("garbage").lockouts == 1
