"""The layers that draw many plain card flows in one paint call: their lines (FlowLines) and
their labels above every line (FlowLabels). A flow that is hovered, selected, emphasised,
found or focused takes its line back and draws itself (journeymap.render.items.flows)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.items.flows import Z_LABELS, Z_PLAIN, FlowArrow, plain_color


class _Layer(QGraphicsItem):
    """An item as large as the grid's body that paints many flows' parts in one call, only
    in the exposed area (and, printing a tiled page, only in its clip)."""

    def __init__(self, parent: QGraphicsItem, z: float) -> None:
        super().__init__(parent)
        self._rect = QRectF()
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    @staticmethod
    def exposed(painter: QPainter, option: QStyleOptionGraphicsItem) -> QRectF:
        exposed: QRectF = option.exposedRect
        if painter.hasClipping():  # a page of a tiled print: only its piece
            exposed = exposed.intersected(painter.clipBoundingRect())
        return exposed


class FlowLabels(_Layer):
    """The labels of all plain card flows, drawn in one layer above every flow line.

    Each flow draws its own line; if it drew its label too, the lines of flows stacked
    after it would cross the label. This layer sits just above the lines and paints the
    labels in the exposed area, found through ``at(rect)`` (the flow plan's label index).
    """

    def __init__(self, at: Callable[[QRectF], Iterable[FlowArrow]], parent: QGraphicsItem) -> None:
        super().__init__(parent, Z_LABELS)
        self._at = at

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = painter.opacity()
        for flow in self._at(self.exposed(painter, option)):
            rect = flow.plain_label()
            if rect.isNull():
                continue
            color = plain_color(flow.ctx.theme)
            painter.setOpacity(base * flow.opacity())
            flow.paint_label(painter, color, rect, strong=False)
        painter.setOpacity(base)


class FlowLines(_Layer):
    """The lines of all plain card flows, drawn in one call at the flows' own depth.

    A view in the middle of a big map crosses a thousand flows; as items, each would cost
    Qt's per-item painting set-up. Plain flows hand their line to this layer (and set
    ItemHasNoContents); a flow that is hovered, selected, emphasised, found or focused
    takes it back and draws itself. The layer finds the flows in the exposed area through
    a coarse grid of their bounds."""

    CELL = 1024.0

    def __init__(self, parent: QGraphicsItem) -> None:
        super().__init__(parent, Z_PLAIN)
        self._cells: dict[tuple[int, int], dict[FlowArrow, None]] = {}
        self._at: dict[FlowArrow, list[tuple[int, int]]] = {}
        self._order: dict[FlowArrow, int] = {}
        self._next = 0
        self._pending: dict[FlowArrow, bool] = {}
        """Flows whose place in the grid changes at the next paint: True to (re)index, False to drop."""

    def _keys(self, rect: QRectF) -> list[tuple[int, int]]:
        size = self.CELL
        x0, x1 = int(rect.left() // size), int(rect.right() // size)
        y0, y1 = int(rect.top() // size), int(rect.bottom() // size)
        return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]

    def add(self, flow: FlowArrow) -> None:
        """``flow`` is drawn here, at its current bounds (indexed when next painted: a
        flow is re-aimed several times while a map is built)."""
        self._pending[flow] = True
        if flow not in self._order:  # drawing order: first attached first, as items were
            self._order[flow] = self._next
            self._next += 1

    def discard(self, flow: FlowArrow) -> None:
        self._pending[flow] = False

    def forget(self, flow: FlowArrow) -> None:
        """``flow`` left the map for good."""
        self.discard(flow)
        self._order.pop(flow, None)

    def _index_pending(self) -> None:
        cells, at = self._cells, self._at
        for flow, wanted in self._pending.items():
            keys = self._keys(flow.boundingRect()) if wanted else None
            old = at.pop(flow, None)
            if keys is not None and keys == old:  # moved within its grid cells: nothing to do
                at[flow] = keys
                continue
            for key in old or ():
                cells.get(key, {}).pop(flow, None)
            if keys is not None:
                for key in keys:
                    cells.setdefault(key, {})[flow] = None
                at[flow] = keys
        self._pending.clear()

    def meeting(self, rect: QRectF) -> set[FlowArrow]:
        """The flows drawn here whose bounds meet ``rect`` (in no order)."""
        if self._pending:
            self._index_pending()
        return {
            flow
            for key in self._keys(rect)
            for flow in self._cells.get(key, ())
            if flow.boundingRect().intersects(rect)
        }

    def flows_in(self, rect: QRectF) -> list[FlowArrow]:
        if self._pending:
            self._index_pending()
        found: dict[FlowArrow, None] = {}
        for key in self._keys(rect):
            for flow in self._cells.get(key, ()):
                if flow.boundingRect().intersects(rect):
                    found[flow] = None
        return sorted(found, key=self._order.__getitem__)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = painter.opacity()
        opacity = base
        for flow in self.flows_in(self.exposed(painter, option)):
            if not flow.isVisible():
                continue
            wanted = base * flow.opacity()
            if wanted != opacity:
                painter.setOpacity(wanted)
                opacity = wanted
            flow.paint_plain_line(painter)
        painter.setOpacity(base)
