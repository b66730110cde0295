"""The live camera picture with a framing guide, the codes it found outlined, and camera trouble.

The worker hands over copied preview images and the corners of the codes it read (in frame
pixels); this widget only paints them. When the camera is lost, dark or frozen, the picture is
replaced by a plain message saying what to do, while the rest of the screen keeps working.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.scanner.camera_state import CameraState
from kiosk.ui.theme import tokens

Corners = Sequence[tuple[float, float]]
Outline = tuple[str, Corners]
OUTLINE_SECONDS = 0.3  # how long a found code stays outlined
GUIDE_SHARE = 0.62  # side of the framing square, as a share of the picture's shorter side


class CameraView(QWidget):
    """Paints the newest preview frame; never queues frames (only the last one is kept)."""

    def __init__(self, parent: QWidget | None = None, *, mirror: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("CameraView")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._image: QImage | None = None
        self._outlines: list[Corners] = []
        self._outlined_at = 0.0
        self._state = CameraState.STARTING
        self._detail = ""
        self.mirror = mirror

    # -- inputs ------------------------------------------------------------------------------

    @property
    def state(self) -> CameraState:
        return self._state

    def show_preview(self, image: QImage, outlines: Sequence[Outline] = ()) -> None:
        """The worker's `preview_updated(QImage, list)`: a picture and the codes read in it,
        as [(text, [(x, y) * 4]), ...] in the picture's own pixels."""
        self._image = image
        if outlines:
            self._outlines = [corners for _, corners in outlines]
            self._outlined_at = time.monotonic()
        self.update()

    def show_camera_state(self, state: CameraState, detail: str = "") -> None:
        """The worker's `camera_state_changed(CameraState)`; `detail` names what was tried."""
        self._state = state
        self._detail = detail
        if state is not CameraState.LIVE:
            self._outlines = []
        self.update()

    def trouble_text(self) -> tuple[str, str]:
        """(what is wrong, what to do) for the current state; empty when the camera is fine."""
        if self._state is CameraState.LIVE:
            return "", ""
        if self._state is CameraState.STARTING:
            return self.tr("Starting the camera…"), ""
        if self._state is CameraState.DARK:
            return self.tr("The camera picture is dark"), self.tr(
                "Uncover the lens and check the lights. Meanwhile use “Find by name”."
            )
        if self._state is CameraState.FROZEN:
            return self.tr("The camera picture has frozen"), self.tr(
                "Unplug the camera and plug it in again. Meanwhile use “Find by name”."
            )
        if self._state is CameraState.ENDED:
            return self.tr("The video has ended"), self.tr(
                "Choose a camera in operator mode. “Find by name” still works."
            )
        return self.tr("No camera found, or it was unplugged"), self.tr(
            "Check the camera's USB cable and plug it in again; the kiosk reconnects by itself. "
            "Meanwhile use “Find by name”."
        )

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(tokens.CAMERA))
        if self._state is CameraState.LIVE and self._image is not None and not self._image.isNull():
            target = self._picture_rect(self._image.size())
            self._paint_image(painter, target)
            self._paint_outlines(painter, target)
            self._paint_guide(painter, target)
        else:
            self._paint_trouble(painter)
        painter.end()

    def _picture_rect(self, size: QSize) -> QRectF:
        """Where the picture goes: as large as fits, aspect kept, centred."""
        scaled = size.scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        x = (self.width() - scaled.width()) / 2
        y = (self.height() - scaled.height()) / 2
        return QRectF(x, y, scaled.width(), scaled.height())

    def _paint_image(self, painter: QPainter, target: QRectF) -> None:
        assert self._image is not None
        painter.save()
        if self.mirror:
            painter.translate(target.center().x() * 2, 0)
            painter.scale(-1, 1)
        painter.drawImage(target, self._image)
        painter.restore()

    def _paint_guide(self, painter: QPainter, target: QRectF) -> None:
        side = min(target.width(), target.height()) * GUIDE_SHARE
        box = QRectF(0, 0, side, side)
        box.moveCenter(target.center())
        arm = side * 0.18
        for pen in (QPen(QColor(0, 0, 0, 140), 10), QPen(QColor(tokens.CAMERA_FRAME), 5)):
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            for corner, dx, dy in (
                (box.topLeft(), 1, 1),
                (box.topRight(), -1, 1),
                (box.bottomLeft(), 1, -1),
                (box.bottomRight(), -1, -1),
            ):
                painter.drawLine(corner, corner + QPointF(dx * arm, 0))
                painter.drawLine(corner, corner + QPointF(0, dy * arm))

    def _paint_outlines(self, painter: QPainter, target: QRectF) -> None:
        if not self._outlines or time.monotonic() - self._outlined_at > OUTLINE_SECONDS:
            return
        assert self._image is not None
        sx = target.width() / max(1, self._image.width())
        sy = target.height() / max(1, self._image.height())
        code = QColor(tokens.CAMERA_CODE)
        painter.setPen(QPen(code, 6))
        code.setAlpha(50)
        painter.setBrush(code)
        for corners in self._outlines:
            points = []
            for x, y in corners:
                px = target.left() + x * sx
                if self.mirror:
                    px = target.right() - x * sx
                points.append(QPointF(px, target.top() + y * sy))
            painter.drawPolygon(QPolygonF(points))

    def _paint_trouble(self, painter: QPainter) -> None:
        """What is wrong and what to do, centred, shrunk until it fits (never cut off)."""
        what, todo = self.trouble_text()
        if self._detail:
            todo = f"{todo}\n({self._detail})" if todo else f"({self._detail})"
        area = QRectF(self.rect().adjusted(20, 12, -20, -12))
        flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap)
        title, body = QFont(self.font()), QFont(self.font())
        title.setBold(True)
        for pixels in (30, 27, 24, 21, 18, 16):
            title.setPixelSize(pixels)
            body.setPixelSize(max(14, pixels - 8))
            high_title = self._text_height(title, what, area.width(), flags)
            high_body = self._text_height(body, todo, area.width(), flags) if todo else 0
            total = high_title + (12 + high_body if todo else 0)
            if total <= area.height():
                break
        top = area.top() + max(0.0, (area.height() - total) / 2)
        painter.setFont(title)
        starting = self._state is CameraState.STARTING
        painter.setPen(QColor(tokens.GRID if starting else tokens.CAMERA_WARN))
        painter.drawText(QRectF(area.left(), top, area.width(), high_title), flags, what)
        if todo:
            painter.setFont(body)
            painter.setPen(QColor(tokens.CAMERA_TEXT))
            below = QRectF(area.left(), top + high_title + 12, area.width(), high_body)
            painter.drawText(below, flags, todo)

    @staticmethod
    def _text_height(font: QFont, text: str, width: float, flags: int) -> float:
        box = QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 10_000), flags, text)
        return box.height()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)
