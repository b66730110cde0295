"""The `kiosk` command line: parse arguments, call the use case, print the result."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk import __version__

USAGE_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Offline QR check-in kiosk for auditorium events."
    )
    parser.add_argument("--version", action="version", version=f"kiosk {__version__}")
    parser.add_argument("--data-dir", help="data directory (default: KIOSK_DATA_DIR or the user's)")
    parser.add_argument("--event", help="the event file (default: the current event)")
    parser.add_argument("--lang", choices=("ko", "en"), help="language of messages")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    run = commands.add_parser("run", help="the kiosk window (the default)")
    _gui_options(run)
    demo = commands.add_parser(
        "demo", help="the kiosk on a fresh sample event with a simulated camera"
    )
    _gui_options(demo)

    event = commands.add_parser("event", help="create an event").add_subparsers(
        dest="event_command", metavar="ACTION", required=True
    )
    new = event.add_parser("new", help="create an event file and its signing key")
    new.add_argument("--title", required=True)
    new.add_argument("--starts", required=True, help="ISO 8601, e.g. 2024-10-30T10:30 (local time)")
    new.add_argument("--venue", default="")
    new.add_argument("--agenda", help="a text file with lines 'HH:MM title'")
    new.add_argument("--expected", type=int, default=0)
    new.add_argument("--number", type=int, help="event number printed in tickets (1-65535)")
    settings = event.add_parser("set", help="change an event setting")
    settings.add_argument(
        "--name-checkin",
        required=True,
        choices=("staffed", "self-service"),
        help="who opens check-in by name: a volunteer's code (staffed, the default) or the"
        " person with the last four digits of their phone (self-service)",
    )

    roster = commands.add_parser("roster", help="the roster").add_subparsers(
        dest="roster_command", metavar="ACTION", required=True
    )
    roster_import = roster.add_parser("import", help="replace the roster from CSV or XLSX")
    roster_import.add_argument("file")
    roster_import.add_argument(
        "--key", help="the signing key file (default: beside the event file)"
    )
    roster_import.add_argument(
        "--accept-changes",
        action="store_true",
        help="apply the renames and removals of ticket holders that the file makes"
        " (without it they are listed and nothing changes)",
    )

    tickets = commands.add_parser("tickets", help="issue ticket PNGs, badge sheets and index.csv")
    tickets.add_argument("--out", help="the folder for the tickets (required to issue them)")
    tickets.add_argument("--key", help="the signing key file (default: beside the event file)")
    ticket_actions = tickets.add_subparsers(dest="tickets_command", metavar="ACTION")
    revoke = ticket_actions.add_parser("revoke", help="cancel tickets (lost or stolen)")
    revoke.add_argument("serials", nargs="+", type=_serial, metavar="SERIAL")
    revoke.add_argument("--lost", action="store_true", help="record the reason as lost")
    reissue = ticket_actions.add_parser(
        "reissue", help="new tickets for these people; their old tickets are revoked"
    )
    reissue.add_argument("serials", nargs="+", type=_serial, metavar="SERIAL")
    reissue.add_argument("--out", required=True)
    reissue.add_argument("--key", help="the signing key file (default: beside the event file)")

    checkin = commands.add_parser("checkin", help="headless check-in")
    source = checkin.add_mutually_exclusive_group(required=True)
    source.add_argument("--code")
    source.add_argument("--codes-from", metavar="FILE|-")
    source.add_argument("--image", nargs="+", metavar="FILE")
    source.add_argument("--video", metavar="FILE")
    checkin.add_argument("--json", action="store_true")
    checkin.add_argument("--door", help="door name (default: from the settings)")

    decode = commands.add_parser("decode", help="decode QR codes in images (no check-in)")
    decode.add_argument("images", nargs="+", metavar="IMAGE")
    decode.add_argument("--json", action="store_true")

    export = commands.add_parser("export", help="export attendance (XLSX or CSV)")
    export.add_argument("--out", required=True)
    export.add_argument("--format", choices=("xlsx", "csv"))
    export.add_argument("--encoding", choices=("utf-8-sig", "cp949"), default="utf-8-sig")

    merge = commands.add_parser("merge", help="fold other kiosks' event files into this one")
    merge.add_argument("files", nargs="*", metavar="FILE")
    merge.add_argument(
        "--salvage",
        action="append",
        default=[],
        metavar="FILE",
        help="a damaged or set-aside file: take the rows whose checksums hold, list the rest",
    )

    backup = commands.add_parser("backup", help="a safe copy of the event file (for a USB stick)")
    backup.add_argument("--out", required=True)

    pin = commands.add_parser("pin", help="the operator PIN").add_subparsers(
        dest="pin_command", metavar="ACTION", required=True
    )
    pin.add_parser(
        "set", help="set the operator PIN (typed twice on a terminal, or one line on stdin)"
    )
    pin.add_parser("reset", help="forget the PIN and its lockout (then run `pin set`)")

    volunteer = commands.add_parser(
        "volunteer-code", help="the volunteer code that opens name check-in and walk-ins"
    ).add_subparsers(dest="volunteer_command", metavar="ACTION", required=True)
    volunteer.add_parser(
        "set", help="set the volunteer code (typed twice on a terminal, or one line on stdin)"
    )

    stats = commands.add_parser("stats", help="arrived / expected, by affiliation, per 5 minutes")
    stats.add_argument("--json", action="store_true")

    doctor = commands.add_parser("doctor", help="check camera, decoder, fonts, data, event file")
    doctor.add_argument("--camera", help="camera index, video file or image folder to check")
    _sync_options(commands)
    return parser


def _sync_options(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sync = commands.add_parser("sync", help="live sync between the doors").add_subparsers(
        dest="sync_command", metavar="ACTION", required=True
    )
    run = sync.add_parser("run", help="engine + publish + fold, until SIGINT/SIGTERM")
    run.add_argument("--listen", metavar="HOST:PORT", help="where peers reach this door")
    run.add_argument("--no-discovery", action="store_true", help="no LAN discovery")
    run.add_argument("--door", help="door name (default: from the settings)")
    invite = sync.add_parser("invite", help="the pairing text the lead's QR code shows")
    invite.add_argument("--json", action="store_true")
    join = sync.add_parser("join", help="pair with the lead named in TEXT")
    join.add_argument("text", metavar="TEXT")
    status = sync.add_parser("status", help="the other doors: online, age of data, rows")
    status.add_argument("--json", action="store_true")


def _serial(value: str) -> int:
    """A ticket serial as printed on the ticket list: 1..16777215 (argparse says it otherwise)."""
    number = int(value)
    if not 1 <= number <= 16_777_215:
        raise ValueError(value)
    return number


def _gui_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--camera", help="camera index, video file or image folder")
    parser.add_argument("--door", help="door name shown and recorded")
    parser.add_argument("--fullscreen", action="store_true", help="full screen kiosk mode")


def run(argv: Sequence[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as stop:
        return int(stop.code or 0)
    if args.lang:
        import os

        os.environ["KIOSK_LANG"] = args.lang
    from kiosk import commands

    handler = commands.handler_for(args)
    try:
        commands.check_data_dir(args)
        return handler(args)
    except commands.CommandFailed as failure:
        print(failure, file=sys.stderr)
        return failure.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()
        return 1
    except Exception as error:  # the last resort: a bug, never a traceback on the terminal
        print(_unexpected(error, args), file=sys.stderr)
        return 1


def _unexpected(error: Exception, args: argparse.Namespace) -> str:
    """Log the traceback to the log file (only there) and say one line about it."""
    import logging

    from kiosk.texts import text

    log_file = _log_file(args)
    if log_file is not None:
        logging.getLogger("kiosk.cli").error(
            "unexpected failure of %s", args.command or "run", exc_info=error
        )
    summary = f"{type(error).__name__}: {error}".splitlines()[0][:200]
    return text("unexpected", error=summary, log=log_file or "-")


def _log_file(args: argparse.Namespace) -> Path | None:
    """The log file, set up if the command failed before it was; None when there is none."""
    import logging

    from kiosk import config

    try:
        directory = config.data_dir(args.data_dir)
        config.setup_logging(directory, config.load_settings(directory))
    except Exception:  # no usable data directory: nothing is logged, nothing is printed
        return None
    for handler in logging.getLogger().handlers:  # the file it really went to
        if getattr(handler, "_kiosk", False) and isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None
