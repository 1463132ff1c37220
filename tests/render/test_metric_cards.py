"""Metric cards read naturally: "41 score (target 45)", and the arrow says better or worse
by the metric's direction."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from journeymap.model.elements import Metric
from journeymap.model.metric_text import metric_reading, metric_readings
from journeymap.render.content import metric_content, trend
from journeymap.render.items.cards import MetricChip
from journeymap.render.scene import JourneyScene

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "online-shop.journey"


@pytest.mark.parametrize(
    ("metric", "reading", "short", "shortest"),
    [
        (Metric(id="m", name="NPS", unit="score", value=41, target=45), "41 score (target 45)",
         "41 score (target 45)", "41 (target 45)"),
        (Metric(id="m", name="CPA", unit="£", value=38, target=30, better="lower"), "£38 (target 30)",
         "£38 (target 30)", "38 (target 30)"),
        (Metric(id="m", name="CSAT", unit="/5", value=4.3, target=4.2), "4.3/5 (target 4.2)",
         "4.3/5 (target 4.2)", "4.3 (target 4.2)"),
        (Metric(id="m", name="Reach", unit="impressions", value=1_850_000, target=2_000_000),
         "1,850,000 impressions (target 2,000,000)", "1.85M impressions (target 2M)", "1.85M (target 2M)"),
        (Metric(id="m", name="Rate", unit="%", value=2.1), "2.1%", "2.1%", "2.1"),
    ],
)  # fmt: skip
def test_a_metric_reads_with_its_unit_once(metric: Metric, reading: str, short: str, shortest: str) -> None:
    assert metric_reading(metric) == reading
    assert metric_reading(metric, compact=True) == short
    assert metric_reading(metric, compact=True, unit=False) == shortest


BOUNDS = [
    (1e15, "£", "£1,000T"),
    (-1e15, "£", "-£1,000T"),
    (999_999_999_999, "£", "£999,999,999,999"),
    (1e-7, "g", "1 × 10⁻⁷ g"),
    (-5e-324, "%", "-4.9 × 10⁻³²⁴%"),
]


@pytest.mark.parametrize(("value", "unit", "reading"), BOUNDS)
def test_a_card_at_the_bounds_reads_in_full_or_shortened_never_elided_or_in_e_notation(
    qtbot: QtBot, value: float, unit: str, reading: str
) -> None:
    """A value of 10^15 once read "1e+06B" on its card."""
    journey = journey_file.load(EXAMPLE)
    metric = journey.metrics[0]
    journey.update(metric.updated(value=value, target=-value, unit=unit))
    scene = JourneyScene(journey)
    chip = scene.item_for(metric.id)
    assert isinstance(chip, MetricChip)
    assert chip.content.value == reading
    assert chip.content.readings == metric_readings(journey.metrics[0])
    assert reading in chip.toolTip()
    (text,) = painted_texts(chip)
    assert text in chip.content.readings and "…" not in text
    assert "e+" not in text and "e-" not in text


def painted_texts(chip: MetricChip) -> list[str]:
    """What the chip's footer says, caught where the chip draws it."""
    said: list[str] = []
    original = chip._text

    def spy(painter: Any, text: str, *args: Any, **kwargs: Any) -> float:
        said.append(text)
        return original(painter, text, *args, **kwargs)

    chip._text = spy  # type: ignore[method-assign]
    image = QImage(300, 200, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    chip.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return said


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
