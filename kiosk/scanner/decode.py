"""`decode(frame)`: zxing-cpp first, then a cheap retry cascade only where it found nothing.

Why this order: zxing-cpp reads ~1 ms per 1280x720 frame and, on the real photo set, more codes
than pyzbar with no wrong reads. Where it fails, two things help, measured on real photographs
of QR codes (benchmarks/decode.py; README, "Measured figures") and on synthetic webcam frames:

* zxing-cpp often *locates* a symbol it cannot decode (blur, glare, a crumpled print). The
  region around it is small, so a second look there is cheap: zxing with a global binarizer,
  pyzbar, and both again on a sharpened, a locally thresholded, a contrast-equalized (glare)
  and (for small regions) a 2x enlarged copy.
* When nothing was located at all, the same cascade on the whole frame, as far as the per-frame
  time budget allows (pyzbar alone costs ~17 ms at 1280x720, so the live worker allows this
  whole-frame pass once a second; see ScanWorker).

pyzbar is optional (libzbar is a system library): without it the cascade simply has fewer steps.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import TypeVar

import cv2
import numpy as np

from kiosk.scanner.engines import (
    DecodedCode,
    DecoderStatus,
    Miss,
    decoder_status,
    read_zbar,
    read_zxing,
)

__all__ = [
    "DEFAULT_BUDGET_MS",
    "LIVE_BUDGET_MS",
    "LIVE_WHOLE_FRAME_EVERY_S",
    "DecodedCode",
    "Decoder",
    "DecoderStatus",
    "decode",
    "decoder_status",
    "to_gray",
]

DEFAULT_BUDGET_MS = 80.0  # still images and `kiosk decode`: at least this much ...
STILL_MS_PER_MPX = 70.0  # ... or this per megapixel, so a 12 MP photo gets a full second look
LIVE_BUDGET_MS = 25.0  # per camera frame in the ScanWorker: leaves room within 33 ms at 30 fps
# How often the live worker lets the whole-frame cascade run on a frame where zxing-cpp found
# nothing at all (~25 ms at 720p): once a second keeps it off 97 % of frames (decode p95).
LIVE_WHOLE_FRAME_EVERY_S = 1.0
MAX_MISSES = 4  # located-but-unread symbols given a second look per frame
Clock = Callable[[], float]
_T = TypeVar("_T")


def to_gray(frame: np.ndarray) -> np.ndarray:
    """8-bit single-channel view of a BGR, BGRA or already-gray frame."""
    if frame.ndim == 2:
        gray = frame
    elif frame.shape[2] == 4:
        gray = cv2.cvtColor(frame, cv2.COLOR_BGRA2GRAY)
    else:
        gray = cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)
    if gray.dtype != np.uint8:
        low, high = float(gray.min()), float(gray.max())
        gray = ((gray - low) * (255.0 / max(high - low, 1e-9))).astype(np.uint8)
    return np.ascontiguousarray(gray)


def _unsharp(gray: np.ndarray) -> np.ndarray:
    blurred = cv2.GaussianBlur(gray, (0, 0), 2.0)
    return cv2.addWeighted(gray, 2.5, blurred, -1.5, 0)


def _adaptive(gray: np.ndarray) -> np.ndarray:
    block = min(31, max(15, (min(gray.shape[:2]) // 24) | 1))  # a few modules wide
    return cv2.adaptiveThreshold(gray, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, block, 3)


def _equalized(gray: np.ndarray) -> np.ndarray:
    """Local contrast (CLAHE): pulls modules back out of glare on a phone's glass."""
    return cv2.createCLAHE(clipLimit=4.0, tileGridSize=(8, 8)).apply(gray)


def _inverted(gray: np.ndarray) -> np.ndarray:
    return cv2.bitwise_not(gray)


def _enlarged(gray: np.ndarray) -> np.ndarray:
    return cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)


@dataclass(frozen=True)
class _Step:
    """One retry: a way to prepare the image and the engines to run on it."""

    name: str
    prepare: Callable[[np.ndarray], np.ndarray] | None
    engines: tuple[str, ...]  # "zxing", "zxing-gh" (global binarizer), "zbar"
    max_side: int = 0  # run only on images no larger than this (0: any size)
    scale: float = 1.0  # how much `prepare` enlarges the image


_REGION_STEPS = (
    _Step("gh", None, ("zxing-gh",)),
    _Step("plain", None, ("zbar",)),
    _Step("unsharp", _unsharp, ("zxing", "zbar")),
    _Step("adaptive", _adaptive, ("zxing", "zbar")),
    _Step("clahe", _equalized, ("zxing", "zbar")),
    _Step("2x", _enlarged, ("zxing", "zbar"), max_side=480, scale=2.0),
)
_FRAME_STEPS = (
    _Step("gh", None, ("zxing-gh",)),
    _Step("clahe", _equalized, ("zxing",)),
    _Step("plain", None, ("zbar",)),
    _Step("unsharp", _unsharp, ("zxing", "zbar")),
    _Step("adaptive", _adaptive, ("zxing", "zbar")),
    _Step("inverted", _inverted, ("zbar",)),
    _Step("2x", _enlarged, ("zxing", "zbar"), max_side=640, scale=2.0),
)


def _run_engine(engine: str, image: np.ndarray) -> list[DecodedCode]:
    if engine == "zbar":
        return read_zbar(image)
    codes, _ = read_zxing(image, global_histogram=engine == "zxing-gh")
    return codes


def _moved(code: DecodedCode, step: _Step, engine: str, dx: float, dy: float) -> DecodedCode:
    """Back to frame coordinates, labelled with how it was read (e.g. "zbar/unsharp")."""
    corners = tuple((x / step.scale + dx, y / step.scale + dy) for x, y in code.corners)
    label = f"{engine.split('-')[0]}/{step.name}"
    return replace(code, corners=corners, engine=label)  # type: ignore[arg-type]


# Starting guesses of milliseconds per megapixel on a 2-core laptop; each Decoder keeps
# refining them from what it measures, to skip a retry the remaining budget cannot pay for.
_INITIAL_MS_PER_MPX = {"zxing": 3.0, "zxing-gh": 1.5, "zbar": 20.0, "prepare": 4.0}


class Decoder:
    """The kiosk's decoder. One per thread (it learns its own timings; engines are not shared)."""

    def __init__(self, *, use_zbar: bool = True, clock: Clock = time.perf_counter) -> None:
        self._use_zbar = use_zbar
        self._clock = clock
        self._ms_per_mpx = dict(_INITIAL_MS_PER_MPX)

    def decode(
        self, frame: np.ndarray, *, budget_ms: float | None = None, whole_frame: bool = True
    ) -> list[DecodedCode]:
        """Every QR code in the frame, each text once. Retries stop once `budget_ms` is spent
        (default: a still image's budget, DEFAULT_BUDGET_MS or STILL_MS_PER_MPX if larger).

        The first pass is exactly zxing-cpp's own (so nothing it reads is lost). `whole_frame`
        lets the retries look at the whole frame, not only around symbols zxing-cpp located:
        the full cascade when nothing was read, else pyzbar once more, for codes zxing-cpp
        did not even locate (several codes in a photo). That costs tens of milliseconds at
        720p, so the live worker allows it only now and then.
        """
        gray = to_gray(frame)
        if budget_ms is None:
            budget_ms = max(DEFAULT_BUDGET_MS, STILL_MS_PER_MPX * gray.size / 1e6)
        deadline = self._clock() + budget_ms / 1000.0
        found, misses = read_zxing(gray)
        for miss in _unexplained(misses, found)[:MAX_MISSES]:
            found += self._second_look(gray, miss, deadline)
        if whole_frame and not found:
            found = self._cascade(gray, _FRAME_STEPS, deadline, 0.0, 0.0)
        if whole_frame and found and not any(c.engine == "zbar/plain" for c in found):
            found += self._zbar_opinion(gray, found, deadline)
        return _unique(found)

    def _zbar_opinion(
        self, gray: np.ndarray, found: list[DecodedCode], deadline: float
    ) -> list[DecodedCode]:
        """pyzbar on the whole frame, for codes elsewhere than those already read."""
        if not self._use_zbar or not self._affordable(self._cost("zbar", gray.size), deadline):
            return []
        more = self._timed("zbar", gray.size, lambda: read_zbar(gray))
        return [c for c in more if not _covered(c.corners, found)]

    def _cost(self, key: str, pixels: float) -> float:
        """Expected milliseconds for `key` ("zxing", "zbar", "prepare", ...) on this many pixels."""
        return self._ms_per_mpx[key] * pixels / 1e6

    def _affordable(self, cost_ms: float, deadline: float) -> bool:
        return self._clock() + cost_ms / 1000.0 <= deadline

    def _timed(self, key: str, pixels: float, work: Callable[[], _T]) -> _T:
        """Run `work` and fold its time per megapixel into the estimate for `key`."""
        start = self._clock()
        result = work()
        rate = (self._clock() - start) * 1000.0 / max(pixels / 1e6, 0.01)
        self._ms_per_mpx[key] = 0.8 * self._ms_per_mpx[key] + 0.2 * rate
        return result

    def _second_look(self, gray: np.ndarray, miss: Miss, deadline: float) -> list[DecodedCode]:
        pts = np.array(miss.corners, np.float32)
        x0, y0 = pts.min(axis=0)
        x1, y1 = pts.max(axis=0)
        margin = 0.25 * max(x1 - x0, y1 - y0) + 4
        h, w = gray.shape[:2]
        left, top = max(0, int(x0 - margin)), max(0, int(y0 - margin))
        right, bottom = min(w, int(x1 + margin) + 1), min(h, int(y1 + margin) + 1)
        if right - left < 21 or bottom - top < 21:
            return []
        region = np.ascontiguousarray(gray[top:bottom, left:right])
        return self._cascade(region, _REGION_STEPS, deadline, left, top)

    def _cascade(
        self, image: np.ndarray, steps: tuple[_Step, ...], deadline: float, dx: float, dy: float
    ) -> list[DecodedCode]:
        """Try each step in order until one reads something; skip what the budget cannot pay."""
        for step in steps:
            if step.max_side and max(image.shape[:2]) > step.max_side:
                continue
            prepared: np.ndarray | None = None
            for engine in step.engines:
                if engine == "zbar" and not self._use_zbar:
                    continue
                cost = self._cost(engine, image.size * step.scale**2)
                if prepared is None and step.prepare:
                    cost += self._cost("prepare", image.size * step.scale**2)
                if not self._affordable(cost, deadline):
                    continue  # a cheaper engine or step may still fit
                if prepared is None:
                    prepared = self._prepare(step, image)
                codes = self._timed(engine, prepared.size, partial(_run_engine, engine, prepared))
                if codes:
                    return [_moved(c, step, engine, dx, dy) for c in codes]
        return []

    def _prepare(self, step: _Step, image: np.ndarray) -> np.ndarray:
        if step.prepare is None:
            return image
        prepare = step.prepare
        return self._timed("prepare", image.size * step.scale**2, lambda: prepare(image))


def _covered(corners: Sequence[tuple[float, float]], found: list[DecodedCode]) -> bool:
    """Is this spot inside a code already read (so a second reading is only a duplicate)?"""
    boxes = [cv2.boundingRect(np.array(c.corners, np.float32)) for c in found]
    return any(_inside(_centre(corners), box) for box in boxes)


def _unexplained(misses: list[Miss], found: list[DecodedCode]) -> list[Miss]:
    """Misses that are not just another view of a code already read."""
    return [m for m in misses if not _covered(m.corners, found)]


def _centre(corners: Sequence[tuple[float, float]]) -> tuple[float, float]:
    return (sum(x for x, _ in corners) / len(corners), sum(y for _, y in corners) / len(corners))


def _inside(point: tuple[float, float], box: Sequence[int]) -> bool:
    x, y, w, h = box
    return x <= point[0] <= x + w and y <= point[1] <= y + h


def _unique(codes: list[DecodedCode]) -> list[DecodedCode]:
    seen: set[str] = set()
    out = []
    for code in codes:
        if code.text not in seen:
            seen.add(code.text)
            out.append(code)
    return out


_default = Decoder()


def decode(
    frame: np.ndarray, *, budget_ms: float | None = None, whole_frame: bool = True
) -> list[DecodedCode]:
    """Every QR code in a BGR or gray frame (see Decoder.decode)."""
    return _default.decode(frame, budget_ms=budget_ms, whole_frame=whole_frame)
