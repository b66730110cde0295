"""A bar chart of arrivals per five minutes, painted with QPainter (no QtCharts: smaller bundle).

Labels on the time axis are thinned so they never overlap, the value axis has a rounded top and
a middle line, and each bar carries its count when there is room. The chart also describes
itself in words (accessibleDescription), so tests and screen readers get the same numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.ui import touch
from kiosk.ui.theme import tokens

LEFT, RIGHT, TOP, BOTTOM = 56, 16, 24, 44
LABEL_PIXELS = 16
MAX_SLOT = 64.0  # a few wide bars read worse than narrow ones at the left
BAR_COLOUR = QColor(tokens.BLUE)
GRID_COLOUR = QColor(tokens.GRID)
INK = QColor(tokens.INK)


def nice_top(value: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50 ... at or above `value`: the top of the axis."""
    scale = 1
    while True:
        for step in (1, 2, 5):
            if step * scale >= value:
                return step * scale
        scale *= 10


class BarChart(QWidget):
    """Bars for (label, count) pairs, left to right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data: list[tuple[str, int]] = []
        self._empty_text = ""
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def data(self) -> list[tuple[str, int]]:
        return list(self._data)

    def set_data(self, data: Sequence[tuple[str, int]], empty_text: str = "") -> None:
        self._data = list(data)
        self._empty_text = empty_text
        summary = ", ".join(f"{label} {count}" for label, count in self._data)
        self.setAccessibleDescription(summary or empty_text)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(touch.font(LABEL_PIXELS))
        painter.fillRect(self.rect(), QColor(tokens.CARD))
        plot = QRectF(LEFT, TOP, self.width() - LEFT - RIGHT, self.height() - TOP - BOTTOM)
        if not self._data or plot.width() <= 0 or plot.height() <= 0:
            painter.setPen(INK)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            painter.end()
            return
        top = nice_top(max(count for _, count in self._data))
        self._grid(painter, plot, top)
        self._bars(painter, plot, top)
        painter.end()

    def _grid(self, painter: QPainter, plot: QRectF, top: int) -> None:
        for value in sorted({0, top // 2, top}):
            y = plot.bottom() - plot.height() * value / top
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(INK)
            box = QRectF(0, y - 10, LEFT - 8, 20)
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )

    def _bars(self, painter: QPainter, plot: QRectF, top: int) -> None:
        slot = min(plot.width() / len(self._data), MAX_SLOT)
        gap = min(6.0, slot * 0.2)
        every = max(1, int(52 // slot) + 1)  # a time label needs about 52 px
        for index, (label, count) in enumerate(self._data):
            x = plot.left() + index * slot
            height = plot.height() * count / top
            bar = QRectF(x + gap / 2, plot.bottom() - height, slot - gap, height)
            painter.fillRect(bar, BAR_COLOUR)
            painter.setPen(INK)
            if count and slot >= 22:
                above = QRectF(x, bar.top() - 20, slot, 18)
                painter.drawText(above, Qt.AlignmentFlag.AlignCenter, str(count))
            if index % every == 0:
                under = QRectF(x - 20, plot.bottom() + 6, slot + 40, 20)
                painter.drawText(under, Qt.AlignmentFlag.AlignHCenter, label)
