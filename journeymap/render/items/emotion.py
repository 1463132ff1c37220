"""The emotion lane: a smooth curve through the touchpoints' emotions in journey order.

Points are spread evenly across each stage column (reading order within the stage: lane
order, then card order) at a height set by the emotion (-2 low .. +2 high). The path is a
Catmull-Rom spline written as cubic Béziers, with control points clamped to the band so
the curve never overshoots the scale. It is rebuilt lazily, on the next paint after a
change, from a callable the scene provides.

In "one curve per persona" mode (:meth:`EmotionCurve.set_persona_source`) the same points
are split into one curve per persona (see journeymap.render.items.persona_lines); a
touchpoint keeps its place across the lane, so shared touchpoints line up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.context import RenderContext
from journeymap.render.glyphs import draw_face
from journeymap.render.items.data import PersonaLine
from journeymap.render.items.persona_lines import PersonaLegend, Series, nudge, paint_series
from journeymap.util.i18n import tr

PAD_Y = 22.0
FACE_R = 8.0
SCALE_R = 7.0
"""The faces of the scale in the lane header."""
GRAB = FACE_R + 4.0
"""How near a touchpoint's point on the curve a press grabs it (to drag its emotion)."""
MAX_FACES = 400

StagePoints = tuple[float, float, Sequence[tuple[str, int]]]
"""(column x, column width, (touchpoint id, emotion) in reading order) for one stage."""
PersonaSource = Callable[[], list[PersonaLine]]


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
        self._ids: list[str] = []
        self._path = QPainterPath()
        self._personas: PersonaSource | None = None
        self._series: list[Series] = []
        self._lens: str | None = None
        self.legend = PersonaLegend(ctx, self.series)
        """Drawn in the lane header (the grid makes it the header's child)."""
        self.faces = EmotionScale(ctx, self.y_of)
        """The five faces at their heights, in the lane header (also the header's child)."""

    def set_persona_source(self, source: PersonaSource | None) -> None:
        """One curve per persona from ``source``; None: the single curve."""
        self._personas = source
        if source is None:
            self.legend.set_lines([])
        self.invalidate()

    def set_lens(self, persona_id: str | None) -> None:
        """Emphasise ``persona_id``'s curve (per-persona mode only)."""
        self._lens = persona_id
        self.legend.set_lens(persona_id)
        self.update()

    @property
    def per_persona(self) -> bool:
        return self._personas is not None

    def set_band(self, band: QRectF) -> None:
        """The stage columns' part of the row, in row coordinates."""
        if band != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(band)
        self.invalidate()

    def invalidate(self) -> None:
        self._dirty = True
        self.update()
        self.legend.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def y_of(self, emotion: int) -> float:
        top, span = self._rect.top() + PAD_Y, self._rect.height() - 2 * PAD_Y
        return top + (2 - emotion) / 4 * span

    def _rebuild(self) -> None:
        marks: list[tuple[QPointF, str, int]] = []
        for x, width, stage_marks in self._source():
            n = len(stage_marks)
            for i, (ident, emotion) in enumerate(stage_marks):
                frac = (i + 0.5) / n
                px = x + width - width * frac if self.ctx.rtl else x + width * frac
                marks.append((QPointF(px, self.y_of(emotion)), ident, emotion))
        self._points = [(p, emotion) for p, _, emotion in marks]
        self._ids = [ident for _, ident, _ in marks]
        self._path = spline([p for p, _ in self._points], self.y_of(2), self.y_of(-2))
        self._series = self._split(marks) if self._personas is not None else []
        self._dirty = False

    def _split(self, marks: list[tuple[QPointF, str, int]]) -> list[Series]:
        assert self._personas is not None
        lines = self._personas()
        self.legend.set_lines(lines)
        series = []
        for style, line in enumerate(lines):
            dy = nudge(style, len(lines))
            points = [p + QPointF(0.0, dy) for p, ident, _ in marks if ident in line.touchpoints]
            path = spline(points, self.y_of(2) + dy, self.y_of(-2) + dy)
            series.append(Series(line, style, points, path))
        return series

    def points(self) -> list[tuple[QPointF, int]]:
        if self._dirty:
            self._rebuild()
        return list(self._points)

    def touchpoint_at(self, pos: QPointF) -> str | None:
        """The touchpoint whose point on the curve is under ``pos`` (row coordinates)."""
        if self._dirty:
            self._rebuild()
        near = [
            ((p.x() - pos.x()) ** 2 + (p.y() - pos.y()) ** 2, ident)
            for (p, _), ident in zip(self._points, self._ids, strict=True)
        ]
        hit = min(((d, ident) for d, ident in near if d <= GRAB**2), default=None)
        return None if hit is None else hit[1]

    def point_of(self, ident: str) -> QPointF | None:
        """Where ``ident``'s point is drawn on the curve (row coordinates)."""
        if self._dirty:
            self._rebuild()
        return next((p for (p, _), i in zip(self._points, self._ids, strict=True) if i == ident), None)

    def emotion_at(self, y: float) -> int:
        """The emotion level nearest to height ``y`` (row coordinates)."""
        return min(range(-2, 3), key=lambda emotion: abs(self.y_of(emotion) - y))

    def series(self) -> list[Series]:
        """The persona curves (empty unless in per-persona mode)."""
        if self._dirty:
            self._rebuild()
        return list(self._series)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._dirty:
            self._rebuild()
        theme = self.ctx.theme
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._paint_scale(painter)
        if self._personas is not None:
            paint_series(painter, theme, self._series, self._lens)
            return
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


class EmotionScale(QGraphicsItem):
    """The emotion scale: the five faces, very negative at the bottom to very positive at
    the top, at the heights of the curve's guides, in the strip of the lane header next
    to the map."""

    def __init__(self, ctx: RenderContext, y_of: Callable[[int], float]) -> None:
        super().__init__()
        self.ctx = ctx
        self._y_of = y_of
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setToolTip(tr("Emotion: from very negative (bottom) to very positive (top)"))

    def _x(self) -> float:
        parent = self.parentItem()
        body = parent.body() if parent is not None and hasattr(parent, "body") else QRectF()
        return body.left() + 16.0 if self.ctx.rtl else body.right() - 16.0

    def centers(self) -> list[tuple[int, QPointF]]:
        """(emotion, centre of its face) in the header's coordinates."""
        return [(emotion, QPointF(self._x(), self._y_of(emotion))) for emotion in range(-2, 3)]

    def boundingRect(self) -> QRectF:
        x = self._x()
        top, bottom = self._y_of(2), self._y_of(-2)
        return QRectF(x - SCALE_R - 1, top - SCALE_R - 1, 2 * SCALE_R + 2, bottom - top + 2 * SCALE_R + 2)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self.ctx.theme
        for emotion, center in self.centers():
            draw_face(painter, center, SCALE_R, emotion, theme.emotion_color(emotion))
