"""Rows and cells: the containers that hold cards, and text-lane cells.

Cards are children of their cell, cells children of their row. When a row grows, only the
following rows' containers move (setPos on a handful of items); no card is touched. A
cell keeps the ids it shows in map order, so re-arranging it costs O(its cards).
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.context import RenderContext
from journeymap.render.layout import CELL_PAD, CELL_PAD_X
from journeymap.render.text import TextBlock


class Container(QGraphicsItem):
    """An invisible item that only groups and positions its children."""

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self._rect = QRectF()

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != (self._rect.width(), self._rect.height()):
            self.prepareGeometryChange()
            self._rect = QRectF(0.0, 0.0, width, height)

    def holds_its_children(self) -> None:
        """Promise the view that every descendant lies inside this rectangle (a test holds
        rows and cells to it), so a repaint skips the rows and cells off screen instead of
        asking each of a big map's thousands of cards for its bounds: scrolling a
        10,000-touchpoint map repaints in 10 ms, not 55. Qt prunes only items that have
        contents, so the container stops claiming it has none (its paint draws nothing)."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        """Containers draw nothing; their children do."""


class RowItem(Container):
    """One lane across all stages."""

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.cells: dict[str, CellItem] = {}
        self.setZValue(1)
        self.holds_its_children()


class CellItem(Container):
    """One stage x lane cell holding cards (``ids`` in map order)."""

    def __init__(self, stage_id: str, lane_id: str, parent: RowItem) -> None:
        super().__init__(parent)
        self.holds_its_children()
        self.stage_id = stage_id
        self.lane_id = lane_id
        self.ids: list[str] = []
        self.content_height = 0.0
        self._tops: list[float] = []
        self._bottoms: list[float] = []
        self._spans: list[tuple[float, float]] = []

    def set_text(self, text: str, ctx: RenderContext, width: float) -> None:
        """Plain cells have no text; text cells override."""

    def set_card_rows(self, rows: list[tuple[float, float, float, float]]) -> None:
        """The rows of cards as (top, bottom, left, right), top to bottom, in cell coordinates."""
        self._tops = [row[0] for row in rows]
        self._bottoms = [row[1] for row in rows]
        self._spans = [(row[2], row[3]) for row in rows]

    def blocks(self, rect: QRectF) -> bool:
        """Whether ``rect`` (cell coordinates) would cover a card of this cell."""
        at = bisect_right(self._bottoms, rect.top())
        while at < len(self._tops) and self._tops[at] < rect.bottom():
            left, right = self._spans[at]
            if rect.left() < right and rect.right() > left:
                return True
            at += 1
        return False


class TextCellItem(CellItem):
    """A text lane's cell: its wrapped note for the stage."""

    def __init__(self, stage_id: str, lane_id: str, parent: RowItem, ctx: RenderContext) -> None:
        super().__init__(stage_id, lane_id, parent)
        self.ctx = ctx
        self.text = ""
        self._block: TextBlock | None = None

    def set_text(self, text: str, ctx: RenderContext, width: float) -> None:
        self.text = text
        if not text:
            self._block, self.content_height = None, 0.0
        else:
            font = ctx.font(13)
            self._block = TextBlock(text, font, width - 2 * CELL_PAD_X, max_lines=40, align=ctx.align)
            self.content_height = self._block.height + 2 * CELL_PAD
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._block is not None:
            self._block.draw(painter, QPointF(CELL_PAD_X, CELL_PAD), self.ctx.theme.text)

    def blocks(self, rect: QRectF) -> bool:
        if self._block is None:
            return False
        return rect.intersects(QRectF(CELL_PAD_X, CELL_PAD, self._block.width, self._block.height))
