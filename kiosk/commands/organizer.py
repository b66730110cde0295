"""The organizer's commands: event new/set, roster import, tickets (issue, revoke, reissue)."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.common import (
    USAGE,
    CommandFailed,
    fail,
    must_be_file,
    open_event,
    os_text,
    resolve_context,
)
from kiosk.commands.progress import progress_shown
from kiosk.domain.model import AgendaItem
from kiosk.domain.roster_plan import NeedsConfirmation, RosterPlan
from kiosk.services.context import Context
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore
from kiosk.texts import text

if TYPE_CHECKING:
    pass


MAX_TICKET_DAY = 65535  # a ticket holds its event day as 16 bits of days since 2000-01-01


def event_new(args: argparse.Namespace) -> int:
    import random

    from kiosk import config
    from kiosk.domain.model import Event
    from kiosk.files.keys import key_path_for
    from kiosk.files.tickets import safe_file_stem
    from kiosk.services.organizer import create_event

    starts = _event_start(args.starts)
    if args.number is not None and not 1 <= args.number <= 65535:
        return fail(text("number_out_of_range", value=args.number), USAGE)
    if args.expected < 0:
        return fail(text("expected_negative", value=args.expected), USAGE)
    agenda = _agenda(Path(args.agenda)) if args.agenda else ()
    ctx = resolve_context(args)
    number = args.number or random.randint(1, 65535)
    event = Event(number, args.title, args.venue, starts, agenda, args.expected)
    default = config.events_dir(ctx.data_dir) / f"{safe_file_stem(args.title)}-{starts:%Y-%m-%d}.db"
    path = Path(args.event) if args.event else default
    try:
        create_event(path, event).close()
    except FileExistsError as error:
        return fail(text("event_exists", path=error.filename or error.args[0]))
    except StorageError as error:
        return fail(text("event_not_created", path=path, detail=error.detail or error))
    except OSError as error:
        return fail(os_text("event_not_created", path, error))
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

    must_be_file(path)
    try:
        content = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = path.read_bytes()[: error.start].count(b"\n") + 1
        raise CommandFailed(text("not_utf8", path=path, line=line)) from error
    except OSError as error:
        raise CommandFailed(os_text("file_unreadable", path, error)) from error
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

    must_be_file(Path(args.file))
    with open_event(args) as (_, store):
        key_file = signing_key_file(store, args.key)  # an organizer's act: see import_roster
        try:
            with progress_shown(args, "progress_roster", "stopped_roster") as progress:
                report = import_roster(
                    store,
                    Path(args.file),
                    accept_changes=args.accept_changes,
                    key_file=key_file,
                    progress=progress,
                )
        except RosterError as error:
            return fail(text("roster_refused") + "\n" + describe_all(error.problems))
        except NeedsConfirmation as confirm:
            return fail(_confirmation_text(confirm.plan))
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
        return fail(text("tickets_need_out"), 2)
    with open_event(args) as (ctx, store):
        key_file = signing_key_file(store, args.key)
        tickets_folder(ctx, store, Path(args.out))
        try:
            with progress_shown(args, "progress_tickets", "stopped_tickets", dir=args.out) as told:
                index = issue_tickets(store, Path(args.out), key_file, progress=told)
        except OSError as error:
            return fail(os_text("write_failed", args.out, error))
    with index.open(encoding="utf-8-sig") as lines:
        count = sum(1 for _ in lines) - 1
    print(text("tickets_written", count=count, dir=args.out, index=index))
    return 0


def tickets_revoke(args: argparse.Namespace) -> int:
    with open_event(args) as (_, store), known_people():
        people = store.revoke_tickets(args.serials, "lost" if args.lost else "revoked")
    for person in people:
        print(text("ticket_revoked", serial=person.serial, name=person.name))
    return 0


def tickets_reissue(args: argparse.Namespace) -> int:
    from kiosk.services.organizer import reissue_tickets

    with open_event(args) as (ctx, store), known_people():
        key_file = signing_key_file(store, args.key)
        tickets_folder(ctx, store, Path(args.out))
        try:
            with progress_shown(args, "progress_tickets", "stopped_tickets", dir=args.out) as told:
                people, index = reissue_tickets(
                    store, args.serials, Path(args.out), key_file, progress=told
                )
        except OSError as error:  # nothing was reissued: the files are written first
            return fail(os_text("write_failed", args.out, error))
    for person in people:
        print(text("ticket_reissued", serial=person.serial, name=person.name))
    print(text("tickets_written", count=len(people), dir=args.out, index=index))
    return 0


@contextlib.contextmanager
def known_people() -> Iterator[None]:
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


def event_set(args: argparse.Namespace) -> int:
    """`kiosk event set --name-checkin staffed|self-service`: an organizer's event setting."""
    from kiosk.domain.access import NameCheckin

    mode = NameCheckin(args.name_checkin)
    with open_event(args) as (ctx, store):
        ctx.service(store).set_name_checkin(mode)
        print(text("name_checkin_set", mode=text(f"name_checkin_{mode.value}"), path=store.path))
    return 0
