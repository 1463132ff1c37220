"""One stage of a map on its own, for a slide or a handout page: a close-up.

The close-up keeps the stage, its cards (touchpoints, pain points, opportunities, the
metrics on the stage or its touchpoints: not the map's own), the flows between its own touchpoints, the
comments on what stays, every persona, and only the lanes that hold something in this
stage; an emotion lane stays when one of the stage's touchpoints has an emotion. What
refers to something left out loses that reference, as in a removal (the same cascade).
"""

from __future__ import annotations

from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.elements import Lane, LaneKind
from journeymap.model.journey import Journey

_CARD_LANES = {
    LaneKind.PAIN_POINTS: "pain_points",
    LaneKind.OPPORTUNITIES: "opportunities",
    LaneKind.METRICS: "metrics",
}


def stage_close_up(data: JourneyData, stage_id: str) -> JourneyData:
    """``data`` cut down to the stage ``stage_id`` and the lanes that hold something there."""
    if not any(stage.id == stage_id for stage in data.stages):
        raise KeyError(stage_id)
    gone = [stage.id for stage in data.stages if stage.id != stage_id]
    gone += [lane.id for lane in data.lanes if not _holds(data, lane, stage_id)]
    here = {stage_id} | {tp.id for tp in data.touchpoints if tp.stage == stage_id}
    gone += [metric.id for metric in data.metrics if metric.attached_to not in here]  # the map's own, too
    journey = Journey(data)
    journey.apply_all(removal_plan(journey, gone))
    return journey.snapshot()


def _holds(data: JourneyData, lane: Lane, stage_id: str) -> bool:
    """Whether ``lane`` shows anything in the stage (the first lane of a card kind holds
    that kind's cards; later ones of the same kind stay empty)."""
    if lane.kind == LaneKind.TEXT:
        return bool(lane.cells.get(stage_id, "").strip())
    if lane.kind == LaneKind.CHANNEL:
        return any(tp.stage == stage_id and tp.lane == lane.id for tp in data.touchpoints)
    if lane.kind == LaneKind.EMOTION:
        return any(tp.stage == stage_id and tp.emotion is not None for tp in data.touchpoints)
    host = next((other for other in data.lanes if other.kind == lane.kind), None)
    if host is None or host.id != lane.id:
        return False
    if lane.kind == LaneKind.METRICS:
        here = {stage_id} | {tp.id for tp in data.touchpoints if tp.stage == stage_id}
        return any(metric.attached_to in here for metric in data.metrics)
    cards = getattr(data, _CARD_LANES[lane.kind])
    return any(card.stage == stage_id for card in cards)
