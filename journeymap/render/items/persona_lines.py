"""The emotion lane's "one curve per persona" mode: styles, series and the legend.

Each persona's curve has its own colour AND its own dash pattern and marker shape, so the
curves stay apart without colour vision and in greyscale prints. Curves through shared
touchpoints would lie on top of each other, so each persona's curve is nudged a few
pixels up or down. Under a persona lens that persona's curve is drawn last, thicker, and
the others fade. The legend (swatch: a bit of line with its marker, then the name) sits
at the bottom of the emotion lane's header and follows the reading direction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.context import RenderContext
from journeymap.render.items.data import PersonaLine
from journeymap.render.theme import Theme

DASHES: tuple[tuple[float, ...], ...] = ((), (4.0, 2.5), (0.01, 2.4), (5.0, 2.2, 0.01, 2.2), (1.8, 2.2))
"""Dash patterns (in pen widths, round caps): solid, dashed, dotted, dash-dot, short dashes."""
MARKERS = ("circle", "square", "diamond", "triangle", "triangle_down")
NUDGE = 3.0
"""Vertical distance between neighbouring personas' curves."""
MARKER_R = 4.5
LEGEND_ROW_H = 16.0
LEGEND_SAMPLE_W = 24.0
LEGEND_PAD = 10.0
SCALE_W = 24.0
"""The emotion scale's strip in the lane header (journeymap.render.items.headers.SCALE_W)."""


@dataclass
class Series:
    """One persona's curve in row coordinates."""

    line: PersonaLine
    style: int
    points: list[QPointF]
    path: QPainterPath


def nudge(index: int, count: int) -> float:
    return (index - (count - 1) / 2) * NUDGE


def curve_pen(color: QColor, style: int, width: float) -> QPen:
    pen = QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    dashes = DASHES[style % len(DASHES)]
    if dashes:
        pen.setDashPattern(list(dashes))
    return pen


def draw_marker(painter: QPainter, center: QPointF, radius: float, style: int) -> None:
    """The persona's marker shape around ``center`` with the painter's pen and brush."""
    shape = MARKERS[style % len(MARKERS)]
    x, y, r = center.x(), center.y(), radius
    if shape == "circle":
        painter.drawEllipse(center, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif shape == "diamond":
        r *= 1.15
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
    else:
        s = -1.0 if shape == "triangle" else 1.0
        r *= 1.1
        tip, base = y + s * r, y - s * r * 0.7
        painter.drawPolygon(QPolygonF([QPointF(x, tip), QPointF(x + r, base), QPointF(x - r, base)]))


def look(theme: Theme, line: PersonaLine, lens: str | None) -> tuple[QColor, float]:
    """Colour and pen width of a curve: the lens persona's stands out, the others fade."""
    color = QColor(line.color)
    if lens is None:
        return color, 2.2
    if line.persona_id == lens:
        return color, 3.4
    color.setAlphaF(0.28)
    return color, 1.6


def paint_series(painter: QPainter, theme: Theme, series: Sequence[Series], lens: str | None) -> None:
    ordered = sorted(series, key=lambda s: s.line.persona_id == lens)
    for one in ordered:
        color, width = look(theme, one.line, lens)
        painter.setPen(curve_pen(color, one.style, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(one.path)
        radius = MARKER_R * (1.2 if lens is not None and one.line.persona_id == lens else 1.0)
        halo = QColor(theme.canvas)
        halo.setAlphaF(color.alphaF())
        painter.setPen(QPen(halo, 1.5))
        painter.setBrush(color)
        for point in one.points:
            draw_marker(painter, point, radius, one.style)


class PersonaLegend(QGraphicsItem):
    """Persona name + swatch per curve, at the bottom of its parent (the lane header)."""

    def __init__(self, ctx: RenderContext, fresh: Callable[[], object]) -> None:
        super().__init__()
        self.ctx = ctx
        self._fresh = fresh
        """Brings the curve (and so this legend's lines) up to date before a paint."""
        self._lines: list[PersonaLine] = []
        self._lens: str | None = None
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_lines(self, lines: Sequence[PersonaLine]) -> None:
        if list(lines) != self._lines:
            self._lines = list(lines)
            self.update()

    def set_lens(self, persona_id: str | None) -> None:
        self._lens = persona_id
        self.update()

    def lines(self) -> list[PersonaLine]:
        return list(self._lines)

    def _area(self) -> QRectF:
        parent = self.parentItem()
        body = parent.body() if parent is not None and hasattr(parent, "body") else QRectF()
        area = QRectF(body).adjusted(LEGEND_PAD, 0.0, -LEGEND_PAD, -LEGEND_PAD / 2)
        # leave the emotion scale's strip (on the map's side of the header) to the faces
        return area.adjusted(SCALE_W, 0, 0, 0) if self.ctx.rtl else area.adjusted(0, 0, -SCALE_W, 0)

    def boundingRect(self) -> QRectF:
        return self._area()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self._fresh()
        area, theme, rtl = self._area(), self.ctx.theme, self.ctx.rtl
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        y = area.bottom() - LEGEND_ROW_H * len(self._lines)
        for style, line in enumerate(self._lines):
            row = QRectF(area.left(), y + style * LEGEND_ROW_H, area.width(), LEGEND_ROW_H)
            self._paint_entry(painter, theme, row, line, style, rtl=rtl)

    def _paint_entry(
        self, painter: QPainter, theme: Theme, row: QRectF, line: PersonaLine, style: int, *, rtl: bool
    ) -> None:
        color, width = look(theme, line, self._lens)
        mid = row.center().y()
        left = row.right() - LEGEND_SAMPLE_W if rtl else row.left()
        painter.setPen(curve_pen(color, style, min(width, 2.6)))
        painter.drawLine(QPointF(left + 2, mid), QPointF(left + LEGEND_SAMPLE_W - 2, mid))
        painter.setPen(QPen(theme.header, 1.5))
        painter.setBrush(color)
        draw_marker(painter, QPointF(left + LEGEND_SAMPLE_W / 2, mid), MARKER_R, style)
        focused = line.persona_id == self._lens
        text_w = row.width() - LEGEND_SAMPLE_W - 5
        for size in (11, 10):  # a pixel smaller before eliding
            font = self.ctx.font(size, bold=focused)
            text = QFontMetricsF(font).elidedText(line.name, Qt.TextElideMode.ElideRight, text_w)
            if text == line.name:
                break
        painter.setFont(font)
        painter.setPen(QColor(theme.text if self._lens is None or focused else theme.muted))
        text_rect = QRectF(row.left() if rtl else left + LEGEND_SAMPLE_W + 5, row.top(), text_w, row.height())
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        painter.drawText(
            text_rect, int(align | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute), text
        )
