"""The emotion lane: a smooth curve through the touchpoints' emotions in journey order.

Points are spread evenly across each stage column (reading order within the stage: lane
order, then card order) at a height set by the emotion (-2 low .. +2 high). The path is a
Catmull-Rom spline written as cubic Béziers, with control points clamped to the band so
the curve never overshoots the scale. It is rebuilt lazily, on the next paint after a
change, from a callable the scene provides.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.context import RenderContext
from journeymap.render.glyphs import draw_face

PAD_Y = 22.0
FACE_R = 8.0
MAX_FACES = 400

StagePoints = tuple[float, float, Sequence[int]]
"""(column x, column width, emotions in reading order) for one stage."""


def spline(points: Sequence[QPointF], top: float, bottom: float) -> QPainterPath:
    path = QPainterPath()
    if not points:
        return path
    path.moveTo(points[0])
    for i in range(len(points) - 1):
        p0, p1 = points[max(0, i - 1)], points[i]
        p2, p3 = points[i + 1], points[min(len(points) - 1, i + 2)]
        c1 = p1 + (p2 - p0) / 6
        c2 = p2 - (p3 - p1) / 6
        c1.setY(min(bottom, max(top, c1.y())))
        c2.setY(min(bottom, max(top, c2.y())))
        path.cubicTo(c1, c2, p2)
    return path


class EmotionCurve(QGraphicsItem):
    """Drawn in the emotion lane's row; coordinates are the row's."""

    def __init__(
        self, ctx: RenderContext, source: Callable[[], list[StagePoints]], parent: QGraphicsItem
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._source = source
        self._rect = QRectF()
        self._dirty = True
        self._points: list[tuple[QPointF, int]] = []
        self._path = QPainterPath()

    def set_band(self, band: QRectF) -> None:
        """The stage columns' part of the row, in row coordinates."""
        if band != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(band)
        self.invalidate()

    def invalidate(self) -> None:
        self._dirty = True
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def y_of(self, emotion: int) -> float:
        top, span = self._rect.top() + PAD_Y, self._rect.height() - 2 * PAD_Y
        return top + (2 - emotion) / 4 * span

    def _rebuild(self) -> None:
        points: list[tuple[QPointF, int]] = []
        for x, width, emotions in self._source():
            n = len(emotions)
            for i, emotion in enumerate(emotions):
                frac = (i + 0.5) / n
                px = x + width - width * frac if self.ctx.rtl else x + width * frac
                points.append((QPointF(px, self.y_of(emotion)), emotion))
        self._points = points
        self._path = spline([p for p, _ in points], self.y_of(2), self.y_of(-2))
        self._dirty = False

    def points(self) -> list[tuple[QPointF, int]]:
        if self._dirty:
            self._rebuild()
        return list(self._points)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._dirty:
            self._rebuild()
        theme = self.ctx.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_scale(painter)
        # a plain stroke (no gradient pen): SVG readers draw gradient strokes black
        painter.setPen(QPen(theme.flow, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        small = len(self._points) > MAX_FACES
        for point, emotion in self._points:
            if small:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.emotion_color(emotion))
                painter.drawEllipse(point, 3.0, 3.0)
            else:
                draw_face(painter, point, FACE_R, emotion, theme.emotion_color(emotion))

    def _paint_scale(self, painter: QPainter) -> None:
        """Faint guides at each emotion level; the neutral one a little stronger."""
        for emotion in range(-2, 3):
            color = QColor(self.ctx.theme.line)
            color.setAlphaF(0.9 if emotion == 0 else 0.45)
            style = Qt.PenStyle.SolidLine if emotion == 0 else Qt.PenStyle.DotLine
            painter.setPen(QPen(color, 1.0, style))
            y = self.y_of(emotion)
            painter.drawLine(QPointF(self._rect.left() + 8, y), QPointF(self._rect.right() - 8, y))
