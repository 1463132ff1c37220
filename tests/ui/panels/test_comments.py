"""The Comments panel in the main window: list, select, resolve, delete, all undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.window_fixtures import shown_window


@pytest.fixture
def window(qtbot):
    window = shown_window(qtbot)
    window.comments_dock.show()
    window.comments_dock.raise_()
    return window


def rows(window):
    tree = window.comments_dock.widget().tree
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]


def test_lists_comments_and_a_click_selects_what_they_are_about(window, qtbot):
    (row,) = rows(window)
    assert [row.text(0), row.text(1)] == ["Check with the team", "Checkout page"]
    tree = window.comments_dock.widget().tree
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(row).center())
    assert window.document.selection.ids == ["cart"]


def test_resolving_is_one_undoable_step(window):
    (row,) = rows(window)
    row.setCheckState(0, Qt.CheckState.Checked)  # what a click on the check box does
    assert window.document.journey["c1"].resolved
    window.document.undo_stack.undo()
    assert not window.document.journey["c1"].resolved
    assert rows(window)[0].checkState(0) == Qt.CheckState.Unchecked


def test_delete_and_undo(window, qtbot):
    panel = window.comments_dock.widget()
    panel.tree.setCurrentItem(rows(window)[0])
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert "c1" not in window.document.journey
    assert rows(window) == []
    window.document.undo_stack.undo()
    assert "c1" in window.document.journey and len(rows(window)) == 1


def test_new_comments_appear(window):
    window.document.selection.set(["ad"])
    window.view.editor.add_comment("Is the ad still running?")
    assert {r.text(0) for r in rows(window)} == {"Check with the team", "Is the ad still running?"}
