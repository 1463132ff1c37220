"""A map laid out to fill a frame of a given shape (a 16:9 or 4:3 slide, a handout page).

A drawn map is usually tall: a column per stage, a row per lane. Shrinking it into a wide
frame leaves it a sliver in the middle. :func:`frame` instead lays the map out for the
frame and picks, of these arrangements, the one that draws it largest:

- the map as it is, with its columns widened so that more cards sit side by side (the
  scene's ``min_per_row``): wider and shorter, still one piece, every flow intact;
- the rows wrapped into bands (two to six) side by side, each band with the stage headers
  above it (for a tall map even the widest columns cannot make wide enough);
- the stage columns wrapped into bands stacked one above the other, each with the lane
  headers beside it (for a map wider than the frame).

A wrapped arrangement must draw the map clearly larger than an unwrapped one to win (a
map in one piece reads better). The result is a :class:`Composition`: pieces of the scene
and where each goes, painted by :meth:`Composition.paint` into any painter (an image, an
SVG, a PDF page), centred in the target and scaled to fit it.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter

from journeymap.render.layout import LANE_HEADER_W, MARGIN, TITLE_H

if TYPE_CHECKING:  # a scene loads QtWidgets; it is made by whoever asks for a frame
    from journeymap.render.scene import JourneyScene

ASPECTS: dict[str, float] = {"16:9": 16 / 9, "4:3": 4 / 3}
"""The frames a user can ask for by name, as width / height."""
FLOORS = (1, 2, 3, 4)
"""Cards side by side per stage, at least, tried for each arrangement."""
WRAPPED = 0.85
"""A wrapped arrangement counts as drawing the map this much smaller than it does."""
BAND_GAP = MARGIN
"""Room between two bands, besides their own margins."""
CLOSE_PAD = 16.0
"""Room around a close-up (a stage on its own), which has no title above it."""


@dataclass(frozen=True)
class Piece:
    source: QRectF
    """A rectangle of the scene."""
    at: QPointF
    """Where its top-left corner goes in the composition."""


class Composition:
    """Pieces of one scene arranged on a canvas ``size`` big (scene pixels)."""

    def __init__(self, scene: JourneyScene, pieces: Sequence[Piece], size: QSizeF | None = None) -> None:
        self.scene = scene
        self.pieces = tuple(pieces)
        right = max(p.at.x() + p.source.width() for p in self.pieces)
        bottom = max(p.at.y() + p.source.height() for p in self.pieces)
        self.size = size or QSizeF(right, bottom)
        """The canvas: the pieces' extent, or more (a blank margin)."""

    @property
    def wrapped(self) -> bool:
        return len(self.pieces) > 1

    def scale_in(self, target: QSizeF) -> float:
        """The scale at which the composition fits ``target``."""
        return min(target.width() / self.size.width(), target.height() / self.size.height())

    def paint(self, painter: QPainter, target: QRectF) -> None:
        """Draw the composition as large as fits in ``target``, centred."""
        scale = self.scale_in(target.size())
        left = target.left() + (target.width() - self.size.width() * scale) / 2
        top = target.top() + (target.height() - self.size.height() * scale) / 2
        for piece in self.pieces:
            size = piece.source.size() * scale
            rect = QRectF(QPointF(left + piece.at.x() * scale, top + piece.at.y() * scale), size)
            painter.save()
            painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
            self.scene.render(painter, rect, piece.source, Qt.AspectRatioMode.IgnoreAspectRatio)
            painter.restore()


@dataclass(frozen=True)
class _Plan:
    floor: int
    wrap: str  # "none", "rows" or "stages"
    bands: int


def frame(scene: JourneyScene, aspect: float, *, close_up: bool = False) -> Composition:
    """The scene laid out to fill a frame ``aspect`` wide for each unit of height; leaves
    the scene at the chosen column widths. A ``close_up`` (one stage on its own) is drawn
    without the title, loops and stage header above its rows, and is never wrapped by stages."""
    best: tuple[float, _Plan] | None = None
    sizes_seen: set[tuple[float, float]] = set()
    for floor in FLOORS:
        _widen(scene, floor)
        size = (scene.grid.layout.width, scene.grid.layout.height)
        if size in sizes_seen:
            continue
        sizes_seen.add(size)
        for plan in _plans(scene, floor, close_up=close_up):
            composition = _compose(scene, plan, close_up=close_up)
            score = composition.scale_in(QSizeF(aspect, 1.0)) * (WRAPPED if composition.wrapped else 1.0)
            if best is None or score > best[0] * 1.0001:
                best = (score, plan)
    assert best is not None  # FLOORS is not empty
    _widen(scene, best[1].floor)
    return _compose(scene, best[1], close_up=close_up)


def _widen(scene: JourneyScene, floor: int) -> None:
    if scene.grid.min_per_row != floor:
        scene.grid.min_per_row = floor
        scene.grid.flush(full=True)


def _plans(scene: JourneyScene, floor: int, *, close_up: bool) -> list[_Plan]:
    layout = scene.grid.layout
    plans = [_Plan(floor, "none", 1)]
    plans += [_Plan(floor, "rows", k) for k in range(2, 7) if len(layout.lanes) >= 2 * k]
    if not close_up:
        plans += [_Plan(floor, "stages", k) for k in range(2, min(len(layout.stages), 4) + 1)]
    return plans


def _compose(scene: JourneyScene, plan: _Plan, *, close_up: bool) -> Composition:
    if plan.wrap == "rows":
        return _row_bands(scene, plan.bands, close_up=close_up)
    if plan.wrap == "stages":
        return _stage_bands(scene, plan.bands)
    return Composition(scene, [Piece(_whole(scene, close_up=close_up), QPointF(0, _top(close_up=close_up)))])


def _whole(scene: JourneyScene, *, close_up: bool) -> QRectF:
    layout = scene.grid.layout
    if not close_up:
        return layout.scene_rect()
    top = layout.rows_top  # the stage header's box ends here; the room above is added by _top
    return QRectF(-CLOSE_PAD, top, layout.width + 2 * CLOSE_PAD, layout.height + CLOSE_PAD - top)


def _top(*, close_up: bool) -> float:
    """Where the first piece goes: a close-up's source starts at its rows, so room is left."""
    return CLOSE_PAD if close_up else 0.0


def _row_bands(scene: JourneyScene, bands: int, *, close_up: bool) -> Composition:
    """The rows in ``bands`` groups side by side; each group below the stage headers (a
    close-up has none: its slide or page names the stage)."""
    layout = scene.grid.layout
    whole = _whole(scene, close_up=close_up)
    heights = [layout.row_span(lane)[1] for lane in layout.lanes]
    # the first band has the title above it, the others only the stage headers (a close-up: neither)
    extra = 0.0 if close_up else layout.rows_top - whole.top() - layout.header_height
    starts = _partition(heights, bands, first_extra=extra)
    ends = [*starts[1:], len(heights)]
    pieces: list[Piece] = []
    for band, (start, end) in enumerate(zip(starts, ends, strict=True)):
        x = band * (whole.width() + BAND_GAP)
        top = whole.top() if band == 0 else layout.rows_top + sum(heights[:start])
        bottom = whole.bottom() if end == len(heights) else layout.rows_top + sum(heights[:end])
        if band and not close_up:
            head = QRectF(whole.left(), layout.header_top, whole.width(), layout.header_height)
            pieces.append(Piece(head, QPointF(x, layout.header_top - whole.top())))
        if band == 0 or close_up:
            at = QPointF(x, _top(close_up=close_up))
        else:
            at = QPointF(x, layout.rows_top - whole.top())
        pieces.append(Piece(QRectF(whole.left(), top, whole.width(), bottom - top), at))
    return Composition(scene, pieces)


def _stage_bands(scene: JourneyScene, bands: int) -> Composition:
    """The stage columns in ``bands`` groups stacked, each beside the lane headers (on the
    reading side). A band's columns are cut exactly at their edges, so no sliver of the
    next stage shows; the margin beside them is left blank."""
    layout = scene.grid.layout
    whole = layout.scene_rect()
    stages = layout.stages
    widths = [layout.column_width(stage) for stage in stages]
    starts = _partition(widths, bands, first_extra=0.0)
    ends = [*starts[1:], len(stages)]
    rtl = layout.rtl
    heads = QRectF(layout.mirror(0.0, LANE_HEADER_W) - (0 if rtl else MARGIN), layout.header_top, 0.0, 0.0)
    heads.setWidth(LANE_HEADER_W + MARGIN)
    heads.setBottom(whole.bottom())
    band_w = max(heads.width() + sum(widths[s:e]) for s, e in zip(starts, ends, strict=True)) + MARGIN
    title = QRectF(whole.left() if not rtl else whole.right() - band_w, whole.top(), band_w, TITLE_H + MARGIN)
    _retitle(scene, title)
    pieces = [Piece(title, QPointF(0, 0))]
    y = title.height()
    for start, end in zip(starts, ends, strict=True):
        spans = [layout.column_span(stage) for stage in stages[start:end]]
        left, right = min(x for x, _ in spans), max(x + w for x, w in spans)
        columns = QRectF(left, layout.header_top, right - left, heads.height())
        if rtl:  # the headers at the band's right edge, the columns just before them
            pieces.append(Piece(columns, QPointF(band_w - heads.width() - columns.width(), y)))
            pieces.append(Piece(heads, QPointF(band_w - heads.width(), y)))
        else:
            pieces += [Piece(heads, QPointF(0, y)), Piece(columns, QPointF(heads.width(), y))]
        y += heads.height() + BAND_GAP
    return Composition(scene, pieces, QSizeF(band_w, y - BAND_GAP))


def _retitle(scene: JourneyScene, rect: QRectF) -> None:
    """The title and description elided to the first band, which is narrower than the map."""
    info = scene.journey.info
    inner = QRectF(rect.left() + MARGIN, 0.0, rect.width() - 2 * MARGIN, TITLE_H - 12)
    scene.grid.title.set_text(info.title, info.description, inner)


def _partition(sizes: Sequence[float], groups: int, *, first_extra: float) -> list[int]:
    """Start indices of ``groups`` contiguous runs of ``sizes`` whose largest sum (the first
    run counting ``first_extra`` more) is as small as it can be (dynamic programming)."""
    count = len(sizes)
    groups = max(1, min(groups, count))
    prefix = [0.0, *itertools.accumulate(sizes)]
    # worst[g][i]: the best largest sum of the first i sizes in g runs; start[g][i]: the last run's start
    worst = [[float("inf")] * (count + 1) for _ in range(groups + 1)]
    start = [[0] * (count + 1) for _ in range(groups + 1)]
    worst[0][0] = 0.0
    for g in range(1, groups + 1):
        for i in range(g, count + 1):
            for j in range(g - 1, i):
                run = prefix[i] - prefix[j] + (first_extra if j == 0 else 0.0)
                value = max(worst[g - 1][j], run)
                if value < worst[g][i]:
                    worst[g][i], start[g][i] = value, j
    starts, i = [], count
    for g in range(groups, 0, -1):
        i = start[g][i]
        starts.append(i)
    return starts[::-1]
