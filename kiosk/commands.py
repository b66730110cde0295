"""The handlers of the `kiosk` subcommands: each a few lines around a use case."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

from kiosk.context import Context
from kiosk.domain.hangul import mask_name
from kiosk.domain.model import CheckinResult
from kiosk.storage.errors import StorageError
from kiosk.storage.store import EventStore
from kiosk.texts import text

Handler = Callable[[argparse.Namespace], int]


def handler_for(args: argparse.Namespace) -> Handler:
    name = args.command or "run"
    if name == "event":
        return event_new
    if name == "roster":
        return roster_import
    if name == "pin":
        return pin_set if args.pin_command == "set" else pin_reset
    return HANDLERS[name]


class CommandFailed(Exception):
    """A known failure: its message goes to stderr and the command exits with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _fail(message: str, code: int = 1) -> int:
    print(message, file=sys.stderr)
    return code


def _storage_text(error: StorageError, path: object = "") -> str:
    return text("event_file_problem", path=path, problem=error.problem.value) + f"\n{error}"


@contextlib.contextmanager
def _event(args: argparse.Namespace) -> Iterator[tuple[Context, EventStore]]:
    """The resolved context and the open event file, closed afterwards; failures are told."""
    ctx = Context.resolve(args.data_dir)
    try:
        store = ctx.open_store(args.event)
    except StorageError as error:
        raise CommandFailed(_storage_text(error, args.event or "")) from error
    try:
        yield ctx, store
    except StorageError as error:
        raise CommandFailed(_storage_text(error, store.path)) from error
    finally:
        store.close()


# -- the window ---------------------------------------------------------------------------


def run_gui(args: argparse.Namespace) -> int:
    from kiosk.app import run_app

    return run_app(args, demo=args.command == "demo")


# -- organizer ----------------------------------------------------------------------------


def event_new(args: argparse.Namespace) -> int:
    import random

    from kiosk import config
    from kiosk.domain.model import Event
    from kiosk.files.keys import key_path_for
    from kiosk.files.tickets import safe_file_stem
    from kiosk.organizer import create_event, parse_agenda

    ctx = Context.resolve(args.data_dir)
    starts = datetime.fromisoformat(args.starts)
    if starts.tzinfo is None:
        starts = starts.astimezone()  # the machine's local time, with its offset
    agenda = parse_agenda(Path(args.agenda).read_text(encoding="utf-8")) if args.agenda else ()
    number = args.number or random.randint(1, 65535)
    if not 1 <= number <= 65535:
        return _fail("--number must be 1..65535", 2)
    event = Event(number, args.title, args.venue, starts, agenda, args.expected)
    default = config.events_dir(ctx.data_dir) / f"{safe_file_stem(args.title)}-{starts:%Y-%m-%d}.db"
    path = Path(args.event) if args.event else default
    try:
        create_event(path, event).close()
    except (FileExistsError, StorageError) as error:
        return _fail(f"{path}: {error}")
    config.set_current_event(ctx.data_dir, path)
    print(text("event_created", path=path, key_file=key_path_for(path)))
    return 0


def roster_import(args: argparse.Namespace) -> int:
    from kiosk.files.roster import RosterError, describe_all
    from kiosk.organizer import import_roster

    with _event(args) as (_, store):
        try:
            report = import_roster(store, Path(args.file))
        except RosterError as error:
            return _fail(text("roster_refused") + "\n" + describe_all(error.problems))
    if report.warnings:
        print(describe_all(list(report.warnings)))
    c = report.change
    print(
        text(
            "roster_imported",
            added=c.added,
            updated=c.updated,
            unchanged=c.unchanged,
            kept=c.kept_off_roster,
            removed=c.removed,
        )
    )
    return 0


def tickets(args: argparse.Namespace) -> int:
    from kiosk.files.keys import key_path_for
    from kiosk.organizer import issue_tickets

    with _event(args) as (_, store):
        key_file = Path(args.key) if args.key else key_path_for(store.path)
        if not key_file.exists():
            return _fail(text("no_key", path=key_file))
        index = issue_tickets(store, Path(args.out), key_file)
    count = sum(1 for _ in index.open(encoding="utf-8-sig")) - 1
    print(text("tickets_written", count=count, dir=args.out, index=index))
    return 0


# -- the door, headless -------------------------------------------------------------------


def checkin(args: argparse.Namespace) -> int:
    all_admitted = True
    with _event(args) as (ctx, store):
        service = ctx.service(store, args.door)
        try:
            for code in _codes(args):
                result = service.check_in(code)  # returns only after the row committed
                all_admitted &= result.outcome.admits
                _print_result(result, args.json)
        except StorageError as error:
            detail = error.detail
            return _fail(text("storage_failed", problem=error.problem.value, detail=detail))
        except OSError as error:  # an unreadable image or video, a missing codes file
            return _fail(str(error))
    return 0 if all_admitted else 1


def _codes(args: argparse.Namespace) -> Iterator[str]:
    if args.code is not None:
        yield args.code
    elif args.codes_from == "-":
        yield from _lines(sys.stdin)
    elif args.codes_from is not None:
        with open(args.codes_from, encoding="utf-8", errors="replace") as handle:
            yield from _lines(handle)
    else:
        from kiosk.scanner.media import codes_in_media

        for scan in codes_in_media(images=args.image or (), video=args.video):
            yield scan.text


def _lines(handle: Iterable[str]) -> Iterator[str]:
    for line in handle:
        line = line.strip()
        if line:
            yield line


def _print_result(result: CheckinResult, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result_json(result), ensure_ascii=False), flush=True)
        return
    who = ""
    if result.attendee:
        a = result.attendee
        who = " ".join(p for p in (mask_name(a.name), a.affiliation, a.department) if p)
    line = f"{text(result.outcome.value)}  {who}".rstrip()
    if result.first_at:
        line += (
            "  (" + text("first_seen", time=_local(result.first_at), door=result.first_door) + ")"
        )
    print(line, flush=True)


def result_json(result: CheckinResult) -> dict[str, object]:
    """The one-line JSON of DESIGN.md: the name is masked, as on the public screen."""
    attendee = None
    if result.attendee is not None:
        a = result.attendee
        attendee = {
            "serial": a.serial,
            "name": mask_name(a.name),
            "affiliation": a.affiliation,
            "department": a.department,
        }
    return {
        "outcome": result.outcome.value,
        "attendee": attendee,
        "at": result.at.isoformat() if result.at else None,
        "first_at": result.first_at.isoformat() if result.first_at else None,
        "door": result.door,
        "first_door": result.first_door or None,
    }


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")


def decode(args: argparse.Namespace) -> int:
    from kiosk.scanner.media import decode_files

    found_any = False
    for entry in decode_files(args.images):
        found_any |= bool(entry["codes"])
        if args.json:
            print(json.dumps(entry, ensure_ascii=False), flush=True)
        else:
            for code in entry["codes"]:
                print(f"{entry['file']}\t{code}")
    if not found_any and not args.json:
        print(text("no_codes"), file=sys.stderr)
    return 0 if found_any else 1


# -- end of day ---------------------------------------------------------------------------


def stats(args: argparse.Namespace) -> int:
    with _event(args) as (ctx, store):
        figures = ctx.service(store).stats()
    if args.json:
        print(json.dumps(figures.as_json(), ensure_ascii=False))
        return 0
    rate = f"{figures.arrived / figures.expected:.0%}" if figures.expected else "-"
    print(
        text(
            "stats_line",
            arrived=figures.arrived,
            expected=figures.expected,
            rate=rate,
            walk_ins=figures.walk_ins,
            rejected=figures.rejected,
        )
    )
    for name, (arrived, expected) in figures.by_affiliation.items():
        print(f"  {name or '-'}: {arrived}/{expected}")
    for slot, count in figures.per_5_min:
        print(f"  {slot} {'#' * count} {count}")
    return 0


def backup(args: argparse.Namespace) -> int:
    from kiosk import end_of_day

    with _event(args) as (_, store):
        target = end_of_day.safe_copy(store, Path(args.out))
    print(text("backup_written", path=target))
    return 0


def export(args: argparse.Namespace) -> int:
    from kiosk import end_of_day
    from kiosk.files.export_csv import EncodingRefused

    out = Path(args.out)
    with _event(args) as (_, store):
        try:
            result = end_of_day.export(store, out, args.format, args.encoding)
        except EncodingRefused as error:
            return _fail(end_of_day.describe(error))
        except (OSError, StorageError) as error:
            return _fail(text("export_failed", path=out, detail=error))
    print(text("export_written", path=result.path, rows=result.rows, sha256=result.sha256))
    return 0


def merge(args: argparse.Namespace) -> int:
    from kiosk import end_of_day
    from kiosk.storage.merge import MergeRefused

    if not args.files and not args.salvage:
        return _fail(text("merge_nothing"), 2)
    with _event(args) as (_, store):
        try:
            salvage = [Path(f) for f in args.salvage]
            report = end_of_day.merge(store, [Path(f) for f in args.files], salvage)
        except MergeRefused as error:
            return _fail(end_of_day.describe(error))
    print(end_of_day.describe_merge(report))
    return 0


def pin_set(args: argparse.Namespace) -> int:
    """The organizer's PIN, typed twice on a terminal or one line on stdin; never from argv."""
    import getpass

    from kiosk.domain.pin import MAX_DIGITS, MIN_DIGITS
    from kiosk.pin_store import PinRefused, PinStore, read_new_pin

    with _event(args) as (ctx, store):
        ask = getpass.getpass if sys.stdin.isatty() else None
        prompts = (text("pin_prompt", low=MIN_DIGITS, high=MAX_DIGITS), text("pin_prompt_again"))
        try:
            new_pin = read_new_pin(sys.stdin.buffer, ask, prompts)
        except PinRefused as refused:
            return _fail(text(f"pin_refused_{refused.reason}", low=MIN_DIGITS, high=MAX_DIGITS))
        PinStore.for_service(ctx.service(store), ctx.settings).set_pin(new_pin)
        print(text("pin_set", path=store.path))
    return 0


def pin_reset(args: argparse.Namespace) -> int:
    from kiosk.pin_store import PinStore

    with _event(args) as (ctx, store):
        PinStore.for_service(ctx.service(store), ctx.settings).reset()
        print(text("pin_reset", path=store.path))
    return 0


def doctor(args: argparse.Namespace) -> int:
    from kiosk.doctor import doctor_command, doctor_context

    return doctor_command(doctor_context(args.data_dir), args)  # works on an unwritable dir too


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
