"""The two QR libraries behind one shape: a grayscale image in, decoded codes out.

zxing-cpp is the main reader (self-contained wheels, fast, no wrong reads measured). pyzbar is
the second opinion; it needs the system library libzbar, so it is optional: when `import
pyzbar.pyzbar` fails the kiosk keeps scanning on zxing-cpp alone and `decoder_status()` says so.
Only QR Code Model 2 is asked for: the wider `QRCode` family includes Micro QR, which found a
false "25" inside a large code in a real video.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from types import ModuleType
from typing import Any

import numpy as np

Point = tuple[float, float]


@dataclass(frozen=True)
class DecodedCode:
    """One code found in a frame: its text, four corners (image pixels, drawing order), engine."""

    text: str
    corners: tuple[Point, Point, Point, Point]
    engine: str


@dataclass(frozen=True)
class Miss:
    """A QR symbol zxing-cpp located but could not decode (worth a closer second look)."""

    corners: tuple[Point, Point, Point, Point]


@dataclass(frozen=True)
class DecoderStatus:
    """Which decoding libraries this machine can use, for `kiosk doctor`."""

    zxing: bool
    zxing_version: str | None
    zbar: bool
    zbar_version: str | None
    zbar_problem: str | None  # why pyzbar is unusable, e.g. "Unable to find zbar shared library"

    @property
    def engines(self) -> list[str]:
        return [name for name, ok in (("zxing-cpp", self.zxing), ("pyzbar", self.zbar)) if ok]

    @property
    def usable(self) -> bool:
        return self.zxing or self.zbar


@cache
def _zxing() -> ModuleType | None:
    try:
        import zxingcpp
    except ImportError:
        return None
    return zxingcpp


@cache
def _zbar() -> tuple[ModuleType | None, str | None]:
    """pyzbar's decoder module, or None and the reason (libzbar missing, DLL runtime missing)."""
    try:
        from pyzbar import pyzbar
    except (ImportError, OSError) as exc:  # OSError: a DLL that is there but cannot load
        return None, str(exc) or type(exc).__name__
    return pyzbar, None


def zxing_available() -> bool:
    return _zxing() is not None


def zbar_available() -> bool:
    return _zbar()[0] is not None


def _version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def _zbar_library_version() -> str | None:
    module, _ = _zbar()
    if module is None:
        return None
    import ctypes

    from pyzbar import wrapper

    major, minor = ctypes.c_uint(), ctypes.c_uint()
    wrapper.zbar_version(ctypes.byref(major), ctypes.byref(minor))
    return f"pyzbar {_version('pyzbar')}, libzbar {major.value}.{minor.value}"


def decoder_status() -> DecoderStatus:
    """What `kiosk doctor` prints about decoding: engines present, versions, what is missing."""
    zbar_module, problem = _zbar()
    return DecoderStatus(
        zxing=zxing_available(),
        zxing_version=_version("zxing-cpp") if zxing_available() else None,
        zbar=zbar_module is not None,
        zbar_version=_zbar_library_version(),
        zbar_problem=problem,
    )


def _quad(points: Sequence[Any]) -> tuple[Point, Point, Point, Point]:
    p = [(float(pt.x), float(pt.y)) for pt in points]
    return (p[0], p[1], p[2], p[3])


def read_zxing(
    gray: np.ndarray, *, global_histogram: bool = False
) -> tuple[list[DecodedCode], list[Miss]]:
    """Codes zxing-cpp decodes, and the symbols it found but could not decode.

    zxing-cpp's own defaults otherwise (rotation, inverted codes, shrunken copies of large
    images), so every code the plain library reads is read here too. `global_histogram` swaps
    its local binarizer for a global one, which reads some unevenly printed codes.
    """
    zx = _zxing()
    if zx is None:
        return [], []
    binarizer = zx.Binarizer.GlobalHistogram if global_histogram else zx.Binarizer.LocalAverage
    results = zx.read_barcodes(
        gray,
        formats=zx.BarcodeFormat.QRCodeModel2,
        binarizer=binarizer,
        return_errors=True,
    )
    codes, misses = [], []
    for r in results:
        p = r.position
        corners = _quad((p.top_left, p.top_right, p.bottom_right, p.bottom_left))
        if r.valid:
            codes.append(DecodedCode(r.text, corners, "zxing"))
        else:
            misses.append(Miss(corners))
    return codes, misses


def read_zbar(gray: np.ndarray) -> list[DecodedCode]:
    """Codes pyzbar (libzbar) decodes; [] where libzbar is missing."""
    module, _ = _zbar()
    if module is None:
        return []
    found = module.decode(np.ascontiguousarray(gray), symbols=[module.ZBarSymbol.QRCODE])
    return [DecodedCode(r.data.decode("utf-8", "replace"), _zbar_corners(r), "zbar") for r in found]


def _zbar_corners(result: Any) -> tuple[Point, Point, Point, Point]:
    """zbar gives a polygon; most are the 4 corners, otherwise fall back to its bounding box."""
    if len(result.polygon) == 4:
        return _quad(result.polygon)
    left, top, width, height = result.rect
    return ((left, top), (left + width, top), (left + width, top + height), (left, top + height))
