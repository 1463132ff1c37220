"""Where flows between cards run: tracks in the gutters, ports on card edges, label spots.

A poster-like map keeps parallel flows apart. Every flow leaves its source card's trailing
edge, runs down (or up) a vertical *track* in the gutter after that card, and enters its
target. :class:`FlowPlan` gives each flow its own track in its gutter (flows whose vertical
runs do not overlap may share one), spreads the arrows that enter one card edge over that
edge, and puts the share label on the flow's own track where it touches no card and no
other label; a flow whose label finds no free spot shows it only when emphasised.

All of it is incremental: aiming one flow frees and takes its own track and label spot,
and reports the few sibling flows (same target edge) whose port moved, nothing else.
Geometry is in the coordinates of the grid's body; ``forward`` (+1 or -1) is the reading
direction, so the same code serves right-to-left maps.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice, pairwise

from PySide6.QtCore import QRectF

from journeymap.render.layout import CARD_GAP, CELL_PAD_X
from journeymap.render.routing import UNDER, CardPath, card_path, flow_kind, trailing

EDGE = 7.0
"""Closest a track comes to the cards on either side of its gutter."""
STEP = 5.0
"""Distance between neighbouring tracks."""
CLEAR = 6.0
"""Vertical room kept between two flows that share a track."""
PORT_STEP = 9.0
PORT_EDGE = 10.0
LABEL_H = 14.0
LABEL_TRIES = 12
CARD_TRIES = 4
"""Of those, how many may need the (dearer) look at the cards around."""
BUCKET = 64.0

Gutter = tuple[str, int, int]
"""(stage id, position of the card in its row, number of tracks): the gutter after such
cards. The count is part of the key: when a column's cards per row change, the gutter
after a slot can turn from the narrow one between cards into the wide one at the row's
end (or back), and its tracks are then other tracks."""


@dataclass(frozen=True)
class End:
    """A flow end as the plan needs it: the card's rectangle and where it sits in its cell."""

    rect: QRectF
    stage: str
    slot: int
    """The card's position within its row of the cell (0 = leading)."""
    per_row: int


@dataclass(frozen=True)
class Plan:
    path: CardPath
    label: QRectF
    """Where the label goes; empty when no free spot was found."""
    fallback: QRectF
    """Where the label goes when the flow is emphasised and ``label`` is empty."""


class FlowPlan:
    """Tracks, ports and label spots of the card flows of one grid."""

    def __init__(self, blocked: Callable[[QRectF], bool], blocked_band: Callable[[QRectF], bool]) -> None:
        self._blocked = blocked
        self._blocked_band = blocked_band
        self._tracks: dict[Gutter, list[list[tuple[float, float, str]]]] = {}
        self._track_of: dict[str, tuple[Gutter, int, tuple[float, float, str]]] = {}
        self._ports: dict[tuple[str, str], dict[str, float]] = {}
        self._port_of: dict[str, tuple[str, str]] = {}
        self._labels: dict[tuple[int, int], dict[str, QRectF]] = {}
        self._label_of: dict[str, QRectF] = {}

    # ---- forgetting ------------------------------------------------------------------

    def forget(self, flow: str) -> list[str]:
        """Free ``flow``'s track, port and label; return siblings whose port moves."""
        self._free_track(flow)
        self._free_label(flow)
        group = self._port_of.pop(flow, None)
        if group is None:
            return []
        ports = self._ports.get(group, {})
        ports.pop(flow, None)
        return list(ports)

    def _free_track(self, flow: str) -> None:
        held = self._track_of.pop(flow, None)
        if held is not None:
            gutter, index, entry = held
            self._tracks[gutter][index].remove(entry)

    def _free_label(self, flow: str) -> None:
        rect = self._label_of.pop(flow, None)
        if rect is not None:
            for key in _buckets(rect):
                self._labels.get(key, {}).pop(flow, None)

    # ---- ports -----------------------------------------------------------------------

    def port(
        self, flow: str, target: str, rect: QRectF, side: str, siblings: Iterable[tuple[str, float]]
    ) -> tuple[float, list[str]]:
        """The y where ``flow`` enters ``target`` on ``side``; and the siblings whose port moved.

        ``siblings`` are (flow, source centre y) of every flow entering that side of the
        card, this one included: ports are handed out in the order of their sources, so
        the arrows entering one edge do not cross each other.
        """
        group = (target, side)
        old_group = self._port_of.get(flow)
        moved: list[str] = []
        if old_group is not None and old_group != group:
            self._ports.get(old_group, {}).pop(flow, None)
            moved.extend(self._ports.get(old_group, {}))
        ordered = [f for f, _ in sorted(siblings, key=lambda s: (s[1], s[0]))]
        ys = _spread(rect, len(ordered), around=side == "lead", above=self._above(rect, siblings))
        new = dict(zip(ordered, ys, strict=True))
        old = self._ports.get(group, {})
        moved.extend(f for f, y in new.items() if f != flow and old.get(f) != y)
        self._ports[group] = new
        self._port_of[flow] = group
        return new[flow], moved

    @staticmethod
    def _above(rect: QRectF, siblings: Iterable[tuple[str, float]]) -> int:
        return sum(1 for _, y in siblings if y < rect.center().y())

    # ---- tracks ----------------------------------------------------------------------

    def _track_x(self, flow: str, source: End, forward: float, span: tuple[float, float]) -> float:
        width = 2 * CELL_PAD_X if source.slot >= source.per_row - 1 else CARD_GAP
        count = max(1, int((width - 2 * EDGE) // STEP) + 1)
        first = (width - (count - 1) * STEP) / 2
        gutter = (source.stage, source.slot, count)
        tracks = self._tracks.setdefault(gutter, [[] for _ in range(count)])
        held = self._track_of.get(flow)
        self._free_track(flow)
        preferred = [held[1]] if held is not None and held[0] == gutter else []
        order = preferred + sorted(range(count), key=lambda i: (abs(i - (count - 1) / 2), i))
        index = next((i for i in order if _free(tracks[i], span)), None)
        if index is None:
            index = (count - 1) // 2  # crowded: share the middle track, unregistered
        else:
            entry = (span[0], span[1], flow)
            insort(tracks[index], entry)
            self._track_of[flow] = (gutter, index, entry)
        return trailing(source.rect, forward) + forward * (first + index * STEP)

    # ---- the whole plan of one flow ----------------------------------------------------

    def aim(
        self,
        flow: str,
        source: End,
        target: End,
        forward: float,
        *,
        in_y: float,
        label_w: float,
    ) -> Plan:
        """Route ``flow`` (its port ``in_y`` from :meth:`port`) and place its label."""
        src, dst = source.rect, target.rect
        out_y = src.center().y()
        turn = dst.bottom() + UNDER if flow_kind(src, dst, forward) == "back" else in_y
        span = (min(out_y, turn), max(out_y, turn))
        trunk_x = self._track_x(flow, source, forward, span)
        path = card_path(src, dst, forward, trunk_x=trunk_x, out_y=out_y, in_y=in_y)
        if path.trunk is None:
            self._free_track(flow)
        gutter = _gutter_span(source, forward)
        label, fallback = self._place_label(flow, path, label_w, gutter)
        return Plan(path, label, fallback)

    def _place_label(
        self, flow: str, path: CardPath, width: float, gutter: tuple[float, float]
    ) -> tuple[QRectF, QRectF]:
        self._free_label(flow)
        if width <= 0:
            return QRectF(), QRectF()
        fallback: QRectF | None = None
        # between two columns there are no cards or notes: only other labels can be in the way
        clear_x = gutter if gutter[1] - gutter[0] > 2 * CARD_GAP else None
        near_cards = 0
        for rect in islice(_label_spots(path, width, gutter), LABEL_TRIES):
            if fallback is None:
                fallback = rect
            if self._label_clash(rect):
                continue
            in_gutter = clear_x is not None and clear_x[0] <= rect.left() and rect.right() <= clear_x[1]
            if in_gutter:
                if self._blocked_band(rect):
                    continue
            elif near_cards >= CARD_TRIES or self._blocked(rect):
                near_cards += 1
                continue
            self._label_of[flow] = rect
            for key in _buckets(rect):
                self._labels.setdefault(key, {})[flow] = rect
            return rect, fallback
        return QRectF(), fallback or QRectF()

    def labels_in(self, rect: QRectF) -> set[str]:
        """The flows whose placed label meets ``rect``."""
        found: set[str] = set()
        for key in _buckets(rect):
            found.update(f for f, r in self._labels.get(key, {}).items() if r.intersects(rect))
        return found

    def _label_clash(self, rect: QRectF) -> bool:
        grown = rect.adjusted(-2, -1, 2, 1)
        return any(
            grown.intersects(other) for key in _buckets(rect) for other in self._labels.get(key, {}).values()
        )


def _free(track: list[tuple[float, float, str]], span: tuple[float, float]) -> bool:
    """Whether ``span`` fits in ``track`` (sorted, non-overlapping runs) with room to spare."""
    at = bisect_left(track, span[0], key=lambda entry: entry[0])
    if at > 0 and track[at - 1][1] + CLEAR > span[0]:
        return False
    return not (at < len(track) and track[at][0] < span[1] + CLEAR)


def _spread(rect: QRectF, count: int, *, around: bool, above: int) -> list[float]:
    """``count`` port ys on an edge of ``rect``: centred (``around``), or leaving the centre
    free for the outgoing flows, ``above`` of them over it and the rest under it."""
    centre = rect.center().y()
    room = rect.height() / 2 - PORT_EDGE
    if around:
        step = min(PORT_STEP, 2 * room / (count - 1)) if count > 1 else 0.0
        return [centre + (i - (count - 1) / 2) * step for i in range(count)]
    below = count - above
    step = min(PORT_STEP, room / max(1, above, below))
    return [centre - (above - i) * step for i in range(above)] + [
        centre + (i + 1) * step for i in range(below)
    ]


def _gutter_span(source: End, forward: float) -> tuple[float, float]:
    width = 2 * CELL_PAD_X if source.slot >= source.per_row - 1 else CARD_GAP
    edge = trailing(source.rect, forward)
    return (edge, edge + width) if forward > 0 else (edge - width, edge)


def _label_spots(path: CardPath, width: float, gutter: tuple[float, float]) -> Iterator[QRectF]:
    """Label rectangles along the flow, best first: on its trunk (inside the gutter) from
    the end nearest the arrow, then along its longest horizontal run (the run first for
    five-point paths), last straddling the trunk's ends, where the line turns (a short
    trunk, between cards at one height, has room for no label inside it). Made as they
    are asked for: most flows take one of the first few."""
    trunk, run = _trunk_spots(path, width, gutter), _run_spots(path, width)
    first, then = (run, trunk) if len(path.points) == 5 else (trunk, run)
    yield from first
    yield from then
    yield from _trunk_spots(path, width, gutter, ends=True)


def _trunk_spots(
    path: CardPath, width: float, gutter: tuple[float, float], *, ends: bool = False
) -> Iterator[QRectF]:
    """Spots whose centre is on the trunk: wholly inside it, or (``ends``) only those
    that reach past one of its ends."""
    if path.trunk is not None and gutter[1] - gutter[0] >= width + 4:  # not between two cards
        half_w, half_h = width / 2, LABEL_H / 2
        x, top, bottom = path.trunk
        x = min(max(x, gutter[0] + half_w + 2), gutter[1] - half_w - 2)
        arrow = path.points[2].y()
        size = LABEL_H + 2
        if ends:
            inside = top + size / 2, bottom - size / 2
            ys = [y for y in _along(top - size / 2, bottom + size / 2, size, prefer=arrow)
                  if not inside[0] <= y <= inside[1]]  # fmt: skip
        else:
            ys = _along(top, bottom, size, prefer=arrow)
        for y in ys:
            yield QRectF(x - half_w, y - half_h, width, LABEL_H)


def _run_spots(path: CardPath, width: float) -> Iterator[QRectF]:
    runs = sorted(
        ((abs(b.x() - a.x()), a, b) for a, b in pairwise(path.points) if abs(b.y() - a.y()) < 0.5),
        key=lambda run: -run[0],
    )
    if runs and runs[0][0] >= width + 10:
        _, a, b = runs[0]
        left, right = min(a.x(), b.x()), max(a.x(), b.x())
        half_w, top = width / 2, a.y() - LABEL_H / 2
        for x in _along(left, right, width + 6, prefer=(left + right) / 2):
            yield QRectF(x - half_w, top, width, LABEL_H)


def _along(low: float, high: float, size: float, *, prefer: float) -> list[float]:
    """Centres for something ``size`` long between ``low`` and ``high``, nearest to
    ``prefer`` first, 8 px apart."""
    first, last = low + size / 2, high - size / 2
    if last < first:
        return []
    start = min(max(prefer, first), last)
    found = [start]
    offset = 8.0
    while len(found) < LABEL_TRIES and (start - offset >= first or start + offset <= last):
        found += [y for y in (start + offset, start - offset) if first <= y <= last]
        offset += 8.0
    return found


def _buckets(rect: QRectF) -> list[tuple[int, int]]:
    x0, x1 = int(rect.left() // BUCKET), int(rect.right() // BUCKET)
    y0, y1 = int(rect.top() // BUCKET), int(rect.bottom() // BUCKET)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]
