"""Languages: Korean (the default) and English, switchable while the kiosk runs.

The source texts in kiosk/ui and kiosk/texts/ are English; assets/translations/kiosk_ko.qm
(made from kiosk_ko.ts by assets/translations/update.py) turns them into Korean, the window's
and the reports' alike (kiosk.texts.shown asks these same translators). Switching language swaps
the installed QTranslators, and Qt then sends every widget a LanguageChange event: each screen
re-reads its texts in `changeEvent`. Qt's own strings (dialog buttons) come from qtbase_ko.qm.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from kiosk.resources import translations_dir

log = logging.getLogger(__name__)

LANGUAGES = ("ko", "en")
DEFAULT_LANGUAGE = "ko"
SOURCE_LANGUAGE = "en"

_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The language the UI is showing now ("ko" or "en")."""
    return _current


class Translations:
    """Owns the installed translators of the application."""

    def __init__(self, app: QCoreApplication, directory: Path | None = None) -> None:
        self._app = app
        self._directory = directory or translations_dir()
        self._installed: list[QTranslator] = []

    def switch(self, language: str) -> bool:
        """Show `language` from now on. False (and English) when its file is missing."""
        global _current
        if language not in LANGUAGES:
            language = DEFAULT_LANGUAGE
        self._remove()
        if language == SOURCE_LANGUAGE:
            _current = language
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
            return True
        ours = QTranslator(self._app)
        if not ours.load(f"kiosk_{language}", str(self._directory)):
            log.error("translation kiosk_%s.qm not found in %s", language, self._directory)
            _current = SOURCE_LANGUAGE
            return False
        self._install(ours)
        qt_own = QTranslator(self._app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            self._install(qt_own)
        QLocale.setDefault(QLocale(language))
        _current = language
        return True

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)

    def _remove(self) -> None:
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []
