"""The flows of one grid: which flows touch which element, and re-aiming only those whose
ends moved.

A card flow is routed by the :class:`FlowPlan` (tracks, ports, label spots) between the
rectangles of its two cards; a stage flow runs in the strip above the stage headers, or
loops back above them. The grid marks flows dirty when their cards, rows or columns move,
and :meth:`FlowRoutes.aim_dirty` re-aims them once the cards stand still.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from journeymap.render.flowplan import End, FlowPlan
from journeymap.render.items.cards import CardItem
from journeymap.render.items.flows import FlowArrow, FlowLabels, FlowLines
from journeymap.render.routing import flow_kind, stage_route

if TYPE_CHECKING:
    from journeymap.render.grid import Grid

STRIP_H = 30.0
"""Height of the strip above the stage headers where stage-to-stage flows run."""
AIM_ROUNDS = 4
"""Re-aiming a flow can move the ports of its siblings; this bounds the rounds."""


class FlowRoutes:
    """Flow items of a grid, their ends, and what must be re-aimed."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.plan = FlowPlan(grid.occupied, grid.in_emotion_band)
        self.lines = FlowLines(grid.body)  # before any flow: hovered flows draw above it
        self.labels = FlowLabels(self._labelled, grid.body)
        self._flows: dict[str, FlowArrow] = {}
        self._ends: dict[str, tuple[str, str]] = {}
        self._at: dict[str, set[str]] = {}
        self._in_lane: dict[str, set[str]] = {}
        self._dirty: set[str] = set()
        self._end_cache: dict[str, End | None] | None = None
        self._kinds: dict[str, str] = {}

    # ---- which flows --------------------------------------------------------------------

    def add(self, item: FlowArrow, source: str, target: str) -> None:
        """Track ``item`` from ``source`` to ``target`` and put it in the scene."""
        flow = item.element_id
        self.forget(flow)
        self._flows[flow] = item
        self._ends[flow] = (source, target)
        for end in (source, target):
            self._at.setdefault(end, set()).add(flow)
        if item.scene() is None:
            if self.grid.is_stage(source):
                self.grid.scene.addItem(item)
            else:
                item.setParentItem(self.grid.body)
                item.layer = self.labels
                item.attach_lines(self.lines)
        self._dirty.add(flow)

    def remove(self, item: FlowArrow) -> None:
        self.forget(item.element_id)
        item.detach_lines()

    def forget(self, flow: str) -> None:
        ends = self._ends.pop(flow, None)
        self._flows.pop(flow, None)
        self._dirty.discard(flow)
        for end in ends or ():
            self._at.get(end, set()).discard(flow)
        self._mark(self.plan.forget(flow))
        for flows in self._in_lane.values():
            flows.discard(flow)

    def at(self, ident: str) -> set[str]:
        """The flows that start or end at ``ident`` (a card or a stage)."""
        return set(self._at.get(ident, ()))

    def any_between_stages(self) -> bool:
        return any(self.grid.is_stage(source) for source, _ in self._ends.values())

    # ---- what to re-aim -----------------------------------------------------------------

    def reattach(self, flow: str) -> None:
        if flow in self._flows:
            self._dirty.add(flow)

    def mark_all(self) -> None:
        self._dirty.update(self._flows)

    def mark_lanes(self, lanes: Iterable[str]) -> None:
        for lane in lanes:
            self._dirty.update(self._in_lane.get(lane, ()))

    def mark_at(self, ids: Iterable[str]) -> None:
        for ident in ids:
            self._dirty.update(self._at.get(ident, ()))

    def _mark(self, flows: Iterable[str]) -> None:
        self._dirty.update(f for f in flows if f in self._flows)

    def aim_dirty(self) -> None:
        """Re-aim the dirty flows (the cards stand still meanwhile, so their ends are cached)."""
        self._end_cache, self._kinds = {}, {}
        for _ in range(AIM_ROUNDS):
            flows, self._dirty = self._dirty, set()
            for flow in sorted(flows):
                if flow in self._flows:
                    self._dirty.discard(flow)  # aimed now, with its siblings' ports as they are
                    self._aim(flow)
            if not self._dirty:
                break
        self._end_cache = None

    def set_layers_rect(self, rect: QRectF) -> None:
        for layer in (self.lines, self.labels):
            layer.set_rect(rect)

    # ---- aiming -------------------------------------------------------------------------

    def _aim(self, flow: str) -> None:
        item, (source, target) = self._flows[flow], self._ends[flow]
        if self.grid.is_stage(source) and self.grid.is_stage(target):
            self._aim_stage_flow(item, source, target)
            return
        src, dst = self._end(source), self._end(target)
        if src is None or dst is None:
            item.setVisible(False)
            item.update()  # the lines layer repaints where its line was
            self._mark(self.plan.forget(flow))
            return
        forward = self.grid.layout.forward()
        kind = self._kinds[flow] = flow_kind(src.rect, dst.rect, forward)
        if kind == "back":
            self._mark(self.plan.forget(flow))
            in_y = dst.rect.bottom()
        else:
            side = "lead" if kind == "ahead" else "trail"
            in_y, moved = self.plan.port(flow, target, dst.rect, side, self._entering(target, side))
            self._dirty.update(moved)
        item.setVisible(True)
        item.set_plan(self.plan.aim(flow, src, dst, forward, in_y=in_y, label_w=item.label_width()))
        for end in (source, target):
            cell = self.grid.cell_of(end)
            if cell is not None:
                self._in_lane.setdefault(cell.lane_id, set()).add(flow)

    def _labelled(self, rect: QRectF) -> list[FlowArrow]:
        flows = self._flows
        return [flows[f] for f in sorted(self.plan.labels_in(rect)) if f in flows]

    def _end(self, ident: str) -> End | None:
        """A card flow end: the card's rectangle in the body and its place in its row."""
        cache = self._end_cache
        if cache is None:
            return self._make_end(ident)
        if ident not in cache:
            cache[ident] = self._make_end(ident)
        return cache[ident]

    def _make_end(self, ident: str) -> End | None:
        grid = self.grid
        card, cell = grid.items.get(ident), grid.cell_of(ident)
        if not isinstance(card, CardItem) or card.parentItem() is None or cell is None:
            return None
        per_row = grid.layout.per_row(grid.layout.column_width(cell.stage_id))
        slot = cell.ids.index(ident) % per_row
        return End(card.mapRectToItem(grid.body, card.body()), cell.stage_id, slot, per_row)

    def _entering(self, target: str, side: str) -> list[tuple[str, float]]:
        """(flow, source centre y) of the card flows entering ``target`` on ``side``."""
        dst = self._end(target)
        found = []
        for flow in self._at.get(target, ()):
            source, end = self._ends[flow]
            src = self._end(source) if end == target else None
            if src is None or dst is None:
                continue
            kind = self._kinds.get(flow) if self._end_cache is not None else None
            if kind is None:
                kind = flow_kind(src.rect, dst.rect, self.grid.layout.forward())
            if (kind == "ahead" and side == "lead") or (kind == "beside" and side == "trail"):
                found.append((flow, src.rect.center().y()))
        return found

    def _aim_stage_flow(self, item: FlowArrow, source: str, target: str) -> None:
        start, end = self.grid.stage_header(source), self.grid.stage_header(target)
        src, dst = start.mapRectToScene(start.body()), end.mapRectToScene(end.body())
        layout = self.grid.layout
        strip_y = layout.rows_top - STRIP_H / 2
        step = layout.stages.index(target) - layout.stages.index(source)
        # wider loops ride higher, so nested loops and their labels stay apart
        loop_y = layout.loop_band_rect().bottom() - 8 - 13 * min(2, abs(step) - 1)
        route = stage_route(src, dst, layout.forward(), adjacent=step == 1, strip_y=strip_y, loop_y=loop_y)
        item.set_route(route, loop=step < 0)
