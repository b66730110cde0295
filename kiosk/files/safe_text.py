"""Text that a spreadsheet will show as text: no cell may start a formula.

Excel and LibreOffice treat a cell that starts with = + - @ (or, in CSV, a tab, CR or LF, and
their full-width forms, which some versions normalise) as a formula. Such cells get a leading
apostrophe, the convention OWASP recommends; NUL and other control characters that XLSX cannot
store are dropped first, so that dropping them can never uncover a trigger ("\\x01=1+2").
The small and full-width forms and the Unicode minus sign are treated like their ASCII
originals, because input methods produce them and some programs fold them back.
"""

from __future__ import annotations

import re

FORMULA_STARTS = frozenset(
    "=+-@\t\r\n\x00"
    "＝＋－＠"  # full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20)
    "﹦﹢﹣﹫"  # small forms (U+FE66, U+FE62, U+FE63, U+FE6B)
    "−"  # minus sign (U+2212)
)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def neutralize(value: object) -> str:
    """The text of a cell, safe to open in a spreadsheet."""
    text = "" if value is None else str(value)
    if not text.isprintable():  # rare: only then can there be control characters to drop
        text = _ILLEGAL.sub("", text)
    if text and text[0] in FORMULA_STARTS:
        text = "'" + text
    return text


def starts_formula(text: str) -> bool:
    return bool(text) and text[0] in FORMULA_STARTS
