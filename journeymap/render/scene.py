"""JourneyScene: the map as a QGraphicsScene that observes a Journey.

Built once from the journey, then kept in step through the journey's psygnal signals:
each handler touches only the items concerned and marks cells dirty; :meth:`_flush`
re-arranges those cells and, if a row or column changed size, moves the row and cell
containers that follow (O(stages x lanes), never O(cards)) and re-aims only the flows
whose ends moved. Queries for the canvas (hit tests, insertion index, rectangles) live in
:class:`journeymap.render.queries.SceneQueries`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QGraphicsScene

from journeymap.model.elements import Flow, Lane, Metric, Record
from journeymap.model.journey import Journey
from journeymap.model.voting import shown_round
from journeymap.render import content as cn
from journeymap.render.context import RenderContext
from journeymap.render.grid import Grid
from journeymap.render.items.base import ElementItem
from journeymap.render.items.cards import CardItem, card_class
from journeymap.render.items.data import PersonaLine
from journeymap.render.items.emotion import EmotionCurve
from journeymap.render.items.flows import FlowArrow
from journeymap.render.queries import SceneQueries
from journeymap.render.theme import Theme
from journeymap.util.collector import collector_paused

STRUCTURE_KINDS = ("stage", "lane")
KEPT_KINDS = ("comment", "note", "vote", "voting_round")
"""Kinds drawn as marks on other items: the scene keeps their records to know, when one is
removed or changed, which item showed it."""
FLOW_MODES = ("all", "selected", "none")
"""Which card flows the canvas draws: all, only those of the selected (or hovered) cards,
or none. Flows between stages are part of the funnel and always drawn."""


class JourneyScene(SceneQueries):
    """The drawn map of one journey; see the canvas contract in docs/dev/team-brief.md."""

    laid_out = Signal()  # an edit's cards stand where they go; which flows are seen comes next

    def __init__(
        self, journey: Journey, *, theme: Theme | None = None, parent: QObject | None = None
    ) -> None:
        QGraphicsScene.__init__(self, parent)
        self.ctx = RenderContext(theme or Theme.from_palette(), rtl=journey.info.direction == "rtl")
        self.journey = journey
        self._items: dict[str, ElementItem] = {}
        self._records: dict[str, Record] = {}
        self._lens: str | None = None
        self._highlighted: set[str] = set()
        self._hovered: str | None = None
        self._emphasised: set[str] = set()
        self._per_persona = False
        self._flow_mode = "all"
        self._batched = False
        self._round: str | None = None
        """The voting round whose dots the cards show (model.voting.shown_round)."""
        self._pick: str | None = None
        """The round picked to show (the Workshop panel's Votes tab), else None: the rule."""
        self.grid = Grid(self, self.ctx, self._items)
        # No BSP index: every moved card or re-routed flow would cost a removal and a
        # re-insertion in the tree (about 0.1 ms a flow, O(cards below) when a row grows),
        # while painting and hit tests find items just as fast by walking the containers,
        # which promise Qt that they contain their children (docs/performance.md).
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._build()
        self._connect(journey)
        self.selectionChanged.connect(self._update_emphasis)

    @property
    def theme(self) -> Theme:
        return self.ctx.theme

    # ---- whole-map operations ------------------------------------------------------

    def set_journey(self, journey: Journey) -> None:
        """Show a newly opened map (a full rebuild, the only one)."""
        self._disconnect(self.journey)
        self.journey = journey
        self.ctx.rtl = journey.info.direction == "rtl"
        self._build()
        self._connect(journey)

    def detach(self) -> None:
        """Stop following the map (before the scene goes away while the map lives on)."""
        self._disconnect(self.journey)

    def set_theme(self, theme: Theme) -> None:
        self.ctx.theme = theme
        self.setBackgroundBrush(QBrush(theme.canvas))
        self.grid.recolor()
        self.update()

    def set_persona_lens(self, persona_id: str | None) -> None:
        """Fade what does not concern ``persona_id`` (None: nothing fades)."""
        self._lens = persona_id
        for ident, item in self._items.items():
            self._apply_lens(ident, item)
        self.grid.set_curve_lens(persona_id)

    def set_round_pick(self, round_id: str | None) -> None:
        """Show the dots of voting round ``round_id`` (None: the last open round, else the last)."""
        self._pick = round_id
        self._show_round()

    def set_emotion_per_persona(self, on: bool) -> None:
        """Emotion lanes: one curve per persona (up to five) instead of one for everyone."""
        self._per_persona = on
        self.grid.set_persona_source(self._persona_lines if on else None)

    @property
    def emotion_per_persona(self) -> bool:
        return self._per_persona

    @property
    def flow_mode(self) -> str:
        return self._flow_mode

    def set_flow_mode(self, mode: str) -> None:
        """Draw all card flows, only the selected cards' ("selected"), or none."""
        if mode not in FLOW_MODES:
            raise ValueError(f"flow mode must be one of {FLOW_MODES}, not {mode!r}")
        self._flow_mode = mode
        for ident in self.grid.flows.card_flows():
            self._show_flow(ident)

    def _flow_shown(self, ident: str) -> bool:
        mode = self._flow_mode
        return mode == "all" or (mode == "selected" and ident in self._emphasised)

    def _show_flow(self, ident: str) -> None:
        item = self._items.get(ident)
        if isinstance(item, FlowArrow) and self.grid.flows.is_placed(ident):
            item.setVisible(self._flow_shown(ident))
            item.update()

    def emotion_curves(self) -> list[EmotionCurve]:
        """The emotion lanes' curve items, in lane order."""
        return self.grid.curves()

    def _persona_lines(self) -> list[PersonaLine]:
        return cn.persona_lines(self.journey)

    def set_highlighted(self, ids: list[str] | set[str]) -> None:
        wanted = set(ids)
        for ident in self._highlighted - wanted:
            if ident in self._items:
                self._items[ident].set_highlighted(False)
        for ident in wanted:
            if ident in self._items:
                self._items[ident].set_highlighted(True)
        self._highlighted = wanted

    def hover_changed(self, ident: str, *, on: bool) -> None:
        """An item reports the pointer entering or leaving it: its flows are emphasised."""
        if on:
            self._hovered = ident
        elif self._hovered == ident:
            self._hovered = None
        self._update_emphasis()

    def emphasised_flows(self) -> set[str]:
        """The flows drawn emphasised: those of the selected and the hovered elements."""
        return set(self._emphasised)

    def _update_emphasis(self) -> None:
        around = set(self.selected_ids())
        if self._hovered is not None:
            around.add(self._hovered)
        wanted = {flow for ident in around for flow in self.grid.flows_at(ident)}
        wanted.update(i for i in around if isinstance(self._items.get(i), FlowArrow))
        changed = self._emphasised ^ wanted
        self._emphasised = wanted
        for ident in changed:
            item = self._items.get(ident)
            if isinstance(item, FlowArrow):
                item.set_emphasised(ident in wanted)
                if self._flow_mode == "selected":
                    self._show_flow(ident)

    def item_for(self, ident: str) -> ElementItem | None:
        return self._items.get(ident)

    def items_by_id(self) -> dict[str, ElementItem]:
        return dict(self._items)

    # ---- building --------------------------------------------------------------------

    def _build(self) -> None:
        """Everything from scratch; the cyclic collector waits (tens of thousands of new
        objects would trigger it over and over, and none of them is garbage)."""
        with collector_paused():
            self._build_items()

    def _build_items(self) -> None:
        self._emphasised, self._hovered = set(), None
        self.grid.flows.lazy.drop()  # the old grid's idle work dies with its items
        self.clear()
        self._items.clear()
        self._records.clear()
        self.setBackgroundBrush(QBrush(self.ctx.theme.canvas))
        journey = self.journey
        self.grid = Grid(self, self.ctx, self._items)
        self.grid.flows.shown = self._flow_shown
        self.grid.flows.lazy.before_looking = self.laid_out.emit
        self.grid.set_persona_source(self._persona_lines if self._per_persona else None)
        self.grid.set_curve_lens(self._lens)
        self.grid.build(journey)
        for stage in journey.stages:
            self._adopt(stage, self.grid.stage_header(stage.id))
        for lane in journey.lanes:
            self._adopt(lane, self.grid.lane_header(lane.id))
        self.grid.refresh_headers(journey)
        hosts = cn.hosts_of(journey)
        self.grid.building = True
        refs = cn.Refs.of(journey, self._pick)
        for kind in cn.CARD_KINDS:
            for record in journey.records(kind):
                self._add_card(record, hosts, refs)
        self.grid.building = False
        for flow in journey.flows:
            self._add_flow(flow)
        for kind in KEPT_KINDS:
            for record in journey.records(kind):
                self._records[record.id] = record
        shown = shown_round(journey.voting_rounds, self._pick)
        self._round = shown.id if shown is not None else None
        self.grid.flush(full=True)
        self.grid.set_title(journey.info.title, journey.info.description)

    def _adopt(self, record: Record, item: ElementItem) -> None:
        self._items[record.id] = item
        self._records[record.id] = record
        self._apply_lens(record.id, item)

    def _add_card(self, record: Record, hosts: dict[str, str | None], refs: cn.Refs | None = None) -> None:
        spec = cn.CARD_KINDS[record.KIND]
        cell = spec.cell(self.journey, record, hosts)
        self._records[record.id] = record
        if cell is None or not self.grid.has_cell(cell):
            return
        item = card_class(record.KIND)(record.id, self.ctx, self.grid.cell(cell))
        item.set_content(spec.content(self.journey, record, refs, self._pick))
        self._items[record.id] = item
        self.grid.place(item, cell, self.journey)
        self._apply_lens(record.id, item)

    def _add_flow(self, flow: Flow) -> None:
        item = FlowArrow(flow.id, self.ctx)
        item.set_content(cn.flow_content(flow))
        self._items[flow.id] = item
        self._records[flow.id] = flow
        self.grid.add_flow(item, flow.source, flow.target)
        self._apply_lens(flow.id, item)

    def _apply_lens(self, ident: str, item: ElementItem) -> None:
        record = self._records.get(ident)
        item.set_faded(record is not None and not cn.applies_to(record, self._lens))

    # ---- signals ---------------------------------------------------------------------

    def _connect(self, journey: Journey) -> None:
        journey.element_added.connect(self._on_element_added)
        journey.element_removed.connect(self._on_element_removed)
        journey.element_changed.connect(self._on_element_changed)
        journey.element_moved.connect(self._on_element_moved)
        journey.info_changed.connect(self._on_info_changed)
        journey.batch_done.connect(self._on_batch_done)

    def _disconnect(self, journey: Journey) -> None:
        journey.element_added.disconnect(self._on_element_added)
        journey.element_removed.disconnect(self._on_element_removed)
        journey.element_changed.disconnect(self._on_element_changed)
        journey.element_moved.disconnect(self._on_element_moved)
        journey.info_changed.disconnect(self._on_info_changed)
        journey.batch_done.disconnect(self._on_batch_done)

    def _on_element_added(self, kind: str, ident: str) -> None:
        record = self.journey[ident]
        if kind in STRUCTURE_KINDS:
            self._restructure()
            return
        if kind in cn.CARD_KINDS:
            self._add_card(record, self.grid.hosts)
        elif isinstance(record, Flow):
            self._add_flow(record)
        elif kind in KEPT_KINDS:
            self._records[ident] = record
        self._refresh_related(record)
        self._flush()
        if kind == "flow":
            self._update_emphasis()

    def _on_element_removed(self, kind: str, ident: str) -> None:
        old = self._records.pop(ident, None)
        if kind in STRUCTURE_KINDS:
            self._items.pop(ident, None)
            self._restructure()
            return
        item = self._items.pop(ident, None)
        if item is not None:
            self._highlighted.discard(ident)
            self.grid.unplace(item)
            self.removeItem(item)
        if old is not None:
            self._refresh_related(old)
        self._flush()

    def _on_element_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        old, record = self._records.get(ident), self.journey[ident]
        self._records[ident] = record
        if kind in STRUCTURE_KINDS:
            self._on_structure_changed(record, fields)
        elif kind in cn.CARD_KINDS:
            self._on_card_changed(record)
        elif isinstance(record, Flow):
            self._on_flow_changed(record)
        elif kind == "persona":
            for tp in self.journey.referring(ident, "personas"):
                self._refresh(tp)
        if old is not None:
            self._refresh_related(old)
        self._refresh_related(record)
        self._flush()

    def _on_element_moved(self, kind: str, ident: str, index: int) -> None:
        if kind in STRUCTURE_KINDS:
            self._restructure()
        elif kind in cn.CARD_KINDS and ident in self._items:
            self.grid.resort(self._items[ident], self.journey)
            self._flush()

    def _flush(self) -> None:
        """Bring the geometry up to date now, or once when the journey's batch is done (an
        edit that removes a card and its flows arranges, measures and re-routes once)."""
        if self.journey.in_batch:
            self._batched = True
        else:
            self.grid.flush()

    def _on_batch_done(self) -> None:
        if self._batched:
            self._batched = False
            self.grid.flush()

    def _on_info_changed(self, fields: tuple[str, ...]) -> None:
        if "direction" in fields:
            self.set_journey(self.journey)
            return
        self.grid.set_title(self.journey.info.title, self.journey.info.description)

    # ---- reactions -------------------------------------------------------------------

    def _on_card_changed(self, record: Record) -> None:
        item = self._items.get(record.id)
        cell = cn.CARD_KINDS[record.KIND].cell(self.journey, record, self.grid.hosts)
        if item is None or cell is None or not self.grid.has_cell(cell) or self.grid.cell_key(item) != cell:
            if item is not None:
                self._items.pop(record.id)
                self.grid.unplace(item)
                self.removeItem(item)
            self._add_card(record, self.grid.hosts)
            for flow in self.journey.referring(record.id, "source") + self.journey.referring(
                record.id, "target"
            ):
                self.grid.reattach_flow(flow)
            return
        self._refresh(record.id)
        self._apply_lens(record.id, item)

    def _on_flow_changed(self, flow: Flow) -> None:
        item = self._items.get(flow.id)
        if isinstance(item, FlowArrow):
            item.set_content(cn.flow_content(flow))
            self.grid.add_flow(item, flow.source, flow.target)

    def _on_structure_changed(self, record: Record, fields: tuple[str, ...]) -> None:
        if isinstance(record, Lane) and (
            "kind" in fields or ("channel" in fields and record.kind != "channel")
        ):
            self._restructure()
            return
        self.grid.refresh_headers(self.journey)
        if isinstance(record, Lane) and "cells" in fields:
            self.grid.set_lane_texts(record)

    def _restructure(self) -> None:
        """Stages or lanes were added, removed, moved or retyped: redo the grid frame.

        Cards keep their items when their cell still exists; the cost is that of the
        frame (stages x lanes) plus the cards whose host lane changed.
        """
        before = self.grid.hosts
        kept = self.grid.rebuild_frame(self.journey)
        for stage in self.journey.stages:
            self._adopt(stage, self.grid.stage_header(stage.id))
        for lane in self.journey.lanes:
            self._adopt(lane, self.grid.lane_header(lane.id))
        after = self.grid.hosts
        for kind in cn.CARD_KINDS:
            for record in self.journey.records(kind):
                item = self._items.get(record.id)
                if isinstance(item, CardItem) and self.grid.cell_key(item) in kept and before == after:
                    continue
                if item is not None:
                    self._items.pop(record.id)
                    self.grid.unplace(item)
                    if item.scene() is self:
                        self.removeItem(item)
                self._add_card(record, after)
        self.grid.refresh_headers(self.journey)
        for flow in self.journey.flows:
            self.grid.reattach_flow(flow.id)
        self.grid.flush(full=True)

    def _refresh(self, ident: str) -> None:
        """New content for one card (title, marks, counts)."""
        item, record = self._items.get(ident), self.journey.get(ident)
        if isinstance(item, CardItem) and record is not None and record.KIND in cn.CARD_KINDS:
            height = item.height
            item.set_content(cn.CARD_KINDS[record.KIND].content(self.journey, record, None, self._pick))
            if item.height != height:
                self.grid.mark(item)

    def _refresh_related(self, record: Any) -> None:
        """Cards whose marks depend on ``record``: pain counts, off-target metric marks,
        comment markers."""
        kind = record.KIND
        if kind in ("note", "vote", "voting_round"):
            self._refresh_workshop(record)
        elif kind == "comment" and record.attached_to:
            target = self.journey.get(record.attached_to)
            if target is not None and target.KIND == "stage":
                self.grid.refresh_stage(self.journey, target.id)
            else:
                self._refresh(record.attached_to)
        elif kind == "pain_point":
            for tp in record.touchpoints:
                self._refresh(tp)
        elif kind == "metric" and record.attached_to:
            self._refresh(record.attached_to)
        elif kind == "stage":
            for metric in self.journey.referring(record.id, "attached_to"):
                self._refresh(metric)
        if kind == "touchpoint":
            self.grid.emotions_changed()
            for ident in (
                self.journey.referring(record.id, "attached_to") if record.id in self.journey else ()
            ):
                card, item = self.journey.find(Metric, ident), self._items.get(ident)
                if card is not None and item is not None and self.grid.cell_key(item) is not None:
                    self._on_card_changed(card)
        elif kind == "persona" and self._per_persona:
            self.grid.emotions_changed()  # names, colours and the persona list of the curves

    def _refresh_workshop(self, record: Any) -> None:
        """A note's card or stage; a vote's card, if its round is the one shown; every card
        voted on in the round shown before and after a round changed."""
        kind = record.KIND
        if kind == "note":
            if record.card:
                self._refresh(record.card)
            elif record.stage in self.journey:
                self.grid.refresh_stage(self.journey, record.stage)
            return
        if kind == "vote":
            if record.round == self._round:
                self._refresh(record.element)
            return
        self._show_round(record.id)

    def _show_round(self, changed: str | None = None) -> None:
        """Follow the round shown: the cards voted on in it before and after, when it moved
        to another round or when round ``changed`` is one of the two."""
        shown = shown_round(self.journey.voting_rounds, self._pick)
        before, self._round = self._round, shown.id if shown is not None else None
        rounds = {ident for ident in (before, self._round) if ident is not None}
        if before == self._round and changed not in rounds:
            return  # a round not shown, before or after
        for ident in rounds:
            for vote in self.journey.votes_in(ident) if ident in self.journey else ():
                self._refresh(vote.element)

    def grid_rect(self) -> QRectF:
        return self.grid.layout.scene_rect()
