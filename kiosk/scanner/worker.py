"""The one camera thread: read the newest frame, decode, emit values. Nothing else.

It never touches a database or a widget; the GUI connects to its signals:

* `code_scanned(str)`: a code came into view (once per stay in view: the RepeatGate);
* `preview_updated(QImage, list)`: a copied, display-sized picture ~20 times a second, with the
  outlines of the codes in it as [(text, [(x, y) * 4]), ...] in the picture's coordinates;
* `camera_state_changed(CameraState)`: LIVE after LOST means it came back.

Frames are never queued: each loop asks the source for its newest frame (sources drop what a
slow reader missed), and a preview is not emitted while two earlier ones are still undelivered.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np
from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtGui import QImage

from kiosk.scanner.camera_state import CameraState
from kiosk.scanner.decode import LIVE_BUDGET_MS, LIVE_WHOLE_FRAME_EVERY_S, DecodedCode, Decoder
from kiosk.scanner.health import HealthMonitor
from kiosk.scanner.repeat import REPEAT_WINDOW_S, RepeatGate, repeat_key
from kiosk.scanner.source import FrameSource

Clock = Callable[[], float]
Outline = tuple[str, list[tuple[float, float]]]


@dataclass(frozen=True)
class ScanStats:
    """The worker's own measurements (milliseconds), for the status bar, doctor and benchmarks."""

    frames: int
    scans: int
    decode_ms_p50: float
    decode_ms_p95: float
    latency_ms_p50: float  # frame capture -> code_scanned emitted
    latency_ms_p95: float


def _percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else 0.0


class ScanWorker(QThread):
    """Reads a FrameSource on its own thread until `stop()`; reopens a lost camera by itself.

    `gate` is the kiosk's one RepeatGate, shared with the keyboard wedge (without one, the
    worker keeps its own, `repeat_window_s` long, on its clock).
    """

    code_scanned = Signal(str)
    preview_updated = Signal(QImage, list)
    camera_state_changed = Signal(object)  # a CameraState

    def __init__(
        self,
        source: FrameSource,
        *,
        repeat_window_s: float = REPEAT_WINDOW_S,
        gate: RepeatGate | None = None,
        clock: Clock = time.monotonic,
        sleep: Callable[[float], None] | None = None,
        decoder: Decoder | None = None,
        budget_ms: float = LIVE_BUDGET_MS,
        whole_frame_every_s: float = LIVE_WHOLE_FRAME_EVERY_S,
        preview_fps: float = 20.0,
        preview_max_width: int | None = 960,
        retry_s: float = 1.0,
        health: HealthMonitor | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self.gate = gate or RepeatGate(repeat_window_s, clock)
        self._clock = clock
        self._stop_event = threading.Event()
        self._sleep = sleep or self._stop_event.wait
        self._decoder = decoder or Decoder()
        self._budget_ms = budget_ms
        self._whole_every = whole_frame_every_s
        self._preview_every = 1.0 / preview_fps if preview_fps > 0 else float("inf")
        self._preview_max_width = preview_max_width
        self._retry_s = retry_s
        self._health = health or HealthMonitor(check_frozen=source.live, check_dark=source.live)
        self._lock = threading.Lock()
        self._decode_ms: deque[float] = deque(maxlen=2000)
        self._latency_ms: deque[float] = deque(maxlen=2000)
        self._frames = self._scans = 0
        self._previews_in_flight = 0
        self._opened = False
        self._next_retry = 0.0
        self._last_whole = self._last_preview = float("-inf")
        self.preview_updated.connect(self._on_preview_updated)  # runs where this object lives

    # -- control, from the GUI thread --------------------------------------------------------

    def stop(self, timeout_ms: int = 5000) -> bool:
        """Ask the loop to finish and wait for it; True once the thread has ended."""
        self._stop_event.set()
        return self.wait(timeout_ms) if self.isRunning() else True

    def stats(self) -> ScanStats:
        with self._lock:
            decode, latency = list(self._decode_ms), list(self._latency_ms)
            frames, scans = self._frames, self._scans
        return ScanStats(
            frames,
            scans,
            _percentile(decode, 50),
            _percentile(decode, 95),
            _percentile(latency, 50),
            _percentile(latency, 95),
        )

    @Slot()
    def _on_preview_updated(self) -> None:
        with self._lock:
            self._previews_in_flight = max(0, self._previews_in_flight - 1)

    # -- the loop, on the worker thread -------------------------------------------------------

    def run(self) -> None:
        try:
            while not self._stop_event.is_set():
                if not self._opened:
                    self._try_open()
                    continue
                ok, frame, captured = self._source.read()
                if ok and frame is not None:
                    self._process(frame, captured)
                elif self._source.finished:
                    self._report(self._health.ended())
                    return
                else:
                    self._read_failed()
        finally:
            self._source.close()

    def _try_open(self) -> None:
        now = self._clock()
        if now < self._next_retry:
            self._sleep(min(0.05, self._next_retry - now))
            return
        self._opened = self._source.open()
        if not self._opened:
            self._report(self._health.lost())
            self._next_retry = self._clock() + self._retry_s

    def _read_failed(self) -> None:
        change = self._health.read_failed()
        if change is CameraState.LOST:
            self._source.close()
            self._opened = False
            self._next_retry = self._clock() + self._retry_s
            self._report(change)
        else:
            self._sleep(0.02)

    def _process(self, frame: np.ndarray, captured: float) -> None:
        now = self._clock()
        self._report(self._health.frame_read(frame, now))
        whole = now - self._last_whole >= self._whole_every
        if whole:
            self._last_whole = now
        start = time.perf_counter()
        codes = self._decoder.decode(frame, budget_ms=self._budget_ms, whole_frame=whole)
        decode_ms = (time.perf_counter() - start) * 1000
        with self._lock:
            self._decode_ms.append(decode_ms)
            self._frames += 1
        for code in codes:
            self._emit_if_new(code.text, captured)
        if now - self._last_preview >= self._preview_every:
            self._emit_preview(frame, codes, now)

    def _emit_if_new(self, decoded: str, captured: float) -> None:
        text = repeat_key(decoded)  # the canonical code: what the GUI and the log key on
        if not self.gate.new_scan(text):
            return
        self.code_scanned.emit(text)
        with self._lock:
            self._latency_ms.append((self._clock() - captured) * 1000)
            self._scans += 1

    def _emit_preview(self, frame: np.ndarray, codes: list[DecodedCode], now: float) -> None:
        with self._lock:
            if self._previews_in_flight >= 2:  # the GUI is behind: skip, never pile up
                return
            self._previews_in_flight += 1
        self._last_preview = now
        image, scale = _preview_image(frame, self._preview_max_width)
        outlines = [(c.text, [(x * scale, y * scale) for x, y in c.corners]) for c in codes]
        self.preview_updated.emit(image, outlines)

    def _report(self, change: CameraState | None) -> None:
        if change is not None:
            self.camera_state_changed.emit(change)


def _preview_image(frame: np.ndarray, max_width: int | None) -> tuple[QImage, float]:
    """A QImage that owns its pixels (the numpy frame may be reused), display-sized."""
    scale = 1.0
    if max_width and frame.shape[1] > max_width:
        scale = max_width / frame.shape[1]
        frame = cv2.resize(frame, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    if frame.ndim == 2:
        frame = cv2.cvtColor(frame, cv2.COLOR_GRAY2BGR)
    frame = np.ascontiguousarray(frame)
    h, w = frame.shape[:2]
    image = QImage(frame.data, w, h, int(frame.strides[0]), QImage.Format.Format_BGR888)
    return image.copy(), scale
