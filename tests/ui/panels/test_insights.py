"""The insights dock: findings follow edits (debounced) and clicking one selects its elements."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.elements import Channel, Flow, Lane, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.operations import Update
from journeymap.ui.commands import MergeKey
from journeymap.ui.document import Document
from journeymap.ui.panels.insights import panel as insights_module
from journeymap.ui.panels.insights import worker as worker_module
from journeymap.ui.panels.insights.charts import PAD
from journeymap.ui.panels.insights.panel import InsightsPanel, create_dock
from journeymap.util.paths import example_map

EXAMPLE = example_map()


def small_map() -> Journey:
    """Ad -> Page (0.5) -> Buy (0.4); Ad -> Mail (0.2) -> Buy (0.5): conversion 0.3."""
    return Journey(
        JourneyData(
            stages=(
                Stage(id="st-a", name="Awareness", customers=1000),
                Stage(id="st-b", name="Consideration", customers=400),
                Stage(id="st-c", name="Purchase", customers=100),
            ),
            lanes=(
                Lane(id="ln-web", name="Web", channel=Channel.WEB),
                Lane(id="ln-mail", name="Email", channel=Channel.EMAIL),
            ),
            touchpoints=(
                Touchpoint(id="tp-ad", stage="st-a", lane="ln-web", title="Ad"),
                Touchpoint(id="tp-page", stage="st-b", lane="ln-web", title="Page"),
                Touchpoint(id="tp-mail", stage="st-b", lane="ln-mail", title="Mail"),
                Touchpoint(id="tp-buy", stage="st-c", lane="ln-web", title="Buy"),
            ),
            flows=(
                Flow(id="fl-1", source="tp-ad", target="tp-page", share=0.5),
                Flow(id="fl-2", source="tp-ad", target="tp-mail", share=0.2),
                Flow(id="fl-3", source="tp-page", target="tp-buy", share=0.4),
                Flow(id="fl-4", source="tp-mail", target="tp-buy", share=0.5),
            ),
        )
    )


@pytest.fixture
def document() -> Document:
    return Document(small_map())


@pytest.fixture
def panel(qtbot: QtBot, document: Document) -> InsightsPanel:
    widget = InsightsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(420, 1000)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: not widget.stale)
    return widget


def click_item(qtbot: QtBot, panel: InsightsPanel, item: QTreeWidgetItem) -> None:
    tree = panel.findings
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def texts(panel: InsightsPanel, section: str) -> list[str]:
    return [item.text(0) for item in panel.finding_items(section)]


def test_shows_the_conversion_paths_and_gaps_of_the_map(panel: InsightsPanel) -> None:
    assert "the flow shares model 30%" in panel.summary.text()
    assert texts(panel, "paths") == ["20%  Ad → Page → Buy", "10%  Ad → Mail → Buy"]
    assert texts(panel, "gaps") == [
        "Email at Awareness: no touchpoint yet; worth one?",
        "Email at Purchase: no touchpoint yet; worth one?",
    ]


def test_an_edit_updates_the_findings_after_a_short_pause(
    qtbot: QtBot, panel: InsightsPanel, document: Document
) -> None:
    assert not any("has no touchpoints" in t for t in texts(panel, "problems"))
    document.push("Delete", removal_plan(document.journey, ["tp-buy"]))
    assert panel._timer.isActive()  # debounced, not recomputed inside the edit
    qtbot.waitUntil(lambda: any("“Purchase” has no touchpoints" in t for t in texts(panel, "problems")))
    assert texts(panel, "paths") == ["No path: the flows have no shares, or none reaches the stage."]
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: len(texts(panel, "paths")) == 2)


def test_clicking_a_finding_selects_its_elements(
    qtbot: QtBot, panel: InsightsPanel, document: Document
) -> None:
    document.push("Delete", removal_plan(document.journey, ["tp-buy"]))
    qtbot.waitUntil(lambda: any("has no touchpoints" in t for t in texts(panel, "problems")))
    item = next(i for i in panel.finding_items("problems") if "has no touchpoints" in i.text(0))
    click_item(qtbot, panel, item)
    assert document.selection.ids == ["st-c"]
    document.undo_stack.undo()
    qtbot.waitUntil(lambda: len(texts(panel, "paths")) == 2)
    click_item(qtbot, panel, panel.finding_items("paths")[0])
    assert document.selection.ids == ["tp-ad", "tp-page", "tp-buy", "fl-1", "fl-3"]
    click_item(qtbot, panel, panel.finding_items("gaps")[0])
    assert document.selection.ids == ["st-a", "ln-mail"]


def test_many_quick_edits_cost_one_analysis(
    qtbot: QtBot, panel: InsightsPanel, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    real = worker_module.AnalysisRunner.submit

    def counting(runner, journey, generation, *, full, flow, share):  # type: ignore[no-untyped-def]
        if full:
            calls.append(1)
        real(runner, journey, generation, full=full, flow=flow, share=share)

    monkeypatch.setattr(worker_module.AnalysisRunner, "submit", counting)
    for customers in (900, 800, 700, 600):
        stage = document.journey["st-a"]
        document.push(
            "Customers",
            [Update(stage, stage.updated(customers=customers))],
            merge=MergeKey.typing("st-a", "customers"),
        )
    qtbot.waitUntil(lambda: bool(calls))
    qtbot.wait(250)
    assert calls == [1]
    assert panel.insights is not None
    assert panel.insights.funnel.steps[0].customers == 600


def test_the_funnel_chart_shows_unknown_and_its_bars_select_stages(
    qtbot: QtBot, panel: InsightsPanel, document: Document
) -> None:
    stage = document.journey["st-b"]
    document.push("Unknown", [Update(stage, stage.updated(customers=None))])
    qtbot.waitUntil(lambda: panel.insights is not None and panel.insights.funnel.steps[1].customers is None)
    step = panel.insights.funnel.steps[1]
    assert step.share is None and step.conversion is None
    chart = panel.funnel
    y = PAD + chart.ROW + chart.ROW // 2  # the second bar
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=QPoint(chart.width() // 2, y))
    assert document.selection.ids == ["st-b"]


def test_an_empty_cell_of_the_coverage_map_selects_its_stage_and_lane(
    qtbot: QtBot, panel: InsightsPanel, document: Document
) -> None:
    cover = panel.coverage
    rect = cover.visual(cover._cell_rect(2, 1)).toRect()  # Purchase x Email: empty
    qtbot.mouseClick(cover, Qt.MouseButton.LeftButton, pos=rect.center())
    assert document.selection.ids == ["st-c", "ln-mail"]


def test_what_if_shows_the_new_conversion_without_touching_the_map(
    qtbot: QtBot, panel: InsightsPanel, document: Document
) -> None:
    before = document.journey.snapshot()
    panel.flow_combo.setCurrentIndex(panel.flow_combo.findData("fl-3"))
    assert panel.share_spin.value() == pytest.approx(40.0)
    panel.share_spin.selectAll()
    qtbot.keyClicks(panel.share_spin, "80")
    qtbot.waitUntil(lambda: "30% → 50% (+20.0 points)" in panel.what_if_result.text())
    assert document.undo_stack.count() == 0
    assert document.journey.snapshot() == before


def test_the_what_if_starts_from_the_first_flows_own_share(panel: InsightsPanel, qtbot: QtBot) -> None:
    """A panel made on an open map (its dock raised the first time) shows the first flow's
    share, and the what-if says nothing changes, until the reader types another share."""
    assert panel.flow_combo.currentData() == "fl-1"
    assert panel.share_spin.value() == pytest.approx(50.0)
    qtbot.waitUntil(lambda: "(+0.0 points)" in panel.what_if_result.text())


def test_follows_a_newly_opened_map_at_once(qtbot: QtBot, panel: InsightsPanel, document: Document) -> None:
    document.replace(Journey(JourneyData(stages=(Stage(id="st-x", name="Only"),))), None)
    assert not panel._timer.isActive()  # asked at once, not after a pause
    qtbot.waitUntil(lambda: any("“Only” has no touchpoints" in t for t in texts(panel, "problems")))
    assert panel.flow_combo.count() == 0
    assert not panel.what_if_box.isEnabled()


def test_the_example_map_has_findings_in_every_section(qtbot: QtBot) -> None:
    document = Document(journey_file.load(EXAMPLE))
    panel = InsightsPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: panel.insights is not None)
    for section in ("paths", "gaps", "hotspots", "problems"):
        assert panel.finding_items(section), section
    assert panel.grab().width() > 0


def test_create_dock_is_named(qtbot: QtBot, document: Document) -> None:
    dock = create_dock(document, None)
    qtbot.addWidget(dock)
    assert dock.objectName() == "insights_dock"
    assert isinstance(dock.widget(), InsightsPanel)


def test_a_hidden_panel_analyses_when_it_is_shown(qtbot: QtBot, document: Document) -> None:
    panel = InsightsPanel(document)
    qtbot.addWidget(panel)
    assert panel.insights is None  # nobody sees it: no work
    panel.show()
    qtbot.waitUntil(lambda: panel.insights is not None)


def test_a_large_map_follows_edits_off_the_ui_thread_and_says_when_it_is_stale(qtbot: QtBot) -> None:
    from benchmarks.generate import synthetic_map

    document = Document(Journey(synthetic_map(3000)))
    panel = InsightsPanel(document)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.stale, timeout=30_000)
    assert "has 3000 touchpoints" not in panel.summary.text() and panel.status.isHidden()
    stage = document.journey.stages[0]
    document.push("Customers", [Update(stage, stage.updated(customers=7))])
    assert panel.stale and panel.status.isVisible()  # the edit returned; the numbers are old
    qtbot.waitUntil(lambda: not panel.stale, timeout=30_000)
    assert panel.insights is not None and panel.insights.funnel.steps[0].customers == 7
    assert panel.status.isHidden()


def test_each_kind_of_finding_lists_a_bounded_number_and_counts_the_rest(qtbot: QtBot) -> None:
    from benchmarks.generate import synthetic_map

    panel = InsightsPanel(Document(Journey(synthetic_map(3000))))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitUntil(lambda: not panel.stale, timeout=30_000)
    unreachable = panel.counts["problems:unreachable"]
    assert unreachable > insights_module.MAX_FINDINGS
    items = panel.finding_items("problems")
    lines = [i.text(0) for i in items]
    assert sum("cannot be reached" in line for line in lines) == insights_module.MAX_FINDINGS
    assert f"… and {unreachable - insights_module.MAX_FINDINGS} more like these" in lines
    assert any("of the routes between touchpoints" in line for line in lines)  # other kinds listed too
