"""Draw the application icon: a QR-like glyph with a check mark (kiosk.png and kiosk.ico).

Rerun with ``uv run python assets/icons/make_icon.py``. Drawn at 4x and scaled down so the
edges are smooth; the .ico carries the sizes Windows asks for (16 to 256 px).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 256
SCALE = 4
BACKGROUND = (24, 54, 96, 255)  # deep blue
MODULE = (255, 255, 255, 255)
CHECK_DISC = (34, 160, 90, 255)  # the same green family as the "accepted" screen
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]

# A fixed 7x7 pattern of data modules for the middle of the glyph (1 = filled).
DATA = (
    "1011010",
    "0110011",
    "1101100",
    "0010111",
    "1100010",
)


def _finder(draw: ImageDraw.ImageDraw, x: int, y: int, cell: int) -> None:
    """A QR finder pattern: 7x7 ring, 5x5 gap, 3x3 core."""
    draw.rectangle([x, y, x + 7 * cell - 1, y + 7 * cell - 1], fill=MODULE)
    draw.rectangle([x + cell, y + cell, x + 6 * cell - 1, y + 6 * cell - 1], fill=BACKGROUND)
    draw.rectangle([x + 2 * cell, y + 2 * cell, x + 5 * cell - 1, y + 5 * cell - 1], fill=MODULE)


def draw_icon() -> Image.Image:
    """Return the 256x256 RGBA icon."""
    big = SIZE * SCALE
    img = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(img)
    draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=big // 6, fill=BACKGROUND)
    cell = big // 21
    left = top = cell * 2
    right = big - cell * 2 - 7 * cell
    _finder(draw, left, top, cell)
    _finder(draw, right, top, cell)
    _finder(draw, left, right, cell)
    for row, bits in enumerate(DATA):
        for col, bit in enumerate(bits):
            if bit == "1":
                x, y = left + (col + 7) * cell, top + (row + 8) * cell
                draw.rectangle([x, y, x + cell - 1, y + cell - 1], fill=MODULE)
    _check_mark(draw, centre=(big - 5 * cell, big - 5 * cell), radius=int(4.6 * cell))
    return img.resize((SIZE, SIZE), Image.Resampling.LANCZOS)


def _check_mark(draw: ImageDraw.ImageDraw, centre: tuple[int, int], radius: int) -> None:
    """A green disc with a white tick: the 'checked in' sign."""
    cx, cy = centre
    draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=CHECK_DISC)
    r = radius
    points = [
        (cx - 0.5 * r, cy + 0.02 * r),
        (cx - 0.12 * r, cy + 0.4 * r),
        (cx + 0.52 * r, cy - 0.36 * r),
    ]
    draw.line(points, fill=MODULE, width=int(0.2 * r), joint="curve")


def main() -> None:
    here = Path(__file__).resolve().parent
    icon = draw_icon()
    icon.save(here / "kiosk.png", optimize=True)
    icon.save(here / "kiosk.ico", sizes=ICO_SIZES)
    print("kiosk.png and kiosk.ico written")


if __name__ == "__main__":
    main()
