"""A small map with one of everything, and the round trip that every edit must pass."""

from __future__ import annotations

from journeymap.model import cells
from journeymap.model.builders import Edit
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Comment,
    Flow,
    Lane,
    LaneKind,
    Metric,
    Opportunity,
    PainPoint,
    Persona,
    Stage,
    Touchpoint,
)
from journeymap.model.journey import Journey


def sample() -> Journey:
    return Journey(
        JourneyData(
            stages=(Stage(id="s1", name="Awareness"), Stage(id="s2", name="Purchase")),
            lanes=(
                Lane(id="web", name="Web", channel="web"),
                Lane(id="mail", name="Email", channel="email"),
                Lane(id="notes", name="Notes", kind=LaneKind.TEXT, cells={"s1": "hello", "s2": "bye"}),
                Lane(id="pains", name="Pains", kind=LaneKind.PAIN_POINTS),
            ),
            personas=(Persona(id="ann", name="Ann"),),
            touchpoints=(
                Touchpoint(id="t1", stage="s1", lane="web", title="Search ad", personas=("ann",)),
                Touchpoint(id="t2", stage="s1", lane="web", title="Landing page"),
                Touchpoint(id="t3", stage="s2", lane="web", title="Checkout", description="pay  now"),
                Touchpoint(id="t4", stage="s2", lane="mail", title="Receipt"),
            ),
            pain_points=(PainPoint(id="p1", stage="s2", title="Slow", touchpoints=("t3",)),),
            opportunities=(Opportunity(id="o1", stage="s2", title="Faster", pain_points=("p1",)),),
            metrics=(Metric(id="m1", name="CSAT", attached_to="t3"),),
            flows=(Flow(id="f1", source="t1", target="t2"), Flow(id="f2", source="t2", target="t3")),
            comments=(Comment(id="c1", attached_to="t2", text="check copy"),),
        )
    )


def roundtrip(journey: Journey, edit: Edit) -> JourneyData:
    """Apply, undo (must restore exactly), redo; return the state after."""
    before = journey.snapshot()
    done = journey.apply_all(edit.ops)
    after = journey.snapshot()
    for op in reversed(done):
        journey.apply(op.inverse())
    assert journey.snapshot() == before
    journey.apply_all(done)
    assert journey.snapshot() == after
    return after


def cell(journey: Journey, stage: str, lane: str) -> list[str]:
    return cells.cards_in(journey, stage, lane)
