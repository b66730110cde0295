"""`kiosk sync run|invite|join|status`: the doors' live sync from the command line."""

from __future__ import annotations

import argparse
import json
import logging
from typing import TYPE_CHECKING

from kiosk.commands.common import USAGE, CommandFailed, fail, open_event, resolve_context
from kiosk.services.context import Context
from kiosk.texts import text

if TYPE_CHECKING:
    from kiosk.sync.rest import RestClient


log = logging.getLogger(__name__)


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
            return fail(text("sync_bad_listen", value=args.listen), USAGE)
    found = find_syncthing()
    if found is None:
        return fail(text("sync_no_engine"))
    with open_event(args) as (ctx, store):
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
            return fail(text("sync_engine_failed", detail=str(error)[:200]))
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

    with open_event(args) as (ctx, store):
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
        return fail(text("sync_not_invitation"), USAGE)
    with open_event(args) as (ctx, store):
        identity = (store.uid, store.event().number)
        if (invitation.uid, invitation.number) != identity:
            return fail(text("sync_other_event"))
        client, listen = _sync_engine(ctx)
        try:
            join(invitation, client, listen, identity, ctx.kiosk_id, sync_dir(ctx.data_dir))
        except PairingError as error:
            if str(error) == "bad device id":  # the engine refused the lead's id
                return fail(text("sync_not_invitation"), USAGE)
            if str(error) == "kiosk id taken":
                return fail(text("sync_kiosk_taken", kiosk=invitation.kiosk_id))
            known = {"other event": "sync_other_event", "own invitation": "sync_own_invitation"}
            key = known.get(str(error))
            return fail(text(key) if key else text("sync_engine_failed", detail=str(error)[:200]))
    if not reachable(invitation):
        return fail(text("sync_lead_unreachable", address=", ".join(invitation.addresses)))
    print(text("sync_joined", lead=invitation.device_id[:7]))
    return 0


def sync_status(args: argparse.Namespace) -> int:
    """`kiosk sync status`: the other doors, online by their heartbeat on this clock."""
    from kiosk.sync.node import read_status

    ctx = resolve_context(args)
    found = read_status(ctx.data_dir)
    if found is None:
        return fail(text("sync_not_running"))
    if args.json:
        print(json.dumps(found, ensure_ascii=False))
        return 0
    print(text("sync_status_device", device=found["device_id"]))
    for door in found["doors"]:
        state = text("sync_online" if door["online"] else "sync_offline")
        age = "-" if door["last_data_age_s"] is None else f"{door['last_data_age_s']:.0f}"
        print(text("sync_status_door", door=door["door"] or door["kiosk_id"], state=state,
                   age=age, rows=door["rows"]))  # fmt: skip
        if door.get("refused"):
            print(text("sync_status_refused", reason=door["refused"]))
        if door.get("clock_off") is not None:
            print(text("sync_status_clock_off", seconds=f"{door['clock_off']:+d}"))
    if found.get("publish_error"):
        print(text("sync_status_not_published", error=found["publish_error"]))
    return 0
