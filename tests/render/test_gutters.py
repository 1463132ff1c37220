"""Gutter widths come from the deepest overlap of the lane spans of the flows leaving a
stage's cards, counted as the spans come (journeymap.render.gutters)."""

from __future__ import annotations

import random

from journeymap.render.gutters import MAX_TRACKS, TrackDepth, gap_for, track_depths


def _deepest(spans: list[tuple[int, int]], lanes: int) -> int:
    """The most spans covering one lane, lane by lane."""
    return max((sum(low <= lane <= high for low, high in spans) for lane in range(lanes)), default=0)


def test_the_depth_is_the_most_spans_that_meet_at_one_lane() -> None:
    depth = TrackDepth(6)
    for low, high in [(0, 2), (2, 4), (3, 5), (1, 1)]:
        depth.add(low, high)
    assert depth.depth == 2  # lanes 1, 2, 3 and 4 each meet two spans; none meets three
    depth.add(2, 3)
    assert depth.depth == 3  # lane 2 now meets (0, 2), (2, 4) and (2, 3)
    assert not depth.full


def test_random_spans_count_as_lane_by_lane() -> None:
    rng = random.Random(15)
    for _ in range(200):
        lanes = rng.randint(1, 12)
        spans = []
        depth = TrackDepth(lanes)
        for _ in range(rng.randint(0, 12)):
            a, b = rng.randrange(lanes), rng.randrange(lanes)
            spans.append((min(a, b), max(a, b)))
            depth.add(min(a, b), max(a, b))
        assert depth.depth == _deepest(spans, lanes)


def test_a_full_depth_gives_the_widest_gutter_whatever_comes_after() -> None:
    depth = TrackDepth(3)
    for _ in range(MAX_TRACKS):
        depth.add(0, 2)
    assert depth.full
    assert gap_for(depth.depth) == gap_for(depth.depth + 10)
    assert gap_for(0) < gap_for(1) < gap_for(MAX_TRACKS)


def test_a_column_s_gutters_are_as_wide_as_counting_every_flow_would_make_them() -> None:
    rng = random.Random(9)
    for _ in range(100):
        lanes, per_row = rng.randint(1, 8), rng.randint(1, 5)
        cells = [(lane, [f"{lane}-{i}" for i in range(rng.randint(0, 12))]) for lane in range(lanes)]
        out = {
            card: [rng.randrange(lanes) for _ in range(rng.randint(0, 4))] for _, ids in cells for card in ids
        }
        inner: list[tuple[int, int]] = []
        last: list[tuple[int, int]] = []
        for here, ids in cells:
            for slot, card in enumerate(ids):
                spans = last if slot % per_row == per_row - 1 else inner
                spans += [(min(here, other), max(here, other)) for other in out[card]]
        got = track_depths(cells, out.__getitem__, lanes, per_row)
        assert (gap_for(got[0]), gap_for(got[1])) == (
            gap_for(_deepest(inner, lanes)),
            gap_for(_deepest(last, lanes)),
        )
