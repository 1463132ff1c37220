"""Flow arrows: a routed curve with an arrow head and a share label ("35%").

The scene computes the route (journeymap.render.routing) from the endpoints' rectangles
whenever an endpoint moves, and hands it over with :meth:`FlowArrow.set_route`; painting
never re-aims.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.i18n import tr
from journeymap.render.context import RenderContext
from journeymap.render.items.base import HIGHLIGHT, ElementItem, register
from journeymap.render.items.data import FlowContent
from journeymap.render.routing import Route, arrow_head
from journeymap.render.text import draw_label, label

LABEL_H = 18.0


@register("flow")
class FlowArrow(ElementItem):
    """One flow between two cards or two stages."""

    def __init__(self, element_id: str, ctx: RenderContext, parent: QGraphicsItem | None = None) -> None:
        super().__init__(element_id, ctx, parent)
        self.content = FlowContent()
        self.loop = False
        self._path = QPainterPath()
        self._head = QPainterPath()
        self._label_at = QPointF()
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._label = ""
        self._label_w = 0.0
        self.setZValue(0.5)

    def set_content(self, content: FlowContent) -> None:
        self.content = content
        self._update_label()
        if not self._path.isEmpty():
            self._update_geometry()

    def set_route(self, route: Route, *, loop: bool = False) -> None:
        self._path, self._label_at = route.path, route.label_at
        if loop != self.loop:
            self.loop = loop
            self._update_label()
        self._head = arrow_head(route.path)
        self._update_geometry()

    def _update_label(self) -> None:
        self._label = self.label_text()
        self._label_w = (
            label(self._label, self.ctx.font(10, bold=True)).natural_width() + 12 if self._label else 0
        )

    def label_text(self) -> str:
        content = self.content
        parts = []
        if self.loop:
            parts.append(tr("loop"))
        if content.share is not None:
            parts.append(f"{content.share:.0%}")
        if content.label:
            parts.append(content.label)
        elif content.volume is not None and content.share is None:
            parts.append(f"{content.volume:,}")
        return " · ".join(parts)

    def label_rect(self) -> QRectF:
        if not self._label:
            return QRectF()
        width = self._label_w
        return QRectF(self._label_at.x() - width / 2, self._label_at.y() - LABEL_H / 2, width, LABEL_H)

    def _update_geometry(self) -> None:
        self.prepareGeometryChange()
        self._shape = None
        bounds = self._path.controlPointRect().united(self._head.controlPointRect())
        self._bounds = bounds.united(self.label_rect()).adjusted(-8, -8, 8, 8)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The stroke, head and label, made when first hit-tested (not per re-aim)."""
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(10.0)
            shape = stroker.createStroke(self._path)
            shape.addPath(self._head)
            rect = self.label_rect()
            if not rect.isNull():
                shape.addRect(rect)
            self._shape = shape
        return self._shape

    def shape_rect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-4, -4, 4, 4).united(self.label_rect())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme = self.ctx.theme
        color = QColor(theme.accent if self.isSelected() else theme.flow)
        width = 2.6 if self.isSelected() else 2.0 if self._hover else 1.5
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._highlighted:
            painter.setPen(QPen(HIGHLIGHT, width + 5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.drawPath(self._path)
        style = Qt.PenStyle.DashLine if self.loop else Qt.PenStyle.SolidLine
        painter.setPen(QPen(color, width, style, Qt.PenCapStyle.RoundCap))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(self._head)
        rect = self.label_rect()
        if not rect.isNull():
            painter.setPen(QPen(color, 1.0))
            painter.setBrush(theme.surface)
            painter.drawRoundedRect(rect, LABEL_H / 2, LABEL_H / 2)
            draw_label(painter, self._label, self.ctx.font(10, bold=True), theme.text, rect)
        if self.hasFocus():
            painter.setPen(QPen(theme.accent, 1.0, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._path.boundingRect().adjusted(-4, -4, 4, 4))
