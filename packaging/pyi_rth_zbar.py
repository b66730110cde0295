"""PyInstaller runtime hook: make pyzbar load the libzbar bundled with the app.

On Linux and macOS pyzbar asks ``ctypes.util.find_library('zbar')``, which only searches the
system's library paths, so a frozen kiosk fails with "Unable to find zbar shared library" on a
machine without the libzbar0 package even though the bundle carries ``libzbar.so.0``. This hook
runs before any app code (so before pyzbar binds ``find_library``) and answers 'zbar' with the
bundled file. On Windows pyzbar loads its DLLs from its own package folder, which the spec fills
with ``collect_dynamic_libs("pyzbar")``; the hook only helps if they landed at the top instead.

It does nothing unless ``sys._MEIPASS`` is set, so importing it in a test changes nothing.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable
from typing import Any

ZBAR_FILES = (
    "libzbar.so.0",
    "libzbar.so",
    "libzbar-64.dll",
    "libzbar-32.dll",
    "libzbar.0.dylib",
    "libzbar.dylib",
)
SUBDIRS = ("", "pyzbar")


def bundled_zbar(base: str, exists: Callable[[str], bool] = os.path.exists) -> str | None:
    """The first libzbar file under the bundle folder ``base`` (top level, then pyzbar/)."""
    for sub in SUBDIRS:
        for name in ZBAR_FILES:
            candidate = os.path.join(base, sub, name)
            if exists(candidate):
                return candidate
    return None


def install(ctypes_util: Any, sys_module: Any) -> str | None:
    """Wrap ``ctypes_util.find_library`` so 'zbar' resolves inside the bundle.

    Returns the bundled path it will hand out, or None when not frozen or nothing is bundled
    (then the system library, if any, is used as before).
    """
    base = getattr(sys_module, "_MEIPASS", None)
    found = bundled_zbar(base) if base else None
    if found is None:
        return None
    original = ctypes_util.find_library

    def find_library(name: str) -> str | None:
        if name == "zbar":
            return found
        return original(name)

    ctypes_util.find_library = find_library
    return found


if getattr(sys, "frozen", False):
    install(ctypes.util, sys)
