"""A small map for the diff and merge tests: three stages, two channel lanes and a text
lane, two personas, four cards, a pain point and a flow."""

from __future__ import annotations

from journeymap.model.data import JourneyData
from journeymap.model.elements import Flow, JourneyInfo, Lane, LaneKind, PainPoint, Persona, Stage, Touchpoint

STAGES = (Stage(id="s1", name="Awareness"), Stage(id="s2", name="Purchase"), Stage(id="s3", name="Loyalty"))
LANES = (
    Lane(id="web", name="Web", channel="web"),
    Lane(id="mail", name="Email", channel="email"),
    Lane(id="notes", name="Notes", kind=LaneKind.TEXT, cells={"s1": "hello"}),
)
CARDS = (
    Touchpoint(id="t1", stage="s1", lane="web", title="Ad"),
    Touchpoint(id="t2", stage="s1", lane="web", title="Landing page"),
    Touchpoint(id="t3", stage="s2", lane="mail", title="Receipt"),
    Touchpoint(id="t4", stage="s3", lane="mail", title="Points email"),
)
BASE = JourneyData(
    journey=JourneyInfo(title="Shop"),
    stages=STAGES,
    lanes=LANES,
    personas=(Persona(id="ann", name="Ann"), Persona(id="bob", name="Bob")),
    touchpoints=CARDS,
    pain_points=(PainPoint(id="p1", stage="s2", title="Slow", touchpoints=("t3",)),),
    flows=(Flow(id="f1", source="t1", target="t2"),),
)
