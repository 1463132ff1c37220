"""Detours for flows that would run behind cards: along the corridors between lanes.

A flow to a card further on normally runs along its own track in the gutter after its
source and then straight across to its target. When that straight run would pass behind
cards (a flow that skips a column, or leaves the first card of a row and passes the next),
it takes a *corridor* instead: the free band at a lane boundary, where no card stands,
then a track in the gutter just before its target, and enters the target from there.
A flow back to an earlier card that would run behind cards under its target does the same
and comes up into its target's bottom through the gutter after it.

Corridors hold several flows: each runs at its own height, and two runs that overlap
across the map never share one. Geometry is in the coordinates of the grid's body.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable

from PySide6.QtCore import QPointF

from journeymap.render.gutters import STEP
from journeymap.render.routing import UNDER, CardPath

CLEAR = 6.0
"""Room kept along a corridor between two runs at one height."""
LEVELS = (0, -1, 1, -2, 2)
"""The heights a lane boundary offers, in steps from it (nearest first)."""
NEAREST = 6
"""How many lane boundaries (nearest to the target first) a detour looks at."""

RunBlocked = Callable[[float, float, float], bool]
"""(y, x from, x to) -> whether a horizontal run there passes behind a card or a note."""


class Corridors:
    """The runs taken along the lane boundaries."""

    def __init__(self, blocked: RunBlocked, edges: Callable[[], list[float]]) -> None:
        self._blocked = blocked
        self._edges = edges
        self._runs: dict[float, list[tuple[float, float, str]]] = {}
        self._run_of: dict[str, tuple[float, tuple[float, float, str]]] = {}

    def blocked(self, y: float, x0: float, x1: float) -> bool:
        """Whether a run at ``y`` between ``x0`` and ``x1`` (exclusive) meets a card."""
        low, high = sorted((x0, x1))
        return high - low > 2 and self._blocked(y, low + 1, high - 1)

    def free(self, flow: str) -> None:
        held = self._run_of.pop(flow, None)
        if held is not None:
            y, entry = held
            self._runs[y].remove(entry)

    def take(self, flow: str, x0: float, x1: float, *, near: float) -> float | None:
        """A height for ``flow``'s run from ``x0`` to ``x1`` along a lane boundary (the one
        nearest ``near`` first), clear of cards and of other runs; None when there is none."""
        self.free(flow)
        low, high = sorted((x0, x1))
        for edge in sorted(self._edges(), key=lambda e: (abs(e - near), e))[:NEAREST]:
            for level in LEVELS:
                y = edge + level * STEP
                if self._clear(y, low, high) and not self.blocked(y, low, high):
                    entry = (low, high, flow)
                    insort(self._runs.setdefault(y, []), entry)
                    self._run_of[flow] = (y, entry)
                    return y
        return None

    def _clear(self, y: float, low: float, high: float) -> bool:
        return all(b + CLEAR <= low or high + CLEAR <= a for a, b, _ in self._runs.get(y, ()))


def ahead_detour(start: QPointF, trunk_x: float, lane_y: float, approach_x: float, end: QPointF) -> CardPath:
    """Out along the source's track to the corridor, across, then down (or up) the track
    before the target and into its leading edge."""
    points = (
        start,
        QPointF(trunk_x, start.y()),
        QPointF(trunk_x, lane_y),
        QPointF(approach_x, lane_y),
        QPointF(approach_x, end.y()),
        end,
    )
    return CardPath(points, (trunk_x, min(start.y(), lane_y), max(start.y(), lane_y)))


def back_detour(start: QPointF, trunk_x: float, lane_y: float, approach_x: float, end: QPointF) -> CardPath:
    """Out along the source's track to the corridor, back across it, down (or up) the
    track after the target, and into the target's bottom from the gap under it."""
    low = end.y() + UNDER
    points = (
        start,
        QPointF(trunk_x, start.y()),
        QPointF(trunk_x, lane_y),
        QPointF(approach_x, lane_y),
        QPointF(approach_x, low),
        QPointF(end.x(), low),
        end,
    )
    return CardPath(points, (trunk_x, min(start.y(), lane_y), max(start.y(), lane_y)))
