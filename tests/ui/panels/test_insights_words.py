"""Insights in the reader's words, on the example map: counted and modelled reach side by
side, numbers with thousands separators, the largest drop marked, findings as sentences with
the raw measure in a tooltip, and open cells to consider instead of red errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from journeymap.ui.document import Document
from journeymap.ui.panels.insights.panel import InsightsPanel

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "online-shop.journey"


@pytest.fixture
def panel(qtbot: QtBot) -> InsightsPanel:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    widget = InsightsPanel(Document(journey_file.load(EXAMPLE)))
    qtbot.addWidget(widget)
    widget.resize(460, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.stale, timeout=20_000)  # analysed in the background
    yield widget
    QLocale.setDefault(QLocale.c())


def test_counted_and_modelled_reach_are_named_side_by_side(panel: InsightsPanel) -> None:
    assert panel.summary.text() == (
        "6,200 customers counted at “Purchase”: 5.2% of those who entered; the flow shares model 9.6%."
    )


def test_the_funnel_writes_thousands_and_marks_the_largest_drop(panel: InsightsPanel) -> None:
    funnel = panel.funnel
    assert funnel.largest_drop() == "st-purchase"  # 83.7% of Consideration's customers fall away
    steps = {step.stage_id: step for step in panel.insights.funnel.steps}
    assert "120,000 customers" in funnel._tooltip(steps["st-awareness"])
    assert (
        funnel._detail(steps["st-purchase"], largest=True)
        == "16% of the stage before · −84% · the largest drop"
    )
    assert funnel._detail(steps["st-consideration"]) == "32% of the stage before · −68%"


def test_findings_are_sentences_with_the_raw_measure_in_the_tooltip(panel: InsightsPanel) -> None:
    problems = panel.finding_items("problems")
    critical = [i for i in problems if "of the routes between touchpoints" in i.text(0)]
    assert critical, [i.text(0) for i in problems]
    assert "a single point of failure" in critical[0].text(0)
    assert "betweenness centrality" in critical[0].toolTip(0)
    assert "betweenness" not in critical[0].text(0)
    hot = panel.finding_items("hotspots")
    assert hot[0].text(0).startswith("Stage “") and "hurts" in hot[0].text(0)
    assert "severity × share affected" in hot[0].toolTip(0)


def test_coverage_gaps_are_open_cells_to_consider_not_errors(panel: InsightsPanel) -> None:
    gaps = panel.finding_items("gaps")
    assert len(gaps) == len(panel.insights.coverage.empty_cells) > 0
    for item in gaps:
        assert item.text(0).endswith("no touchpoint yet; worth one?")
        assert item.foreground(0) == QBrush()  # the ordinary text colour, not red
    top = panel.findings.topLevelItem(1)
    assert top.text(0).startswith("Open cells to consider")
    assert "open cell" in panel.coverage_note.text() and "×" not in panel.coverage_note.text().split(";")[1]
