"""Live sync inside `kiosk run`: the doors indicator, the count of all doors, the doors page,
pairing by the lead's QR code and the camera, all stepped on the GUI thread (no second writer).

The node is a fake standing in for kiosk.sync.node.SyncNode (no engine); its inbox is real, so
a peer's published file is folded into the kiosk's own event file by the kiosk's own thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import UTC
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PySide6.QtGui import QImage

from kiosk.app import Kiosk
from kiosk.config import Settings
from kiosk.domain.clock import FixedClock
from kiosk.scanner.decode import decode
from kiosk.services.context import Context
from kiosk.sync import pairing
from kiosk.sync.engine import find_syncthing
from kiosk.sync.fold import Inbox
from kiosk.ui.door_sync import DoorSync
from kiosk.ui.operator.doors_page import DoorsPage
from kiosk.ui.sound import SilentPlayer
from kiosk.ui.startup import open_event
from tests.fakes import DOORS_OPEN, open_door
from tests.fakes.camera import TicketFrames
from tests.sync import doors as sync_doors
from tests.sync.engines import process_alive

KIOSK_ID = "b2b2b2b2b2b2b2b2"
PEER = {"door": "후문", "kiosk_id": "c3c3c3c3c3c3c3c3", "online": True, "last_data_age_s": 1.2,
        "rows": 40, "folded": 12, "refused": "", "clock_off": None}  # fmt: skip
GONE = {"door": "옆문", "kiosk_id": "d4d4d4d4d4d4d4d4", "online": False, "last_data_age_s": 75.0,
        "rows": 3, "folded": 3, "refused": "checksum", "clock_off": 300}  # fmt: skip


class FakeNode:
    """SyncNode's surface without an engine; `inbox` (when given) folds in for real."""

    device_id = "FAKEDEV-AAAAAAJ-FAKEDEV-AAAAAAJ-FAKEDEV-AAAAAAJ-FAKEDEV-AAAAAAJ"
    paired = 0  # doors accepted (each invitation pairs one)
    brought = (True, True)  # what the last step folded in: (people, revocations)

    def __init__(self, uid: str, number: int) -> None:
        self.identity = (uid, number)
        self.alive = True
        self.starts = 0
        self.inbox: Inbox | None = None
        self.listed: list[dict[str, object]] = []
        self.start_thread: str = ""
        self.step_threads: set[str] = set()
        self.joined: list[str] = []
        self.engine_stopped = False
        self.released = False
        self.fail: Exception | None = None
        self.unpublished = ""  # why this door's own file is not published

    def start_engine(self) -> str:
        self.start_thread = threading.current_thread().name
        self.starts += 1
        self.alive = True
        if self.fail is not None:
            raise self.fail
        return "client"

    def ready(self, client: Any) -> None:
        assert client == "client"

    def engine_alive(self) -> bool:
        return self.alive

    def step(self, restart: bool = True) -> bool:
        self.step_threads.add(threading.current_thread().name)
        folded = self.inbox.poll() if self.inbox else []
        return any(f.rows_new for f in folded)

    def doors(self) -> list[dict[str, object]]:
        return self.listed

    def publish_error(self) -> str:
        return self.unpublished

    def invite(self) -> pairing.Invitation:
        uid, number = self.identity
        self.invited = getattr(self, "invited", 0) + 1
        return pairing.Invitation(self.device_id, ["tcp://127.0.0.1:1"], uid, number, "lead",
                                  f"token-{self.invited}")  # fmt: skip

    def join(self, text: str) -> pairing.Invitation:
        invitation = pairing.parse(text)
        if (invitation.uid, invitation.number) != self.identity:
            raise pairing.PairingError("other event")
        self.joined.append(text)
        return invitation

    def release(self) -> None:
        self.released = True

    def stop_engine(self) -> None:
        self.engine_stopped = True


class PinYes:
    def __call__(self, parent: object) -> bool:
        return True


@pytest.fixture
def event_file(tmp_path: Path) -> Path:
    path = tmp_path / "event.db"
    open_door(path).store.close()
    return path


@pytest.fixture
def context(tmp_path: Path) -> Context:
    data = tmp_path / "data"
    data.mkdir()
    (data / "kiosk-id").write_text(KIOSK_ID + "\n")
    return Context(data, Settings(banner_seconds=30, sound=False), KIOSK_ID)


@pytest.fixture
def make_kiosk(qtbot, context: Context, event_file: Path, translations) -> Iterator[Callable]:
    made: list[Kiosk] = []

    def make(node: FakeNode | None = None) -> tuple[Kiosk, FakeNode]:
        kiosk = Kiosk(context, open_event(context, event_file), translations, door="정문",
                      clock=FixedClock(DOORS_OPEN.astimezone(UTC)), sound=SilentPlayer(),
                      ask_pin=PinYes())  # fmt: skip
        qtbot.addWidget(kiosk.window)
        made.append(kiosk)
        store = kiosk.opened.store
        fake = node or FakeNode(store.uid, store.event().number)
        kiosk.door_sync = kiosk.window.door_sync = kiosk.wire_sync(DoorSync(fake))
        kiosk.start(source=TicketFrames([]))
        qtbot.waitUntil(lambda: (kiosk.door_sync is not None and kiosk.door_sync.running)
                        or bool(fake.start_thread and fake.fail), timeout=3000)  # fmt: skip
        return kiosk, fake

    yield make
    for kiosk in made:
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()


def test_the_count_covers_every_door_once_a_peer_file_is_folded_in(
    qtbot, make_kiosk, event_file, context
) -> None:
    sync_dir = context.data_dir / "sync"
    peer = sync_doors.kiosk(event_file, sync_dir, "c")
    code = peer.door.ticket(2)
    peer.door.service.check_in(code)
    peer.publisher.tick()
    peer.close()
    kiosk, fake = make_kiosk()
    assert kiosk.scan.counter.text().startswith("0")
    fake.inbox = Inbox(kiosk.opened.store, sync_dir, KIOSK_ID, kiosk.clock)

    qtbot.waitUntil(lambda: kiosk.scan.counter.text().startswith("1"), timeout=3000)
    assert fake.step_threads == {threading.main_thread().name}  # the one writer's thread
    assert fake.start_thread not in ("", threading.main_thread().name)  # the engine: a worker
    assert kiosk.service.check_in(code).outcome.value == "already_checked_in"


def test_a_peers_plain_check_in_recounts_without_reloading_the_service(
    qtbot, make_kiosk, event_file, context
) -> None:
    sync_dir = context.data_dir / "sync"
    peer = sync_doors.kiosk(event_file, sync_dir, "c")
    peer.door.service.check_in(peer.door.ticket(2))
    peer.publisher.tick()
    peer.close()
    kiosk, fake = make_kiosk()
    reloads: list[int] = []
    reload = kiosk.service.reload
    kiosk.service.reload = lambda: (reloads.append(1), reload())[1]  # type: ignore[method-assign]
    fake.brought = (False, False)  # what SyncNode.step says of a file of check-ins only
    fake.inbox = Inbox(kiosk.opened.store, sync_dir, KIOSK_ID, kiosk.clock)
    qtbot.waitUntil(lambda: kiosk.scan.counter.text().startswith("1"), timeout=3000)
    assert reloads == []  # the count moved; roster, keys and revocations were not read again
    kiosk.door_sync.rows_arrived.emit(False, True)  # a revocation came: the service reloads
    assert reloads == [1]


def test_the_doors_indicator_shows_doors_online_and_the_freshest_data(
    qtbot, make_kiosk, translations
) -> None:
    kiosk, fake = make_kiosk()
    fake.listed = [PEER, GONE]
    qtbot.waitUntil(lambda: kiosk.scan.doors.text() == "출입구 2/3 · 1초 전", timeout=3000)
    assert kiosk.scan.doors.isVisible()
    translations.switch("en")
    qtbot.waitUntil(lambda: kiosk.scan.doors.text() == "Doors 2/3 · 1 s ago", timeout=2000)


def test_the_indicator_counts_this_door_offline_while_its_file_is_not_published(
    qtbot, make_kiosk
) -> None:
    """Red team: a full disk stopped this door's publishing and the scan screen still said
    every door was online, while its check-ins reached no other door."""
    kiosk, fake = make_kiosk()
    fake.listed = [PEER]
    qtbot.waitUntil(lambda: kiosk.scan.doors.text() == "출입구 2/2 · 1초 전", timeout=3000)
    fake.unpublished = "[Errno 28] No space left on device"
    qtbot.waitUntil(lambda: kiosk.scan.doors.text() == "출입구 1/2 · 1초 전", timeout=3000)
    assert kiosk.scan.doors.property("tone") == "caution"
    fake.unpublished = ""
    qtbot.waitUntil(lambda: kiosk.scan.doors.property("tone") == "good", timeout=3000)


def test_without_sync_there_is_no_indicator_and_no_doors_page(
    qtbot, context, event_file, translations
) -> None:
    kiosk = Kiosk(context, open_event(context, event_file), translations, door="정문",
                  clock=FixedClock(DOORS_OPEN.astimezone(UTC)), sound=SilentPlayer(),
                  ask_pin=PinYes())  # fmt: skip
    qtbot.addWidget(kiosk.window)
    try:
        kiosk.start(source=TicketFrames([]))
        assert kiosk.door_sync is None and not kiosk.scan.doors.isVisible()
        kiosk.scan.operator_button.click()
        assert "doors" not in kiosk.window.screens["operator"].nav
    finally:
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()


def test_an_engine_that_will_not_start_is_said_once_and_check_in_goes_on(
    qtbot, event_file, make_kiosk
) -> None:
    store = open_door(event_file).store
    fake = FakeNode(store.uid, store.event().number)
    store.close()
    fake.fail = OSError("no engine here")
    kiosk, _ = make_kiosk(fake)
    qtbot.waitUntil(lambda: any("USB" in t for t in kiosk.scan.notices.texts()), timeout=3000)
    assert not kiosk.door_sync.running and not kiosk.scan.doors.isVisible()


def open_doors_page(kiosk: Kiosk) -> DoorsPage:
    kiosk.scan.operator_button.click()
    operator = kiosk.window.screens["operator"]
    operator.nav["doors"].click()
    page = operator.pages.currentWidget()
    assert isinstance(page, DoorsPage)
    return page


def test_the_doors_page_lists_each_door_with_its_problems(qtbot, make_kiosk) -> None:
    kiosk, fake = make_kiosk()
    fake.listed = [PEER, GONE]
    page = open_doors_page(kiosk)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=3000)
    row = [page.table.item(1, c).text() for c in range(5)]
    assert row[:4] == ["옆문", "오프라인", "1분 전", "3 (3)"]
    assert "checksum" in row[4] and "+300" in row[4]
    assert page.table.item(0, 1).text() == "온라인"


def test_connect_doors_shows_the_invitation_as_a_qr_code(qtbot, make_kiosk) -> None:
    kiosk, _ = make_kiosk()
    page = open_doors_page(kiosk)
    page.connect_button.click()
    assert page.invitation.startswith(pairing.PREFIX)
    assert page.qr.isVisible() and not page.qr.pixmap().isNull()
    image = page.qr.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    frame = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    frame = np.ascontiguousarray(frame[:, : image.width()])
    assert [c.text for c in decode(frame)] == [page.invitation]  # a camera reads it back


def test_the_qr_code_shows_a_new_invitation_once_a_door_used_the_shown_one(
    qtbot, make_kiosk
) -> None:
    kiosk, fake = make_kiosk()
    page = open_doors_page(kiosk)
    page.connect_button.click()
    first = page.invitation
    page.show_doors([])
    assert page.invitation == first  # nobody used it yet
    fake.paired = 1  # the lead accepted a door: that invitation is spent
    page.show_doors([PEER])
    assert page.invitation.startswith(pairing.PREFIX) and page.invitation != first
    assert pairing.parse(page.invitation).token != pairing.parse(first).token


def test_join_takes_the_leads_code_from_the_camera_instead_of_checking_it_in(
    qtbot, make_kiosk
) -> None:
    kiosk, fake = make_kiosk()
    invitation = fake.invite().text()
    kiosk.scan.on_code_scanned(invitation)  # not joining: an unknown code at the door
    assert fake.joined == []
    page = open_doors_page(kiosk)
    page.join_button.click()
    kiosk.scan.on_code_scanned(invitation)
    assert fake.joined == [invitation]
    assert "FAKEDEV" in page.message.text()
    assert kiosk.scan.code_claim is None  # joined: scanning checks in again


def test_a_code_of_another_event_is_refused_on_the_join_page(qtbot, make_kiosk) -> None:
    kiosk, fake = make_kiosk()
    lead = "LEADLEA-DLEAD23-LEADLEA-DLEAD23-LEADLEA-DLEAD23-LEADLEA-DLEAD23"
    other = pairing.Invitation(lead, [], "other-uid", 1, "lead", "t").text()
    page = open_doors_page(kiosk)
    page.join_button.click()
    kiosk.scan.on_code_scanned(other)
    assert fake.joined == [] and page.message.text() == "다른 행사의 코드입니다."
    kiosk.window.show_scan()  # leaving operator mode: the camera checks in again
    assert kiosk.scan.code_claim is None


def test_an_engine_that_died_is_started_again_in_the_background(qtbot, make_kiosk) -> None:
    kiosk, fake = make_kiosk()
    assert fake.starts == 1
    fake.alive = False  # killed (kill -9) or crashed
    qtbot.waitUntil(lambda: fake.starts == 2, timeout=3000)
    assert fake.start_thread != threading.main_thread().name and kiosk.door_sync.running


def test_closing_the_kiosk_stops_the_engine(qtbot, make_kiosk) -> None:
    kiosk, fake = make_kiosk()
    kiosk.window.allow_quit()
    kiosk.shutdown()
    assert fake.released and fake.engine_stopped


def test_with_sync_on_the_window_opens_before_the_engine_and_closing_stops_it(
    qtbot, context, event_file, translations
) -> None:
    """A real engine (loopback, discovery off): started in the background, stopped by PID."""
    if find_syncthing() is None:
        pytest.skip("no syncthing binary beside the kiosk or on PATH (apt-get install syncthing)")
    settings = context.settings.with_changes(sync_enabled=True, sync_lan_discovery=False)
    ctx = Context(context.data_dir, settings, KIOSK_ID)
    kiosk = Kiosk(ctx, open_event(ctx, event_file), translations, door="정문",
                  clock=FixedClock(DOORS_OPEN.astimezone(UTC)), sound=SilentPlayer(),
                  ask_pin=PinYes())  # fmt: skip
    qtbot.addWidget(kiosk.window)
    sync = kiosk.door_sync
    assert sync is not None
    try:
        kiosk.start(source=TicketFrames([]))
        assert not sync.running  # the window is up; the engine is still starting
        qtbot.waitUntil(lambda: sync.running, timeout=15000)
        pid = sync.node.engine.pid  # type: ignore[attr-defined]
        assert pid and process_alive(pid)
        qtbot.waitUntil(lambda: kiosk.scan.doors.text() == "출입구 1/1", timeout=3000)
    finally:
        kiosk.window.allow_quit()
        kiosk.window.close()
        kiosk.shutdown()
    assert not process_alive(pid)
