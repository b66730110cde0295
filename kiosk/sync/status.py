"""Honest door status: a door is online only while its heartbeat is fresh on OUR clock.

Syncthing may call a dead link connected for minutes, and a peer's wall clock may be off, so
neither decides. What decides is when this kiosk last saw the door's heartbeat counter change,
measured with our monotonic clock. The peer's wall time is used only to warn that its clock
is off (first-arrival order and the times in the export come from each door's clock).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

STALE_S = 20.0  # four missed heartbeats (kiosk.sync.outbox.HEARTBEAT_S)
SKEW_S = 120.0


@dataclass(frozen=True)
class PeerState:
    """What this kiosk knows of one other door, kept between polls."""

    kiosk_id: str
    door: str = ""
    counter: int | None = None  # the heartbeat counter last seen in a good file
    seen_at: float | None = None  # our monotonic time when that counter changed
    skew_s: float = 0.0  # the door's wall clock minus ours, at that moment
    rows: int = 0  # its rows in its last good file (all of them are folded in here)
    folded: int = 0  # rows folded in that this file did not hold before, since start
    refusal: str = ""  # why its latest file was not taken ("" when it was)
    detail: str = ""


def observed(
    state: PeerState,
    *,
    door: str,
    counter: int,
    rows: int,
    new_rows: int,
    peer_wall: datetime,
    our_wall: datetime,
    now: float,
) -> PeerState:
    """The state after a good file was folded in (`now`: our monotonic seconds)."""
    fresh = counter != state.counter
    return dataclasses.replace(
        state,
        door=door,
        counter=counter,
        seen_at=now if fresh or state.seen_at is None else state.seen_at,
        skew_s=(peer_wall - our_wall).total_seconds() if fresh else state.skew_s,
        rows=rows,
        folded=state.folded + new_rows,
        refusal="",
        detail="",
    )


def refused(state: PeerState, reason: str, detail: str = "") -> PeerState:
    """The state after a file was refused: what was folded before stays, the age keeps growing."""
    return dataclasses.replace(state, refusal=reason, detail=detail)


def doors(
    peers: list[PeerState], now: float, stale_s: float = STALE_S, skew_s: float = SKEW_S
) -> list[dict[str, object]]:
    """Per other door: {"door", "kiosk_id", "online", "last_data_age_s", "rows"}, plus the
    operator page's "folded", "refused" (a reason or "") and "clock_off" (the skew in seconds,
    or null while within `skew_s`)."""
    return [_door(peer, now, stale_s, skew_s) for peer in sorted(peers, key=_order)]


def _door(peer: PeerState, now: float, stale_s: float, skew_s: float) -> dict[str, object]:
    age = None if peer.seen_at is None else max(0.0, now - peer.seen_at)
    return {
        "door": peer.door,
        "kiosk_id": peer.kiosk_id,
        "online": age is not None and age < stale_s,
        "last_data_age_s": None if age is None else round(age, 1),
        "rows": peer.rows,
        "folded": peer.folded,
        "refused": peer.refusal,
        "clock_off": round(peer.skew_s) if abs(peer.skew_s) > skew_s else None,
    }


def _order(peer: PeerState) -> tuple[str, str]:
    return peer.door, peer.kiosk_id
