"""The metrics dock: in-place edits through the real view and delegates, sorting, marks."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from journeymap.model.data import JourneyData
from journeymap.model.elements import Better, Channel, Lane, Metric, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.metric_presets import PRESETS
from journeymap.model.operations import Update
from journeymap.ui.document import Document
from journeymap.ui.panels.metrics.panel import MAX_COLUMN_WIDTH, MetricsPanel, create_dock
from journeymap.ui.panels.metrics.table import COLUMNS


def small_map() -> Journey:
    return Journey(
        JourneyData(
            stages=(Stage(id="st-a", name="Awareness"), Stage(id="st-p", name="Purchase")),
            lanes=(Lane(id="ln-web", name="Web", channel=Channel.WEB),),
            touchpoints=(Touchpoint(id="tp-1", stage="st-p", lane="ln-web", title="Checkout"),),
            metrics=(
                Metric(id="me-cpa", name="Cost per acquisition", kind="cost_per_acquisition", attached_to="st-a",
                       unit="£", value=38, target=30, better=Better.LOWER),
                Metric(id="me-conv", name="Conversion rate", kind="conversion_rate", attached_to="st-p",
                       unit="%", value=2.5, target=2.0),
                Metric(id="me-nps", name="NPS", kind="nps", value=None, target=40),
            ),
        )
    )  # fmt: skip


@pytest.fixture
def document() -> Document:
    return Document(small_map())


@pytest.fixture
def panel(qtbot: QtBot, document: Document) -> MetricsPanel:
    widget = MetricsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def view_index(panel: MetricsPanel, metric_id: str, column: str) -> QModelIndex:
    source = panel.model.index(panel.model.row_of(metric_id), COLUMNS.index(column))
    return panel.proxy.mapFromSource(source)


def open_editor(qtbot: QtBot, panel: MetricsPanel, metric_id: str, column: str) -> object:
    index = view_index(panel, metric_id, column)
    rect = panel.table.visualRect(index)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not panel.table
    return editor


def type_into_cell(qtbot: QtBot, panel: MetricsPanel, metric_id: str, column: str, text: str) -> None:
    editor = open_editor(qtbot, panel, metric_id, column)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, text)
    commit(qtbot, editor)


def commit(qtbot: QtBot, editor: QWidget) -> None:
    """Return in an editor; the delegate commits on a queued call, so let it run."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    QApplication.processEvents()


def metric(document: Document, ident: str) -> Metric:
    record = document.journey[ident]
    assert isinstance(record, Metric)
    return record


def test_typing_a_value_in_the_table_is_one_undoable_step(
    qtbot: QtBot, panel: MetricsPanel, document: Document
) -> None:
    type_into_cell(qtbot, panel, "me-cpa", "value", "27.5")
    assert metric(document, "me-cpa").value == 27.5
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert metric(document, "me-cpa").value == 38
    assert view_index(panel, "me-cpa", "value").data() == "38"


def test_a_word_for_a_number_is_refused_with_a_message(
    qtbot: QtBot, panel: MetricsPanel, document: Document
) -> None:
    type_into_cell(qtbot, panel, "me-cpa", "target", "lots")
    assert metric(document, "me-cpa").target == 30
    assert document.undo_stack.count() == 0
    assert "not a number" in panel.message.text()
    type_into_cell(qtbot, panel, "me-cpa", "target", "")  # empty: no target
    assert metric(document, "me-cpa").target is None
    assert panel.message.text() == ""


def test_an_empty_name_is_refused(qtbot: QtBot, panel: MetricsPanel, document: Document) -> None:
    type_into_cell(qtbot, panel, "me-nps", "name", "")
    assert metric(document, "me-nps").name == "NPS"
    assert "empty" in panel.message.text()


def test_kind_and_attachment_through_their_combo_boxes(
    qtbot: QtBot, panel: MetricsPanel, document: Document
) -> None:
    combo = open_editor(qtbot, panel, "me-nps", "attached_to")
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("tp-1"))
    commit(qtbot, combo)
    assert metric(document, "me-nps").attached_to == "tp-1"
    assert view_index(panel, "me-nps", "attached_to").data() == "Touchpoint: Checkout"

    combo = open_editor(qtbot, panel, "me-conv", "kind")
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "conversion_rate"
    combo.setCurrentIndex(combo.findData("retention_rate"))
    commit(qtbot, combo)
    assert metric(document, "me-conv").kind == "retention_rate"
    assert document.undo_stack.count() == 2
    document.undo_stack.undo()
    document.undo_stack.undo()
    assert metric(document, "me-conv").kind == "conversion_rate"
    assert metric(document, "me-nps").attached_to is None


def test_renaming_a_stage_updates_the_attachment_column(panel: MetricsPanel, document: Document) -> None:
    stage = document.journey["st-a"]
    document.push("Rename", [Update(stage, stage.updated(name="Reach"))])
    assert view_index(panel, "me-cpa", "attached_to").data() == "Stage: Reach"


def test_clicking_the_value_header_sorts_numerically_blanks_last(qtbot: QtBot, panel: MetricsPanel) -> None:
    header = panel.table.horizontalHeader()
    column = COLUMNS.index("value")
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    names = [panel.proxy.index(row, 0).data() for row in range(panel.proxy.rowCount())]
    assert names == ["Conversion rate", "Cost per acquisition", "NPS"]
    status = COLUMNS.index("status")
    panel.table.sortByColumn(status, Qt.SortOrder.AscendingOrder)
    assert panel.proxy.index(0, 0).data() == "Cost per acquisition"  # off target first


def test_off_target_rows_carry_an_icon_and_words_not_only_colour(
    qtbot: QtBot, panel: MetricsPanel, document: Document
) -> None:
    off = view_index(panel, "me-cpa", "status")
    assert off.data() == "Off target"
    assert off.data(Qt.ItemDataRole.DecorationRole) is not None
    assert view_index(panel, "me-cpa", "name").data(Qt.ItemDataRole.DecorationRole) is not None
    assert view_index(panel, "me-cpa", "name").data(Qt.ItemDataRole.BackgroundRole) is not None
    on = view_index(panel, "me-conv", "status")
    assert on.data() == "On target"
    assert view_index(panel, "me-conv", "name").data(Qt.ItemDataRole.DecorationRole) is None
    assert view_index(panel, "me-nps", "status").data() == "No value"
    type_into_cell(qtbot, panel, "me-cpa", "value", "29")  # lower is better: now on target
    assert view_index(panel, "me-cpa", "status").data() == "On target"


def test_add_a_preset_metric_to_the_selected_stage(panel: MetricsPanel, document: Document) -> None:
    document.selection.set(["st-p"])
    panel.preset_actions["cart_abandonment_rate"].trigger()
    added = document.journey.metrics[-1]
    assert (added.kind, added.attached_to, added.unit, added.better) == (
        "cart_abandonment_rate",
        "st-p",
        "%",
        Better.LOWER,
    )
    assert panel.selected_ids() == [added.id]
    document.undo_stack.undo()
    assert document.journey.count("metric") == 3


def test_every_preset_the_seeds_ask_for_is_offered(panel: MetricsPanel) -> None:
    kinds = {p.kind for p in PRESETS}
    for kind in ("cost_per_acquisition", "ad_impressions", "conversions", "conversion_rate",
                 "average_order_value", "purchase_frequency", "email_open_rate", "social_engagement",
                 "nps", "csat", "ces", "churn_rate", "retention_rate", "customer_lifetime_value",
                 "cart_abandonment_rate"):  # fmt: skip
        assert kind in kinds and kind in panel.preset_actions


def test_delete_the_selected_rows(qtbot: QtBot, panel: MetricsPanel, document: Document) -> None:
    rect = panel.table.visualRect(view_index(panel, "me-conv", "name"))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert document.selection.ids == ["me-conv"]
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "me-conv" not in document.journey
    assert panel.model.rowCount() == 2
    document.undo_stack.undo()
    assert panel.model.rowCount() == 3
    assert panel.proxy.index(1, 0).data() == "Conversion rate"


def test_follows_a_newly_opened_map(panel: MetricsPanel, document: Document) -> None:
    document.replace(Journey(JourneyData(metrics=(Metric(id="me-x", name="Churn"),))), None)
    assert panel.model.rowCount() == 1
    assert panel.proxy.index(0, 0).data() == "Churn"


def test_create_dock_is_named(qtbot: QtBot, document: Document) -> None:
    dock = create_dock(document, None)
    qtbot.addWidget(dock)
    assert dock.objectName() == "metrics_dock"
    assert isinstance(dock.widget(), MetricsPanel)


def test_the_delete_key_in_the_table_beats_the_window_shortcut(qtbot: QtBot, document: Document) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    fired: list[bool] = []
    window_delete = QAction("Delete", window)
    window_delete.setShortcut(QKeySequence.StandardKey.Delete)
    window_delete.triggered.connect(lambda: fired.append(True))
    window.addAction(window_delete)
    dock = create_dock(document, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.show()
    qtbot.waitExposed(window)
    panel = dock.widget()
    assert isinstance(panel, MetricsPanel)
    rect = panel.table.visualRect(view_index(panel, "me-nps", "name"))
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(panel.table, Qt.Key.Key_Delete)
    assert "me-nps" not in document.journey
    assert fired == []


def test_hidden_panel_fits_its_columns_when_shown(qtbot: QtBot, document: Document) -> None:
    widget = MetricsPanel(document)
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    long_name = "Share of first orders that arrive on the promised day"
    document.replace(
        Journey(small_map().snapshot().model_copy(update={"metrics": (Metric(id="me-x", name=long_name),)})),
        None,
    )
    column = COLUMNS.index("name")
    widget.show()
    qtbot.waitExposed(widget)
    needed = widget.table.fontMetrics().horizontalAdvance(long_name)
    assert widget.table.horizontalHeader().sectionSize(column) >= min(needed, MAX_COLUMN_WIDTH)


def test_values_at_the_bounds_read_as_on_the_cards_and_the_exact_number_is_in_the_tooltip(
    qtbot: QtBot, panel: MetricsPanel, document: Document
) -> None:
    type_into_cell(qtbot, panel, "me-cpa", "value", "1000000000000000")
    type_into_cell(qtbot, panel, "me-cpa", "target", "0.00000012")
    assert (metric(document, "me-cpa").value, metric(document, "me-cpa").target) == (1e15, 1.2e-7)
    value, target = view_index(panel, "me-cpa", "value"), view_index(panel, "me-cpa", "target")
    assert (value.data(), target.data()) == ("1,000T", "1.2 × 10⁻⁷")
    assert value.data(Qt.ItemDataRole.ToolTipRole) == "1000000000000000"
    assert target.data(Qt.ItemDataRole.ToolTipRole) == "1.2e-07"
    assert "1,000T against a target of 1.2 × 10⁻⁷" in view_index(panel, "me-cpa", "status").data(
        Qt.ItemDataRole.ToolTipRole
    )


def test_a_number_is_edited_as_the_interface_language_types_it(
    qtbot: QtBot, panel: MetricsPanel, document: Document
) -> None:
    """In Turkish a value reads and edits as "2,5" (a typed "2.5" would be refused there: the
    point groups thousands), so what the cell offers to edit can be typed back."""
    from journeymap.ui.language import apply_language

    apply_language("tr")
    try:
        type_into_cell(qtbot, panel, "me-cpa", "value", "2,5")
        assert metric(document, "me-cpa").value == 2.5
        assert view_index(panel, "me-cpa", "value").data(Qt.ItemDataRole.EditRole) == "2,5"
    finally:
        apply_language("en")
