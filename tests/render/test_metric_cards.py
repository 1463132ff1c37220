"""Metric cards read naturally: "41 score (target 45)", and the arrow says better or worse
by the metric's direction."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from journeymap.model.elements import Metric
from journeymap.model.metric_text import metric_reading
from journeymap.render.content import metric_content, trend
from journeymap.render.items.cards import MetricChip
from journeymap.render.scene import JourneyScene

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "online-shop.journey"


@pytest.mark.parametrize(
    ("metric", "reading", "short"),
    [
        (Metric(id="m", name="NPS", unit="score", value=41, target=45), "41 score (target 45)", "41 (target 45)"),
        (Metric(id="m", name="CPA", unit="£", value=38, target=30, better="lower"), "£38 (target 30)", "38 (target 30)"),
        (Metric(id="m", name="CSAT", unit="/5", value=4.3, target=4.2), "4.3/5 (target 4.2)", "4.3 (target 4.2)"),
        (Metric(id="m", name="Reach", unit="impressions", value=1_850_000, target=2_000_000),
         "1,850,000 impressions (target 2,000,000)", "1.85M (target 2M)"),
        (Metric(id="m", name="Rate", unit="%", value=2.1), "2.1%", "2.1"),
    ],
)  # fmt: skip
def test_a_metric_reads_with_its_unit_once(metric: Metric, reading: str, short: str) -> None:
    assert metric_reading(metric) == reading
    assert metric_reading(metric, compact=True) == short


def test_the_arrow_follows_the_value_and_its_colour_the_direction(qtbot: QtBot) -> None:
    """A cost per acquisition above its target points up and is worse (red); an NPS below
    its target points down and is worse; an order value above its target is better."""
    journey = journey_file.load(EXAMPLE)
    by_kind = {m.kind: m for m in journey.metrics}
    cpa, nps = by_kind["cost_per_acquisition"], by_kind["nps"]
    assert (trend(cpa), cpa.off_target()) == ("up", True)
    assert (trend(nps), nps.off_target()) == ("down", True)
    good = next(
        m
        for m in journey.metrics
        if m.value is not None and m.target and m.value > m.target and not m.off_target()
    )
    assert trend(good) == "up"
    scene = JourneyScene(journey)
    chip = scene.item_for(cpa.id)
    assert isinstance(chip, MetricChip)
    assert chip.content == metric_content(journey, cpa)
    assert "(target 30)" in chip.toolTip()
