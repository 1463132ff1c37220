"""Element counts: in total, per stage and per lane (the plain part of ``journeymap stats``)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from journeymap.model.elements import COLLECTION, KINDS
from journeymap.model.journey import Journey

PER_STAGE_KINDS = ("touchpoint", "pain_point", "opportunity")


def element_counts(journey: Journey) -> dict[str, Any]:
    """``{"total": {...}, "stages": [...], "lanes": [...]}``, all plain JSON values; one pass
    over the records counted (O(elements))."""
    total = {COLLECTION[kind]: journey.count(kind) for kind in KINDS}
    per_stage: Counter[tuple[str, str]] = Counter()
    per_stage.update((t.stage, "touchpoint") for t in journey.touchpoints)
    per_stage.update((p.stage, "pain_point") for p in journey.pain_points)
    per_stage.update((o.stage, "opportunity") for o in journey.opportunities)
    per_lane = Counter(touchpoint.lane for touchpoint in journey.touchpoints)
    stages = [
        {
            "id": stage.id,
            "name": stage.name,
            "customers": stage.customers,
            **{COLLECTION[k]: per_stage[stage.id, k] for k in PER_STAGE_KINDS},
        }
        for stage in journey.stages
    ]
    lanes = [
        {"id": lane.id, "name": lane.name, "kind": str(lane.kind), "touchpoints": per_lane[lane.id]}
        for lane in journey.lanes
    ]
    return {"total": total, "stages": stages, "lanes": lanes}
