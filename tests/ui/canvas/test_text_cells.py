"""Text lanes on the canvas: a cell's note edited in place, one undo step per edit."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from journeymap.ui.canvas.inline_editor import CellTextEditor
from tests.ui.canvas.canvas_support import (
    Canvas,
    click,
    key,
    make_canvas,
    one_undoable_step,
    sample_journey,
    to_viewport,
)

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


def cell_point(canvas: Canvas, stage: str, lane: str):  # type: ignore[no-untyped-def]
    rect = canvas.view.cell_rect(stage, lane)
    return to_viewport(canvas.view, QPointF(rect.center().x(), rect.top() + rect.height() * 0.7))


def open_cell(qtbot: QtBot, canvas: Canvas, stage: str) -> CellTextEditor:
    qtbot.mouseDClick(canvas.viewport, LEFT, pos=cell_point(canvas, stage, "notes"))
    editor = canvas.view.inline_editor
    assert isinstance(editor, CellTextEditor) and editor.hasFocus()
    return editor


def test_double_click_a_text_cell_and_ctrl_enter_sets_its_text_in_one_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    editor = open_cell(qtbot, canvas, "s2")
    assert editor.text() == ""
    qtbot.keyClicks(editor, "Compares prices")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # a new line, not the end of the edit
    qtbot.keyClicks(editor, "on two sites")
    assert canvas.journey["notes"].cells == {"s1": "first"}  # nothing changes while typing
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert canvas.view.inline_editor is None
    assert canvas.journey["notes"].cells == {"s1": "first", "s2": "Compares prices\non two sites"}
    one_undoable_step(canvas, before, steps)


def test_existing_text_is_offered_and_focus_out_commits(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    editor = open_cell(qtbot, canvas, "s1")
    assert editor.text() == "first"
    qtbot.keyClicks(editor, "second")  # replaces the selected text
    click(qtbot, canvas, cell_point(canvas, "s3", "web"))  # click elsewhere on the canvas
    assert canvas.journey["notes"].cells == {"s1": "second"}
    one_undoable_step(canvas, before, steps)


def test_escape_cancels_and_clearing_the_text_empties_the_cell(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before = canvas.journey.snapshot()
    editor = open_cell(qtbot, canvas, "s1")
    qtbot.keyClicks(editor, "ignored")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert canvas.view.inline_editor is None and canvas.journey.snapshot() == before
    editor = open_cell(qtbot, canvas, "s1")
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Enter, CTRL)
    assert canvas.journey["notes"].cells == {}


def test_f2_on_the_clicked_text_cell_edits_it(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, cell_point(canvas, "s3", "notes"))
    assert canvas.view.editor.current_cell == ("s3", "notes")
    assert canvas.actions.rename.isEnabled()
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_F2)
    editor = canvas.view.inline_editor
    assert isinstance(editor, CellTextEditor)
    qtbot.keyClicks(editor, "Loyal")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert canvas.journey["notes"].cells["s3"] == "Loyal"
    one_undoable_step(canvas, before, steps)


def test_the_text_cell_context_menu_edits_the_cell(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    menu = canvas.view.context_menu_at(cell_point(canvas, "s2", "notes"))
    action = next(a for a in menu.actions() if a.objectName() == "action-edit-cell")
    action.trigger()
    editor = canvas.view.inline_editor
    assert isinstance(editor, CellTextEditor)
    qtbot.keyClicks(editor, "From the menu")
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert canvas.journey["notes"].cells["s2"] == "From the menu"


def test_right_to_left_cell_editor_reads_right_to_left(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, sample_journey(rtl=True))
    editor = open_cell(qtbot, canvas, "s2")
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    editor.insertPlainText("ملاحظة")  # as an input method delivers it (QTest types ASCII only)
    assert editor.document().lastBlock().textDirection() == Qt.LayoutDirection.RightToLeft
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert canvas.journey["notes"].cells["s2"] == "ملاحظة"


def test_an_english_line_in_a_right_to_left_map_reads_left_to_right(qtbot: QtBot) -> None:
    """Each line of a note reads in its own direction, as the cell draws it: "Is it big?"
    keeps its question mark at the end on an Arabic map; both lines sit on the right."""
    canvas = make_canvas(qtbot, sample_journey(rtl=True))
    editor = open_cell(qtbot, canvas, "s2")
    qtbot.keyClicks(editor, "Is it big?")
    editor.insertPlainText("\nملاحظة")
    first, second = editor.document().firstBlock(), editor.document().lastBlock()
    assert first.textDirection() == Qt.LayoutDirection.LeftToRight
    assert second.textDirection() == Qt.LayoutDirection.RightToLeft
    assert editor.document().defaultTextOption().alignment() & Qt.AlignmentFlag.AlignRight
