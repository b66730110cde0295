"""The operator PIN and the volunteer code, typed at a terminal (never on the command line)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from kiosk.commands.common import fail, open_event
from kiosk.texts import text

if TYPE_CHECKING:
    pass


def pin_set(args: argparse.Namespace) -> int:
    """The organizer's PIN, typed twice on a terminal or one line on stdin; never from argv."""
    import getpass

    from kiosk.domain.pin import MAX_DIGITS, MIN_DIGITS
    from kiosk.services.pins import PinRefused, PinStore, read_new_pin

    with open_event(args) as (ctx, store):
        ask = getpass.getpass if sys.stdin.isatty() else None
        prompts = (text("pin_prompt", low=MIN_DIGITS, high=MAX_DIGITS), text("pin_prompt_again"))
        try:
            new_pin = read_new_pin(sys.stdin.buffer, ask, prompts)
        except PinRefused as refused:
            return fail(text(f"pin_refused_{refused.reason}", low=MIN_DIGITS, high=MAX_DIGITS))
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
    import getpass

    from kiosk.domain.access import VOLUNTEER_MAX_DIGITS as HIGH
    from kiosk.domain.access import VOLUNTEER_MIN_DIGITS as LOW
    from kiosk.domain.access import is_volunteer_code
    from kiosk.services.pins import PinRefused, read_new_pin
    from kiosk.services.volunteer_codes import VolunteerCodes

    with open_event(args) as (_, store):
        ask = getpass.getpass if sys.stdin.isatty() else None
        prompts = (
            text("volunteer_code_prompt", low=LOW, high=HIGH),
            text("volunteer_code_prompt_again"),
        )
        try:
            code = read_new_pin(sys.stdin.buffer, ask, prompts)
        except PinRefused as refused:
            key = "volunteer_code_refused" if refused.reason == "invalid" else None
            return fail(text(key or f"pin_refused_{refused.reason}", low=LOW, high=HIGH))
        if not is_volunteer_code(code):
            return fail(text("volunteer_code_refused", low=LOW, high=HIGH))
        VolunteerCodes(store).set_code(code)
        print(text("volunteer_code_set", path=store.path))
    return 0
