"""How wide the gutter after each card of a stage is: room for the flows leaving it.

A flow leaves its card's trailing edge at a port of its own, with its share label right
there on its own short line (the *label zone*), then runs along a vertical track of its
own in the gutter (the *track zone*) to its target. A stage whose cards send flows gets
gutters wide enough for both; a stage that sends none keeps the plain gaps. The number of
tracks is the deepest overlap of the flows' lane spans, known from the model alone, so
column widths never wait for flows to be routed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from journeymap.render.layout import CARD_GAP

LABEL_ZONE = 38.0
"""Room after a card's trailing edge for the share labels of the flows leaving it."""
EDGE = 7.0
"""Closest a track comes to the cards on either side of its gutter."""
STEP = 5.0
"""Distance between neighbouring tracks."""
MAX_TRACKS = 8
"""Past this many overlapping flows, gutters stop growing and tracks are shared."""


class TrackDepth:
    """The most lane spans (first and last lane index, inclusive) that overlap at one lane,
    counted as the spans come. Past :data:`MAX_TRACKS` a gutter is as wide as it gets, so
    a caller may stop counting once the depth is :attr:`full` (a column of a big map sends
    thousands of flows; a few dozen usually fill it)."""

    def __init__(self, lanes: int) -> None:
        self._counts = [0] * lanes
        self.depth = 0

    def add(self, low: int, high: int) -> None:
        counts = self._counts
        for lane in range(low, high + 1):
            counts[lane] += 1
            self.depth = max(self.depth, counts[lane])

    @property
    def full(self) -> bool:
        return self.depth >= MAX_TRACKS


def track_depths(
    cells: Iterable[tuple[int, Sequence[str]]],
    targets: Callable[[str], Iterable[int]],
    lanes: int,
    per_row: int,
) -> tuple[int, int]:
    """How many tracks the card flows leaving one stage's cards need: those that leave by a
    gap between two cards of a row, and those that leave by the gutter after a row's last
    card. ``cells`` are (lane index, card ids in order), ``targets(card)`` the lane index of
    the target of each flow leaving ``card``. Counting stops once both are as deep as a
    gutter gets."""
    inner, last = TrackDepth(lanes), TrackDepth(lanes)
    no_inner = per_row == 1  # every card is the last of its row: no flow leaves by a gap
    for here, ids in cells:
        for slot, card in enumerate(ids):
            depth = last if slot % per_row == per_row - 1 else inner
            for other in targets(card):
                depth.add(min(here, other), max(here, other))
                if (inner.full or no_inner) and last.full:
                    return inner.depth, last.depth
    return inner.depth, last.depth


def gap_for(depth: int) -> float:
    """The gap after each card of a stage whose flows need ``depth`` tracks."""
    if depth <= 0:
        return CARD_GAP
    return LABEL_ZONE + 4 + STEP * (min(depth, MAX_TRACKS) - 1) + EDGE


def track_zone(gutter: float) -> tuple[float, float]:
    """Where tracks may run in a gutter ``gutter`` wide, as offsets from the trailing edge:
    after the label zone when the gutter has room for it, else the whole gutter."""
    if gutter >= LABEL_ZONE + 4 + EDGE:
        return LABEL_ZONE + 4, gutter - EDGE
    return EDGE, gutter - EDGE


def has_label_zone(gutter: float) -> bool:
    return gutter >= LABEL_ZONE + 4 + EDGE
