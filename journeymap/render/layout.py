"""Geometry of the map: where every column, row, header, cell and card goes.

This is the ONE place that knows about reading direction. Everything is computed
left-to-right and mirrored here when the journey reads right-to-left, so that items and
the scene never assume a side. Columns and rows keep their sizes in dicts; positions are
prefix sums recomputed lazily (stages and lanes are few, cards are many), so changing one
row's height costs O(lanes), never O(cards).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

MARGIN = 40.0
TITLE_H = 64.0
LOOP_H = 44.0
LANE_HEADER_W = 184.0
CARD_W = 188.0
CARD_GAP = 12.0
CELL_PAD = 14.0
"""Room above and below the cards of a cell."""
CELL_PAD_X = 22.0
"""Room before and after the cards of a cell: two of them make the gutter between columns
where flows run on their own tracks."""
MIN_ROW_H = 76.0
EMOTION_ROW_H = 150.0


def cards_per_row(count: int, at_least: int = 1) -> int:
    """How many cards sit side by side in a stage whose fullest cell holds ``count``;
    ``at_least`` widens the columns (never past ``count``) for a wider, shorter map."""
    natural = 1 if count <= 3 else 2 if count <= 8 else 3
    return max(natural, min(count, at_least))


def column_width_for(per_row: int, gap: float = CARD_GAP, inner: float | None = None) -> float:
    """A column of ``per_row`` cards side by side, ``inner`` apart, with a gutter at least
    ``gap`` wide after the last (with the next column's leading padding): the room for the
    flows leaving them."""
    inner = gap if inner is None else inner
    return CELL_PAD_X + per_row * CARD_W + (per_row - 1) * inner + trailing_pad(gap)


def trailing_pad(gap: float) -> float:
    """The padding after a column's last card: with the next column's leading padding it
    makes a gutter at least ``gap`` wide."""
    return max(CELL_PAD_X, gap - CELL_PAD_X)


@dataclass(frozen=True)
class Arrangement:
    """Card positions (cell coordinates, top-left) and the height the cards take."""

    positions: tuple[QPointF, ...]
    height: float


class GridLayout:
    """Column x/width per stage, row y/height per lane, and the bands above the grid."""

    def __init__(self, *, rtl: bool = False) -> None:
        self.rtl = rtl
        self.header_height = 96.0
        self._stages: list[str] = []
        self._lanes: list[str] = []
        self._width: dict[str, float] = {}
        self._per_row: dict[str, int] = {}
        self._gap: dict[str, float] = {}
        self._inner: dict[str, float] = {}
        self._height: dict[str, float] = {}
        self._x: dict[str, float] | None = None
        self._y: dict[str, float] | None = None
        self._x_starts: list[float] = []
        self._y_starts: list[float] = []

    # ---- sizes ---------------------------------------------------------------------

    @property
    def stages(self) -> list[str]:
        return self._stages

    @property
    def lanes(self) -> list[str]:
        return self._lanes

    def set_stages(self, order: Sequence[str]) -> None:
        self._stages = list(order)
        self._width = {s: self._width.get(s, column_width_for(1)) for s in self._stages}
        self._per_row = {s: self._per_row.get(s, 1) for s in self._stages}
        self._gap = {s: self._gap.get(s, CARD_GAP) for s in self._stages}
        self._inner = {s: self._inner.get(s, CARD_GAP) for s in self._stages}
        self._x = None

    def set_lanes(self, order: Sequence[str]) -> None:
        self._lanes = list(order)
        self._height = {lane: self._height.get(lane, MIN_ROW_H) for lane in self._lanes}
        self._y = None

    def set_column(self, stage: str, per_row: int, gap: float = CARD_GAP, inner: float = CARD_GAP) -> bool:
        """``per_row`` cards side by side in ``stage``, ``inner`` apart, a gutter ``gap`` wide
        after the last; True if anything changed."""
        if (self._per_row.get(stage), self._gap.get(stage), self._inner.get(stage)) == (per_row, gap, inner):
            return False
        self._per_row[stage], self._gap[stage], self._inner[stage] = per_row, gap, inner
        self._width[stage] = column_width_for(per_row, gap, inner)
        self._x = None
        return True

    def cards_per_row(self, stage: str) -> int:
        return self._per_row[stage]

    def gap(self, stage: str) -> float:
        """The gutter after the last card of a row of ``stage``."""
        return self._gap[stage]

    def card_lefts(self, stage: str) -> list[float]:
        """The left x of each card slot of a row of ``stage``'s cells, in cell coordinates."""
        inner, width = self._inner[stage], self._width[stage]
        lefts = [CELL_PAD_X + k * (CARD_W + inner) for k in range(self._per_row[stage])]
        return [width - x - CARD_W for x in lefts] if self.rtl else lefts

    def stages_between(self, x0: float, x1: float) -> list[str]:
        """The stages whose columns meet the span from ``x0`` to ``x1``, found by bisection."""
        low, high = sorted((x0, x1))
        if self.rtl:
            low, high = self.width - high, self.width - low
        self._xs()
        first = max(0, bisect_right(self._x_starts, low) - 1)
        last = bisect_left(self._x_starts, high)
        return self._stages[first:last]

    def gutter_after(self, stage: str, slot: int) -> float:
        """How wide the free space after the card in ``slot`` of a row is: the gap to the
        next card, or the gutter to the next column."""
        if slot < self._per_row[stage] - 1:
            return self._inner[stage]
        return trailing_pad(self._gap[stage]) + CELL_PAD_X

    def set_row_height(self, lane: str, height: float) -> bool:
        if self._height.get(lane) == height:
            return False
        self._height[lane] = height
        self._y = None
        return True

    def set_header_height(self, height: float) -> bool:
        if self.header_height == height:
            return False
        self.header_height = height
        self._y = None
        return True

    def column_width(self, stage: str) -> float:
        return self._width[stage]

    def row_height(self, lane: str) -> float:
        return self._height[lane]

    # ---- positions -----------------------------------------------------------------

    @property
    def header_top(self) -> float:
        return TITLE_H + LOOP_H

    @property
    def rows_top(self) -> float:
        return self.header_top + self.header_height

    @property
    def width(self) -> float:
        return LANE_HEADER_W + sum(self._width.values())

    @property
    def height(self) -> float:
        return self.rows_top + sum(self._height.values())

    def _xs(self) -> dict[str, float]:
        if self._x is None:
            x, self._x = LANE_HEADER_W, {}
            for stage in self._stages:
                self._x[stage] = x
                x += self._width[stage]
            self._x_starts = list(self._x.values())
        return self._x

    def _ys(self) -> dict[str, float]:
        if self._y is None:
            y, self._y = self.rows_top, {}
            for lane in self._lanes:
                self._y[lane] = y
                y += self._height[lane]
            self._y_starts = list(self._y.values())
        return self._y

    def mirror(self, x: float, width: float) -> float:
        """A left-to-right x (of something ``width`` wide) in the map's reading direction."""
        return self.width - x - width if self.rtl else x

    def column_span(self, stage: str) -> tuple[float, float]:
        width = self._width[stage]
        return self.mirror(self._xs()[stage], width), width

    def row_tops(self) -> list[float]:
        """The top of each row in the grid's body (below the header band), in lane order."""
        ys, top = self._ys(), self.rows_top
        return [ys[lane] - top for lane in self._lanes]

    def row_span(self, lane: str) -> tuple[float, float]:
        return self._ys()[lane], self._height[lane]

    def cell_rect(self, stage: str, lane: str) -> QRectF:
        x, w = self.column_span(stage)
        y, h = self.row_span(lane)
        return QRectF(x, y, w, h)

    def stage_header_rect(self, stage: str) -> QRectF:
        x, w = self.column_span(stage)
        return QRectF(x, self.header_top, w, self.header_height)

    def lane_header_rect(self, lane: str) -> QRectF:
        y, h = self.row_span(lane)
        return QRectF(self.mirror(0.0, LANE_HEADER_W), y, LANE_HEADER_W, h)

    def columns_rect(self) -> QRectF:
        """The stage columns from the header band down, without the lane headers."""
        return QRectF(
            self.mirror(LANE_HEADER_W, self.width - LANE_HEADER_W),
            self.header_top,
            self.width - LANE_HEADER_W,
            self.height - self.header_top,
        )

    def title_rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.width, TITLE_H)

    def loop_band_rect(self) -> QRectF:
        return QRectF(0.0, TITLE_H, self.width, LOOP_H)

    def scene_rect(self) -> QRectF:
        return QRectF(-MARGIN, -MARGIN, self.width + 2 * MARGIN, self.height + 2 * MARGIN)

    def forward(self) -> float:
        """+1 when the journey reads to the right, -1 when it reads to the left."""
        return -1.0 if self.rtl else 1.0

    # ---- hit testing ---------------------------------------------------------------

    def stage_at(self, x: float) -> str | None:
        xs = self._xs()
        if self.rtl:  # mirrored columns are closed on the left, open on the right
            x = self.width - x
            at = bisect_left(self._x_starts, x) - 1
            stage = self._stages[at] if at >= 0 else None
            return stage if stage is not None and x <= xs[stage] + self._width[stage] else None
        at = bisect_right(self._x_starts, x) - 1
        if at < 0:
            return None
        stage = self._stages[at]
        return stage if x < xs[stage] + self._width[stage] else None

    def lane_at(self, y: float) -> str | None:
        ys = self._ys()
        at = bisect_right(self._y_starts, y) - 1
        if at < 0:
            return None
        lane = self._lanes[at]
        return lane if y < ys[lane] + self._height[lane] else None

    # ---- cards inside a cell -------------------------------------------------------

    def arrange(self, heights: Sequence[float], stage: str) -> Arrangement:
        """Cards in reading order, row by row, from the leading padding of ``stage``'s cell."""
        per_row, inner, width = self._per_row[stage], self._inner[stage], self._width[stage]
        positions: list[QPointF] = []
        y = CELL_PAD
        for start in range(0, len(heights), per_row):
            row = heights[start : start + per_row]
            for col in range(len(row)):
                x = CELL_PAD_X + col * (CARD_W + inner)
                positions.append(QPointF(width - x - CARD_W if self.rtl else x, y))
            y += max(row) + CARD_GAP
        height = y - CARD_GAP + CELL_PAD if heights else 0.0
        return Arrangement(tuple(positions), height)

    def slot_at(self, rects: Sequence[QRectF], point: QPointF) -> int:
        """Index (in reading order) before which a card dropped at ``point`` goes."""
        for index, rect in enumerate(rects):
            if point.y() < rect.top():
                return index
            if point.y() <= rect.bottom():
                before = point.x() > rect.center().x() if self.rtl else point.x() < rect.center().x()
                if before:
                    return index
        return len(rects)


def row_shift(before: list[float], after: list[float]) -> tuple[Callable[[float], float], float]:
    """How rows moved from their tops ``before`` to ``after``: a map from an old y to the new
    one (everything in a row moves with its top), and the largest move."""
    moves = [new - old for old, new in zip(before, after, strict=True)]

    def shift(y: float) -> float:
        row = bisect_right(before, y) - 1
        return y + moves[row] if row >= 0 else y

    return shift, max((abs(move) for move in moves), default=0.0)
