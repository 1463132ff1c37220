"""How wide the gutter after each card of a stage is: room for the flows leaving it.

A flow leaves its card's trailing edge at a port of its own, with its share label right
there on its own short line (the *label zone*), then runs along a vertical track of its
own in the gutter (the *track zone*) to its target. A stage whose cards send flows gets
gutters wide enough for both; a stage that sends none keeps the plain gaps. The number of
tracks is the deepest overlap of the flows' lane spans, known from the model alone, so
column widths never wait for flows to be routed.
"""

from __future__ import annotations

from collections.abc import Iterable

from journeymap.render.layout import CARD_GAP

LABEL_ZONE = 38.0
"""Room after a card's trailing edge for the share labels of the flows leaving it."""
EDGE = 7.0
"""Closest a track comes to the cards on either side of its gutter."""
STEP = 5.0
"""Distance between neighbouring tracks."""
MAX_TRACKS = 8
"""Past this many overlapping flows, gutters stop growing and tracks are shared."""


def track_depth(spans: Iterable[tuple[int, int]]) -> int:
    """The most spans (first and last lane index, inclusive) that overlap at one lane."""
    events = sorted(e for low, high in spans for e in ((low, 1), (high + 1, -1)))
    depth = deepest = 0
    for _, change in events:
        depth += change
        deepest = max(deepest, depth)
    return deepest


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
