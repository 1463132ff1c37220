"""Where flows between cards run: tracks in the gutters, ports on card edges, label spots.

A poster-like map keeps parallel flows apart. Every flow leaves its source card's trailing
edge at a *port* of its own, runs down (or up) a vertical *track* in the gutter after that
card, and enters its target at a port of its own. :class:`FlowPlan` spreads the flows that
leave or enter one card edge over that edge (in the order of their other ends, so they do
not cross), gives each flow its own track in its gutter (flows whose vertical runs do not
overlap may share one), and puts the share label on the flow's own first stretch, in the
label zone right after its source card (see journeymap.render.gutters): there no other
line runs, so a reader sees which arrow each label belongs to. A label that does not fit
there goes on the flow's track where it touches no card and no other label; one that finds
no free spot shows only when the flow is emphasised.

All of it is incremental: aiming one flow frees and takes its own track and label spot,
and reports the few sibling flows (same card edge) whose port moved, nothing else.
Geometry is in the coordinates of the grid's body; ``forward`` (+1 or -1) is the reading
direction, so the same code serves right-to-left maps.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise

from PySide6.QtCore import QRectF

from journeymap.render.detours import Corridors, ahead_detour, back_detour
from journeymap.render.gutters import LABEL_ZONE, STEP, has_label_zone, track_zone
from journeymap.render.layout import CARD_GAP
from journeymap.render.routing import UNDER, CardPath, card_path, flow_kind, leading, trailing

CLEAR = 6.0
"""Vertical room kept between two flows that share a track."""
PORT_STEP = 9.0
"""Distance between the arrows entering a card's leading edge."""
LABELLED_STEP = 17.0
"""Distance between the ports of a trailing edge, where the labels sit: one label high."""
PORT_EDGE = 10.0
LABEL_H = 14.0
LABEL_TRIES = 12
CARD_TRIES = 4
"""Of those, how many may need the (dearer) look at the cards around."""
BUCKET = 64.0

Gutter = tuple[str, int, float]
"""(stage id, position of the card in its row, gutter width): the gutter after such
cards. The width is part of the key: when a column's cards per row or gaps change, the
gutter after a slot can turn from the one between cards into the one at the row's end (or
back), and its tracks are then other tracks."""

APPROACH = "\x00approach"
"""Appended to a flow's id: the holder of its second track, in the gutter before its target."""

Member = tuple[str, str]
"""(flow id, "out" or "in"): one end of a flow at a card edge's ports."""


@dataclass(frozen=True)
class End:
    """A flow end as the plan needs it: the card's rectangle and where it sits in its cell."""

    rect: QRectF
    stage: str
    slot: int
    """The card's position within its row of the cell (0 = leading)."""
    gutter: float
    """How wide the free space after the card is (to the next card or the next column)."""
    before: tuple[str, int, float] | None = None
    """The gutter just before the card (that after the card or column before it), as
    (stage, slot, width); None for the first column's first cards."""


@dataclass(frozen=True)
class Plan:
    path: CardPath
    label: QRectF
    """Where the label goes; empty when no free spot was found."""
    fallback: QRectF
    """Where the label goes when the flow is emphasised and ``label`` is empty."""


class FlowPlan:
    """Tracks, ports and label spots of the card flows of one grid."""

    def __init__(
        self,
        blocked: Callable[[QRectF], bool],
        blocked_band: Callable[[QRectF], bool],
        corridors: Corridors | None = None,
    ) -> None:
        self._blocked = blocked
        self._blocked_band = blocked_band
        self._corridors = corridors
        self._tracks: dict[Gutter, list[list[tuple[float, float, str]]]] = {}
        self._track_of: dict[str, tuple[Gutter, int, tuple[float, float, str]]] = {}
        self._ports: dict[tuple[str, str], dict[Member, float]] = {}
        self._port_of: dict[Member, tuple[str, str]] = {}
        self._labels: dict[tuple[int, int], dict[str, QRectF]] = {}
        self._label_of: dict[str, QRectF] = {}

    # ---- forgetting ------------------------------------------------------------------

    def forget(self, flow: str) -> list[str]:
        """Free ``flow``'s track, ports and label; return siblings whose port moves."""
        self._free_track(flow)
        self._free_label(flow)
        moved: list[str] = []
        for role in ("out", "in"):
            group = self._port_of.pop((flow, role), None)
            if group is not None:
                ports = self._ports.get(group, {})
                ports.pop((flow, role), None)
                moved.extend(f for f, _ in ports)
        return moved

    def free_port(self, member: Member) -> list[str]:
        """Free one end's port (a flow that now enters its card from below); return the
        flows whose port there moves."""
        group = self._port_of.pop(member, None)
        if group is None:
            return []
        ports = self._ports.get(group, {})
        ports.pop(member, None)
        return [f for f, _ in ports]

    def _free_track(self, flow: str) -> None:
        for holder in (flow, flow + APPROACH):
            held = self._track_of.pop(holder, None)
            if held is not None:
                gutter, index, entry = held
                self._tracks[gutter][index].remove(entry)
        if self._corridors is not None:
            self._corridors.free(flow)

    def _free_label(self, flow: str) -> None:
        rect = self._label_of.pop(flow, None)
        if rect is not None:
            for key in _buckets(rect):
                self._labels.get(key, {}).pop(flow, None)

    # ---- ports -----------------------------------------------------------------------

    def port(
        self, member: Member, card: str, rect: QRectF, side: str, siblings: Iterable[tuple[Member, float]]
    ) -> tuple[float, list[str]]:
        """The y where ``member`` (a flow's end) meets ``card`` on ``side`` ("lead" or
        "trail"); and the flows whose port there moved.

        ``siblings`` are (member, y of its other end) of every flow end on that side of the
        card, this one included: ports are handed out in the order of the other ends, so
        the lines at one edge do not cross each other. A trailing edge, where the labels
        sit, spaces its ports a label apart when the card is tall enough.
        """
        group = (card, side)
        old_group = self._port_of.get(member)
        moved: list[str] = []
        if old_group is not None and old_group != group:
            self._ports.get(old_group, {}).pop(member, None)
            moved.extend(f for f, _ in self._ports.get(old_group, {}))
        ordered = [m for m, _ in sorted(siblings, key=lambda s: (s[1], s[0]))]
        ys = _spread(rect, len(ordered), step=LABELLED_STEP if side == "trail" else PORT_STEP)
        new = dict(zip(ordered, ys, strict=True))
        old = self._ports.get(group, {})
        moved.extend(m[0] for m, y in new.items() if m[0] != member[0] and old.get(m) != y)
        self._ports[group] = new
        self._port_of[member] = group
        return new[member], moved

    # ---- tracks ----------------------------------------------------------------------

    def _track_x(self, flow: str, source: End, forward: float, span: tuple[float, float]) -> float:
        gutter = (source.stage, source.slot, source.gutter)
        return self._take_track(flow, gutter, trailing(source.rect, forward), forward, span)

    def _take_track(
        self, holder: str, gutter: Gutter, edge: float, forward: float, span: tuple[float, float]
    ) -> float:
        """The x of a free track for ``span`` in ``gutter``, which starts at ``edge``."""
        low, high = track_zone(gutter[2])
        count = max(1, int((high - low) // STEP) + 1)
        first = low + (high - low - (count - 1) * STEP) / 2
        tracks = self._tracks.setdefault(gutter, [[] for _ in range(count)])
        held = self._track_of.pop(holder, None)
        if held is not None:
            self._tracks[held[0]][held[1]].remove(held[2])
        preferred = [held[1]] if held is not None and held[0] == gutter else []
        index = next((i for i in (*preferred, *_middle_first(count)) if _free(tracks[i], span)), None)
        if index is None:
            index = (count - 1) // 2  # crowded: share the middle track, unregistered
        else:
            entry = (span[0], span[1], holder)
            insort(tracks[index], entry)
            self._track_of[holder] = (gutter, index, entry)
        return edge + forward * (first + index * STEP)

    # ---- the whole plan of one flow ----------------------------------------------------

    def aim(
        self,
        flow: str,
        source: End,
        target: End,
        forward: float,
        *,
        out_y: float,
        in_y: float,
        label_w: float,
    ) -> Plan:
        """Route ``flow`` (its ports ``out_y`` and ``in_y`` from :meth:`port`) and place its label."""
        src, dst = source.rect, target.rect
        turn = dst.bottom() + UNDER if flow_kind(src, dst, forward) == "back" else in_y
        span = (min(out_y, turn), max(out_y, turn))
        self._free_track(flow)
        trunk_x = self._track_x(flow, source, forward, span)
        path = card_path(src, dst, forward, trunk_x=trunk_x, out_y=out_y, in_y=in_y)
        if path.trunk is None:
            self._free_track(flow)
        path = self._detour(flow, path, source, target, forward, span) or path
        gutter = _gutter_span(source, forward)
        label, fallback = self._place_label(flow, path, label_w, gutter, forward=forward, zone=source.gutter)
        return Plan(path, label, fallback)

    def _detour(
        self, flow: str, path: CardPath, source: End, target: End, forward: float, span: tuple[float, float]
    ) -> CardPath | None:
        """The path by a corridor, when ``path`` would run behind cards on its way across."""
        corridors, points = self._corridors, path.points
        kind = flow_kind(source.rect, target.rect, forward)
        if corridors is None or kind == "beside":
            return None
        run = (points[-2], points[-1]) if kind == "ahead" else (points[2], points[3])
        gutter = target.before if kind == "ahead" else (target.stage, target.slot, target.gutter)
        if gutter is None or gutter == (source.stage, source.slot, source.gutter):
            return None  # the run stays in one gutter, where no card stands
        if not corridors.blocked(run[0].y(), run[0].x(), run[1].x()):
            return None
        src, dst, start, end = source.rect, target.rect, points[0], points[-1]
        edge = leading(dst, forward) - forward * gutter[2] if kind == "ahead" else trailing(dst, forward)
        self._free_track(flow)
        lane_y = corridors.take(flow, trailing(src, forward), edge, near=dst.top())
        if lane_y is None:  # nowhere better: the straight run, on its own track again
            if path.trunk is not None:
                self._track_x(flow, source, forward, span)
            return None
        trunk_x = self._track_x(flow, source, forward, (min(start.y(), lane_y), max(start.y(), lane_y)))
        turn = end.y() if kind == "ahead" else end.y() + UNDER
        approach_x = self._take_track(
            flow + APPROACH, gutter, edge, forward, (min(lane_y, turn), max(lane_y, turn))
        )
        make = ahead_detour if kind == "ahead" else back_detour
        return make(start, trunk_x, lane_y, approach_x, end)

    def _place_label(
        self,
        flow: str,
        path: CardPath,
        width: float,
        gutter: tuple[float, float],
        *,
        forward: float,
        zone: float,
    ) -> tuple[QRectF, QRectF]:
        self._free_label(flow)
        if width <= 0:
            return QRectF(), QRectF()
        fallback: QRectF | None = None
        first = _first_stretch_spot(path, width, forward, zone)
        if first is not None:
            if not self._label_clash(first):
                self._take_label(flow, first)
                return first, first
            fallback = first
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
            self._take_label(flow, rect)
            return rect, fallback
        return QRectF(), fallback or QRectF()

    def _take_label(self, flow: str, rect: QRectF) -> None:
        self._label_of[flow] = rect
        for key in _buckets(rect):
            self._labels.setdefault(key, {})[flow] = rect

    def move_label(self, flow: str, rect: QRectF) -> None:
        """``flow``'s placed label moved with its row to ``rect`` (empty: it has none)."""
        if flow in self._label_of:
            self._free_label(flow)
            if not rect.isNull():
                self._take_label(flow, rect)

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


@lru_cache(maxsize=64)
def _middle_first(count: int) -> tuple[int, ...]:
    """Track indices from the middle of a gutter outwards."""
    return tuple(sorted(range(count), key=lambda i: (abs(i - (count - 1) / 2), i)))


def _free(track: list[tuple[float, float, str]], span: tuple[float, float]) -> bool:
    """Whether ``span`` fits in ``track`` (sorted, non-overlapping runs) with room to spare."""
    at = bisect_left(track, span[0], key=lambda entry: entry[0])
    if at > 0 and track[at - 1][1] + CLEAR > span[0]:
        return False
    return not (at < len(track) and track[at][0] < span[1] + CLEAR)


def _spread(rect: QRectF, count: int, *, step: float) -> list[float]:
    """``count`` port ys centred on an edge of ``rect``, ``step`` apart where they fit."""
    centre = rect.center().y()
    room = rect.height() / 2 - PORT_EDGE
    step = min(step, 2 * room / (count - 1)) if count > 1 else 0.0
    return [centre + (i - (count - 1) / 2) * step for i in range(count)]


def _gutter_span(source: End, forward: float) -> tuple[float, float]:
    edge = trailing(source.rect, forward)
    return (edge, edge + source.gutter) if forward > 0 else (edge - source.gutter, edge)


def _first_stretch_spot(path: CardPath, width: float, forward: float, zone: float) -> QRectF | None:
    """The label on the flow's first stretch, in the label zone after its source card: the
    one place where no other flow's line runs. None when the label or the gutter is too
    narrow for it."""
    if not has_label_zone(zone) or width + 4 > LABEL_ZONE:
        return None
    start = path.points[0]
    left = start.x() + 2 if forward > 0 else start.x() - 2 - width
    return QRectF(left, start.y() - LABEL_H / 2, width, LABEL_H)


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
