"""Flow arrows: a routed line with an arrow head and a share label ("35%").

The scene computes the route whenever an endpoint moves and hands it over, with
:meth:`FlowArrow.set_route` (stage flows) or :meth:`FlowArrow.set_plan` (card flows,
planned by journeymap.render.flowplan); painting never re-aims. Flows are drawn light and
thin; the flows of the selected or hovered card are *emphasised*: drawn in the accent
colour, wider, above the cards, and always with their label.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING, Any, overload

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent, QStyleOptionGraphicsItem, QWidget

from journeymap.render.context import RenderContext
from journeymap.render.flowplan import Plan
from journeymap.render.items.base import HIGHLIGHT, ElementItem, clipped_away, register
from journeymap.render.items.data import FlowContent
from journeymap.render.routing import ARROW, Route, arrow_head, orthogonal
from journeymap.render.text import draw_label, label_width
from journeymap.render.theme import Theme
from journeymap.util.i18n import number, percent, tr

if TYPE_CHECKING:
    from journeymap.render.items.flow_layers import FlowLabels, FlowLines

STAGE_LABEL_H = 18.0
PLAIN_MIX = 0.62
"""How much of the flow colour a plain flow shows over the canvas (opaque: cheap to draw)."""
Z_PLAIN = 0.5
Z_LABELS = 0.6
Z_EMPHASISED = 3.0
"""Above the rows and cards, so an emphasised flow and its label are never hidden."""


def plain_color(theme: Theme) -> QColor:
    """The light, opaque colour of a plain card flow."""
    return theme.blend(theme.canvas, theme.flow, PLAIN_MIX)


@lru_cache(maxsize=8)
def _plain_style(theme: Theme) -> tuple[QPen, QBrush]:
    """The pen and arrow-head brush of every plain card flow, made once per theme: a view
    in the middle of a big map paints a thousand flows at every scroll step."""
    color = plain_color(theme)
    pen = QPen(color, 1.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    return pen, QBrush(color)


@register("flow")
class FlowArrow(ElementItem):
    """One flow between two cards or two stages."""

    def __init__(self, element_id: str, ctx: RenderContext, parent: QGraphicsItem | None = None) -> None:
        super().__init__(element_id, ctx, parent)
        self.content = FlowContent()
        self.loop = False
        self.emphasised = False
        self._points: tuple[QPointF, ...] | None = None
        self._path_made: QPainterPath | None = QPainterPath()
        self._head_made: QPainterPath | None = QPainterPath()
        self._label_rect = QRectF()
        self._fallback = QRectF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._label = ""
        self._stage = False
        self.layer: FlowLabels | None = None
        """Draws this flow's label above all plain lines (card flows); None: drawn here."""
        self.lines: FlowLines | None = None
        """Draws this flow's line while it is plain (card flows); None: always drawn here."""
        self._in_lines = False
        self.setZValue(Z_PLAIN)

    # ---- who draws the line: this item, or (plain card flows) the shared lines layer ----

    def attach_lines(self, lines: FlowLines) -> None:
        self.lines = lines
        self._sync_lines()

    def _drawn_by_lines(self) -> bool:
        return self.lines is not None and not (
            self._strong() or self._stage or self._highlighted or self.loop or self.hasFocus()
        )

    def _sync_lines(self) -> None:
        """Hand the line to the layer (plain) or take it back (emphasised, which selecting
        it or a card of it makes it, hovered, found, focused), and repaint the area."""
        lines = self.lines
        if lines is None:
            return
        plain = self._drawn_by_lines()
        if plain != self._in_lines:
            self._in_lines = plain
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, plain)
            if plain:
                lines.add(self)
            else:
                lines.discard(self)
        lines.update(self._bounds)

    @overload
    def update(self, rect: QRectF | QRect = ...) -> None: ...
    @overload
    def update(self, x: float, y: float, width: float, height: float, /) -> None: ...
    def update(self, *args: Any, **kwargs: Any) -> None:
        """Every state change of an item ends in update(): the moment to hand the line over."""
        self._sync_lines()
        super().update(*args, **kwargs)

    def set_faded(self, on: bool) -> None:
        super().set_faded(on)
        self._sync_lines()  # the layer draws a plain line at the flow's opacity

    def detach_lines(self) -> None:
        """The flow leaves the map: the layer forgets it and repaints where it was."""
        if self.lines is not None:
            self.lines.forget(self)
            self.lines.update(self._bounds)
            self._in_lines = False

    def set_content(self, content: FlowContent) -> None:
        self.content = content
        self._label = self.label_text()

    def label_width(self) -> float:
        """Width of the label pill of a card flow (0 when there is nothing to say)."""
        return label_width(self._label, self._font()) + 10 if self._label else 0.0

    def _font(self) -> QFont:
        return self.ctx.font(10 if self._stage else 9, bold=True)

    def set_route(self, route: Route, *, loop: bool = False) -> None:
        """A stage flow: the label sits at the route's label point."""
        self._stage = True
        if loop != self.loop:
            self.loop = loop
            self._label = self.label_text()
        width = label_width(self._label, self._font()) + 12 if self._label else 0.0
        at = route.label_at
        rect = (
            QRectF(at.x() - width / 2, at.y() - STAGE_LABEL_H / 2, width, STAGE_LABEL_H)
            if width
            else QRectF()
        )
        self._set_geometry(route.path, route.path.controlPointRect(), rect, rect)

    def set_plan(self, plan: Plan) -> None:
        """A card flow: its corner points (the path is made when first drawn), label spot
        (maybe none) and the spot used when emphasised."""
        self._stage = False
        points = plan.path.points
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        self._set_geometry(points, bounds, plan.label, plan.fallback)

    def _set_geometry(
        self,
        path: QPainterPath | tuple[QPointF, ...],
        bounds: QRectF,
        label: QRectF,
        fallback: QRectF,
        *,
        repaint: bool = True,
    ) -> None:
        if repaint and self.layer is not None and not self._label_rect.isNull():
            self.layer.update(self._label_rect)
        if self._in_lines and self.lines is not None:
            self.lines.discard(self)
            if repaint:
                self.lines.update(self._bounds)
        self.prepareGeometryChange()
        self._points = path if isinstance(path, tuple) else None
        self._path_made = path if isinstance(path, QPainterPath) else None
        self._head_made = None
        self._label_rect, self._fallback = label, fallback
        self._shape = None
        grow = ARROW * 1.3 + 6
        self._bounds = bounds.united(label).united(fallback).adjusted(-grow, -grow, grow, grow)
        if repaint and self.layer is not None and not label.isNull():
            self.layer.update(label)
        if self._in_lines and self.lines is not None:
            self.lines.add(self)
            if repaint:
                self.lines.update(self._bounds)

    def stand_in(self, points: tuple[QPointF, ...], label: QRectF, fallback: QRectF) -> QRectF:
        """A card flow drawn along ``points`` with its labels at ``label`` and ``fallback`` until
        it is routed again: its rows or cards moved (see journeymap.render.stand_ins). Many
        move at once: the caller repaints the returned area (where it was and is) in one go."""
        xs, ys = [p.x() for p in points], [p.y() for p in points]
        bounds = QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        was = self._bounds
        self._set_geometry(points, bounds, label, fallback, repaint=False)
        return was.united(self._bounds)

    def shows(self, plan: Plan) -> bool:
        """Whether this flow is drawn as ``plan`` says already."""
        return (self._points, self._label_rect, self._fallback) == (
            plan.path.points,
            plan.label,
            plan.fallback,
        )

    @property
    def points(self) -> tuple[QPointF, ...]:
        """The corners of a card flow's line (empty before it is first routed)."""
        return self._points or ()

    @property
    def placed_label(self) -> QRectF:
        """The label spot the flow plan gave this flow (empty: none was free)."""
        return self._label_rect

    @property
    def fallback_label(self) -> QRectF:
        """Where the label goes when the flow is emphasised and had no spot of its own."""
        return self._fallback

    @property
    def in_lines(self) -> bool:
        """Whether the shared lines layer draws this flow's line now (a plain flow)."""
        return self._in_lines

    @property
    def _path(self) -> QPainterPath:
        if self._path_made is None:
            self._path_made = orthogonal(self._points) if self._points else QPainterPath()
        return self._path_made

    @property
    def _head(self) -> QPainterPath:
        if self._head_made is None:
            self._head_made = arrow_head(self._path) if not self._path.isEmpty() else QPainterPath()
        return self._head_made

    def set_emphasised(self, on: bool) -> None:
        if on != self.emphasised:
            self.emphasised = on
            self.setZValue(Z_EMPHASISED if on else Z_PLAIN)
            self._restyle()

    def _restyle(self) -> None:
        self.update()
        if self.layer is not None and not self._label_rect.isNull():
            self.layer.update(self._label_rect)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        super().hoverEnterEvent(event)
        self._restyle()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        super().hoverLeaveEvent(event)
        self._restyle()

    def label_text(self) -> str:
        content = self.content
        parts = []
        if self.loop:
            parts.append(tr("loop"))
        if content.share is not None:
            parts.append(percent(content.share))
        if content.label:
            parts.append(content.label)
        elif content.volume is not None and content.share is None:
            parts.append(number(content.volume))
        return " · ".join(parts)

    def label_rect(self) -> QRectF:
        """Where the label is drawn now (empty when it is hidden)."""
        if not self._label:
            return QRectF()
        if self._label_rect.isNull() and self._strong():
            return self._fallback
        return self._label_rect

    def plain_label(self) -> QRectF:
        """The label rect the shared layer draws: none while this flow draws its own."""
        return QRectF() if self._strong() or not self._label or not self.isVisible() else self._label_rect

    def _strong(self) -> bool:
        return self.emphasised or self.isSelected() or self._hover

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The stroke, head and label, made when first hit-tested (not per re-aim)."""
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(8.0)
            shape = stroker.createStroke(self._path)
            shape.addPath(self._head)
            rect = self._label_rect
            if not rect.isNull():
                shape.addRect(rect)
            self._shape = shape
        return self._shape

    def shape_rect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-4, -4, 4, 4).united(self.label_rect())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if clipped_away(painter, self._bounds):
            return
        strong = self._strong()
        if not (strong or self._stage or self._highlighted or self.loop or self.hasFocus()):
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = self.paint_plain_line(painter)  # a plain flow whose line no layer draws
            if self.layer is None:
                self._paint_label(painter, pen.color(), strong=False)
            return
        theme = self.ctx.theme
        color = QColor(theme.accent if strong else theme.flow)
        if not strong and not self._stage:
            color = plain_color(theme)
        # a plain line is exactly 1 px: Qt's cosmetic fast path, many times cheaper to draw
        width = 2.4 if self.isSelected() else 2.0 if strong else 1.6 if self._stage else 1.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._highlighted:
            painter.setPen(QPen(HIGHLIGHT, width + 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(self._path)
        style = Qt.PenStyle.DashLine if self.loop else Qt.PenStyle.SolidLine
        painter.setPen(QPen(color, width, style, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(self._head)
        self._paint_label(painter, color, strong=strong)
        if self.hasFocus():
            painter.setPen(QPen(theme.accent, 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._path.boundingRect().adjusted(-4, -4, 4, 4))

    def paint_plain_line(self, painter: QPainter) -> QPen:
        """The plain line and head (antialiasing already on); returns the pen used."""
        pen, brush = _plain_style(self.ctx.theme)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawPath(self._head)
        return pen

    def _paint_label(self, painter: QPainter, color: QColor, *, strong: bool) -> None:
        rect = self.label_rect()
        if rect.isNull() or (self.layer is not None and not strong):
            return
        self.paint_label(painter, color, rect, strong=strong)

    def paint_label(self, painter: QPainter, color: QColor, rect: QRectF, *, strong: bool) -> None:
        theme = self.ctx.theme
        painter.setPen(QPen(color, 1.4 if strong else 1.0))
        painter.setBrush(theme.surface)
        radius = rect.height() / 2
        painter.drawRoundedRect(rect, radius, radius)
        ink = theme.accent if strong and not self._stage else theme.text if self._stage else theme.muted
        draw_label(painter, self._label, self._font(), ink, rect)
