"""The QApplication of the kiosk window: the bundled Korean font as everyone's default (loaded
before any widget exists, so Hangul renders on a machine without Korean fonts), the one theme
and the icon. The composition root (kiosk/app.py) makes it first.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from kiosk.resources import font_path, icon_path
from kiosk.ui import theme

log = logging.getLogger(__name__)
FONT_PIXELS = 18


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with the bundled Korean font as everyone's default, and the one theme."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("kiosk")
    load_font(app)
    theme.install(app)
    if icon_path().exists():
        app.setWindowIcon(QIcon(str(icon_path())))
    return app


def load_font(app: QApplication) -> str:
    """Register Noto Sans KR and make it the default; returns its family name ("" if missing)."""
    families: list[str] = []
    for bold in (False, True):
        path = font_path(bold)
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
        else:
            log.error("could not load the font %s: Hangul may not render", path)
    if not families:
        return ""
    font = QFont(families[0])
    font.setPixelSize(FONT_PIXELS)
    app.setFont(font)
    return families[0]
