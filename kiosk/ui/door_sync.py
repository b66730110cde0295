"""Live sync between the doors inside `kiosk run`, without a second writer.

The event store's one connection lives on the GUI thread, so the node's steps (publish, fold in
the peers' files, accept invited doors, status) run from a QTimer here, on that thread. Only
the engine's start (about 1.5 s) and stop run on a worker thread, so the window opens at once.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)
STEP_MS = 100
STATUS_MS = 1000
STOP_WAIT_S = 10.0


class DoorNode(Protocol):
    """What the window needs of kiosk.sync.node.SyncNode (a fake one in tests)."""

    device_id: str
    paired: int  # doors this node accepted (each by an invitation of its own)
    brought: tuple[bool, bool]  # the last step: (people, revocations) came in

    def start_engine(self) -> Any: ...  # on the worker thread; the engine's REST client
    def ready(self, client: Any) -> Any: ...  # on the GUI thread
    def step(self, restart: bool = True) -> bool: ...
    def engine_alive(self) -> bool: ...
    def doors(self) -> list[dict[str, object]]: ...
    def publish_error(self) -> str: ...  # why this door's own file is not published, or ""
    def invite(self) -> Any: ...
    def join(self, text: str) -> Any: ...
    def release(self) -> None: ...  # on the GUI thread: the publisher's connection
    def stop_engine(self) -> None: ...  # on a worker thread


class DoorSync(QObject):
    """Starts the node's engine in the background, then steps it on the GUI thread."""

    started = Signal()
    failed = Signal(str)  # the engine would not start: why
    # Peers' rows were folded in: recount; (people, tickets): walk-ins or roster people, or
    # revocations came too, so the service reloads (a plain check-in needs only the count).
    rows_arrived = Signal(bool, bool)
    doors_changed = Signal(object)  # list of door dicts (kiosk.sync.status.doors)
    _engine_up = Signal(object)  # from the worker thread: the client, or an Exception

    def __init__(
        self, node: DoorNode, *, wall: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.node = node
        self.running = False
        self._stopped = False
        self.doors: list[dict[str, object]] = []
        self.publish_error = ""  # this door's own file is not published: why (the doors page)
        self._wall = wall
        self._next_status = 0.0
        self._thread: threading.Thread | None = None
        self._engine_up.connect(self._on_engine_up)
        self.timer = QTimer(self)
        self.timer.setInterval(STEP_MS)
        self.timer.timeout.connect(self.step)

    def start(self) -> None:
        """Start the engine on a worker thread; `started` or `failed` follows."""
        if self._thread is not None or self._stopped:
            return

        def work() -> None:
            try:
                self._engine_up.emit(self.node.start_engine())
            except Exception as error:  # EngineError, OSError: said once, the kiosk goes on
                self._engine_up.emit(error)

        self._thread = threading.Thread(target=work, name="sync-engine", daemon=True)
        self._thread.start()

    def _on_engine_up(self, client: object) -> None:
        self._thread = None
        if self._stopped:  # the kiosk closed while the engine started: stop() stops it
            return
        if self.running:  # started again after it died
            if isinstance(client, Exception):
                log.warning("sync engine did not start again: %s", client)
            else:
                self.node.ready(client)
            return
        if isinstance(client, Exception):
            log.warning("sync engine did not start: %s", client)
            self.failed.emit(str(client)[:200])
            return
        try:
            self.node.ready(client)
        except Exception as error:
            log.warning("sync did not start: %s", error)
            self.failed.emit(str(error)[:200])
            return
        self.running = True
        self.timer.start()
        self.started.emit()
        self._report()

    def step(self) -> None:
        """One publish and fold-in; every second the doors' status."""
        try:
            came = self.node.step(restart=False)
        except Exception:  # a peer's bad file never takes the door down
            log.exception("sync step failed")
            came = False
        if came:
            people, tickets = self.node.brought
            self.rows_arrived.emit(bool(people), bool(tickets))
        if self._wall() >= self._next_status:
            self._report()

    def _report(self) -> None:
        self._next_status = self._wall() + STATUS_MS / 1000
        if self.running and self._thread is None and not self.node.engine_alive():
            log.warning("sync engine gone: starting it again in the background")
            self.start()
        self.doors = self.node.doors()
        self.publish_error = self.node.publish_error()
        self.doors_changed.emit(self.doors)

    def stop(self) -> None:
        """Stop stepping; the engine is stopped on a worker thread, waited for (bounded)."""
        self.timer.stop()
        self._stopped = True
        starting, self._thread = self._thread, None
        if self.running:
            self.node.release()
        elif starting is None:
            return
        self.running = False

        def work() -> None:
            if starting is not None:  # still starting: it is stopped once it is up
                starting.join(STOP_WAIT_S)
            self.node.stop_engine()

        worker = threading.Thread(target=work, name="sync-stop", daemon=True)
        worker.start()
        worker.join(STOP_WAIT_S)
        if worker.is_alive():
            log.error("the sync engine did not stop in %.0f s", STOP_WAIT_S)
