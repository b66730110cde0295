"""`kiosk doctor`: the checks, worded for the terminal."""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    pass


def doctor(args: argparse.Namespace) -> int:
    from kiosk.services.doctor import doctor_context, exit_code, run_checks
    from kiosk.wording.doctor import render

    ctx = doctor_context(args.data_dir)  # works on an unwritable dir too
    now = datetime.now().astimezone()
    checks = run_checks(ctx, args.event, getattr(args, "camera", None), now)
    print(render(checks), flush=True)
    return exit_code(checks)
