"""The `kiosk` commands: each calls its use case and prints the result in the user's words.

`kiosk/cli.py` parses the arguments; `handler_for` picks the function that runs them. The
commands are grouped by who uses them: the door (`door.py`), the organizer (`organizer.py`),
the end of the day (`end_of_day.py`), the operator's secrets (`secrets.py`), the doctor and
the doors' sync; `common.py` holds what they share (one-line failures, the open event file).
"""

from __future__ import annotations

import argparse

from kiosk.commands.common import CommandFailed, Handler, check_data_dir
from kiosk.commands.doctor import doctor
from kiosk.commands.door import checkin, decode, result_json, run_gui, stats
from kiosk.commands.end_of_day import backup, export, merge
from kiosk.commands.organizer import (
    event_new,
    event_set,
    roster_import,
    tickets,
    tickets_reissue,
    tickets_revoke,
)
from kiosk.commands.secrets import pin_reset, pin_set, volunteer_code_set
from kiosk.commands.sync import sync_invite, sync_join, sync_run, sync_status

__all__ = ["HANDLERS", "CommandFailed", "check_data_dir", "handler_for", "result_json"]

SYNC_ACTIONS: dict[str, Handler] = {
    "run": sync_run,
    "invite": sync_invite,
    "join": sync_join,
    "status": sync_status,
}
TICKET_ACTIONS: dict[str | None, Handler] = {
    None: tickets,
    "revoke": tickets_revoke,
    "reissue": tickets_reissue,
}
HANDLERS: dict[str, Handler] = {
    "run": run_gui,
    "demo": run_gui,
    "tickets": tickets,
    "checkin": checkin,
    "decode": decode,
    "stats": stats,
    "backup": backup,
    "export": export,
    "merge": merge,
    "doctor": doctor,
}


def handler_for(args: argparse.Namespace) -> Handler:
    name = args.command or "run"
    if name == "event":
        return event_set if args.event_command == "set" else event_new
    if name == "volunteer-code":
        return volunteer_code_set
    if name == "roster":
        return roster_import
    if name == "tickets":
        return TICKET_ACTIONS[args.tickets_command]
    if name == "pin":
        return pin_set if args.pin_command == "set" else pin_reset
    if name == "sync":
        return SYNC_ACTIONS[args.sync_command]
    return HANDLERS[name]
