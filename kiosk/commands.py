"""The handlers of the `kiosk` subcommands: each a few lines around a use case."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kiosk.domain.hangul import mask_name
from kiosk.domain.model import AgendaItem, CheckinResult
from kiosk.domain.roster_plan import NeedsConfirmation, RosterPlan
from kiosk.services.context import Context
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore
from kiosk.texts import text

if TYPE_CHECKING:
    from kiosk.sync.rest import RestClient

Handler = Callable[[argparse.Namespace], int]
USAGE = 2
MAX_TICKET_DAY = 65535  # a ticket holds its event day as 16 bits of days since 2000-01-01
log = logging.getLogger(__name__)


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


class CommandFailed(Exception):
    """A known failure: its message goes to stderr and the command exits with `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _fail(message: str, code: int = 1) -> int:
    print(message, file=sys.stderr)
    return code


def _storage_text(error: StorageError, path: object = "") -> str:
    """One line: which file, and the problem in words (the detail goes to the log)."""
    log.warning("event file %s: %s", path, error)
    problem = text(f"problem_{error.problem.value}", detail=error.detail or error.problem.value)
    return text("event_file_problem", path=path, problem=problem)


def check_data_dir(args: argparse.Namespace) -> None:
    """Refuse, for every command, a data directory that names a file."""
    chosen = args.data_dir or os.environ.get("KIOSK_DATA_DIR")
    if chosen and Path(chosen).exists() and not Path(chosen).is_dir():
        raise CommandFailed(text("data_dir_is_file", path=chosen))


def _context(args: argparse.Namespace) -> Context:
    try:
        return Context.resolve(args.data_dir)
    except OSError as error:  # cannot create or write the data directory
        path = error.filename or args.data_dir or os.environ.get("KIOSK_DATA_DIR", "")
        raise CommandFailed(_os_text("data_dir_unusable", path, error)) from error


def _os_text(key: str, path: object, error: OSError) -> str:
    return text(key, path=path, detail=error.strerror or error.__class__.__name__)


def _must_be_file(path: Path) -> None:
    """A file named on the command line that must be there to be read."""
    if path.is_dir():
        raise CommandFailed(text("is_a_directory", path=path))
    if not path.exists():
        raise CommandFailed(text("file_not_found", path=path))


@contextlib.contextmanager
def _event(args: argparse.Namespace) -> Iterator[tuple[Context, EventStore]]:
    """The resolved context and the open event file, closed afterwards; failures are told."""
    ctx = _context(args)
    if args.event and Path(args.event).is_dir():
        raise CommandFailed(text("event_is_directory", path=args.event))
    try:
        store = ctx.open_store(args.event)
    except StorageError as error:
        raise CommandFailed(_storage_text(error, args.event or "")) from error
    except OSError as error:  # the sample event could not be made in the data directory
        raise CommandFailed(_os_text("data_dir_unusable", ctx.data_dir, error)) from error
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
    from kiosk.services.organizer import create_event

    starts = _event_start(args.starts)
    if args.number is not None and not 1 <= args.number <= 65535:
        return _fail(text("number_out_of_range", value=args.number), USAGE)
    if args.expected < 0:
        return _fail(text("expected_negative", value=args.expected), USAGE)
    agenda = _agenda(Path(args.agenda)) if args.agenda else ()
    ctx = _context(args)
    number = args.number or random.randint(1, 65535)
    event = Event(number, args.title, args.venue, starts, agenda, args.expected)
    default = config.events_dir(ctx.data_dir) / f"{safe_file_stem(args.title)}-{starts:%Y-%m-%d}.db"
    path = Path(args.event) if args.event else default
    try:
        create_event(path, event).close()
    except FileExistsError as error:
        return _fail(text("event_exists", path=error.filename or error.args[0]))
    except StorageError as error:
        return _fail(text("event_not_created", path=path, detail=error.detail or error))
    except OSError as error:
        return _fail(_os_text("event_not_created", path, error))
    config.set_current_event(ctx.data_dir, path)
    print(text("event_created", path=path, key_file=key_path_for(path)))
    return 0


def _event_start(value: str) -> datetime:
    """`--starts` as an aware time (local unless it carries an offset), on a day a ticket holds."""
    from kiosk.domain.tickets import EPOCH

    try:
        starts = datetime.fromisoformat(value)
    except ValueError as error:
        raise CommandFailed(text("starts_invalid", value=value), USAGE) from error
    first, last = EPOCH, EPOCH + timedelta(days=MAX_TICKET_DAY)
    if not first <= starts.date() <= last:  # checked before astimezone, which fails near year 1
        day = starts.date()
        raise CommandFailed(text("starts_out_of_range", day=day, first=first, last=last), USAGE)
    if starts.tzinfo is None:
        starts = starts.astimezone()  # the machine's local time, with its offset
    return starts


def _agenda(path: Path) -> tuple[AgendaItem, ...]:
    from kiosk.services.organizer import AgendaLineError, parse_agenda

    _must_be_file(path)
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise CommandFailed(text("not_utf8", path=path, line=line)) from error
    except OSError as error:
        raise CommandFailed(_os_text("file_unreadable", path, error)) from error
    try:
        return parse_agenda(content)
    except AgendaLineError as error:
        raise CommandFailed(
            text("agenda_bad_line", path=path, number=error.number, line=error.line)
        ) from error


def roster_import(args: argparse.Namespace) -> int:
    from kiosk.files.roster import RosterError
    from kiosk.services.organizer import import_roster
    from kiosk.wording.roster import describe_all

    _must_be_file(Path(args.file))
    with _event(args) as (_, store):
        key_file = signing_key_file(store, args.key)  # an organizer's act: see import_roster
        try:
            report = import_roster(
                store, Path(args.file), accept_changes=args.accept_changes, key_file=key_file
            )
        except RosterError as error:
            return _fail(text("roster_refused") + "\n" + describe_all(error.problems))
        except NeedsConfirmation as confirm:
            return _fail(_confirmation_text(confirm.plan))
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
    if c.returned:
        print(text("roster_returned", count=c.returned))
    return 0


def _confirmation_text(plan: RosterPlan) -> str:
    """The rows that would re-bind an issued ticket, and how to go ahead."""
    lines = [text("roster_needs_confirmation")]
    for before, after in plan.renamed_holders:
        lines.append(
            text("roster_renamed_row", serial=before.serial, old=before.name, new=after.name)
        )
    for person in plan.removed_holders:
        lines.append(text("roster_removed_row", serial=person.serial, name=person.name))
    lines.append(text("roster_accept_hint"))
    return "\n".join(lines)


def tickets(args: argparse.Namespace) -> int:
    from kiosk.services.organizer import issue_tickets

    if not args.out:
        return _fail(text("tickets_need_out"), 2)
    with _event(args) as (ctx, store):
        key_file = signing_key_file(store, args.key)
        tickets_folder(ctx, store, Path(args.out))
        try:
            index = issue_tickets(store, Path(args.out), key_file)
        except OSError as error:
            return _fail(_os_text("write_failed", args.out, error))
    with index.open(encoding="utf-8-sig") as lines:
        count = sum(1 for _ in lines) - 1
    print(text("tickets_written", count=count, dir=args.out, index=index))
    return 0


def tickets_revoke(args: argparse.Namespace) -> int:
    with _event(args) as (_, store), _known_people():
        people = store.revoke_tickets(args.serials, "lost" if args.lost else "revoked")
    for person in people:
        print(text("ticket_revoked", serial=person.serial, name=person.name))
    return 0


def tickets_reissue(args: argparse.Namespace) -> int:
    from kiosk.services.organizer import reissue_tickets

    with _event(args) as (ctx, store), _known_people():
        key_file = signing_key_file(store, args.key)
        tickets_folder(ctx, store, Path(args.out))
        try:
            people, index = reissue_tickets(store, args.serials, Path(args.out), key_file)
        except OSError as error:  # nothing was reissued: the files are written first
            return _fail(_os_text("write_failed", args.out, error))
    for person in people:
        print(text("ticket_reissued", serial=person.serial, name=person.name))
    print(text("tickets_written", count=len(people), dir=args.out, index=index))
    return 0


@contextlib.contextmanager
def _known_people() -> Iterator[None]:
    """Serials that name nobody on the roster are told in one line (nothing changed)."""
    try:
        yield
    except StorageError as error:
        if error.problem is Problem.NO_SUCH_PERSON:
            raise CommandFailed(text("no_such_person", serials=error.detail)) from error
        raise


def signing_key_file(store: EventStore, key: str | None) -> Path:
    """The key file for `tickets` (and `tickets reissue`), checked to be this event's Ed25519
    key before anything is written; CommandFailed says what is wrong in one line."""
    from kiosk.files.keys import KeyProblem, KeyRefused, key_path_for
    from kiosk.services.organizer import load_signing_key

    key_file = Path(key) if key else key_path_for(store.path)
    try:
        load_signing_key(store, key_file)
    except KeyRefused as refused:
        missing = refused.problem is KeyProblem.MISSING
        name = "no_key" if missing else f"key_{refused.problem.value}"
        raise CommandFailed(text(name, path=key_file, detail=refused.detail)) from refused
    return key_file


def tickets_folder(ctx: Context, store: EventStore, out: Path) -> None:
    """Refuse a `--out` folder that is a file or holds the event file, its key or the data."""
    from kiosk.files.targets import TargetRefused, check_folder_target
    from kiosk.wording.end_of_day import describe

    try:
        check_folder_target(out, store.path, ctx.data_dir)
    except TargetRefused as refused:
        raise CommandFailed(describe(refused)) from refused


# -- the door, headless -------------------------------------------------------------------


def checkin(args: argparse.Namespace) -> int:
    all_admitted = True
    for named in _checkin_files(args):
        _must_be_file(named)
    with _event(args) as (ctx, store):
        service = ctx.service(store, args.door)
        try:
            for code in _codes(args):
                result = service.check_in(code, how="cli")  # returns once committed
                all_admitted &= result.outcome.admits
                _print_result(result, args.json)
        except StorageError as error:
            detail = error.detail
            return _fail(text("storage_failed", problem=error.problem.value, detail=detail))
        except NotUtf8 as error:
            return _fail(text("not_utf8", path=error.source, line=error.line))
        except OSError as error:  # an unreadable image or video
            path = getattr(error, "path", None) or error.filename
            if path and Path(path).exists():
                return _fail(text("image_unreadable", path=path))
            return _fail(_os_text("file_unreadable", path or "", error))
    return 0 if all_admitted else 1


def _checkin_files(args: argparse.Namespace) -> list[Path]:
    named = [*(args.image or ()), *([args.video] if args.video else [])]
    if args.codes_from not in (None, "-"):
        named.append(args.codes_from)
    return [Path(n) for n in named]


class NotUtf8(ValueError):
    def __init__(self, source: str, line: int) -> None:
        super().__init__(f"{source}: line {line} is not UTF-8")
        self.source = source
        self.line = line


def _codes(args: argparse.Namespace) -> Iterator[str]:
    if args.code is not None:
        yield args.code
    elif args.codes_from == "-":
        yield from _lines(sys.stdin, text("standard_input"))
    elif args.codes_from is not None:
        path = Path(args.codes_from)
        if path.is_file():  # a whole file is checked first: a refused file records nothing
            list(_lines(io.BytesIO(path.read_bytes()), args.codes_from))
        with path.open("rb") as handle:
            yield from _lines(handle, args.codes_from)
    else:
        from kiosk.scanner.media import codes_in_media

        for scan in codes_in_media(images=args.image or (), video=args.video):
            yield scan.text


def _lines(handle: Iterable[str | bytes] | IO[str], source: str) -> Iterator[str]:
    """The non-blank lines, stripped, as they arrive (a script may feed a stream of scans);
    bytes that are not UTF-8 stop the stream with NotUtf8 naming the line."""
    raw_lines: Iterable[str | bytes] = getattr(handle, "buffer", handle)
    for number, raw in enumerate(raw_lines, start=1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                raise NotUtf8(source, number) from error
        line = raw.lstrip("\ufeff").strip(" \t\r\n\f\v")  # ASCII only: see canonical_code
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

    found_any = problems = False
    for entry in decode_files(args.images):
        found_any |= bool(entry["codes"])
        if "error" in entry:
            problems = True
            entry["error"], message = _image_problem(Path(entry["file"]))
            print(message, file=sys.stderr)
        if args.json:
            print(json.dumps(entry, ensure_ascii=False), flush=True)
        else:
            for code in entry["codes"]:
                print(f"{entry['file']}\t{code}")
    if not found_any and not problems and not args.json:
        print(text("no_codes"), file=sys.stderr)
    return 0 if found_any and not problems else 1


def _image_problem(path: Path) -> tuple[str, str]:
    """Why an image was not read: (the JSON word, the line for the terminal)."""
    if path.is_dir():
        return "is_a_directory", text("is_a_directory", path=path)
    if not path.exists():
        return "not_found", text("file_not_found", path=path)
    return "unreadable", text("image_unreadable", path=path)


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
    from kiosk.files.targets import TargetRefused
    from kiosk.services import end_of_day
    from kiosk.wording.end_of_day import describe

    with _event(args) as (ctx, store):
        try:
            target = end_of_day.safe_copy(store, Path(args.out), ctx.data_dir)
        except TargetRefused as refused:
            return _fail(describe(refused))
        except StorageError as error:
            return _fail(text("backup_failed", path=args.out, detail=error.detail or error))
    print(text("backup_written", path=target))
    return 0


def export(args: argparse.Namespace) -> int:
    from kiosk.files.export_csv import EncodingRefused
    from kiosk.files.targets import TargetRefused
    from kiosk.services import end_of_day
    from kiosk.wording.end_of_day import describe, target_reason

    out = Path(args.out)
    try:
        end_of_day.export_format(out, args.format)
    except end_of_day.FormatRefused as refused:
        return _fail(describe(refused), USAGE)
    with _event(args) as (ctx, store):
        try:
            result = end_of_day.export(store, out, args.format, args.encoding, ctx.data_dir)
        except EncodingRefused as error:
            return _fail(describe(error))
        except TargetRefused as refused:
            return _fail(text("export_failed", path=out, detail=target_reason(refused)))
        except (OSError, StorageError) as error:
            return _fail(text("export_failed", path=out, detail=error))
    print(text("export_written", path=result.path, rows=result.rows, sha256=result.sha256))
    return 0


def merge(args: argparse.Namespace) -> int:
    from kiosk.services import end_of_day
    from kiosk.storage.merge import MergeRefused
    from kiosk.wording.end_of_day import describe, describe_merge

    if not args.files and not args.salvage:
        return _fail(text("merge_nothing"), USAGE)
    for named in [*args.files, *args.salvage]:
        _must_be_file(Path(named))
    with _event(args) as (_, store):
        try:
            salvage = [Path(f) for f in args.salvage]
            report = end_of_day.merge(store, [Path(f) for f in args.files], salvage)
        except MergeRefused as error:
            return _fail(describe(error))
    print(describe_merge(report))
    return 0


def pin_set(args: argparse.Namespace) -> int:
    """The organizer's PIN, typed twice on a terminal or one line on stdin; never from argv."""
    import getpass

    from kiosk.domain.pin import MAX_DIGITS, MIN_DIGITS
    from kiosk.services.pins import PinRefused, PinStore, read_new_pin

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
    from kiosk.services.pins import PinStore

    with _event(args) as (ctx, store):
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

    with _event(args) as (_, store):
        ask = getpass.getpass if sys.stdin.isatty() else None
        prompts = (
            text("volunteer_code_prompt", low=LOW, high=HIGH),
            text("volunteer_code_prompt_again"),
        )
        try:
            code = read_new_pin(sys.stdin.buffer, ask, prompts)
        except PinRefused as refused:
            key = "volunteer_code_refused" if refused.reason == "invalid" else None
            return _fail(text(key or f"pin_refused_{refused.reason}", low=LOW, high=HIGH))
        if not is_volunteer_code(code):
            return _fail(text("volunteer_code_refused", low=LOW, high=HIGH))
        VolunteerCodes(store).set_code(code)
        print(text("volunteer_code_set", path=store.path))
    return 0


def event_set(args: argparse.Namespace) -> int:
    """`kiosk event set --name-checkin staffed|self-service`: an organizer's event setting."""
    from kiosk.domain.access import NameCheckin

    mode = NameCheckin(args.name_checkin)
    with _event(args) as (ctx, store):
        ctx.service(store).set_name_checkin(mode)
        print(text("name_checkin_set", mode=text(f"name_checkin_{mode.value}"), path=store.path))
    return 0


def doctor(args: argparse.Namespace) -> int:
    from kiosk.services.doctor import doctor_context, exit_code, run_checks
    from kiosk.wording.doctor import render

    ctx = doctor_context(args.data_dir)  # works on an unwritable dir too
    now = datetime.now().astimezone()
    checks = run_checks(ctx, args.event, getattr(args, "camera", None), now)
    print(render(checks), flush=True)
    return exit_code(checks)


# -- live sync between the doors ------------------------------------------------------------


def sync_run(args: argparse.Namespace) -> int:
    """`kiosk sync run`: this door's engine, publishing and folding in, until SIGINT/SIGTERM."""
    import signal
    import threading

    from kiosk.domain.clock import SystemClock
    from kiosk.sync.engine import find_syncthing, probe
    from kiosk.sync.engine_config import EngineError, EngineOptions, listen_url
    from kiosk.sync.node import NodeOptions, SyncNode

    if args.listen:
        try:
            listen_url(args.listen)
        except ValueError:
            return _fail(text("sync_bad_listen", value=args.listen), USAGE)
    found = find_syncthing()
    if found is None:
        return _fail(text("sync_no_engine"))
    with _event(args) as (ctx, store):
        door = args.door or ctx.settings.door
        engine = EngineOptions(listen=args.listen, local_discovery=not args.no_discovery, name=door)
        try:
            node = SyncNode(ctx.data_dir, store, ctx.kiosk_id, door, NodeOptions(engine),
                            binary=probe(found), clock=SystemClock())  # fmt: skip
            stop = threading.Event()
            for sig in (signal.SIGINT, signal.SIGTERM):
                signal.signal(sig, lambda *_: stop.set())
            node.start()
        except EngineError as error:
            log.warning("sync engine: %s", error)
            return _fail(text("sync_engine_failed", detail=str(error)[:200]))
        try:
            print(text("sync_ready", device=node.device_id[:7], listen=node.engine.listen_address),
                  flush=True)  # fmt: skip
        except OSError:  # no terminal to tell: the engine is stopped all the same
            node.close()
            raise
        node.run(stop)  # until SIGINT/SIGTERM; the engine is stopped by its PID
    return 0


def _sync_engine(ctx: Context) -> tuple[RestClient, str]:
    from kiosk.sync.pairing import PairingError, engine_client

    try:
        return engine_client(ctx.data_dir)
    except PairingError as error:
        raise CommandFailed(text("sync_not_running")) from error


def sync_invite(args: argparse.Namespace) -> int:
    """`kiosk sync invite`: one line, the text the lead's QR code shows."""
    from kiosk.sync.pairing import invite
    from kiosk.sync.rest import RestError

    with _event(args) as (ctx, store):
        client, listen = _sync_engine(ctx)
        try:
            invitation = invite(ctx.data_dir, client, listen, (store.uid, store.event().number),
                                ctx.kiosk_id)  # fmt: skip
        except RestError as error:
            raise CommandFailed(text("sync_engine_failed", detail=str(error)[:200])) from error
    if args.json:
        print(json.dumps({"text": invitation.text(), "device_id": invitation.device_id,
                          "addresses": invitation.addresses}))  # fmt: skip
    else:
        print(invitation.text())
    return 0


def sync_join(args: argparse.Namespace) -> int:
    """`kiosk sync join TEXT`: pair with the lead that made TEXT."""
    from kiosk.sync.node import sync_dir
    from kiosk.sync.pairing import PairingError, join, parse, reachable

    try:
        invitation = parse(args.text)
    except PairingError:
        return _fail(text("sync_not_invitation"), USAGE)
    with _event(args) as (ctx, store):
        identity = (store.uid, store.event().number)
        if (invitation.uid, invitation.number) != identity:
            return _fail(text("sync_other_event"))
        client, listen = _sync_engine(ctx)
        try:
            join(invitation, client, listen, identity, ctx.kiosk_id, sync_dir(ctx.data_dir))
        except PairingError as error:
            if str(error) == "bad device id":  # the engine refused the lead's id
                return _fail(text("sync_not_invitation"), USAGE)
            known = {"other event": "sync_other_event", "own invitation": "sync_own_invitation"}
            key = known.get(str(error))
            return _fail(text(key) if key else text("sync_engine_failed", detail=str(error)[:200]))
    if not reachable(invitation):
        return _fail(text("sync_lead_unreachable", address=", ".join(invitation.addresses)))
    print(text("sync_joined", lead=invitation.device_id[:7]))
    return 0


def sync_status(args: argparse.Namespace) -> int:
    """`kiosk sync status`: the other doors, online by their heartbeat on this clock."""
    from kiosk.sync.node import read_status

    ctx = _context(args)
    found = read_status(ctx.data_dir)
    if found is None:
        return _fail(text("sync_not_running"))
    if args.json:
        print(json.dumps(found, ensure_ascii=False))
        return 0
    print(text("sync_status_device", device=found["device_id"]))
    for door in found["doors"]:
        state = text("sync_online" if door["online"] else "sync_offline")
        age = "-" if door["last_data_age_s"] is None else f"{door['last_data_age_s']:.0f}"
        print(text("sync_status_door", door=door["door"] or door["kiosk_id"], state=state,
                   age=age, rows=door["rows"]))  # fmt: skip
    return 0


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
