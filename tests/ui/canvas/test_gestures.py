"""The canvas driven like a user would: mouse on the viewport, keys on the view; every
gesture is asserted on the model, as exactly one undo step that undoes and redoes exactly."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeymap.model import cells
from journeymap.ui.canvas.interactions import CardDragInteraction
from tests.ui.canvas.canvas_support import (
    center_of,
    click,
    drag,
    empty_spot,
    handle_of,
    key,
    make_canvas,
    one_undoable_step,
    sample_journey,
)

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def test_double_click_an_empty_cell_adds_a_touchpoint_with_its_title_in_edit_mode(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    qtbot.mouseDClick(canvas.viewport, Qt.MouseButton.LeftButton, pos=empty_spot(canvas.view, "s3", "web"))
    editor = canvas.view.inline_editor
    assert editor is not None and editor.hasFocus()
    qtbot.keyClicks(editor, "Price check")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    (card,) = [t for t in canvas.journey.touchpoints if t.id not in {"t1", "t2", "t3", "t4"}]
    assert (card.stage, card.lane, card.title) == ("s3", "web", "Price check")
    assert canvas.document.selection.ids == [card.id]
    one_undoable_step(canvas, before, steps)  # the new card and its title are one step


def test_double_click_in_a_pain_point_cell_adds_a_pain_point_and_escape_keeps_the_default(
    qtbot: QtBot,
) -> None:
    canvas = make_canvas(qtbot)
    qtbot.mouseDClick(canvas.viewport, Qt.MouseButton.LeftButton, pos=empty_spot(canvas.view, "s1", "pains"))
    assert canvas.view.inline_editor is not None
    qtbot.keyClicks(canvas.view.inline_editor, "ignored")
    qtbot.keyClick(canvas.view.inline_editor, Qt.Key.Key_Escape)
    assert canvas.view.inline_editor is None
    new = [p for p in canvas.journey.pain_points if p.id != "p1"]
    assert [(p.stage, p.title) for p in new] == [("s1", "New pain point")]


def test_drag_a_card_to_another_cell_is_one_move(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    target = empty_spot(canvas.view, "s2", "mail")
    drag(qtbot, canvas, center_of(canvas.view, "t1"), target, release=False)
    interaction = canvas.view._interaction
    assert isinstance(interaction, CardDragInteraction) and interaction.target == ("s2", "mail")
    assert canvas.journey["t1"].stage == "s1"  # nothing changes while dragging
    canvas.view.viewport().repaint()  # the preview paints without error
    qtbot.mouseRelease(canvas.viewport, Qt.MouseButton.LeftButton, pos=target)
    assert (canvas.journey["t1"].stage, canvas.journey["t1"].lane) == ("s2", "mail")
    assert canvas.document.selection.ids == ["t1"]
    one_undoable_step(canvas, before, steps)


def test_drag_two_selected_cards_before_another_card(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "t1"))
    click(qtbot, canvas, center_of(canvas.view, "t2"), CTRL)
    assert canvas.document.selection.ids == ["t1", "t2"]
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    t3 = canvas.view.journey_scene.element_rect("t3")
    drop = canvas.view.mapFromScene(t3.left() + 6, t3.center().y())
    drag(qtbot, canvas, center_of(canvas.view, "t2"), drop)
    assert cells.cards_in(canvas.journey, "s2", "web") == ["t1", "t2", "t3"]
    one_undoable_step(canvas, before, steps)


def test_escape_cancels_a_drag(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before = canvas.journey.snapshot()
    target = empty_spot(canvas.view, "s3", "web")
    drag(qtbot, canvas, center_of(canvas.view, "t1"), target, release=False)
    key(qtbot, canvas, Qt.Key.Key_Escape)
    qtbot.mouseRelease(canvas.viewport, Qt.MouseButton.LeftButton, pos=target)
    assert canvas.journey.snapshot() == before


def test_drag_from_the_flow_handle_to_another_card_connects_them(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    drag(qtbot, canvas, handle_of(canvas.view, "t1"), center_of(canvas.view, "t4"))
    (flow,) = [f for f in canvas.journey.flows if f.id != "f1"]
    assert (flow.source, flow.target) == ("t1", "t4")
    one_undoable_step(canvas, before, steps)
    drag(qtbot, canvas, handle_of(canvas.view, "t1"), center_of(canvas.view, "t4"))  # again: refused
    assert canvas.document.undo_stack.count() == steps + 1


def test_f2_renames_inline_in_one_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "t2"))
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_F2)
    editor = canvas.view.inline_editor
    assert editor is not None and editor.text() == "Landing page"
    qtbot.keyClicks(editor, "Home page")  # replaces the selected text
    qtbot.keyClick(editor, Qt.Key.Key_Enter)
    assert canvas.journey["t2"].title == "Home page"
    one_undoable_step(canvas, before, steps)


def test_double_click_a_stage_header_renames_it_and_escape_cancels(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before = canvas.journey.snapshot()
    qtbot.mouseDClick(canvas.viewport, Qt.MouseButton.LeftButton, pos=center_of(canvas.view, "s2"))
    qtbot.keyClicks(canvas.view.inline_editor, "Kauf")
    qtbot.keyClick(canvas.view.inline_editor, Qt.Key.Key_Escape)
    assert canvas.journey.snapshot() == before
    qtbot.mouseDClick(canvas.viewport, Qt.MouseButton.LeftButton, pos=center_of(canvas.view, "s2"))
    qtbot.keyClicks(canvas.view.inline_editor, "Kaufen")
    qtbot.keyClick(canvas.view.inline_editor, Qt.Key.Key_Return)
    assert canvas.journey["s2"].name == "Kaufen"


def test_delete_removes_the_selection_with_cascades_in_one_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "t3"))
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_Delete)
    assert "t3" not in canvas.journey and "f1" not in canvas.journey
    assert canvas.journey["p1"].touchpoints == ()
    one_undoable_step(canvas, before, steps)
    canvas.document.undo_stack.undo()
    assert canvas.document.selection.ids == ["t3"]  # undo restores the selection
    assert canvas.view.journey_scene.selected_ids() == ["t3"]


def test_drag_a_stage_header_reorders_the_stages(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    drag(qtbot, canvas, center_of(canvas.view, "s1"), center_of(canvas.view, "s3"))
    assert canvas.journey.ids("stage") == ["s2", "s3", "s1"]
    one_undoable_step(canvas, before, steps)


def test_drag_a_lane_header_reorders_the_lanes(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    drag(qtbot, canvas, center_of(canvas.view, "pains"), center_of(canvas.view, "web"))
    assert canvas.journey.ids("lane") == ["pains", "web", "mail", "notes"]
    one_undoable_step(canvas, before, steps)


def test_alt_arrow_nudges_merge_into_one_undo_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "t1"))
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_Right, ALT)
    key(qtbot, canvas, Qt.Key.Key_Right, ALT)
    key(qtbot, canvas, Qt.Key.Key_Down, ALT)
    assert (canvas.journey["t1"].stage, canvas.journey["t1"].lane) == ("s3", "mail")
    one_undoable_step(canvas, before, steps)


def test_alt_left_follows_the_reading_direction(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, sample_journey(rtl=True))
    assert (
        canvas.view.journey_scene.element_rect("s2").left()
        < canvas.view.journey_scene.element_rect("s1").left()
    )
    click(qtbot, canvas, center_of(canvas.view, "t1"))
    key(qtbot, canvas, Qt.Key.Key_Left, ALT)  # visually left is the next stage in RTL
    assert canvas.journey["t1"].stage == "s2"


def test_arrow_keys_select_the_card_on_screen_in_that_direction(qtbot: QtBot) -> None:
    for rtl in (False, True):
        canvas = make_canvas(qtbot, sample_journey(rtl=rtl))
        click(qtbot, canvas, center_of(canvas.view, "t2"))
        key(qtbot, canvas, Qt.Key.Key_Left if rtl else Qt.Key.Key_Right)
        assert canvas.document.selection.ids == ["t3"]
        key(qtbot, canvas, Qt.Key.Key_Down)
        assert canvas.document.selection.ids == ["t4"]
        key(qtbot, canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
        assert canvas.document.selection.ids == ["t4", "t3"]


def test_rubber_band_and_ctrl_click_select(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    view = canvas.view
    t1, t2 = view.journey_scene.element_rect("t1"), view.journey_scene.element_rect("t2")
    start = view.mapFromScene(t1.left() - 10, t1.top() - 9)
    drag(qtbot, canvas, start, view.mapFromScene(t2.center().x(), t2.top() + 10))
    assert sorted(canvas.document.selection.ids) == ["t1", "t2"]
    assert sorted(view.journey_scene.selected_ids()) == ["t1", "t2"]
    click(qtbot, canvas, center_of(view, "t4"), CTRL)
    assert sorted(canvas.document.selection.ids) == ["t1", "t2", "t4"]
    click(qtbot, canvas, center_of(view, "t1"), CTRL)
    assert sorted(canvas.document.selection.ids) == ["t2", "t4"]
    click(qtbot, canvas, empty_spot(view, "s3", "mail"))
    assert canvas.document.selection.ids == []
    assert canvas.view.editor.current_cell == ("s3", "mail")


def test_document_selection_drives_the_scene(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    canvas.document.selection.set(["t4", "s2"])
    assert sorted(canvas.view.journey_scene.selected_ids()) == ["s2", "t4"]


def test_zoom_with_ctrl_wheel_keys_fit_and_reset(qtbot: QtBot) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    canvas = make_canvas(qtbot)
    view = canvas.view
    center = QPointF(view.viewport().rect().center())
    wheel = QWheelEvent(
        center,
        QPointF(view.viewport().mapToGlobal(center.toPoint())),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        CTRL,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view.viewport(), wheel)
    assert abs(view.zoom() - 1.25) < 1e-6
    key(qtbot, canvas, Qt.Key.Key_Minus, CTRL)
    assert abs(view.zoom() - 1.0) < 1e-6
    key(qtbot, canvas, Qt.Key.Key_Equal, CTRL)
    assert abs(view.zoom() - 1.25) < 1e-6
    key(qtbot, canvas, Qt.Key.Key_0, CTRL)
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(view.journey_scene.sceneRect().adjusted(2, 2, -2, -2))
    canvas.actions.zoom_reset.trigger()
    assert view.zoom() == 1.0


def test_middle_drag_and_space_drag_pan(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    view = canvas.view
    view.set_zoom(2.0)
    bars = view.horizontalScrollBar(), view.verticalScrollBar()
    start = (bars[0].value(), bars[1].value())
    center = view.viewport().rect().center()
    drag(qtbot, canvas, center, center + QPoint(-80, -60), button=Qt.MouseButton.MiddleButton)
    assert (bars[0].value(), bars[1].value()) == (start[0] + 80, start[1] + 60)
    before = canvas.journey.snapshot()
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(qtbot, canvas, center, center + QPoint(-40, -30))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert (bars[0].value(), bars[1].value()) == (start[0] + 120, start[1] + 90)
    assert canvas.journey.snapshot() == before


def test_context_menus_offer_the_relevant_actions(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    view = canvas.view

    def names(pos):  # type: ignore[no-untyped-def]
        return [a.objectName() for a in view.context_menu_at(pos).actions() if a.objectName()]

    card = names(center_of(view, "t1"))
    assert {"action-rename", "action-delete", "action-duplicate", "action-copy"} <= set(card)
    assert canvas.document.selection.ids == ["t1"]
    assert "action-add-stage" in names(center_of(view, "s1"))
    assert "action-add-lane" in names(center_of(view, "web"))
    cell_menu = view.context_menu_at(empty_spot(view, "s3", "mail"))
    here = next(a for a in cell_menu.actions() if a.objectName() == "action-add-here")
    assert here.text().replace("&", "") == "Add Touchpoint Here"
    here.trigger()
    assert view.inline_editor is not None
    qtbot.keyClick(view.inline_editor, Qt.Key.Key_Return)
    assert [t.title for t in canvas.journey.touchpoints_in("s3", "mail")] == ["New touchpoint"]
