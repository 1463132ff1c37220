"""The base of every selectable map item, and the kind -> item class registry.

An ElementItem carries ``element_id`` and ``element_kind``, is selectable and focusable
(never movable: drags are gestures of the view), and draws its own hover, selection,
focus, find-highlight and persona-lens states the same way for every kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar, TypeVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSceneHoverEvent

from journeymap.render.context import RenderContext
from journeymap.render.glyphs import comment_body, draw_comment
from journeymap.render.items.marks import mark_count
from journeymap.render.text import draw_label, label_width
from journeymap.util.i18n import tr

ITEM_CLASSES: dict[str, type[ElementItem]] = {}
"""element kind -> the item class that draws it (``"touchpoint"`` -> TouchpointCard, ...)."""

FADED_OPACITY = 0.22
HIGHLIGHT = QColor("#f2b233")

ITEM_FLAGS = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
"""Selectable and focusable; never movable (drags are the view's gestures)."""
# no itemChange override: Qt repaints on selection itself, and a Python itemChange
# would be called for every setPos of every card.

T = TypeVar("T", bound="type[ElementItem]")


def register(kind: str) -> Callable[[T], T]:
    def decorate(cls: T) -> T:
        cls.KIND = kind
        ITEM_CLASSES[kind] = cls
        return cls

    return decorate


def unparent(item: QGraphicsItem) -> None:
    """Take ``item`` out of its parent, keeping it alive."""
    item.setParentItem(None)  # type: ignore[arg-type]  # PySide6's stub omits that None unparents


class ElementItem(QGraphicsItem):
    """A drawn element: a card, a header or a flow."""

    KIND: ClassVar[str] = ""
    RADIUS: ClassVar[float] = 8.0

    def __init__(self, element_id: str, ctx: RenderContext, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.element_id = element_id
        self.element_kind = self.KIND
        self.ctx = ctx
        self._hover = False
        self._highlighted = False
        self._faded = False
        self.setFlags(ITEM_FLAGS)
        self.setAcceptHoverEvents(True)

    # ---- content (subclasses add ``set_content(data)`` and ``paint``) ------------------

    def shape_rect(self) -> QRectF:
        """The visible body (what selection outlines), in item coordinates."""
        return self.boundingRect()

    # ---- states --------------------------------------------------------------------

    def set_highlighted(self, on: bool) -> None:
        if on != self._highlighted:
            self._highlighted = on
            self.update()

    def set_faded(self, on: bool) -> None:
        if on != self._faded:
            self._faded = on
            self.setOpacity(FADED_OPACITY if on else 1.0)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self.update()
        self._tell_hover(on=True)
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.update()
        self._tell_hover(on=False)
        super().hoverLeaveEvent(event)

    def _tell_hover(self, *, on: bool) -> None:
        """Let the scene emphasise what belongs to the hovered item (its flows)."""
        notify = getattr(self.scene(), "hover_changed", None)
        if notify is not None:
            notify(self.element_id, on=on)

    def focusInEvent(self, event: Any) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: Any) -> None:
        self.update()
        super().focusOutEvent(event)

    # ---- painting helpers ----------------------------------------------------------

    def paint_states(self, painter: QPainter, path: QPainterPath) -> None:
        """Hover, highlight, selection and focus around ``path`` (the item's outline)."""
        accent = self.ctx.theme.accent
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self._highlighted:
            painter.setPen(QPen(HIGHLIGHT, 5.0))
            painter.drawPath(path)
        if self.isSelected():
            painter.setPen(QPen(accent, 2.5))
            painter.drawPath(path)
        elif self._hover:
            hover = QColor(accent)
            hover.setAlphaF(0.55)
            painter.setPen(QPen(hover, 1.5))
            painter.drawPath(path)
        if self.hasFocus():
            pen = QPen(accent, 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            scale = 1 + 4.0 / max(1.0, path.boundingRect().width())
            center = path.boundingRect().center()
            painter.save()
            painter.translate(center)
            painter.scale(scale, 1 + 4.0 / max(1.0, path.boundingRect().height()))
            painter.translate(-center)
            painter.drawPath(path)
            painter.restore()


COMMENT_H = 17.0
"""The height of a comment marker (bubble and tail)."""


def comment_mark_width(ctx: RenderContext, count: int) -> float:
    """How wide the marker for ``count`` open comments is (0 for none)."""
    if not count:
        return 0.0
    return max(20.0, label_width(mark_count(count), ctx.font(10, bold=True)) + 10)


def paint_comment_mark(painter: QPainter, ctx: RenderContext, rect: QRectF, count: int) -> QRectF:
    """A speech bubble in ``rect`` with the count of open comments; returns the count's rect."""
    draw_comment(painter, rect, ctx.theme.accent, rtl=ctx.rtl)
    body = comment_body(rect)
    font = ctx.font(10, bold=True)
    width = draw_label(painter, mark_count(count), font, QColor("#ffffff"), body)
    return QRectF(body.center().x() - width / 2, body.top(), width, body.height())


def comment_tip(title: str, comments: tuple[str, ...]) -> str:
    """A tooltip: ``title``, then the open comments, one per line."""
    if not comments:
        return title
    heading = tr("%Ln open comment(s):", "", len(comments))
    return "\n".join([title, "", heading, *(f"• {line}" for line in comments)])


def clipped_away(painter: QPainter, rect: QRectF) -> bool:
    """Whether the painter's clip leaves nothing of ``rect`` (item coordinates) to draw.

    QGraphicsScene.render() paints every descendant of the items it finds, wherever they
    are; a page of a tiled PDF clips to its piece of the map, and this lets the items
    off that page skip their drawing (a 1,000-touchpoint poster: 84 pages, each of which
    would otherwise draw every card)."""
    return painter.hasClipping() and not painter.clipBoundingRect().intersects(rect)


def rounded(rect: QRectF, radius: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    return path


def shadow(painter: QPainter, rect: QRectF, radius: float, *, dark: bool) -> None:
    """A soft, cheap drop shadow: one translucent offset shape."""
    painter.setPen(Qt.PenStyle.NoPen)
    color = QColor(0, 0, 0)
    color.setAlphaF(0.35 if dark else 0.09)
    painter.setBrush(color)
    painter.drawRoundedRect(rect.translated(QPointF(0, 2.0)), radius, radius)
