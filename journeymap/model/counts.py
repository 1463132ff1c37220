"""Element counts: in total, per stage and per lane (the plain part of ``journeymap stats``)."""

from __future__ import annotations

from typing import Any

from journeymap.model.elements import COLLECTION, KINDS
from journeymap.model.journey import Journey

PER_STAGE_KINDS = ("touchpoint", "pain_point", "opportunity")


def element_counts(journey: Journey) -> dict[str, Any]:
    """``{"total": {...}, "stages": [...], "lanes": [...]}``, all plain JSON values."""
    total = {COLLECTION[kind]: journey.count(kind) for kind in KINDS}
    stages = [
        {
            "id": stage.id,
            "name": stage.name,
            "customers": stage.customers,
            **{COLLECTION[k]: _count(journey, stage.id, k) for k in PER_STAGE_KINDS},
        }
        for stage in journey.stages
    ]
    lanes = [
        {
            "id": lane.id,
            "name": lane.name,
            "kind": str(lane.kind),
            "touchpoints": len(journey.referring(lane.id, "lane")),
        }
        for lane in journey.lanes
    ]
    return {"total": total, "stages": stages, "lanes": lanes}


def _count(journey: Journey, stage: str, kind: str) -> int:
    return sum(
        1 for ref, field in journey.referrers(stage) if field == "stage" and journey.kind_of(ref) == kind
    )
