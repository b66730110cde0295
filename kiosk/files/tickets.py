"""Ticket images: one PNG per attendee, sized for a phone screen, and index.csv.

A run's files are made in a folder of their own inside the target (`staged`) and moved in only
when all of them are written: a run that fails or is cancelled leaves the target as it was.
"""

from __future__ import annotations

import contextlib
import csv
import re
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import qrcode
import qrcode.constants
from PIL import Image, ImageDraw, ImageFont

from kiosk.domain.progress import Progress, silent
from kiosk.files.safe_text import neutralize

INDEX_HEADER = ("serial", "name", "affiliation", "department", "code", "png")
MAX_QR_VERSION = 5
BOX_PIXELS = 14  # 37 modules x 14 px: about 520 px of code, crisp on a phone, easy for a webcam
BORDER_MODULES = 4


@dataclass(frozen=True)
class TicketImage:
    serial: int
    name: str
    affiliation: str
    department: str
    code: str


def qr_image(
    code: str, box_pixels: int = BOX_PIXELS, max_version: int = MAX_QR_VERSION
) -> Image.Image:
    """The code as a QR image at level M; refuses anything above `max_version` (a ticket: 5)."""
    qr = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=box_pixels,
        border=BORDER_MODULES,
    )
    qr.add_data(code, optimize=0)
    qr.make(fit=True)
    if qr.version > max_version:
        raise ValueError(f"code needs QR version {qr.version}, more than {max_version}")
    image: Image.Image = qr.make_image(fill_color="black", back_color="white").get_image()
    return image.convert("RGB")


def ticket_png(ticket: TicketImage, title: str, font_file: Path | None) -> Image.Image:
    """The QR code with the event title above and the attendee's name below."""
    code = qr_image(ticket.code)
    width = code.width
    canvas = Image.new("RGB", (width, code.height + 230), "white")
    canvas.paste(code, (0, 70))
    draw = ImageDraw.Draw(canvas)
    _centered(draw, title, 16, width, _font(font_file, 30))
    _centered(draw, ticket.name, code.height + 80, width, _font(font_file, 48))
    line = " · ".join(p for p in (ticket.affiliation, ticket.department) if p)
    _centered(draw, line, code.height + 150, width, _font(font_file, 28))
    return canvas


def _font(font_file: Path | None, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    if font_file and font_file.exists():
        return ImageFont.truetype(str(font_file), size)
    return ImageFont.load_default(size)


def _centered(draw: ImageDraw.ImageDraw, text: str, top: int, width: int, font: object) -> None:
    while text and draw.textlength(text, font=font) > width - 20:  # type: ignore[arg-type]
        text = text[:-2] + "…"
    left = (width - draw.textlength(text, font=font)) / 2  # type: ignore[arg-type]
    draw.text((left, top), text, fill="black", font=font)  # type: ignore[arg-type]


def png_name(ticket: TicketImage) -> str:
    """A file name that sorts by serial and survives any file system (no name inside)."""
    return f"ticket-{ticket.serial:06d}.png"


def write_tickets(
    tickets: Sequence[TicketImage],
    out_dir: Path,
    title: str,
    font_file: Path | None,
    progress: Progress = silent,
) -> Path:
    """Write one PNG per attendee and index.csv (UTF-8 with BOM); returns index.csv's path.
    `progress` is told the tickets done, one by one (each takes tens of milliseconds)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    index = out_dir / "index.csv"
    with index.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(INDEX_HEADER)
        for done, ticket in enumerate(tickets, start=1):
            name = png_name(ticket)
            ticket_png(ticket, title, font_file).save(out_dir / name, optimize=True)
            writer.writerow(
                [
                    ticket.serial,
                    *map(neutralize, (ticket.name, ticket.affiliation, ticket.department)),
                    ticket.code,
                    name,
                ]
            )
            progress(done, len(tickets))
    return index


@contextlib.contextmanager
def staged(out_dir: Path, last: str = "index.csv") -> Iterator[Path]:
    """A fresh folder inside `out_dir` to write a run's files in. When the block ends well, its
    files replace their namesakes in `out_dir` (`last` moved last: the index appears once the
    images it names are there); when it raises (a failure, Cancelled, Ctrl+C), the folder goes,
    with any folder this made: `out_dir` holds what it held before."""
    made = [p for p in (out_dir, *out_dir.parents) if not p.exists()]
    out_dir.mkdir(parents=True, exist_ok=True)
    stage = Path(tempfile.mkdtemp(prefix=".tickets-partial-", dir=out_dir))
    try:
        yield stage
    except BaseException:
        shutil.rmtree(stage, ignore_errors=True)
        for folder in made:  # innermost first; only if still empty
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    files = sorted(stage.iterdir(), key=lambda f: (f.name == last, f.name))
    for written in files:
        written.replace(out_dir / written.name)
    stage.rmdir()


_SAFE = re.compile(r"[^0-9A-Za-z가-힣_.-]+")


def safe_file_stem(text: str) -> str:
    return _SAFE.sub("-", text).strip("-") or "event"
