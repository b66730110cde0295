"""Where the bundled assets live: an installed wheel, a source checkout or a PyInstaller bundle.

The app needs a few files that are not Python (the Korean font, the sounds, the icon,
the translations). From a checkout they sit in ``assets/`` next to the ``kiosk`` package;
the wheel carries the same folder as ``kiosk/assets/`` (see pyproject.toml); in a frozen
build PyInstaller unpacks them under ``sys._MEIPASS``. This module only computes paths,
so it can be imported anywhere (no Qt, no I/O beyond ``exists`` checks).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Set this to point the app at another assets folder (tests, odd installs).
ASSETS_ENV = "KIOSK_ASSETS_DIR"

FONT_FILE = "NotoSansKR-Regular.otf"
FONT_FILE_BOLD = "NotoSansKR-Bold.otf"
SOUND_NAMES = ("accepted", "warning", "error")


def is_frozen() -> bool:
    """True inside a PyInstaller bundle (``sys.frozen`` and ``sys._MEIPASS`` are set)."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def assets_dir() -> Path:
    """The folder holding fonts/, sounds/, icons/ and translations/.

    Order: the ``KIOSK_ASSETS_DIR`` override, the PyInstaller bundle, the installed package's
    own ``kiosk/assets/``, then the checkout's top-level ``assets/``.
    """
    override = os.environ.get(ASSETS_ENV)
    if override:
        return Path(override)
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass) / "assets"
    package = Path(__file__).resolve().parent
    installed = package / "assets"
    if installed.is_dir():
        return installed
    return package.parent / "assets"


def font_path(bold: bool = False) -> Path:
    """The bundled Korean font (Noto Sans KR); ``bold`` falls back to Regular if absent."""
    fonts = assets_dir() / "fonts"
    if bold and (fonts / FONT_FILE_BOLD).exists():
        return fonts / FONT_FILE_BOLD
    return fonts / FONT_FILE


def sound_path(name: str) -> Path:
    """The WAV file for an outcome sound: ``accepted``, ``warning`` or ``error``."""
    if name not in SOUND_NAMES:
        raise ValueError(f"unknown sound {name!r}; expected one of {SOUND_NAMES}")
    return assets_dir() / "sounds" / f"{name}.wav"


def icon_path(ext: str = "png") -> Path:
    """The application icon (``png`` for Qt and Linux, ``ico`` for Windows)."""
    return assets_dir() / "icons" / f"kiosk.{ext}"


def translations_dir() -> Path:
    """The folder with the compiled Qt translations (``*.qm``)."""
    return assets_dir() / "translations"
