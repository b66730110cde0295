"""Tickets and badge sheets, read back as a kiosk would: every code decodes to its attendee."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from kiosk.domain.sample import generate_roster
from kiosk.files.badges import COLUMNS, PAD, ROWS, qr_box
from kiosk.scanner.decode import decode
from kiosk.services.organizer import issue_tickets
from tests.fakes import open_door

pdfium = pytest.importorskip("pypdfium2")
DPI = 150
PEOPLE = 13  # two pages: ten badges and three


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, str]]]:
    directory = tmp_path_factory.mktemp("tickets")
    door = open_door(directory / "event.db")
    door.store.replace_roster(generate_roster(PEOPLE, seed=7))
    out = directory / "out"
    index = issue_tickets(door.store, out)
    door.store.close()
    with index.open(encoding="utf-8-sig", newline="") as handle:
        return out, list(csv.DictReader(handle))


def _codes(image: Image.Image) -> list[str]:
    return [found.text for found in decode(np.asarray(image.convert("L")))]


def test_every_png_ticket_decodes_to_its_attendees_code(issued) -> None:
    out, rows = issued
    assert len(rows) == PEOPLE
    for row in rows:
        with Image.open(out / row["png"]) as ticket:
            assert ticket.width >= 500  # readable on a phone held up to the camera
            assert _codes(ticket) == [row["code"]]


def _pages(pdf_file: Path) -> list[Image.Image]:
    document = pdfium.PdfDocument(pdf_file)
    try:
        return [page.render(scale=DPI / 72).to_pil() for page in document]
    finally:
        document.close()


def test_every_badge_on_the_pdf_decodes_to_its_attendees_code(issued) -> None:
    out, rows = issued
    pages = _pages(out / "badges.pdf")
    per_page = COLUMNS * ROWS
    assert len(pages) == -(-PEOPLE // per_page)
    px = DPI / 25.4
    for index, row in enumerate(rows):
        left, top, size = qr_box(index)
        box = [round(v * px) for v in (left - PAD, top - PAD, left + size + PAD, top + size + PAD)]
        crop = pages[index // per_page].crop(tuple(box))
        assert _codes(crop) == [row["code"]], f"badge {index} ({row['serial']})"


def test_badges_carry_the_names_in_the_embedded_korean_font(issued) -> None:
    out, rows = issued
    data = (out / "badges.pdf").read_bytes()
    assert b"/FontFile3" in data and b"NotoSansKR" in data  # CFF outlines, embedded
    assert len(data) < 1_000_000  # a subset, not the 4.6 MB font
    document = pdfium.PdfDocument(out / "badges.pdf")
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    assert len(rows) == PEOPLE
    for row in rows:
        assert row["name"] in text and row["affiliation"] in text
