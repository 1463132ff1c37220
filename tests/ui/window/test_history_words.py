"""The History panel says what each step changed, as typed on the real canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.ui.canvas.canvas_support import center_of
from tests.ui.window_fixtures import shown_window


def test_history_names_the_renamed_stage_and_its_old_and_new_name(qtbot: QtBot) -> None:
    window = shown_window(qtbot)
    window.resize(1600, 1000)
    view = window.view
    for ident, new in (("aware", "Reach"), ("buy", "Conversion"), ("ad", "Search ad (Google)")):
        view.ensure_visible(ident)
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=center_of(view, ident))
        qtbot.keyClick(view, Qt.Key.Key_F2)
        editor = view.inline_editor
        assert editor is not None
        qtbot.keyClicks(editor, new)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    model = window.history.model()
    rows = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert rows[1:] == [
        "Rename stage “Awareness” → “Reach”",
        "Rename stage “Purchase” → “Conversion”",
        "Rename touchpoint “Search ad” → “Search ad (Google)”",
    ]
    stack = window.document.undo_stack
    assert stack.undoText() == "Rename touchpoint “Search ad” → “Search ad (Google)”"
