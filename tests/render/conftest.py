"""Fixtures for render tests: small maps built in code, and the example map."""

from __future__ import annotations

import pytest

from journeymap.model.data import JourneyData
from journeymap.model.elements import Flow, JourneyInfo, Lane, Metric, PainPoint, Persona, Stage, Touchpoint
from journeymap.model.journey import Journey


def small_map(*, direction: str = "ltr", titles: tuple[str, ...] = ("Search", "Compare", "Buy")) -> Journey:
    stages = tuple(Stage(id=f"st-{i}", name=name, customers=1000 // (i + 1)) for i, name in enumerate(titles))
    lanes = (
        Lane(id="ln-web", name="Web", channel="web"),
        Lane(id="ln-mail", name="Email", channel="email"),
        Lane(id="ln-notes", name="Notes", kind="text", cells={"st-0": "Looking around"}),
        Lane(id="ln-emo", name="Emotion", kind="emotion"),
        Lane(id="ln-pain", name="Pain points", kind="pain_points"),
        Lane(id="ln-metrics", name="Metrics", kind="metrics"),
    )
    persona = Persona(id="pe-ana", name="Ana Lima")
    touchpoints = tuple(
        Touchpoint(
            id=f"tp-{i}",
            stage=f"st-{i % 3}",
            lane="ln-web" if i % 2 == 0 else "ln-mail",
            title=f"Touchpoint {i}",
            emotion=(i % 5) - 2,
            personas=("pe-ana",) if i % 3 == 0 else (),
        )
        for i in range(6)
    )
    return Journey(
        JourneyData(
            journey=JourneyInfo(title="Test map", direction=direction),
            stages=stages,
            lanes=lanes,
            personas=(persona,),
            touchpoints=touchpoints,
            pain_points=(PainPoint(id="pp-1", stage="st-0", title="Slow", touchpoints=("tp-0",)),),
            metrics=(Metric(id="me-1", name="Conversion", attached_to="st-1", value=2, target=3),),
            flows=(
                Flow(id="fl-1", source="tp-0", target="tp-1", share=0.35),
                Flow(id="fl-2", source="st-0", target="st-1", share=0.5),
                Flow(id="fl-3", source="st-2", target="st-0", share=0.1),
            ),
        )
    )


@pytest.fixture
def journey() -> Journey:
    return small_map()
