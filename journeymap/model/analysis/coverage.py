"""Omnichannel coverage: a stage x channel-lane matrix of touchpoint counts, empty cells flagged.

One column per channel lane (lanes of kind ``channel``), in map order; one row per stage.
A cell is empty when no touchpoint sits in that stage and lane: the seeds ask that every
channel serves every stage. ``covered`` is the share of non-empty cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.model.analysis._common import rounded
from journeymap.model.elements import LaneKind
from journeymap.model.journey import Journey


@dataclass(frozen=True)
class CoverageCell:
    stage_id: str
    lane_id: str
    touchpoints: tuple[str, ...]

    @property
    def count(self) -> int:
        return len(self.touchpoints)

    @property
    def empty(self) -> bool:
        return not self.touchpoints

    @property
    def ids(self) -> tuple[str, ...]:
        """The cell's touchpoints; for an empty cell, its stage and lane."""
        return self.touchpoints or (self.stage_id, self.lane_id)


@dataclass(frozen=True)
class Coverage:
    stages: tuple[tuple[str, str], ...]
    """(id, name) of each stage, in map order: the rows."""
    lanes: tuple[tuple[str, str, str | None], ...]
    """(id, name, channel) of each channel lane, in map order: the columns."""
    rows: tuple[tuple[CoverageCell, ...], ...]

    @property
    def empty_cells(self) -> tuple[CoverageCell, ...]:
        return tuple(cell for row in self.rows for cell in row if cell.empty)

    @property
    def covered(self) -> float | None:
        cells = len(self.stages) * len(self.lanes)
        return (cells - len(self.empty_cells)) / cells if cells else None

    def to_json(self) -> dict[str, Any]:
        return {
            "stages": [{"id": ident, "name": name} for ident, name in self.stages],
            "lanes": [{"id": i, "name": name, "channel": channel} for i, name, channel in self.lanes],
            "counts": [[cell.count for cell in row] for row in self.rows],
            "empty": [{"stage": c.stage_id, "lane": c.lane_id} for c in self.empty_cells],
            "covered": rounded(self.covered),
        }


def coverage(journey: Journey) -> Coverage:
    """One pass over the touchpoints: O(touchpoints + stages x channel lanes)."""
    lanes = [lane for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    cells: dict[tuple[str, str], list[str]] = {}
    for touchpoint in journey.touchpoints:
        cells.setdefault((touchpoint.stage, touchpoint.lane), []).append(touchpoint.id)
    rows = tuple(
        tuple(CoverageCell(stage.id, lane.id, tuple(cells.get((stage.id, lane.id), ()))) for lane in lanes)
        for stage in journey.stages
    )
    return Coverage(
        tuple((stage.id, stage.name) for stage in journey.stages),
        tuple((lane.id, lane.name, str(lane.channel) if lane.channel else None) for lane in lanes),
        rows,
    )
