"""`kiosk doctor`: what works on this machine and, for what does not, what to do.

`run_checks` returns the checks as values (statuses and the catalog's keys with their data);
the command (kiosk/commands.py) prints them through kiosk/wording/doctor.py, one line each, and
exits 1 when anything FAILs.
The event file is only read: a damaged file is left exactly as it was found, for the organizer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from kiosk import config
from kiosk.domain.model import Event
from kiosk.files.keys import key_path_for
from kiosk.scanner.engines import DecoderStatus
from kiosk.services.context import Context
from kiosk.services.doctor_checks import (
    CameraFactory,
    Check,
    Session,
    Status,
    Words,
    camera_check,
    current_session,
    data_dir_checks,
    decoder_checks,
    desktop_check,
    disk_free,
    font_check,
    said,
    worst,
)
from kiosk.services.doctor_sync import Lan, lan_addresses, sync_check
from kiosk.services.pins import is_pin_set
from kiosk.storage.errors import Problem, StorageError
from kiosk.storage.store import EventStore

__all__ = ["Check", "Status", "doctor_context", "exit_code", "run_checks"]

_OPEN_ADVICE = {
    Problem.MISSING: "doctor_event_missing_advice",
    Problem.CORRUPT: "doctor_event_damaged_advice",
    Problem.IO_ERROR: "doctor_event_damaged_advice",
    Problem.NOT_AN_EVENT: "doctor_event_not_event_advice",
    Problem.TOO_NEW: "doctor_event_too_new_advice",
    Problem.LOCKED: "doctor_event_locked_advice",
    Problem.READ_ONLY: "doctor_event_read_only_advice",
}


def run_checks(
    ctx: Context,
    event: str | None,
    camera: str | None,
    now: datetime,
    *,
    open_camera: CameraFactory | None = None,
    decoder_status: Callable[[], DecoderStatus] | None = None,
    font_file: Path | None = None,
    free_bytes: Callable[[Path], int] = disk_free,
    session: Session | None = None,
    find_engine: Callable[[], Path | None] | None = None,
    addresses: Callable[[], tuple[str, ...]] = lan_addresses,
) -> list[Check]:
    """Every check, in the order they are printed. `now` is aware local time.

    `open_camera` (default: scanner.source.open_source) and `decoder_status` (default:
    scanner.engines.decoder_status) are where tests put a fake camera or a missing libzbar;
    `find_engine` (default: kiosk.sync.engine.find_syncthing) where they put the sync engine,
    `addresses` (default: this machine's non-loopback IPv4 addresses) where they put the LAN.
    """
    from kiosk.resources import font_path
    from kiosk.scanner.engines import decoder_status as real_status
    from kiosk.scanner.source import open_source

    status = (decoder_status or real_status)()
    checks = [camera_check(camera or ctx.settings.camera, open_camera or open_source)]
    checks += decoder_checks(status)
    checks.append(font_check(font_file or font_path()))
    checks += data_dir_checks(ctx.data_dir, free_bytes)
    checks.append(desktop_check(session or current_session()))
    checks.append(_sync_check(ctx.data_dir, find_engine, addresses))
    checks += event_checks(ctx, event, now)
    return checks


def _sync_check(
    data_dir: Path,
    find_engine: Callable[[], Path | None] | None,
    addresses: Callable[[], tuple[str, ...]],
) -> Check:
    from kiosk.sync.engine import find_syncthing, probe
    from kiosk.sync.pairing import PairingError, engine_client
    from kiosk.sync.rest import RestError

    engine = (find_engine or find_syncthing)()
    ports, heard = None, None
    if engine is not None:
        try:
            client, listen = engine_client(data_dir)  # only an engine that answers
            ports = (f"127.0.0.1:{client.port}", listen)
            heard = len(client.discovery())  # the devices LAN discovery has heard
        except (PairingError, RestError, OSError):
            pass
    lan = Lan(addresses(), heard)
    return sync_check(engine, lambda path: probe(path).version, ports, lan)


# -- the event file ----------------------------------------------------------------------


def event_checks(ctx: Context, explicit: str | None, now: datetime) -> list[Check]:
    """Which file, does it open, is it whole, roster, keys, signing key, PIN, clock vs day."""
    try:
        checks = [] if explicit else _current_gone(ctx.data_dir)
        path = ctx.event_path(explicit)  # on a fresh machine this makes the sample, as `kiosk` does
    except (OSError, StorageError) as error:
        found = said("doctor_sample_not_made", detail=error)
        return [Check("event_file", Status.FAIL, found, said("doctor_data_advice"))]
    try:
        store = EventStore.open(path, busy_timeout_ms=ctx.settings.busy_timeout_ms)
    except StorageError as error:
        found = said("doctor_event_unopened", path=path, problem=error.problem.value)
        advice = said(_OPEN_ADVICE.get(error.problem, "doctor_event_other_advice"), path=path)
        return [*checks, Check("event_file", Status.FAIL, found, advice)]
    try:
        return [*checks, *_store_checks(store, now)]
    finally:
        store.close()


def _current_gone(data_dir: Path) -> list[Check]:
    """The chosen current event file has vanished: the kiosk would quietly open the sample."""
    current = config.current_event_path(data_dir)
    if current is None or current.exists():
        return []
    found = said("doctor_current_gone", path=current)
    return [Check("event_file", Status.WARN, found, said("doctor_current_gone_advice"))]


def _store_checks(store: EventStore, now: datetime) -> list[Check]:
    info = store.event()
    sample = said("doctor_sample_note") if info.is_sample else ()
    opened = said("doctor_event_opened", path=store.path, title=info.title, day=info.day)
    checks = [Check("event_file", Status.OK, opened + sample)]
    problems = store.integrity_problems()
    if problems:
        found = said("doctor_integrity_bad", count=len(problems), first="; ".join(problems[:3]))
        advice = said("doctor_event_damaged_advice", path=store.path)
        checks.append(Check("event_integrity", Status.FAIL, found, advice))
    else:
        checks.append(Check("event_integrity", Status.OK, said("doctor_integrity_ok")))
    checks.append(_roster_check(store, info))
    checks.append(_keys_check(store))
    checks.append(_signing_key_check(store.path, info))
    checks.append(_pin_check(store))
    checks.append(clock_check(info, now))
    return checks


def _roster_check(store: EventStore, info: Event) -> Check:
    count = store.expected_count()
    found = said("doctor_roster", count=count, expected=info.expected)
    if count == 0:
        return Check("event_roster", Status.WARN, found, said("doctor_roster_empty_advice"))
    return Check("event_roster", Status.OK, found)


def _keys_check(store: EventStore) -> Check:
    keys = store.public_keys()
    if not keys:
        return Check(
            "event_keys", Status.FAIL, said("doctor_keys_none"), said("doctor_keys_advice")
        )
    return Check("event_keys", Status.OK, said("doctor_keys_ok", count=len(keys)))


def _signing_key_check(path: Path, info: Event) -> Check:
    """The private key belongs on the organizer's PC; beside a kiosk's event file it is a risk."""
    key_file = key_path_for(path)
    if not key_file.exists():
        return Check("signing_key", Status.OK, said("doctor_signing_key_absent"))
    if info.is_sample:
        return Check("signing_key", Status.OK, said("doctor_signing_key_sample", path=key_file))
    found = said("doctor_signing_key_present", path=key_file)
    return Check("signing_key", Status.WARN, found, said("doctor_signing_key_advice"))


def _pin_check(store: EventStore) -> Check:
    """Without a PIN nobody can open operator mode at the kiosk (the public screen never offers
    to choose one): the organizer sets it with `kiosk pin set` before copying the file."""
    if is_pin_set(store):
        return Check("operator_pin", Status.OK, said("doctor_pin_set"))
    return Check("operator_pin", Status.WARN, said("doctor_pin_missing"), said("doctor_pin_advice"))


def clock_check(info: Event, now: datetime) -> Check:
    """Today (in the event's time zone) against the event day, and the machine's time zone."""
    today = now.astimezone(info.starts_at.tzinfo).date()
    found = said("doctor_clock", now=f"{now:%Y-%m-%d %H:%M}", day=info.day)
    advice: Words = ()
    if today != info.day:
        key = "doctor_clock_sample_advice" if info.is_sample else "doctor_clock_day_advice"
        advice += said(key, today=today, day=info.day)
    if now.utcoffset() != info.starts_at.utcoffset():
        advice += said("doctor_clock_zone_advice", here=_offset(now), event=_offset(info.starts_at))
    return Check("event_clock", Status.WARN if advice else Status.OK, found, advice)


def _offset(moment: datetime) -> str:
    offset = moment.strftime("%z") or "+0000"
    return f"UTC{offset[:3]}:{offset[3:]}"


def exit_code(checks: list[Check]) -> int:
    return 1 if worst([c.status for c in checks]) is Status.FAIL else 0


def doctor_context(data_dir: str | None) -> Context:
    """The Context, even where the data directory cannot be written (Context.resolve writes
    the log and the kiosk id there): the doctor must report that, not crash on it."""
    try:
        return Context.resolve(data_dir)
    except OSError:
        pass
    import os

    import platformdirs

    chosen = data_dir or os.environ.get("KIOSK_DATA_DIR")
    directory = Path(chosen or platformdirs.user_data_dir(config.APP_NAME, appauthor=False))
    return Context(directory, config.load_settings(directory), "")
