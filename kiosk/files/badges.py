"""Printable badge sheets: A4, ten 90 x 55 mm badges a page (business-card size, so they fit
standard card holders and 10-up card stock), with cut marks in the margins.

Each badge has the event title, the QR code drawn as vector squares (sharp at any printer
resolution), the name large, and the affiliation and department. A QR module is 1 mm on paper:
version 5 (37 modules) plus its 4-module quiet zone fills the badge's height. At a webcam's
usual 30-40 cm that is 3-4 camera pixels per module, above the 2 px the decoder needs.

fpdf2 embeds a subset of Noto Sans KR (CFF outlines, as a CID-keyed Type 0 font), so a sheet
of 500 badges stays small and prints the same Hangul on any PC.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

import qrcode
import qrcode.constants
from fpdf import FPDF

from kiosk.domain.progress import Progress, silent
from kiosk.files.atomic import write_atomically
from kiosk.files.tickets import MAX_QR_VERSION, TicketImage

PAGE_W, PAGE_H = 210.0, 297.0
BADGE_W, BADGE_H = 90.0, 55.0
COLUMNS, ROWS = 2, 5
MARGIN_X = (PAGE_W - COLUMNS * BADGE_W) / 2  # 15 mm
MARGIN_Y = (PAGE_H - ROWS * BADGE_H) / 2  # 11 mm
MODULE_MM = 1.0
QUIET_MODULES = 4
PAD = 4.0  # the quiet zone's width, also the text's distance from the cut
MARK_GAP, MARK_LEN = 2.0, 5.0
FONT = "noto"


def qr_modules(code: str) -> list[list[bool]]:
    """The code's dark modules at level M, without border; refuses anything above version 5."""
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    qr.add_data(code, optimize=0)
    qr.make(fit=True)
    if qr.version > MAX_QR_VERSION:
        raise ValueError(f"code needs QR version {qr.version}, more than {MAX_QR_VERSION}")
    return [list(row) for row in qr.get_matrix()]


def badge_origin(index: int) -> tuple[float, float]:
    """Top-left corner (mm) of the badge at `index` on its page (row by row)."""
    slot = index % (COLUMNS * ROWS)
    return MARGIN_X + (slot % COLUMNS) * BADGE_W, MARGIN_Y + (slot // COLUMNS) * BADGE_H


def qr_box(index: int) -> tuple[float, float, float]:
    """Where a badge's code sits: left, top and size in mm (tests crop it from renders)."""
    x, y = badge_origin(index)
    size = 37 * MODULE_MM  # version 5; smaller versions are drawn at the same module size
    return x + PAD, y + BADGE_H - PAD - size, size


def write_badges(
    badges: Sequence[TicketImage],
    out: Path,
    title: str,
    font_file: Path,
    day: datetime,
    progress: Progress = silent,
) -> Path:
    """Write the badge sheet PDF for `badges` (in order) to `out`; returns `out`. `progress` is
    told the badges drawn, a page (ten) at a time."""
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.add_font(FONT, "", str(font_file))
    pdf.set_title(title)
    pdf.set_creator("kiosk")
    pdf.set_creation_date(day.astimezone(UTC))
    for index, badge in enumerate(badges):
        if index % (COLUMNS * ROWS) == 0:
            progress(index, len(badges))
            pdf.add_page()
            _cut_marks(pdf)
        _badge(pdf, index, badge, title)
    if pdf.page == 0:
        pdf.add_page()
    content = bytes(pdf.output())
    progress(len(badges), len(badges))
    return write_atomically(out, content)


def _badge(pdf: FPDF, index: int, badge: TicketImage, title: str) -> None:
    x, y = badge_origin(index)
    _line(pdf, title, x + PAD, y + 3.5, BADGE_W - 2 * PAD, 9, 5)
    left, top, size = qr_box(index)
    _qr(pdf, qr_modules(badge.code), left, top, size)
    text_x = left + size + PAD
    text_w = x + BADGE_W - PAD - text_x
    _line(pdf, badge.name, text_x, top + 6, text_w, 22, 10, height=10)
    _line(pdf, badge.affiliation, text_x, top + 20, text_w, 9, 6)
    _line(pdf, badge.department, text_x, top + 26, text_w, 9, 6)


def _line(
    pdf: FPDF,
    text: str,
    x: float,
    y: float,
    width: float,
    size: float,
    smallest: float,
    height: float = 5.0,
) -> None:
    """One centred line, shrunk to fit (down to `smallest` pt), then shortened with '…'."""
    while size > smallest and _width(pdf, text, size) > width:
        size -= 0.5
    pdf.set_font(FONT, size=size)
    while len(text) > 1 and pdf.get_string_width(text) > width:
        text = text[:-2] + "…"
    pdf.set_xy(x, y)
    pdf.cell(w=width, h=height, text=text, align="C")


def _width(pdf: FPDF, text: str, size: float) -> float:
    pdf.set_font(FONT, size=size)
    return float(pdf.get_string_width(text))


def _qr(pdf: FPDF, modules: Sequence[Sequence[bool]], left: float, top: float, size: float) -> None:
    """Dark modules as filled rectangles, one per horizontal run (fewer, seamless shapes)."""
    cell = size / 37 if len(modules) <= 37 else size / len(modules)
    offset = (size - cell * len(modules)) / 2
    pdf.set_fill_color(0, 0, 0)
    for r, row in enumerate(modules):
        c = 0
        while c < len(row):
            if not row[c]:
                c += 1
                continue
            start = c
            while c < len(row) and row[c]:
                c += 1
            x = left + offset + start * cell
            y = top + offset + r * cell
            pdf.rect(x, y, (c - start) * cell, cell + 0.02, style="F")


def _cut_marks(pdf: FPDF) -> None:
    """Short lines in the margins along every cut, clear of the badges themselves."""
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    bottom = MARGIN_Y + ROWS * BADGE_H
    right = MARGIN_X + COLUMNS * BADGE_W
    for column in range(COLUMNS + 1):
        x = MARGIN_X + column * BADGE_W
        pdf.line(x, MARGIN_Y - MARK_GAP - MARK_LEN, x, MARGIN_Y - MARK_GAP)
        pdf.line(x, bottom + MARK_GAP, x, bottom + MARK_GAP + MARK_LEN)
    for row in range(ROWS + 1):
        y = MARGIN_Y + row * BADGE_H
        pdf.line(MARGIN_X - MARK_GAP - MARK_LEN, y, MARGIN_X - MARK_GAP, y)
        pdf.line(right + MARK_GAP, y, right + MARK_GAP + MARK_LEN, y)
