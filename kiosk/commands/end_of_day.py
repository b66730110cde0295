"""End of the day: a safe copy, the attendance export, merging the doors' files."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.commands.common import USAGE, fail, must_be_file, open_event
from kiosk.commands.progress import progress_shown
from kiosk.storage.errors import StorageError
from kiosk.texts import text

if TYPE_CHECKING:
    pass


def backup(args: argparse.Namespace) -> int:
    from kiosk.files.targets import TargetRefused
    from kiosk.services import end_of_day
    from kiosk.wording.end_of_day import describe

    with open_event(args) as (ctx, store):
        try:
            target = end_of_day.safe_copy(store, Path(args.out), ctx.data_dir)
        except TargetRefused as refused:
            return fail(describe(refused))
        except StorageError as error:
            return fail(text("backup_failed", path=args.out, detail=error.detail or error))
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
        return fail(describe(refused), USAGE)
    with open_event(args) as (ctx, store):
        try:
            with progress_shown(args, "progress_export", "stopped_export") as progress:
                result = end_of_day.export(
                    store, out, args.format, args.encoding, ctx.data_dir, progress
                )
        except EncodingRefused as error:
            return fail(describe(error))
        except TargetRefused as refused:
            return fail(text("export_failed", path=out, detail=target_reason(refused)))
        except (OSError, StorageError) as error:
            return fail(text("export_failed", path=out, detail=error))
    print(text("export_written", path=result.path, rows=result.rows, sha256=result.sha256))
    return 0


def merge(args: argparse.Namespace) -> int:
    from kiosk.services import end_of_day
    from kiosk.storage.merge import MergeRefused
    from kiosk.wording.end_of_day import describe, describe_merge

    if not args.files and not args.salvage:
        return fail(text("merge_nothing"), USAGE)
    for named in [*args.files, *args.salvage]:
        must_be_file(Path(named))
    with open_event(args) as (_, store):
        try:
            salvage = [Path(f) for f in args.salvage]
            with progress_shown(args, "progress_merge", "stopped_merge") as progress:
                report = end_of_day.merge(store, [Path(f) for f in args.files], salvage, progress)
        except MergeRefused as error:
            return fail(describe(error))
    print(describe_merge(report))
    return 0
