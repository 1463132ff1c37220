"""Pain hot spots: each pain point scores severity x share affected, summed per stage and
per channel lane.

Rules (see docs/insights.md):

- ``score = severity * affected`` (severity 1-5, affected 0-1, so a score is 0-5). A pain
  point whose ``affected`` is unknown counts as :data:`UNKNOWN_AFFECTED` (half): neither
  hidden nor treated as hitting everyone; such pain points are counted in ``unknown``.
- Per stage: the sum over the pain points of that stage.
- Per lane: the sum over the pain points linked to at least one touchpoint in that lane;
  a pain point bites on every lane it touches, so it counts in full in each of them (once
  per lane however many of its touchpoints are there). Pain points with no touchpoints have
  no channel: their total is ``unassigned``.
- Stages and lanes are ranked by score, highest first, comparing scores as they are shown
  (:data:`SCORE_DIGITS` decimals): ties keep map order, so three pain points of 0.1 rank
  with one of 0.3 by their places in the map, not by a floating-point remainder.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.model.analysis._common import rounded
from journeymap.model.elements import LaneKind, PainPoint, Touchpoint
from journeymap.model.journey import Journey

UNKNOWN_AFFECTED = 0.5
SCORE_DIGITS = 2
"""Scores are shown, and so compared, to this many decimals."""


def shown_score(score: float) -> float:
    """``score`` as shown: what ranking compares."""
    return round(score, SCORE_DIGITS)


@dataclass(frozen=True)
class PainScore:
    pain_point_id: str
    title: str
    severity: int
    affected: float | None
    score: float

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.pain_point_id,)

    def to_json(self) -> dict[str, Any]:
        return {
            "pain_point": self.pain_point_id,
            "title": self.title,
            "severity": self.severity,
            "affected": self.affected,
            "score": rounded(self.score),
        }


@dataclass(frozen=True)
class HotSpot:
    kind: str
    """``"stage"`` or ``"lane"``."""
    element_id: str
    name: str
    score: float
    pain_points: tuple[str, ...]
    unknown: int
    """How many of those pain points have an unknown share affected."""

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.element_id, *self.pain_points)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.element_id,
            "name": self.name,
            "score": rounded(self.score),
            "pain_points": list(self.pain_points),
            "unknown": self.unknown,
        }


@dataclass(frozen=True)
class HotSpots:
    pain_points: tuple[PainScore, ...]
    """Every pain point, highest score first."""
    stages: tuple[HotSpot, ...]
    lanes: tuple[HotSpot, ...]
    unassigned: float

    def to_json(self) -> dict[str, Any]:
        return {
            "pain_points": [p.to_json() for p in self.pain_points],
            "stages": [s.to_json() for s in self.stages],
            "lanes": [lane.to_json() for lane in self.lanes],
            "unassigned": rounded(self.unassigned),
        }


def pain_score(pain: PainPoint, *, unknown_affected: float = UNKNOWN_AFFECTED) -> float:
    return pain.severity * (unknown_affected if pain.affected is None else pain.affected)


def hotspots(journey: Journey, *, unknown_affected: float = UNKNOWN_AFFECTED) -> HotSpots:
    """One pass over the pain points and their touchpoints, then a sort per ranking:
    O(pain points x touchpoints each + stages + lanes, and n log n to rank)."""
    pains = journey.pain_points
    scores = {p.id: pain_score(p, unknown_affected=unknown_affected) for p in pains}
    unknown = {p.id for p in pains if p.affected is None}
    channel_lanes = [lane for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    by_stage: dict[str, list[str]] = {s.id: [] for s in journey.stages}
    by_lane: dict[str, list[str]] = {lane.id: [] for lane in channel_lanes}
    lanes_of = {p.id: _lanes_of(journey, p) for p in pains}
    for pain in pains:
        by_stage[pain.stage].append(pain.id)
        for lane in lanes_of[pain.id]:
            if lane in by_lane:
                by_lane[lane].append(pain.id)

    def spot(kind: str, ident: str, name: str, members: list[str]) -> HotSpot:
        total = sum((scores[m] for m in members), 0.0)
        return HotSpot(kind, ident, name, total, tuple(members), sum(1 for m in members if m in unknown))

    stages = [spot("stage", s.id, s.name, by_stage[s.id]) for s in journey.stages]
    lanes = [spot("lane", lane.id, lane.name, by_lane[lane.id]) for lane in channel_lanes]
    ranked = [PainScore(p.id, p.title, p.severity, p.affected, scores[p.id]) for p in pains]
    return HotSpots(
        tuple(sorted(ranked, key=lambda p: -shown_score(p.score))),
        tuple(sorted(stages, key=lambda s: -shown_score(s.score))),
        tuple(sorted(lanes, key=lambda s: -shown_score(s.score))),
        sum((scores[p.id] for p in pains if not lanes_of[p.id]), 0.0),
    )


def _lanes_of(journey: Journey, pain: PainPoint) -> set[str]:
    touchpoints = (journey.get(t) for t in pain.touchpoints)
    return {t.lane for t in touchpoints if isinstance(t, Touchpoint)}
