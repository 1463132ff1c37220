"""What the walk through a map shows, step by step, and what fits on each stage slide.

The walk is the whole map, then every stage (one slide per page of cards), then the whole
map again. A stage slide has tracks side by side: its touchpoints (one or more columns),
its pain points, its opportunities and the sticky notes captured on it; each track shows
``rows`` cards per column, and a stage with more cards than fit takes more pages, so that
no card ever shrinks below the size a room can read. This module only counts: it needs
the Journey, not Qt, and the stage slides draw what it decides.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from journeymap.model.elements import LaneKind
from journeymap.model.journey import Journey

ROWS_WITH_BAND = 4
"""Card rows on a stage slide that also shows its emotion and metrics band."""
ROWS_WITHOUT_BAND = 5
MAX_COLUMNS = 5
"""Columns of cards side by side on a slide: five stay readable at 1080p."""

TRACKS = ("touchpoint", "pain_point", "opportunity", "note")


@dataclass(frozen=True)
class Step:
    """One view of the walk: the whole map (``stage`` None) or a page of one stage."""

    stage: str | None = None
    page: int = 0
    pages: int = 1
    end: bool = False  # the closing view of the whole map

    @property
    def key(self) -> str:
        if self.stage is None:
            return "end" if self.end else "overview"
        return f"{self.stage}/{self.page}"


@dataclass(frozen=True)
class Track:
    kind: str
    ids: tuple[str, ...]
    columns: int


@dataclass(frozen=True)
class StagePlan:
    """The tracks of one stage and how many pages they take."""

    stage: str
    tracks: tuple[Track, ...]
    rows: int
    band: bool
    pages: int = 1

    def page(self, number: int) -> tuple[Track, ...]:
        """The tracks of page ``number``, each holding only the cards of that page."""
        per_track = [(t, t.columns * self.rows) for t in self.tracks]
        return tuple(Track(t.kind, t.ids[number * n : (number + 1) * n], t.columns) for t, n in per_track)


def stage_cards(journey: Journey, stage: str) -> dict[str, tuple[str, ...]]:
    """The stage's cards per track: touchpoints in lane then map order, pain points,
    opportunities and sticky notes in map order."""
    referring = journey.referring(stage, "stage")
    kinds = {ident: journey.kind_of(ident) for ident in referring}
    lane_rank = {lane.id: n for n, lane in enumerate(journey.lanes) if lane.kind == LaneKind.CHANNEL}
    touchpoints = [journey[i] for i in referring if kinds[i] == "touchpoint"]
    touchpoints.sort(
        key=lambda tp: lane_rank.get(getattr(tp, "lane", ""), 0)
    )  # stable: map order within a lane
    cards: dict[str, tuple[str, ...]] = {"touchpoint": tuple(tp.id for tp in touchpoints)}
    for kind in TRACKS[1:]:
        cards[kind] = tuple(i for i in referring if kinds[i] == kind)
    return cards


def has_band(journey: Journey, stage: str, touchpoints: tuple[str, ...]) -> bool:
    """Whether the stage slide shows its emotion and metrics band."""
    if any(getattr(journey[t], "emotion", None) is not None for t in touchpoints):
        return True
    targets = {stage, *touchpoints}
    return any(m.attached_to in targets for m in journey.metrics)


def plan_stage(journey: Journey, stage: str) -> StagePlan:
    cards = stage_cards(journey, stage)
    band = has_band(journey, stage, cards["touchpoint"])
    rows = ROWS_WITH_BAND if band else ROWS_WITHOUT_BAND
    present = [kind for kind in TRACKS if cards[kind]]
    others = len([k for k in present if k != "touchpoint"])
    tracks = []
    for kind in present:
        wanted = math.ceil(len(cards[kind]) / rows)
        columns = max(1, min(wanted, MAX_COLUMNS - others)) if kind == "touchpoint" else 1
        tracks.append(Track(kind, cards[kind], columns))
    pages = max((math.ceil(len(t.ids) / (t.columns * rows)) for t in tracks), default=1)
    return StagePlan(stage, tuple(tracks), rows, band, max(1, pages))


def walk(journey: Journey) -> list[Step]:
    """Every step: the whole map, each page of each stage in map order, the whole map again."""
    steps = [Step()]
    for stage in journey.ids("stage"):
        pages = plan_stage(journey, stage).pages
        steps.extend(Step(stage, page, pages) for page in range(pages))
    steps.append(Step(end=True))
    return steps
