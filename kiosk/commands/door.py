"""The door's commands: the window, headless check-in, decoding images, the statistics."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

from kiosk.commands.common import fail, must_be_file, open_event, os_text
from kiosk.domain.hangul import mask_name
from kiosk.domain.model import CheckinResult
from kiosk.storage.errors import StorageError
from kiosk.texts import text

if TYPE_CHECKING:
    pass


def run_gui(args: argparse.Namespace) -> int:
    from kiosk.app import run_app

    return run_app(args, demo=args.command == "demo")


def checkin(args: argparse.Namespace) -> int:
    all_admitted = True
    for named in _checkin_files(args):
        must_be_file(named)
    with open_event(args) as (ctx, store):
        service = ctx.service(store, args.door)
        try:
            for code in _codes(args):
                result = service.check_in(code, how="cli")  # returns once committed
                all_admitted &= result.outcome.admits
                _print_result(result, args.json)
        except StorageError as error:
            detail = error.detail
            return fail(text("storage_failed", problem=error.problem.value, detail=detail))
        except NotUtf8 as error:
            return fail(text("not_utf8", path=error.source, line=error.line))
        except OSError as error:  # an unreadable image or video
            path = getattr(error, "path", None) or error.filename
            if path and Path(path).exists():
                return fail(text("image_unreadable", path=path))
            return fail(os_text("file_unreadable", path or "", error))
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


def stats(args: argparse.Namespace) -> int:
    with open_event(args) as (ctx, store):
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
