"""Every sentence the kiosk says outside a widget: the terminal's lines, the reports of end of
day, roster problems and the doctor, shown on the command line and in the operator's window alike.

Each is written once, in English, under a key (`text("accepted")`), in one module of this
package by subject (reports, refusals, doctor, roster); its Korean lives with the GUI's own texts
in assets/translations/kiosk_ko.ts (`QT_TRANSLATE_NOOP` marks them for `pyside6-lupdate`,
context "Texts"; assets/translations/update.py refreshes and compiles it). The terminal reads the
compiled kiosk_<lang>.qm through a QTranslator of its own (no application needed): `--lang`,
KIOSK_LANG or the locale choose, Korean by default. The window uses `shown`, through the
translators it installed: the language the operator picked.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import cache, partial
from typing import TYPE_CHECKING

from kiosk.resources import translations_dir
from kiosk.texts import doctor, refusals, reports, roster

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

CONTEXT = "Texts"
SOURCE_LANGUAGE = "en"

# (key, **params) -> the sentence: `text` (the terminal's language), `shown` (the window's) or a
# `partial(text, lang=...)`; the wording of reports takes one, so both edges share it.
Say = Callable[..., str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for pyside6-lupdate (which looks for this name) and returns it unchanged."""
    return source


# key -> the English source, from every part of the catalog
MESSAGES: dict[str, str] = {
    **reports.MESSAGES,
    **refusals.MESSAGES,
    **doctor.MESSAGES,
    **roster.MESSAGES,
}


def language() -> str:
    """'ko' unless KIOSK_LANG or the locale says English."""
    chosen = os.environ.get("KIOSK_LANG") or os.environ.get("LANG", "ko")
    return "en" if chosen.lower().startswith("en") else "ko"


def text(key: str, lang: str | None = None, **params: object) -> str:
    """`key`'s sentence in `lang` ("ko", "en"), by default the terminal's; `params` fill it."""
    source = MESSAGES[key]
    chosen = lang or language()
    translated = "" if chosen == SOURCE_LANGUAGE else _translator(chosen).translate(CONTEXT, source)
    return (translated or source).format(**params)


def voice(lang: str | None = None) -> Say:
    """`text` in one language ("ko", "en"; None: the terminal's), to hand to a report's wording."""
    return partial(text, lang=lang)


def shown(key: str, **params: object) -> str:
    """`key`'s sentence in the language the window shows now (its installed translators)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(CONTEXT, MESSAGES[key]).format(**params)


@cache
def _translator(lang: str) -> QTranslator:
    """kiosk_<lang>.qm, loaded once; without the file every sentence stays English. (Qt is
    imported here: a command that prints nothing, or prints English, never loads it.)"""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    translator.load(f"kiosk_{lang}", str(translations_dir()))
    return translator
