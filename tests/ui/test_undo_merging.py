"""Explicit undo merging, driven with real keys: typing in one inspector field and repeated
Alt+arrow nudges are one step each; steps of other gestures, elements or fields stay apart;
and a merged step whose changes cancel out leaves the stack instead of staying empty."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from journeymap.ui.commands import MergeKey
from journeymap.ui.document import Document
from journeymap.ui.panels.inspector.panel import InspectorPanel
from tests.ui.canvas.canvas_support import center_of, click, key, make_canvas
from tests.ui.window_fixtures import sample_journey

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def panel(qtbot: QtBot) -> InspectorPanel:
    widget = InspectorPanel(Document(sample_journey()))
    qtbot.addWidget(widget)
    widget.show()
    return widget


def title_line(panel: InspectorPanel, ident: str) -> QLineEdit:
    panel.document.selection.set([ident])
    line = panel.editor("title").line
    line.setFocus()
    line.end(False)
    return line


def stack_texts(document: Document) -> list[str]:
    stack = document.undo_stack
    return [stack.text(i) for i in range(stack.count())]


def test_typing_in_one_field_is_one_step_and_typing_it_back_removes_the_step(
    panel: InspectorPanel, qtbot: QtBot
) -> None:
    document = panel.document
    line = title_line(panel, "cart")
    qtbot.keyClicks(line, " v2")
    assert document.journey["cart"].title == "Checkout page v2"
    assert stack_texts(document) == ["Rename touchpoint “Checkout page” → “Checkout page v2”"]
    for _ in range(3):
        qtbot.keyClick(line, Qt.Key.Key_Backspace)
    assert document.journey["cart"].title == "Checkout page"
    assert document.undo_stack.count() == 0  # no empty step left behind
    assert not document.undo_stack.canUndo() and not document.modified
    qtbot.keyClicks(line, "!")
    assert stack_texts(document) == ["Rename touchpoint “Checkout page” → “Checkout page!”"]
    document.undo_stack.undo()
    assert document.journey["cart"].title == "Checkout page"


def test_other_fields_and_other_elements_are_other_steps(panel: InspectorPanel, qtbot: QtBot) -> None:
    document = panel.document
    qtbot.keyClicks(title_line(panel, "cart"), " v2")
    qtbot.keyClicks(panel.editor("owner").line, "Ana")
    qtbot.keyClicks(title_line(panel, "ad"), "s")
    assert stack_texts(document) == [
        "Rename touchpoint “Checkout page” → “Checkout page v2”",
        "Change touchpoint “Checkout page v2”: owner",
        "Rename touchpoint “Search ad” → “Search ads”",
    ]
    assert (document.journey["cart"].owner, document.journey["ad"].title) == ("Ana", "Search ads")
    for _ in range(3):
        document.undo_stack.undo()
    assert document.journey.snapshot() == sample_journey().snapshot()


def test_typing_back_to_the_saved_text_makes_the_map_unmodified_again(
    panel: InspectorPanel, qtbot: QtBot
) -> None:
    document = panel.document
    line = title_line(panel, "cart")
    qtbot.keyClicks(line, "!")
    document.undo_stack.setClean()  # saved with the "!"
    qtbot.keyClicks(line, "?")  # a new step: Qt never merges into the saved one
    assert document.modified and document.undo_stack.count() == 2
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    assert document.journey["cart"].title == "Checkout page!"
    assert document.undo_stack.count() == 1 and not document.modified


def test_nudges_merge_and_a_nudge_there_and_back_leaves_no_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    stack = canvas.document.undo_stack
    click(qtbot, canvas, center_of(canvas.view, "t1"))
    before = canvas.journey.snapshot()
    key(qtbot, canvas, Qt.Key.Key_Right, ALT)
    key(qtbot, canvas, Qt.Key.Key_Right, ALT)
    assert canvas.journey["t1"].stage == "s3"
    assert [stack.text(i) for i in range(stack.count())] == ["Move touchpoint “Search ad” to “Stay”"]
    key(qtbot, canvas, Qt.Key.Key_Left, ALT)
    key(qtbot, canvas, Qt.Key.Key_Left, ALT)
    assert canvas.journey.snapshot() == before
    assert stack.count() == 0
    key(qtbot, canvas, Qt.Key.Key_Down, ALT)  # within its cell: below "Landing page"
    assert canvas.journey.ids("touchpoint")[:2] == ["t2", "t1"]
    key(qtbot, canvas, Qt.Key.Key_Up, ALT)
    assert canvas.journey.snapshot() == before and stack.count() == 0
    assert canvas.document.selection.ids == ["t1"]


def test_nudging_another_selection_is_another_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    stack = canvas.document.undo_stack
    click(qtbot, canvas, center_of(canvas.view, "t1"))
    key(qtbot, canvas, Qt.Key.Key_Right, ALT)
    click(qtbot, canvas, center_of(canvas.view, "t4"))
    key(qtbot, canvas, Qt.Key.Key_Right, ALT)
    assert stack.count() == 2
    assert (canvas.journey["t1"].stage, canvas.journey["t4"].stage) == ("s2", "s3")


def test_merge_keys_are_values() -> None:
    assert MergeKey.typing("cart", "title") == MergeKey.typing("cart", "title")
    assert MergeKey.typing("cart", "title") != MergeKey.typing("cart", "owner")
    assert MergeKey.nudge(["a", "b"]) == MergeKey.nudge(["b", "a"])
    assert MergeKey.adding("cart") != MergeKey.typing("cart", "")
