"""The grid frame of a scene: headers, rows, cells, column washes and emotion curves.

Grid owns the containers and the GridLayout and turns "these cells changed" into the
smallest set of moves: arrange the dirty cells, resize their column or row if needed,
shift the containers that follow, and have its :class:`FlowRoutes` re-aim only the flows
whose ends moved.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QRectF

from journeymap.model.elements import Lane, LaneKind
from journeymap.model.journey import Journey
from journeymap.render import content as cn
from journeymap.render.context import RenderContext
from journeymap.render.grid_flows import STRIP_H, FlowRoutes
from journeymap.render.gutters import gap_for, track_depth
from journeymap.render.items.base import ElementItem, unparent
from journeymap.render.items.cards import CardItem
from journeymap.render.items.cells import CellItem, Container, RowItem, TextCellItem
from journeymap.render.items.emotion import EmotionCurve, PersonaSource, StagePoints
from journeymap.render.items.flows import FlowArrow
from journeymap.render.items.headers import ColumnWash, LaneHeader, StageHeader, TitleItem
from journeymap.render.layout import (
    CARD_W,
    EMOTION_ROW_H,
    LANE_HEADER_W,
    MIN_ROW_H,
    TITLE_H,
    GridLayout,
    cards_per_row,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsScene

CARD_LANES = (LaneKind.CHANNEL, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.METRICS)

Cell = tuple[str, str]
H = TypeVar("H", StageHeader, LaneHeader)


class Grid:
    """Containers and geometry of one scene."""

    def __init__(self, scene: QGraphicsScene, ctx: RenderContext, items: dict[str, ElementItem]) -> None:
        self.scene = scene
        self.ctx = ctx
        self.items = items
        self.layout = GridLayout(rtl=ctx.rtl)
        self.hosts: dict[str, str | None] = {}
        self.body = Container()
        self.body.setZValue(1)
        scene.addItem(self.body)
        self.title = TitleItem(ctx)
        scene.addItem(self.title)
        self._stage_headers: dict[str, StageHeader] = {}
        self._lane_headers: dict[str, LaneHeader] = {}
        self._lane_kind: dict[str, str] = {}
        self._rows: dict[str, RowItem] = {}
        self._washes: dict[str, ColumnWash] = {}
        self._curves: dict[str, EmotionCurve] = {}
        self._persona_source: PersonaSource | None = None
        self._curve_lens: str | None = None
        self._cell_of: dict[str, CellItem] = {}
        self._dirty_cells: set[CellItem] = set()
        self._dirty_cards: set[str] = set()  # cards placed, taken out or changed since the flush
        self.flows = FlowRoutes(self)
        self._headers_dirty = True
        self.building = False
        self.min_per_row = 1
        """Cards side by side at least (up to a cell's count): a framed picture widens the map."""

    # ---- frame -----------------------------------------------------------------------

    def build(self, journey: Journey) -> None:
        self.rebuild_frame(journey)

    def rebuild_frame(self, journey: Journey) -> set[Cell]:
        """Match headers, rows and cells to the journey's stages and lanes; return kept cells."""
        stages, lanes = [s.id for s in journey.stages], [lane.id for lane in journey.lanes]
        self.hosts = cn.hosts_of(journey)
        self.layout.set_stages(stages)
        self.layout.set_lanes(lanes)
        self._sync_headers(journey)
        for lane in journey.lanes:
            if lane.id in self._rows and self._lane_kind.get(lane.id) != lane.kind:
                self._drop_row(lane.id)
            self._lane_kind[lane.id] = lane.kind
        for lane_id in [lane for lane in self._rows if lane not in set(lanes)]:
            self._drop_row(lane_id)
        for lane in journey.lanes:
            row = self._rows.get(lane.id) or self._new_row(lane)
            for stage in [s for s in row.cells if s not in set(stages)]:
                self._drop_cell(row.cells.pop(stage))
            for stage in stages:
                if stage not in row.cells:
                    row.cells[stage] = self._new_cell(stage, lane, row)
        for stage in [s for s in self._washes if s not in set(stages)]:
            self.scene.removeItem(self._washes.pop(stage))
        for stage in stages:
            if stage not in self._washes:
                self._washes[stage] = ColumnWash(self.ctx)
                self.scene.addItem(self._washes[stage])
        self.recolor()
        self._headers_dirty = True
        return {(c.stage_id, c.lane_id) for row in self._rows.values() for c in row.cells.values()}

    def _sync_headers(self, journey: Journey) -> None:
        self._sync(self._stage_headers, [s.id for s in journey.stages], StageHeader)
        self._sync(self._lane_headers, [lane.id for lane in journey.lanes], LaneHeader)

    def _sync(self, table: dict[str, H], wanted: list[str], make: Callable[[str, RenderContext], H]) -> None:
        for ident in [i for i in table if i not in set(wanted)]:
            self.scene.removeItem(table.pop(ident))
        for ident in wanted:
            if ident not in table:
                header = table[ident] = make(ident, self.ctx)
                self.scene.addItem(header)
                header.setZValue(2)

    def _new_row(self, lane: Lane) -> RowItem:
        row = RowItem(lane.id)
        row.setParentItem(self.body)
        self._rows[lane.id] = row
        if lane.kind == LaneKind.EMOTION:
            curve = self._curves[lane.id] = EmotionCurve(self.ctx, self._emotion_points, row)
            curve.legend.setParentItem(self._lane_headers[lane.id])
            curve.faces.setParentItem(self._lane_headers[lane.id])
            curve.set_persona_source(self._persona_source)
            curve.set_lens(self._curve_lens)
        return row

    def _new_cell(self, stage: str, lane: Lane, row: RowItem) -> CellItem:
        if lane.kind == LaneKind.TEXT:
            cell: CellItem = TextCellItem(stage, lane.id, row, self.ctx)
            cell.set_text(lane.cells.get(stage, ""), self.ctx, self.layout.column_width(stage))
        else:
            cell = CellItem(stage, lane.id, row)
        self._dirty_cells.add(cell)
        return cell

    def _drop_cell(self, cell: CellItem) -> None:
        """Remove a cell, first taking its cards out so their items survive."""
        for child in cell.childItems():
            unparent(child)
            if child.scene() is not None:
                self.scene.removeItem(child)
        for ident in cell.ids:
            self._cell_of.pop(ident, None)
        self._dirty_cells.discard(cell)
        self.scene.removeItem(cell)

    def _drop_row(self, lane: str) -> None:
        row = self._rows.pop(lane)
        for cell in list(row.cells.values()):
            self._drop_cell(cell)
        curve = self._curves.pop(lane, None)
        if curve is not None and curve.legend.scene() is not None:
            self.scene.removeItem(curve.legend)
        if curve is not None and curve.faces.scene() is not None:
            self.scene.removeItem(curve.faces)
        self.scene.removeItem(row)

    def stage_header(self, stage: str) -> StageHeader:
        return self._stage_headers[stage]

    def is_stage(self, ident: str) -> bool:
        return ident in self._stage_headers

    def lane_header(self, lane: str) -> LaneHeader:
        return self._lane_headers[lane]

    def refresh_headers(self, journey: Journey) -> None:
        stages = journey.stages
        for index, stage in enumerate(stages):
            self._stage_headers[stage.id].set_content(cn.stage_content(journey, stage, index, stages))
        for lane in journey.lanes:
            self._lane_headers[lane.id].set_content(cn.lane_content(lane))
        self._headers_dirty = True
        self.recolor()

    def refresh_stage(self, journey: Journey, stage: str) -> None:
        """New content for one stage header (its comments changed, say)."""
        header = self._stage_headers.get(stage)
        if header is not None:
            stages = journey.stages
            index = journey.index_of(stage)
            header.set_content(cn.stage_content(journey, stages[index], index, stages))
            self._headers_dirty = True

    def set_lane_texts(self, lane: Lane) -> None:
        row = self._rows.get(lane.id)
        if row is None:
            return
        for stage, cell in row.cells.items():
            if cell.text != lane.cells.get(stage, "") if isinstance(cell, TextCellItem) else False:
                cell.set_text(lane.cells.get(stage, ""), self.ctx, self.layout.column_width(stage))
                self._dirty_cells.add(cell)

    def recolor(self) -> None:
        for index, stage in enumerate(self.layout.stages):
            header = self._stage_headers.get(stage)
            color = header.content.color if header is not None else None
            self._washes[stage].set_color(self.ctx.theme.stage_tint(index, color))

    def set_title(self, title: str, description: str) -> None:
        self.title.set_text(title, description, QRectF(0.0, 0.0, self.layout.width, TITLE_H - 12))

    # ---- cards -----------------------------------------------------------------------

    def has_cell(self, cell: Cell) -> bool:
        row = self._rows.get(cell[1])
        return row is not None and cell[0] in row.cells and self._lane_kind.get(cell[1]) in CARD_LANES

    def cell(self, cell: Cell) -> CellItem:
        return self._rows[cell[1]].cells[cell[0]]

    def cell_of(self, ident: str) -> CellItem | None:
        """The cell that holds the card ``ident``, if it is placed."""
        return self._cell_of.get(ident)

    def cell_key(self, item: ElementItem) -> Cell | None:
        cell = self._cell_of.get(item.element_id)
        return (cell.stage_id, cell.lane_id) if cell is not None else None

    def place(self, item: CardItem, key: Cell, journey: Journey) -> None:
        cell = self.cell(key)
        cell.ids.append(item.element_id)
        self._cell_of[item.element_id] = cell
        if not self.building and len(cell.ids) > 1 and journey.ids(item.element_kind)[-1] != item.element_id:
            self._sort(cell, journey, item.element_kind)
        self._dirty_cells.add(cell)
        self._dirty_cards.add(item.element_id)

    def _sort(self, cell: CellItem, journey: Journey, kind: str) -> None:
        members = set(cell.ids)
        cell.ids = [i for i in journey.ids(kind) if i in members]

    def resort(self, item: ElementItem, journey: Journey) -> None:
        cell = self._cell_of.get(item.element_id)
        if cell is not None:
            self._sort(cell, journey, item.element_kind)
            self._dirty_cells.add(cell)

    def unplace(self, item: ElementItem) -> None:
        if isinstance(item, FlowArrow):
            self.flows.remove(item)
            return
        cell = self._cell_of.pop(item.element_id, None)
        if cell is not None:
            cell.ids.remove(item.element_id)
            self._dirty_cells.add(cell)
            self._dirty_cards.add(item.element_id)

    def mark(self, item: ElementItem) -> None:
        cell = self._cell_of.get(item.element_id)
        if cell is not None:
            self._dirty_cells.add(cell)
            self._dirty_cards.add(item.element_id)

    def emotions_changed(self) -> None:
        for curve in self._curves.values():
            curve.invalidate()

    def curves(self) -> list[EmotionCurve]:
        return [self._curves[lane] for lane in self.layout.lanes if lane in self._curves]

    def set_persona_source(self, source: PersonaSource | None) -> None:
        """Emotion lanes draw one curve per persona from ``source`` (None: one curve)."""
        self._persona_source = source
        for curve in self._curves.values():
            curve.set_persona_source(source)

    def set_curve_lens(self, persona_id: str | None) -> None:
        self._curve_lens = persona_id
        for curve in self._curves.values():
            curve.set_lens(persona_id)

    def _emotion_points(self) -> list[StagePoints]:
        channel_rows = [
            self._rows[lane] for lane in self.layout.lanes if self._lane_kind[lane] == LaneKind.CHANNEL
        ]
        items = self.items
        points: list[StagePoints] = []
        for stage in self.layout.stages:
            marks = [
                (ident, emotion)
                for row in channel_rows
                for ident in row.cells[stage].ids
                if (emotion := getattr(items.get(ident), "content", None)) is not None
                and (emotion := emotion.emotion) is not None
            ]
            x, width = self.layout.column_span(stage)
            points.append((x, width, marks))
        return points

    # ---- flows -----------------------------------------------------------------------

    def add_flow(self, item: FlowArrow, source: str, target: str) -> None:
        self.flows.add(item, source, target)
        if self.is_stage(source):
            self._headers_dirty = True  # the header band makes room for the strip

    def flows_at(self, ident: str) -> set[str]:
        """The flows that start or end at ``ident`` (a card or a stage)."""
        return self.flows.at(ident)

    def reattach_flow(self, flow: str) -> None:
        self.flows.reattach(flow)

    def in_emotion_band(self, rect: QRectF) -> bool:
        """Whether ``rect`` (body coordinates) meets the emotion curve's row."""
        top = self.layout.rows_top
        return any(
            lane is not None and self._lane_kind[lane] == LaneKind.EMOTION
            for lane in (self.layout.lane_at(rect.top() + top), self.layout.lane_at(rect.bottom() + top))
        )

    def occupied(self, rect: QRectF) -> bool:
        """Whether ``rect`` (body coordinates) covers a card, a note or the emotion curve."""
        layout = self.layout
        top = layout.rows_top
        lanes = {layout.lane_at(rect.top() + top), layout.lane_at(rect.bottom() + top)}
        stages = {layout.stage_at(rect.left()), layout.stage_at(rect.right())}
        for lane in lanes:
            if lane is None:
                continue
            if self._lane_kind[lane] == LaneKind.EMOTION:
                return True
            row = self._rows[lane]
            for stage in stages:
                if stage is None:
                    continue
                cell = row.cells[stage]
                if cell.blocks(rect.translated(-cell.x(), -row.y())):
                    return True
        return False

    # ---- geometry --------------------------------------------------------------------

    def flush(self, *, full: bool = False) -> None:
        """Bring geometry up to date after changes; cost follows what changed."""
        if full:
            self._dirty_cells.update(c for row in self._rows.values() for c in row.cells.values())
        cells, self._dirty_cells = self._dirty_cells, set()
        cards, self._dirty_cards = self._dirty_cards, set()
        widths = self._update_widths({c.stage_id for c in cells} | self.flows.gutters_touched(cells), cells)
        lanes: set[str] = set()
        for cell in cells:
            cards.update(self._arrange(cell))
            lanes.add(cell.lane_id)
        header = self._update_header_band() if (self._headers_dirty or widths or full) else False
        tops = self.layout.row_tops()
        first_row = self._update_rows(lanes)
        self.flows.mark_at(cards)  # only the cards that moved or changed: the others' flows stand
        if full or widths or header:
            self._place_all()
            self.flows.mark_all()
        elif first_row is not None:
            self._place_rows(first_row)
            self.flows.rows_moved(first_row, tops)
        self.flows.aim_dirty()

    def _arrange(self, cell: CellItem) -> list[str]:
        """Lay out the cell's cards; the ids of those that moved."""
        if isinstance(cell, TextCellItem) or not cell.ids:
            cell.content_height = cell.content_height if isinstance(cell, TextCellItem) else 0.0
            cell.set_card_rows([])
            return []
        cards = self._cards(cell)
        arrangement = self.layout.arrange([c.height for c in cards], cell.stage_id)
        positions = arrangement.positions
        moved = []
        moved_from = self.flows.moved_from
        for ident, card, pos in zip(cell.ids, cards, positions, strict=True):
            if card.pos() != pos:
                moved_from.setdefault(ident, card.scenePos())
                card.setPos(pos)
                moved.append(ident)
        per_row = self.layout.cards_per_row(cell.stage_id)
        rows = []
        for start in range(0, len(cards), per_row):
            xs = [p.x() for p in positions[start : start + per_row]]
            top = positions[start].y()
            bottom = top + max(c.height for c in cards[start : start + per_row])
            rows.append((top, bottom, min(xs), max(xs) + CARD_W))
        cell.set_card_rows(rows)
        cell.content_height = arrangement.height
        return moved

    def _update_widths(self, stages: set[str], cells: set[CellItem]) -> bool:
        """New widths for the columns of ``stages`` (cards per row, and gutters as wide as
        the flows leaving them need); every cell of a column whose width changed joins
        ``cells`` (to be arranged once, at the new width)."""
        changed = False
        lanes = {lane: index for index, lane in enumerate(self.layout.lanes)}
        for stage in stages:
            if stage not in self._washes:
                continue
            fullest = max((len(row.cells[stage].ids) for row in self._rows.values()), default=0)
            per_row = cards_per_row(fullest, self.min_per_row)
            cells_of = [(row.lane_id, row.cells[stage]) for row in self._rows.values()]
            inner, last = self.flows.lane_spans(cells_of, lanes, per_row)
            gap, inner_gap = gap_for(track_depth(last)), gap_for(track_depth(inner))
            if self.layout.set_column(stage, per_row, gap, inner_gap):
                changed = True
                for row in self._rows.values():
                    cell = row.cells[stage]
                    if isinstance(cell, TextCellItem):
                        cell.set_text(cell.text, self.ctx, self.layout.column_width(stage))
                    cells.add(cell)
        return changed

    def _update_header_band(self) -> bool:
        self._headers_dirty = False
        needed = 0.0
        for stage, header in self._stage_headers.items():
            header.set_size(self.layout.column_width(stage), 200.0)
            needed = max(needed, header.needed_height())
        strip = STRIP_H if self.flows.any_between_stages() else 0.0
        self._header_content = needed
        changed = self.layout.set_header_height(max(needed, 80.0) + strip)
        for stage, header in self._stage_headers.items():
            header.set_size(self.layout.column_width(stage), max(needed, 80.0))
        return changed or True

    def _update_rows(self, lanes: set[str]) -> int | None:
        """New row heights; the index of the first row that changed, if any."""
        first: int | None = None
        order = self.layout.lanes
        for lane in lanes:
            header = self._lane_headers[lane]
            header.set_size(LANE_HEADER_W, self.layout.row_height(lane))
            if self._lane_kind[lane] == LaneKind.EMOTION:
                height = EMOTION_ROW_H
            else:
                cells = self._rows[lane].cells.values()
                height = max(MIN_ROW_H, header.needed_height(), *(c.content_height for c in cells))
            if self.layout.set_row_height(lane, height):
                index = order.index(lane)
                first = index if first is None else min(first, index)
        return first

    def _place_all(self) -> None:
        layout = self.layout
        self.body.setPos(0.0, layout.rows_top)
        for stage, header in self._stage_headers.items():
            rect = layout.stage_header_rect(stage)
            header.setPos(rect.topLeft())
        self._place_rows(0)
        self.set_title(self.title_text(), self.subtitle_text())

    def _place_rows(self, first: int) -> None:
        layout = self.layout
        top = layout.rows_top
        for lane in layout.lanes[first:]:
            y, height = layout.row_span(lane)
            row = self._rows[lane]
            row.setPos(0.0, y - top)
            row.set_size(layout.width, height)
            header = self._lane_headers[lane]
            header.set_size(LANE_HEADER_W, height)
            header.setPos(layout.lane_header_rect(lane).topLeft())
            for stage, cell in row.cells.items():
                x, width = layout.column_span(stage)
                cell.setPos(x, 0.0)
                cell.set_size(width, height)
            curve = self._curves.get(lane)
            if curve is not None:
                columns = layout.columns_rect()
                curve.set_band(QRectF(columns.left(), 0.0, columns.width(), height))
        rules = tuple(layout.row_span(lane)[0] for lane in layout.lanes)
        for stage, wash in self._washes.items():
            x, width = layout.column_span(stage)
            wash.set_geometry(
                QRectF(x, layout.header_top, width, layout.height - layout.header_top + 8), rules
            )
        self.scene.setSceneRect(layout.scene_rect())
        self.flows.set_layers_rect(layout.scene_rect().translated(0.0, -layout.rows_top))

    def title_text(self) -> str:
        return self.title._title.text if self.title._title is not None else ""

    def subtitle_text(self) -> str:
        return self.title._subtitle.text if self.title._subtitle is not None else ""

    def card_rects(self, cell: Cell) -> list[tuple[str, QRectF]]:
        """Scene rects of the cards of a cell, in reading order."""
        return [(card.element_id, card.mapRectToScene(card.body())) for card in self._cards(self.cell(cell))]

    def _cards(self, cell: CellItem) -> list[CardItem]:
        """The card items of a cell, in its order (a cell holds nothing else)."""
        return [card for i in cell.ids if isinstance(card := self.items[i], CardItem)]
