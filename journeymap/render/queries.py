"""What the canvas asks the scene: hit tests, rectangles, insertion index, selection.

A mixin of JourneyScene, kept apart so that the scene module stays about building and
keeping in step. Every answer comes from the layout and the items, never from pixels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsScene

from journeymap.render.items.base import ElementItem
from journeymap.render.items.cards import TouchpointCard
from journeymap.render.items.emotion import EmotionCurve

if TYPE_CHECKING:
    from journeymap.model.journey import Journey
    from journeymap.render.grid import Grid


class SceneQueries(QGraphicsScene):
    """Queries of the canvas contract (docs/dev/team-brief.md)."""

    grid: Grid
    journey: Journey
    _items: dict[str, ElementItem]

    def _element_items_at(self, pos: QPointF) -> list[ElementItem]:
        return [item for item in self.items(pos) if isinstance(item, ElementItem)]

    def element_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        """(kind, id) of the topmost card, header or flow at ``scene_pos``."""
        for item in self._element_items_at(scene_pos):
            return item.element_kind, item.element_id
        return None

    def cell_at(self, scene_pos: QPointF) -> tuple[str, str] | None:
        layout = self.grid.layout
        if scene_pos.y() < layout.rows_top:
            return None
        stage, lane = layout.stage_at(scene_pos.x()), layout.lane_at(scene_pos.y())
        return (stage, lane) if stage is not None and lane is not None else None

    def stage_header_at(self, scene_pos: QPointF) -> str | None:
        layout = self.grid.layout
        if not layout.header_top <= scene_pos.y() < layout.rows_top:
            return None
        return layout.stage_at(scene_pos.x())

    def lane_header_at(self, scene_pos: QPointF) -> str | None:
        layout = self.grid.layout
        for lane in layout.lanes:
            if layout.lane_header_rect(lane).contains(scene_pos):
                return lane
        return None

    def flow_handle_at(self, scene_pos: QPointF) -> str | None:
        """The touchpoint whose flow handle (on its trailing edge) is at ``scene_pos``."""
        for item in self._element_items_at(scene_pos):
            if isinstance(item, TouchpointCard) and item.handle_rect().contains(item.mapFromScene(scene_pos)):
                return item.element_id
        return None

    def emotion_point_at(self, scene_pos: QPointF) -> tuple[str, EmotionCurve] | None:
        """The touchpoint whose point on an emotion curve is at ``scene_pos``, with that curve
        (to drag its emotion up or down)."""
        for curve in self.grid.curves():
            if curve.per_persona or not curve.isVisible():
                continue
            ident = curve.touchpoint_at(curve.mapFromScene(scene_pos))
            if ident is not None:
                return ident, curve
        return None

    def insertion_index(
        self, stage_id: str, lane_id: str, scene_pos: QPointF, *, moving: str | None = None
    ) -> int:
        """Index in journey touchpoint order where a card dropped at ``scene_pos`` goes.

        Without ``moving`` the index is for inserting a new card (``Add``). With
        ``moving`` (the dragged card's id) it is the index to pass to ``Journey.move``:
        computed as if that card were taken out first.
        """
        order = self.journey.ids("touchpoint")
        if moving is not None and moving in order:
            order.remove(moving)
        if not self.grid.has_cell((stage_id, lane_id)):
            return len(order)
        rects = [(i, r) for i, r in self.grid.card_rects((stage_id, lane_id)) if i != moving]
        slot = self.grid.layout.slot_at([r for _, r in rects], scene_pos)
        if not rects:
            return len(order)
        if slot < len(rects):
            return order.index(rects[slot][0])
        return order.index(rects[-1][0]) + 1

    def element_rect(self, ident: str) -> QRectF:
        item = self._items.get(ident)
        if item is None:
            return QRectF()
        self.grid.flows.lazy.settle(ident)
        return item.mapRectToScene(item.shape_rect())

    def selected_ids(self) -> list[str]:
        return [i.element_id for i in self.selectedItems() if isinstance(i, ElementItem)]

    def select_ids(self, ids: list[str] | set[str] | tuple[str, ...]) -> None:
        wanted = set(ids)
        for selected in self.selectedItems():
            if not isinstance(selected, ElementItem) or selected.element_id not in wanted:
                selected.setSelected(False)
        for ident in wanted:
            item = self._items.get(ident)
            if item is not None and not item.isSelected():
                item.setSelected(True)
