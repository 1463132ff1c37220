"""The flows of one grid: which flows touch which element, and re-aiming only those whose
ends moved.

A card flow is routed by the :class:`FlowPlan` (ports, tracks, label spots, detours) between
the rectangles of its two cards; the gutters after a stage's cards are as wide as the flows
leaving them need (:func:`.gutters.track_depths`, measured from the model); a stage flow runs in the strip above the stage headers, or
loops back above them. The grid marks flows dirty when their cards, rows or columns move,
and :meth:`FlowRoutes.aim_dirty` re-aims them once the cards stand still.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF

from journeymap.render.detours import Corridors
from journeymap.render.flowplan import End, FlowPlan, Plan
from journeymap.render.items.cards import CardItem
from journeymap.render.items.flow_layers import FlowLabels, FlowLines
from journeymap.render.items.flows import FlowArrow
from journeymap.render.layout import CARD_W, CELL_PAD_X, row_shift
from journeymap.render.lazy_flows import WAIT_ABOVE, LazyFlows, Moves
from journeymap.render.replan import Replan
from journeymap.render.routing import flow_kind, stage_route
from journeymap.render.stand_ins import Extent, carried, crosses, drawn_parts, extent, shifted, stretched
from journeymap.util.memo import cached

if TYPE_CHECKING:
    from journeymap.render.grid import Grid
    from journeymap.render.items.cells import CellItem

STRIP_H = 30.0
"""Height of the strip above the stage headers where stage-to-stage flows run."""
AIM_ROUNDS = 4
"""Re-aiming a flow can move the ports of its siblings; this bounds the rounds."""


class FlowRoutes:
    """Flow items of a grid, their ends, and what must be re-aimed."""

    def __init__(self, grid: Grid) -> None:
        self.grid = grid
        self.plan = FlowPlan(
            grid.occupied, grid.in_emotion_band, Corridors(self.run_blocked, self.lane_edges)
        )
        self.generation = 0
        """Counts the flushes: a plan made aside is stale once the grid has changed."""
        self.lines = FlowLines(grid.body)  # before any flow: hovered flows draw above it
        self.labels = FlowLabels(self._labelled, grid.body)
        self.lazy = LazyFlows(grid.scene, grid.body, self._extent, self.aim_now, self._drawn_in, self._follow)
        self.lazy.stand_in = self._carry
        self.lazy.at_once = self._card_seen
        self.lazy.moves_of = self._moves
        self.lazy.repaint = self._repaint_stand_ins
        self._unpainted = QRectF()
        self.lazy.make_replan = lambda: Replan(self)
        self.moved_from: dict[str, QPointF] = {}
        """Cards moved in their cells since the last flush -> where they were (scene)."""
        self.row_moves: dict[str, float] = {}
        """Lane -> how far its row moved down in this flush."""
        self._flows: dict[str, FlowArrow] = {}
        self._ends: dict[str, tuple[str, str]] = {}
        self._at: dict[str, set[str]] = {}
        self._in_lane: dict[str, set[str]] = {}
        self._dirty: set[str] = set()
        self._end_cache: dict[str, End | None] | None = None
        self._kinds: dict[str, str] = {}
        self._edges: dict[tuple[str, str], list[tuple[tuple[str, str], float]]] | None = None
        """Who meets each card edge, while the cards stand still (one aiming pass)."""
        self._rects: dict[str, QRectF | None] | None = None
        """Card rectangles, while the cards stand still (one flush's split of the flows)."""
        self._unplaced: set[str] = set()
        """Card flows with an end that is not drawn (a card in a lane that shows no cards)."""
        self._gutters_dirty: set[str] = set()
        """Stages whose flows changed: their gutters are measured again at the next flush."""
        self.shown: Callable[[str], bool] = lambda _flow: True
        """Whether a card flow is drawn (the scene's flows option decides)."""

    # ---- which flows --------------------------------------------------------------------

    def add(self, item: FlowArrow, source: str, target: str) -> None:
        """Track ``item`` from ``source`` to ``target`` and put it in the scene."""
        flow = item.element_id
        self.forget(flow)
        self._gutter_changed(source)
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
        self.lazy.forget(flow)
        ends = self._ends.pop(flow, None)
        if ends is not None:
            self._gutter_changed(ends[0])
        self._flows.pop(flow, None)
        self._unplaced.discard(flow)
        self._dirty.discard(flow)
        for end in ends or ():
            self._at.get(end, set()).discard(flow)
        self._mark(self.plan.forget(flow))
        for flows in self._in_lane.values():
            flows.discard(flow)

    def at(self, ident: str) -> set[str]:
        """The flows that start or end at ``ident`` (a card or a stage)."""
        return set(self._at.get(ident, ()))

    def card_flows(self) -> list[str]:
        """The flows between cards (not those between stages)."""
        return [f for f, (source, _) in self._ends.items() if not self.grid.is_stage(source)]

    def is_placed(self, flow: str) -> bool:
        """Whether ``flow`` is a card flow whose two cards are drawn (so it can be shown)."""
        ends = self._ends.get(flow)
        return ends is not None and not self.grid.is_stage(ends[0]) and flow not in self._unplaced

    def any_between_stages(self) -> bool:
        return any(self.grid.is_stage(source) for source, _ in self._ends.values())

    # ---- where a run would pass behind cards ------------------------------------------------

    def run_blocked(self, y: float, x0: float, x1: float) -> bool:
        """Whether a horizontal line at ``y`` from ``x0`` to ``x1`` (body coordinates) passes
        behind a card or a note, or through the emotion curve's row."""
        grid = self.grid
        layout = grid.layout
        lane = layout.lane_at(y + layout.rows_top)
        if lane is None:
            return False
        if grid.in_emotion_band(QRectF(x0, y, max(0.0, x1 - x0), 0.0)):
            return True
        for stage in layout.stages_between(x0, x1):
            x, _ = layout.column_span(stage)
            cell = grid.cell((stage, lane))
            row_y = cell.parentItem().y() if cell.parentItem() is not None else 0.0
            for left in layout.card_lefts(stage):  # card by card: the gaps between are free
                low, high = max(x0, x + left), min(x1, x + left + CARD_W)
                if low < high and cell.blocks(QRectF(low - x, y - 2.0 - row_y, high - low, 4.0)):
                    return True
        return False

    def lane_edges(self) -> list[float]:
        """The lane boundaries (body coordinates): where corridors run between card rows."""
        layout = self.grid.layout
        return [layout.row_span(lane)[0] - layout.rows_top for lane in layout.lanes[1:]]

    # ---- how wide the gutters are ---------------------------------------------------------

    def _gutter_changed(self, card: str) -> None:
        cell = self.grid.cell_of(card)
        if cell is not None:
            self._gutters_dirty.add(cell.stage_id)

    def gutters_touched(self, cells: Iterable[CellItem]) -> set[str]:
        """The stages whose gutters carry flows into or out of the cards of ``cells``, and
        those whose flows changed since the last flush: their widths are measured again."""
        stages, self._gutters_dirty = self._gutters_dirty, set()
        for cell in cells:
            for ident in cell.ids:
                for flow in self._at.get(ident, ()):
                    source = self.grid.cell_of(self._ends[flow][0])
                    if source is not None:
                        stages.add(source.stage_id)
        return stages

    def target_lanes(self, card: str, lanes: dict[str, int]) -> Iterator[int]:
        """The lane index (in ``lanes``) of the target of each card flow leaving ``card``."""
        for flow in self._at.get(card, ()):
            source, target = self._ends[flow]
            there = self.grid.cell_of(target) if source == card else None
            if there is not None:
                yield lanes[there.lane_id]

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

    def rows_moved(self, first: int, before: list[float]) -> None:
        """The rows from the ``first`` on moved (``before``: the tops of all rows before)."""
        self.lazy.before_looking()
        layout = self.grid.layout
        after = layout.row_tops()
        self.row_moves = {lane: b - a for lane, a, b in zip(layout.lanes, before, after, strict=True)}
        self.shift_rows(layout.lanes[first:], *row_shift(before, after))

    def shift_rows(self, lanes: Iterable[str], shift: Callable[[float], float], distance: float) -> None:
        """The rows of ``lanes`` moved by ``shift`` (old y to new), ``distance`` at most: a few
        flows with an end there re-route at once; many follow their rows (:mod:`.lazy_flows`)."""
        moved: set[str] = set().union(*(self._in_lane.get(lane, ()) for lane in lanes))
        moved -= self._dirty
        if len(moved) <= WAIT_ABOVE or not self.lazy.seen():
            self._dirty |= moved
            return
        drawn_apart = [f for f in moved if not self._flows[f].in_lines]
        self.lazy.shift(moved, shift, distance, drawn_apart=drawn_apart)

    def _drawn_in(self, rect: QRectF, among: Container[str]) -> set[str]:
        """The plain flows of ``among`` whose line or label is drawn in ``rect``: by their
        segments, not their bounds (an L-shaped line's bounds cover much it does not pass).
        A view crosses about a thousand lines on a big map: those not asked about are
        passed over before their segments are tested."""
        return {
            item.element_id
            for item in self.lines.meeting(rect)
            if item.element_id in among and crosses(rect, item.points, item.placed_label, item.fallback_label)
        }

    def _follow(self, flow: str, shift: Callable[[float], float]) -> None:
        """``flow`` moves with its rows (a stand-in until it re-routes in idle time)."""
        item = self._flows.get(flow)
        if item is not None and item.points:
            label, fallback = (shifted(r, shift) for r in (item.placed_label, item.fallback_label))
            self._unpainted = self._unpainted.united(
                item.stand_in(stretched(item.points, shift), label, fallback)
            )
            self.plan.move_label(flow, label)

    def _moves(self, flow: str) -> Moves | None:
        """How far the two cards of ``flow`` moved in this flush (None: neither in its cell)."""
        ends = self._ends.get(flow)
        if ends is None or not any(end in self.moved_from for end in ends):
            return None
        return self._card_move(ends[0]), self._card_move(ends[1])

    def _carry(self, flow: str, seen: list[QRectF], moves: Moves) -> bool:
        """Carry ``flow`` along with its cards (:func:`.stand_ins.carried`) when neither card is
        in view (a line that only passes through); False: route it at once."""
        item = self._flows.get(flow)
        if item is None or not item.points or self._card_seen(flow, seen):
            return False
        source, target = moves
        points = carried(item.points, source, target)
        if points is None:
            return False
        label, fallback = (
            r if r.isNull() else r.translated(source) for r in (item.placed_label, item.fallback_label)
        )
        self._unpainted = self._unpainted.united(item.stand_in(points, label, fallback))
        self.plan.move_label(flow, label)
        return True

    def _card_seen(self, flow: str, seen: list[QRectF]) -> bool:
        """Whether a card of ``flow`` is in ``seen`` or not drawn (or ``flow`` is unknown):
        such a flow is routed exactly at once, never carried."""
        ends = self._ends.get(flow)
        rects = [self._card_rect(end) for end in ends] if ends is not None else [None]
        return any(r is None or any(r.intersects(s) for s in seen) for r in rects)

    def _repaint_stand_ins(self) -> None:
        """Repaint where the flows that took a stand-in route were and are, in one go."""
        if not self._unpainted.isNull():
            for layer in (self.lines, self.labels):
                layer.update(self._unpainted)
            self._unpainted = QRectF()

    def _card_move(self, card: str) -> QPointF:
        """How far ``card`` moved in this flush (in its cell, or with its row)."""
        old, item = self.moved_from.get(card), self.grid.items[card]
        if old is not None:
            return item.scenePos() - old
        cell = self.grid.cell_of(card)
        return QPointF(0.0, self.row_moves.get(cell.lane_id, 0.0) if cell is not None else 0.0)

    def _mark(self, flows: Iterable[str]) -> None:
        self._dirty.update(f for f in flows if f in self._flows)

    def aim_dirty(self) -> None:
        """Re-aim the dirty flows; those far from every view wait for idle time (:mod:`.lazy_flows`)."""
        self.lazy.before_looking()
        due, self._dirty = self._dirty, set()
        self.generation += 1
        self._rects = {}  # the cards stand still meanwhile: each card is measured once
        try:
            self.aim_now(self.lazy.split(due), defer=True)
        finally:
            self._rects = None
        self.lazy.edited()
        self.moved_from, self.row_moves = {}, {}

    def aim_now(self, flows: Iterable[str], *, defer: bool = False) -> None:
        """Re-aim ``flows`` (the cards stand still meanwhile, so their ends are cached). With
        ``defer``, the flows whose ports moved meanwhile wait too when far from every view."""
        self._dirty.update(flows)
        self._end_cache, self._kinds, self._edges = {}, {}, {}
        for round_ in range(AIM_ROUNDS):
            flows, self._dirty = self._dirty, set()
            if defer and round_:
                flows = self.lazy.split(flows)
            for flow in sorted(flows):
                if flow in self._flows:
                    self._dirty.discard(flow)  # aimed now, with its siblings' ports as they are
                    self._aim(flow)
            if not self._dirty:
                break
        self._end_cache, self._edges = None, None

    def set_layers_rect(self, rect: QRectF) -> None:
        for layer in (self.lines, self.labels):
            layer.set_rect(rect)

    # ---- aiming -------------------------------------------------------------------------

    def _aim(self, flow: str) -> None:
        item, (source, target) = self._flows[flow], self._ends[flow]
        if self.grid.is_stage(source) and self.grid.is_stage(target):
            self._aim_stage_flow(item, source, target)
            return
        plan = self.route(flow)
        if plan is None:
            item.setVisible(False)
            item.update()  # the lines layer repaints where its line was
            return
        item.setVisible(self.shown(flow))
        item.set_plan(plan)
        for end in (source, target):
            cell = self.grid.cell_of(end)
            if cell is not None:
                self._in_lane.setdefault(cell.lane_id, set()).add(flow)

    def route(self, flow: str) -> Plan | None:
        """Plan the card flow ``flow`` in :attr:`plan` (siblings whose port moved become
        dirty); None when one of its cards is not drawn."""
        item, (source, target) = self._flows[flow], self._ends[flow]
        src, dst = self._end(source), self._end(target)
        if src is None or dst is None:
            self._unplaced.add(flow)
            self._mark(self.plan.forget(flow))
            return None
        forward = self.grid.layout.forward()
        kind = self._kinds[flow] = flow_kind(src.rect, dst.rect, forward)
        out_y, moved = self.plan.port(
            (flow, "out"), source, src.rect, "trail", self._at_edge(source, "trail")
        )
        self._dirty.update(moved)
        if kind == "back":
            self._mark(self.plan.free_port((flow, "in")))
            in_y = dst.rect.bottom()
        else:
            side = "lead" if kind == "ahead" else "trail"
            in_y, moved = self.plan.port((flow, "in"), target, dst.rect, side, self._at_edge(target, side))
            self._dirty.update(moved)
        self._unplaced.discard(flow)
        return self.plan.aim(flow, src, dst, forward, out_y=out_y, in_y=in_y, label_w=item.label_width())

    @contextmanager
    def planning(self, plan: FlowPlan, dirty: set[str]) -> Iterator[None]:
        """:meth:`route` plans in ``plan`` and marks ``dirty`` meanwhile (a plan made aside,
        :mod:`.replan`); the cards stand still, so their ends are cached."""
        kept = self.plan, self._dirty, self._end_cache, self._kinds, self._edges
        self.plan, self._dirty, self._end_cache, self._kinds, self._edges = plan, dirty, {}, {}, {}
        try:
            yield
        finally:
            self.plan, self._dirty, self._end_cache, self._kinds, self._edges = kept

    def new_plan(self) -> FlowPlan:
        """An empty plan, as a fresh scene starts with."""
        return FlowPlan(
            self.grid.occupied, self.grid.in_emotion_band, Corridors(self.run_blocked, self.lane_edges)
        )

    def adopt(self, plan: FlowPlan, routes: dict[str, Plan | None]) -> None:
        """``plan``, made aside, replaces the plan; the flows whose route differs show it."""
        self.plan = plan
        for flow, route in routes.items():
            item = self._flows.get(flow)
            if item is None:
                continue
            if route is None:
                item.setVisible(False)
                item.update()
            elif not item.shows(route):
                item.setVisible(self.shown(flow))
                item.set_plan(route)

    def has(self, flow: str) -> bool:
        return flow in self._flows

    def card_flow_ids(self) -> list[str]:
        """Every card flow, in the order a fresh scene routes them."""
        return sorted(self.card_flows())

    def _extent(self, flow: str) -> Extent | None:
        """Where a card flow is drawn and may go (:func:`.stand_ins.extent`); None for a stage
        flow, a flow not routed yet, or one without both cards on the map."""
        item, ends, grid = self._flows.get(flow), self._ends.get(flow), self.grid
        if item is None or ends is None or item.parentItem() is not grid.body or not item.points:
            return None
        cell = grid.cell_of(ends[0])
        src, dst = self._card_rect(ends[0]), self._card_rect(ends[1])
        if cell is None or src is None or dst is None:
            return None
        x, width = grid.layout.column_span(cell.stage_id)
        forward = grid.layout.forward()
        far = (x + width + CELL_PAD_X) if forward > 0 else (x - CELL_PAD_X)
        return extent(
            drawn_parts(item.points, item.placed_label, item.fallback_label), src, dst, far, forward
        )

    def _card_rect(self, ident: str) -> QRectF | None:
        """The body of the card ``ident`` in the grid's body (None: not drawn)."""
        return cached(self._rects, ident, self._measure_card)

    def _measure_card(self, ident: str) -> QRectF | None:
        card = self.grid.items.get(ident)
        if not isinstance(card, CardItem) or card.parentItem() is None:
            return None
        return card.mapRectToItem(self.grid.body, card.body())

    def _labelled(self, rect: QRectF) -> list[FlowArrow]:
        flows = self._flows
        return [flows[f] for f in sorted(self.plan.labels_in(rect)) if f in flows]

    def _end(self, ident: str) -> End | None:
        """A card flow end: the card's rectangle in the body and its place in its row."""
        return cached(self._end_cache, ident, self._make_end)

    def _make_end(self, ident: str) -> End | None:
        grid = self.grid
        card, cell = grid.items.get(ident), grid.cell_of(ident)
        if not isinstance(card, CardItem) or card.parentItem() is None or cell is None:
            return None
        layout, stage = grid.layout, cell.stage_id
        slot = cell.ids.index(ident) % layout.cards_per_row(stage)
        before: tuple[str, int, float] | None = None
        if slot > 0:
            before = (stage, slot - 1, layout.gutter_after(stage, slot - 1))
        elif (index := layout.stages.index(stage)) > 0:
            previous = layout.stages[index - 1]
            last = layout.cards_per_row(previous) - 1
            before = (previous, last, layout.gutter_after(previous, last))
        rect = card.mapRectToItem(grid.body, card.body())
        return End(rect, stage, slot, layout.gutter_after(stage, slot), before)

    def _at_edge(self, card: str, side: str) -> list[tuple[tuple[str, str], float]]:
        """((flow, "out"|"in"), y of the other end's centre) of the card flows that meet
        ``card`` on ``side``: every flow leaves by the trailing edge; one ahead enters by
        the leading edge, one beside by the trailing edge, one back by the bottom."""
        return cached(self._edges, (card, side), lambda key: self._meeting(*key))

    def _meeting(self, card: str, side: str) -> list[tuple[tuple[str, str], float]]:
        here = self._end(card)
        found = []
        for flow in self._at.get(card, ()):
            source, target = self._ends[flow]
            other = self._end(target if source == card else source)
            if here is None or other is None:
                continue
            if source == card:
                if side == "trail":
                    found.append(((flow, "out"), other.rect.center().y()))
                continue
            kind = self._kinds.get(flow) if self._end_cache is not None else None
            if kind is None:
                kind = flow_kind(other.rect, here.rect, self.grid.layout.forward())
            if (kind == "ahead" and side == "lead") or (kind == "beside" and side == "trail"):
                found.append(((flow, "in"), other.rect.center().y()))
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
