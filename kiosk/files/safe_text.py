"""Text that a spreadsheet will show as text: no cell may start a formula.

Excel and LibreOffice treat a cell that starts with = + - @ (or, in CSV, a tab, CR or LF, and
their full-width forms, which some versions normalise) as a formula. Such cells get a leading
apostrophe, the convention OWASP recommends; NUL and other control characters that XLSX cannot
store are dropped.
"""

from __future__ import annotations

import re

FORMULA_STARTS = frozenset("=+-@\t\r\n\x00＝＋－＠")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralize(value: object) -> str:
    """The text of a cell, safe to open in a spreadsheet."""
    text = "" if value is None else str(value)
    if text and text[0] in FORMULA_STARTS:
        text = "'" + text
    return _ILLEGAL.sub("", text)


def starts_formula(text: str) -> bool:
    return bool(text) and text[0] in FORMULA_STARTS
