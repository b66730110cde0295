"""The composition root of the GUI: the one module that wires everything together.

Order matters: the QApplication, then the bundled Korean font (before any widget exists, so
Hangul renders on a machine without Korean fonts), the translator, the event file (locked,
checked), the service, the window, and last the camera thread and the barcode wedge. On the way
out the camera thread is stopped and waited for before the event file is closed.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
from datetime import datetime
from typing import TYPE_CHECKING

os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kiosk import config
from kiosk.domain.clock import Clock, SystemClock
from kiosk.services.context import Context
from kiosk.services.door import Change, Door, KioskService
from kiosk.ui.application import make_application
from kiosk.ui.i18n import Translations
from kiosk.ui.startup import OpenedEvent, StartupRefused, open_event

if TYPE_CHECKING:
    from kiosk.scanner.source import FrameSource
    from kiosk.scanner.wedge import KeyboardWedge
    from kiosk.scanner.worker import ScanWorker
    from kiosk.services.pins import PinStore
    from kiosk.ui.door_sync import DoorSync
    from kiosk.ui.main_window import AskPin
    from kiosk.ui.sound import SoundPlayer

log = logging.getLogger(__name__)
WINDOW_RECONCILE_S = 5.0


def _tell(title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text)
    box.exec()


def run_app(args: argparse.Namespace, demo: bool) -> int:
    """`kiosk run` and `kiosk demo`: build the kiosk, run it until the operator quits."""
    app = make_application()
    ctx = Context.resolve(args.data_dir)
    translations = Translations(app)
    language = getattr(args, "lang", None) or os.environ.get("KIOSK_LANG")
    translations.switch(language or ctx.settings.language)
    try:
        opened = open_demo(ctx) if demo else open_event(ctx, ctx.event_path(args.event))
    except StartupRefused as refusal:
        log.error("start refused: %s", refusal)
        _tell(QCoreApplication.translate("Startup", "Cannot start the kiosk"), str(refusal))
        return 1
    kiosk = Kiosk(ctx, opened, translations, door=getattr(args, "door", None), demo=demo)
    from kiosk.ui import guard

    guard.install_qt_log()
    guard.install_exception_hook(kiosk.errors)
    _stop_on_signals(app, kiosk)
    kiosk.start(camera=getattr(args, "camera", None), fullscreen=getattr(args, "fullscreen", False))
    try:
        return app.exec()
    finally:
        kiosk.shutdown()


def _stop_on_signals(app: QApplication, kiosk: Kiosk) -> None:
    """Ctrl+C or a service manager's SIGTERM ends the kiosk cleanly (no PIN: it is the OS)."""

    def stop(*_: object) -> None:
        kiosk.window.allow_quit()
        app.quit()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    ticker = QTimer(app)  # lets Python run its signal handlers while Qt's loop waits
    ticker.timeout.connect(lambda: None)
    ticker.start(250)
    app.commitDataRequest.connect(lambda _manager: kiosk.window.allow_quit())


def open_demo(ctx: Context) -> OpenedEvent:
    """A fresh copy of the sample event moved to today, in the data directory's demo folder."""
    from kiosk.services.organizer import copy_for_today, ensure_sample_event

    folder = ctx.data_dir / "demo"
    folder.mkdir(parents=True, exist_ok=True)
    today = datetime.now().astimezone().date()
    target = folder / f"demo-{today:%Y-%m-%d}.db"
    from kiosk.ui.startup import lock_event

    lock = lock_event(target)
    try:
        store = copy_for_today(ensure_sample_event(ctx.data_dir), target, today)
    except BaseException:
        lock.unlock()
        raise
    return OpenedEvent(store, target, lock)


class Kiosk:
    """Everything one running kiosk holds: event, service, window, camera thread, wedge."""

    def __init__(
        self,
        ctx: Context,
        opened: OpenedEvent,
        translations: Translations,
        *,
        door: str | None = None,
        demo: bool = False,
        clock: Clock | None = None,
        sound: SoundPlayer | None = None,
        ask_pin: AskPin | None = None,
    ) -> None:
        from kiosk.scanner.repeat import RepeatGate
        from kiosk.ui.guard import ErrorRelay, KeyGuard
        from kiosk.ui.main_window import MainWindow
        from kiosk.ui.scan_screen import ScanScreen
        from kiosk.ui.sound import QtSoundPlayer

        self.ctx, self.opened, self.translations, self.demo = ctx, opened, translations, demo
        self.settings = ctx.settings
        self.clock = clock or SystemClock()
        door_name = door or self.settings.door
        self.service = KioskService(opened.store, self.clock, Door(ctx.kiosk_id, door_name))
        self.sound: SoundPlayer = sound or QtSoundPlayer(self.settings.sound)
        self.scan = ScanScreen(
            self.service,
            clock=self.clock,
            banner_seconds=self.settings.banner_seconds,
            problem_banner_seconds=self.settings.problem_banner_seconds,
            sound=self.sound,
        )
        # One repeat gate for the camera and the USB scanner; a scan not recorded may come again.
        self.gate = RepeatGate(self.settings.repeat_suppress_seconds)
        self.scan.scan_not_recorded.connect(self.gate.forget)
        self._ask_pin = ask_pin or self.ask_pin
        self.window = MainWindow(
            self.service,
            self.scan,
            settings=self.settings,
            ask_pin=self._ask_pin,
            context=ctx,
        )
        self.errors = ErrorRelay()
        self.errors.error_caught.connect(self.window.on_error_caught)
        self.window.language_requested.connect(self.set_language)
        self.window.camera_requested.connect(self.set_camera)
        self.window.settings_changed.connect(self.apply_settings)
        self.key_guard = KeyGuard()
        self.worker: ScanWorker | None = None
        self.wedge: KeyboardWedge | None = None
        self._pin_store: PinStore | None = None
        self._stopped = False
        self.door_sync = self._make_sync()
        self.window.door_sync = self.door_sync
        self._notices()

    # -- start and stop -----------------------------------------------------------------

    def start(
        self,
        camera: str | None = None,
        fullscreen: bool = False,
        source: FrameSource | None = None,
    ) -> None:
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self.key_guard)
        app.installEventFilter(self.window.idle)
        self._install_wedge(app)
        if fullscreen:  # kiosk mode: no frame to close, nothing drawn over it
            hints = Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint
            self.window.setWindowFlags(self.window.windowFlags() | hints)
            self.window.setGeometry(self.window.screen().geometry())  # also without a WM
            self.window.showFullScreen()
            self.window.hold.start()  # hidden, minimized or lowered: it comes back
        else:
            room = self.window.screen().availableGeometry()
            self.window.resize(min(1366, room.width()), min(768, room.height()))
            self.window.show()
        self.start_camera(camera, source)
        if self.door_sync is not None:  # the engine starts in the background
            QTimer.singleShot(0, self.door_sync.start)
        QTimer.singleShot(0, self._log_ready)  # runs once the window has been shown
        later = QTimer(self.window)  # dies with the window, so it never outlives the kiosk
        later.setSingleShot(True)
        later.timeout.connect(self._after_start)
        later.start(1500)

    def _log_ready(self) -> None:
        """benchmarks/startup.py reads this line's time stamp."""
        log.info("scan screen ready (event %s, door %s)", self.opened.path, self.service.door.name)

    def _after_start(self) -> None:
        """Slow but not urgent: sounds, and the last good copy of a healthy event file."""
        if self._stopped:
            return
        self.sound.preload()
        if not self.demo and self.opened.recovery is None:
            from kiosk.services.recovery import save_last_good

            save_last_good(self.opened.store, self.ctx.data_dir)

    def _install_wedge(self, app: QCoreApplication) -> None:
        from kiosk.scanner.wedge import KeyboardWedge

        self.wedge = KeyboardWedge(gate=self.gate)
        app.installEventFilter(self.wedge)
        self.wedge.code_scanned.connect(self.scan.on_code_typed)
        self.wedge.burst_dropped.connect(self._on_burst_dropped)

    def _on_burst_dropped(self, count: int) -> None:
        """A burst of keys longer than any ticket (a stuck key, a stray device): said, not typed."""

        def text() -> str:
            return QCoreApplication.translate(
                "Kiosk", "{count} keys typed in one burst were ignored: longer than any ticket."
            ).format(count=count)

        self.scan.notices.add("burst", text, "warn", dismissable=True)

    def shutdown(self) -> None:
        """Stop the camera thread, then close the event file and release its lock."""
        if self._stopped:
            return
        self._stopped = True
        self.window.hold.stop()
        self.stop_camera()
        if self.door_sync is not None:
            self.door_sync.stop()  # before the event file closes: its publisher reads it
        app = QApplication.instance()
        if app is not None:
            for watcher in (self.wedge, self.key_guard, self.window.idle):
                if watcher is not None:
                    app.removeEventFilter(watcher)
        self.opened.close()
        log.info("kiosk stopped")

    # -- live sync between the doors ------------------------------------------------------

    def _make_sync(self) -> DoorSync | None:
        """The door's sync node when the settings turn it on and the engine is found."""
        if not self.settings.sync_enabled or self.demo:
            log.info("live sync between the doors is off: the USB merge joins the doors")
            return None
        from kiosk.sync.engine import find_syncthing, probe
        from kiosk.sync.engine_config import EngineError, EngineOptions
        from kiosk.sync.node import NodeOptions, SyncNode
        from kiosk.ui.door_sync import DoorSync

        found = find_syncthing()
        try:
            if found is None:
                raise EngineError("no syncthing binary beside the kiosk or on PATH")
            binary = probe(found)
        except EngineError as error:
            log.warning("live sync off: %s", error)
            self._sync_notice()
            return None
        door = self.service.door.name
        listen = self.settings.sync_listen or None
        lan = self.settings.sync_lan_discovery
        # The window steps the node on its own thread: the engine's folders and pending doors
        # (several blocking REST calls) are looked at every 5 s there, not every second.
        engine = EngineOptions(listen=listen, local_discovery=lan, name=door)
        options = NodeOptions(engine, reconcile_s=WINDOW_RECONCILE_S)
        node = SyncNode(self.ctx.data_dir, self.opened.store, self.ctx.kiosk_id, door, options,
                        binary=binary, clock=self.clock)  # fmt: skip
        return self.wire_sync(DoorSync(node, parent=self.window))

    def wire_sync(self, sync: DoorSync) -> DoorSync:
        """The scan screen follows the doors: indicator, revocations, the count of all doors."""
        sync.doors_changed.connect(
            lambda doors: self.scan.doors.show_doors(doors, sync.publish_error)
        )
        sync.rows_arrived.connect(self._on_rows_arrived)
        sync.failed.connect(lambda _why: self._sync_notice())
        return sync

    def _on_rows_arrived(self, people: bool = True, tickets: bool = True) -> None:
        # check-ins from the other doors: the counter follows; the service reloads only when
        # people (walk-ins, roster people) or revocations came with them
        change = Change.ATTENDANCE
        change |= Change.PEOPLE if people else Change.ATTENDANCE
        change |= Change.TICKETS if tickets else Change.ATTENDANCE
        self.service.notify(change)

    def _sync_notice(self) -> None:
        def text() -> str:
            return QCoreApplication.translate(
                "Kiosk", "Live sync between the doors is not running: this door counts alone"
                " (the USB merge still joins the doors)."
            )  # fmt: skip

        self.scan.notices.add("sync", text, "warn", dismissable=True)

    # -- camera -------------------------------------------------------------------------

    def start_camera(self, spec: str | None = None, source: FrameSource | None = None) -> None:
        """Start the camera thread on `source`, else on `spec` (else the settings' camera, or
        the demo's simulated one)."""
        from kiosk.scanner.camera_state import CameraState
        from kiosk.scanner.worker import ScanWorker

        self.stop_camera()
        try:
            source = source or self._source(spec)
        except ValueError as error:  # SourceError: names nothing usable
            log.error("camera %r: %s", spec, error)
            self.scan.camera.show_camera_state(CameraState.LOST, str(spec or self.settings.camera))
            return
        self.scan.camera.mirror = source.live
        worker = ScanWorker(source, gate=self.gate, budget_ms=self.settings.decode_budget_ms)
        worker.code_scanned.connect(self.scan.on_code_scanned)
        worker.preview_updated.connect(self.scan.camera.show_preview)
        worker.camera_state_changed.connect(self.scan.camera.show_camera_state)
        self.worker = worker
        worker.start()

    def _source(self, spec: str | None) -> FrameSource:
        if self.demo and not spec:
            from kiosk.files.keys import key_path_for, read_private_key
            from kiosk.services.demo_camera import DemoCamera, demo_codes

            key = read_private_key(key_path_for(self.opened.path))
            return DemoCamera(demo_codes(self.opened.store, key))
        from kiosk.scanner.source import CameraSource, open_source

        chosen = (spec or self.settings.camera).strip()
        if chosen.isdigit():
            s = self.settings
            return CameraSource(int(chosen), width=s.camera_width, height=s.camera_height)
        return open_source(chosen)

    def stop_camera(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            if not worker.stop():
                log.error("the camera thread did not stop in time")
            worker.deleteLater()

    def set_camera(self, spec: str) -> None:
        """The operator chose another camera (the settings page has saved it already)."""
        self.start_camera(spec)

    # -- operator choices ---------------------------------------------------------------

    def set_language(self, language: str) -> None:
        self.translations.switch(language)

    def apply_settings(self, settings: config.Settings) -> None:
        """Settings the operator changed and saved: door name, sound, banner and idle times."""
        if settings.door != self.service.door.name:
            self.service.door = Door(self.ctx.kiosk_id, settings.door)
        self.scan.retranslate()
        self.settings = self.ctx.settings = settings

    def ask_pin(self, parent: QWidget) -> bool:
        """The operator PIN, asked by the operator screens' PIN dialog."""
        try:
            from kiosk.services.pins import PinStore
            from kiosk.ui.operator.pin_dialog import ask_pin
        except ImportError:
            log.error("no PIN dialog in this build: operator mode and closing stay locked")
            return False
        if self._pin_store is None:
            self._pin_store = PinStore.for_service(self.service, self.settings)
        return bool(ask_pin(parent, self._pin_store))

    # -- standing notices ---------------------------------------------------------------

    def _notices(self) -> None:
        from kiosk.ui.start_notices import add_start_notices

        demo = self.demo
        add_start_notices(self.scan, self.opened, self.clock, demo=demo, confirm=self._ask_pin)
