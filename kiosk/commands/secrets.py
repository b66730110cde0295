"""The operator PIN and the volunteer code, typed at a terminal (never on the command line)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from kiosk.commands.common import fail, open_event
from kiosk.texts import text


def pin_set(args: argparse.Namespace) -> int:
    """The organizer's PIN, typed twice on a terminal or one line on stdin; never from argv."""
    from kiosk.domain.pin import MAX_DIGITS, MIN_DIGITS, is_valid_pin
    from kiosk.services.pins import PinStore

    with open_event(args) as (ctx, store):
        new_pin = _read_secret("pin", "pin_refused_invalid", (MIN_DIGITS, MAX_DIGITS), is_valid_pin)
        if new_pin is None:
            return 1
        PinStore.for_service(ctx.service(store), ctx.settings).set_pin(new_pin)
        print(text("pin_set", path=store.path))
    return 0


def pin_reset(args: argparse.Namespace) -> int:
    from kiosk.services.pins import PinStore

    with open_event(args) as (ctx, store):
        PinStore.for_service(ctx.service(store), ctx.settings).reset()
        print(text("pin_reset", path=store.path))
    return 0


def volunteer_code_set(args: argparse.Namespace) -> int:
    """The volunteer code (4-6 digits), read like the operator PIN; never from argv."""
    from kiosk.domain.access import VOLUNTEER_MAX_DIGITS as HIGH
    from kiosk.domain.access import VOLUNTEER_MIN_DIGITS as LOW
    from kiosk.domain.access import is_volunteer_code
    from kiosk.services.volunteer_codes import VolunteerCodes

    with open_event(args) as (_, store):
        code = _read_secret(
            "volunteer_code", "volunteer_code_refused", (LOW, HIGH), is_volunteer_code
        )
        if code is None:
            return 1
        VolunteerCodes(store).set_code(code)
        print(text("volunteer_code_set", path=store.path))
    return 0


def _read_secret(
    kind: str, invalid: str, digits: tuple[int, int], valid: Callable[[str], bool]
) -> str | None:
    """A new secret typed twice at a terminal (getpass) or one line of stdin; None once the
    refusal is said. `kind` names its prompts (`{kind}_prompt`, `{kind}_prompt_again`),
    `invalid` the sentence for digits that are not a `valid` secret."""
    import getpass

    from kiosk.services.pins import PinRefused, read_new_pin

    low, high = digits
    ask = getpass.getpass if sys.stdin.isatty() else None
    prompts = (text(f"{kind}_prompt", low=low, high=high), text(f"{kind}_prompt_again"))
    try:
        chosen = read_new_pin(sys.stdin.buffer, ask, prompts)
    except PinRefused as refused:
        key = invalid if refused.reason == "invalid" else f"pin_refused_{refused.reason}"
        fail(text(key, low=low, high=high))
        return None
    if not valid(chosen):
        fail(text(invalid, low=low, high=high))
        return None
    return chosen
