"""Find on the canvas: Ctrl+F opens the bar, typing highlights, Enter/F3 walk the matches."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from pytestqt.qtbot import QtBot

from journeymap.model.elements import Stage
from journeymap.model.operations import Add
from journeymap.model.search import Match
from journeymap.ui.canvas.find_bar import FindBar
from tests.ui.canvas.canvas_support import Canvas, key, make_canvas, sample_journey

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def open_find(qtbot: QtBot, canvas: Canvas) -> FindBar:
    canvas.view.setFocus()
    key(qtbot, canvas, Qt.Key.Key_F, CTRL)
    bar = canvas.view.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    return bar


def highlighted(canvas: Canvas) -> set[str]:
    scene = canvas.view.journey_scene
    return {i for i, item in scene.items_by_id().items() if item._highlighted}


def test_ctrl_f_typing_highlights_and_selects_the_first_match(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    bar = open_find(qtbot, canvas)
    qtbot.keyClicks(bar.edit, "e")  # Search ad, Landing page, Checkout, Receipt, Web, Email, Notes...
    assert highlighted(canvas) == {m.element for m in bar.matches if m.stage is None}
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "ce")  # Receipt only
    assert bar.matches == [Match("t4")]
    assert highlighted(canvas) == {"t4"}
    assert bar.count.text() == "1 of 1"
    assert canvas.document.selection.ids == ["t4"]


def test_enter_shift_enter_and_f3_walk_the_matches_and_wrap(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    bar = open_find(qtbot, canvas)
    qtbot.keyClicks(bar.edit, "ch")  # Search ad (s1), Checkout (s2)
    assert bar.matches == [Match("t1"), Match("t3")]
    assert (bar.count.text(), canvas.document.selection.ids) == ("1 of 2", ["t1"])
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert (bar.count.text(), canvas.document.selection.ids) == ("2 of 2", ["t3"])
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert canvas.document.selection.ids == ["t1"]  # wrapped
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, SHIFT)
    assert canvas.document.selection.ids == ["t3"]
    qtbot.keyClick(bar.edit, Qt.Key.Key_F3)
    assert canvas.document.selection.ids == ["t1"]
    qtbot.mouseClick(bar.next, Qt.MouseButton.LeftButton)
    assert canvas.document.selection.ids == ["t3"]
    qtbot.mouseClick(bar.previous, Qt.MouseButton.LeftButton)
    assert canvas.document.selection.ids == ["t1"]


def test_escape_closes_the_bar_clears_highlights_and_f3_on_the_canvas_reopens(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    bar = open_find(qtbot, canvas)
    qtbot.keyClicks(bar.edit, "checkout")
    assert highlighted(canvas) == {"t3"}
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and highlighted(canvas) == set()
    assert canvas.view.hasFocus()
    assert canvas.document.selection.ids == ["t3"]  # the found card stays selected
    key(qtbot, canvas, Qt.Key.Key_F3)
    assert bar.isVisible() and highlighted(canvas) == {"t3"}
    key(qtbot, canvas, Qt.Key.Key_Escape)  # from the canvas: the bar closes, the selection stays
    assert not bar.isVisible() and canvas.document.selection.ids == ["t3"]


def test_accents_and_case_are_ignored_and_text_cells_are_found(qtbot: QtBot) -> None:
    journey = sample_journey()
    journey.apply(Add(Stage(id="s4", name="Satın alma")))
    canvas = make_canvas(qtbot, journey)
    bar = open_find(qtbot, canvas)
    qtbot.keyClicks(bar.edit, "SATIN")
    assert bar.matches == [Match("s4")]
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "first")  # the Notes lane's text for s1
    assert bar.matches == [Match("notes", "s1")]
    assert canvas.view._highlighted_cells == [("s1", "notes")]
    assert canvas.view.editor.current_cell == ("s1", "notes")
    assert canvas.document.selection.ids == []
    canvas.view.viewport().repaint()  # the cell outline paints


def test_no_matches_says_so_and_disables_the_arrows(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    bar = open_find(qtbot, canvas)
    qtbot.keyClicks(bar.edit, "zzz")
    assert bar.count.text() == "No matches"
    assert not bar.next.isEnabled() and not bar.previous.isEnabled()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # nothing to go to: no error
    assert highlighted(canvas) == set()


def test_matches_follow_edits_and_undo(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    bar = open_find(qtbot, canvas)
    qtbot.keyClicks(bar.edit, "receipt")
    record = canvas.journey["t3"]
    canvas.view.editor.rename("t3", "Receipt page")
    assert bar.matches == [Match("t3"), Match("t4")]
    assert highlighted(canvas) == {"t3", "t4"}
    canvas.document.undo_stack.undo()
    assert canvas.journey["t3"] == record
    assert bar.matches == [Match("t4")] and highlighted(canvas) == {"t4"}


def test_the_find_action_opens_the_bar_at_the_top_trailing_edge(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    canvas.actions.find.trigger()
    bar = canvas.view.find_bar
    viewport = canvas.view.viewport().geometry()
    assert bar.isVisible() and bar.parent() is canvas.view
    assert bar.geometry().top() - viewport.top() < 20
    assert viewport.right() - bar.geometry().right() < 20  # left-to-right: top right
    canvas.view.resize(900, 600)
    qtbot.waitUntil(lambda: canvas.view.viewport().geometry().right() - bar.geometry().right() < 20)
    assert QRect(canvas.view.viewport().geometry()).contains(bar.geometry())


def test_right_to_left_map_puts_the_bar_at_the_top_left(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, sample_journey(rtl=True))
    bar = open_find(qtbot, canvas)
    viewport = canvas.view.viewport().geometry()
    assert bar.geometry().left() - viewport.left() < 20
    assert bar.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_editing_keys_in_the_find_field_edit_the_text_not_the_map(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    bar = open_find(qtbot, canvas)
    qtbot.keyClicks(bar.edit, "checkout")
    assert canvas.document.selection.ids == ["t3"]
    before = canvas.journey.snapshot()
    qtbot.keyClick(bar.edit, Qt.Key.Key_Home)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(bar.edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(bar.edit, Qt.Key.Key_C, CTRL)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Backspace)
    assert bar.edit.text() == "" and canvas.journey.snapshot() == before
