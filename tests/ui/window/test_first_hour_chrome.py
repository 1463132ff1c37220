"""The window a newcomer meets: the map opens readable and fitted, the zoom can be typed,
the toolbar stays still, Add Persona / Add Metric are at hand, flows can be thinned."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.elements import Flow, Lane, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.render.items.cards import READABLE_PX, TITLE_PX
from journeymap.ui.canvas.zoom import READABLE_ZOOM
from journeymap.ui.window.main_window import MainWindow
from tests.ui.canvas.canvas_support import center_of
from tests.ui.window_fixtures import sample_journey, shown_window

EXAMPLE = Path(__file__).parents[3] / "resources" / "examples" / "online-shop.journey"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    window = shown_window(qtbot)
    window.resize(1920, 1080)
    return window


def _whole_width_shown(window: MainWindow) -> bool:
    view = window.view
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    scene = view.journey_scene.sceneRect()
    return shown.left() <= scene.left() + 1 and shown.right() >= scene.right() - 1


def test_the_example_opens_fitted_to_the_width_and_readable(window: MainWindow, qtbot: QtBot) -> None:
    window.files.adopt(journey_file.load(EXAMPLE), EXAMPLE, None)
    view = window.view
    assert _whole_width_shown(window)  # not cut off at the right
    assert view.zoom() * TITLE_PX >= READABLE_PX and view.zoom() >= READABLE_ZOOM  # never greeked
    assert view.verticalScrollBar().value() == view.verticalScrollBar().minimum()
    assert window.zoom_field.text() == f"{round(view.zoom() * 100)}%"
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Plus, CTRL)
    assert not _whole_width_shown(window)
    qtbot.keyClick(view, Qt.Key.Key_0, CTRL)  # Fit Map: the width again, text readable
    assert _whole_width_shown(window)
    assert view.zoom() * TITLE_PX >= READABLE_PX


def test_the_zoom_in_the_status_bar_can_be_typed(window: MainWindow, qtbot: QtBot) -> None:
    window.files.adopt(sample_journey(), None, None)
    field = window.zoom_field
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert field.hasFocus() and field.selectedText() == field.text()
    qtbot.keyClicks(field, "150")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.view.zoom() == pytest.approx(1.5)
    assert field.text() == "150%"
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "80 %")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.view.zoom() == pytest.approx(0.8)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(field, "lots")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.view.zoom() == pytest.approx(0.8) and field.text() == "80%"


def test_undo_and_redo_keep_their_label_and_name_the_step_in_the_tooltip(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.files.adopt(sample_journey(), None, None)
    actions = window.actions_
    bar = actions.toolbar
    undo_button = bar.widgetForAction(actions.undo)
    assert isinstance(undo_button, QToolButton) and undo_button.text() == "Undo"
    width = undo_button.sizeHint().width()
    view = window.view
    view.ensure_visible("aware")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center_of(view, "aware"))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view.inline_editor, "Reach a great many more people")
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert undo_button.text() == "Undo" and undo_button.sizeHint().width() == width
    assert actions.undo.toolTip().startswith("Undo Rename stage “Awareness” → “Reach a great")
    assert "Undo Rename stage" in actions.undo.text()  # the Edit menu names the step
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL)
    assert window.document.journey["aware"].name == "Awareness"
    qtbot.keyClick(view, Qt.Key.Key_Y, CTRL)  # Ctrl+Y redoes on every platform
    assert window.document.journey["aware"].name == "Reach a great many more people"
    assert bar.widgetForAction(actions.redo).text() == "Redo"


def test_add_persona_and_add_metric_are_in_the_toolbar_and_edit_menu(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.files.adopt(sample_journey(), None, None)
    actions = window.actions_
    before = len(window.document.journey.personas)
    qtbot.keyClick(window.view, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.document.journey.personas) == before + 1
    assert window.personas_dock.isVisible()
    button = actions.toolbar.widgetForAction(actions.add_persona)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(window.document.journey.personas) == before + 2
    metric_button = actions.toolbar.widgetForAction(actions.add_metric)
    assert isinstance(metric_button, QToolButton) and metric_button.text() == "Metric"
    window.document.selection.set(["buy"])
    actions.add_metric_menu.aboutToShow.emit()  # as opening it does: the presets come with the panel
    nps = next(a for a in actions.add_metric_menu.actions() if a.text().startswith("Net Promoter"))
    metrics = len(window.document.journey.metrics)
    nps.trigger()
    assert len(window.document.journey.metrics) == metrics + 1
    assert window.document.journey.metrics[-1].attached_to == "buy"
    assert window.metrics_dock.isVisible()


def _many_flows() -> Journey:
    """40 cards, each with flows to the next nine: 360 flows between cards."""
    stages = (Stage(id="s1", name="A"), Stage(id="s2", name="B"))
    lanes = (Lane(id="web", name="Web", channel="web"),)
    cards = tuple(
        Touchpoint(id=f"t{i}", stage=f"s{1 + i % 2}", lane="web", title=f"Card {i}") for i in range(40)
    )
    flows = tuple(
        Flow(id=f"f{i}-{k}", source=f"t{i}", target=f"t{(i + k) % 40}")
        for i in range(40)
        for k in range(1, 10)
    )
    return Journey(JourneyData(stages=stages, lanes=lanes, touchpoints=cards, flows=flows))


def test_large_maps_open_with_the_selected_cards_flows_and_the_menu_switches(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.files.adopt(sample_journey(), None, None)
    options = window.actions_.flow_options
    assert window.view.journey_scene.flow_mode == "all" and options.actions["all"].isChecked()
    window.files.adopt(_many_flows(), None, None)
    assert len(window.document.journey.flows) > 300
    assert window.view.journey_scene.flow_mode == "selected" and options.actions["selected"].isChecked()
    options.actions["none"].trigger()
    assert window.view.journey_scene.flow_mode == "none"
    options.actions["all"].trigger()
    assert window.view.journey_scene.flow_mode == "all"


def test_panels_open_wide_enough_for_their_content(window: MainWindow, qtbot: QtBot) -> None:
    window.files.adopt(journey_file.load(EXAMPLE), EXAMPLE, None)
    window.personas_dock.raise_()
    manager = window.personas_dock.widget()
    manager.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: manager.form.isVisible())
    scroll = manager.form.parentWidget().parentWidget()  # the form's scroll area
    assert scroll.horizontalScrollBar().maximum() == 0  # the persona form is not clipped
    window.inspector_dock.raise_()
    window.document.selection.set(["tp-checkout"])
    personas = window.inspector.row("personas").editor.list
    assert personas.height() >= 4 * personas.sizeHintForRow(0)  # at least four rows show
    window.metrics_dock.show()
    table = window.metrics_dock.widget().table
    header = table.horizontalHeader()
    names = [table.model().headerData(header.logicalIndex(i), Qt.Orientation.Horizontal) for i in range(3)]
    assert names == ["Name", "Value", "Target"]
