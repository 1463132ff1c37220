"""Changing a voting round after it was opened, from the Workshop panel's Votes tab: names,
colours, how many people, dots each and what can be voted on, with real clicks and keys, as
one undo step; a change that would leave someone over their allowance is refused in the
dialog, and one that takes dots back says so before OK. The canvas follows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from journeymap.model import workshop
from journeymap.model.elements import Lane, LaneKind, VotingRound
from journeymap.render.items.cards import CardItem
from journeymap.render.scene import JourneyScene
from journeymap.ui.document import Document
from journeymap.ui.panels.workshop import WorkshopPanel
from journeymap.ui.panels.workshop.round_dialog import COLOR, NAME, RoundDialog
from tests.ui.window_fixtures import sample_journey

Key = Qt.Key
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def document() -> Document:
    doc = Document(sample_journey())
    journey = doc.journey
    journey.add(Lane(id="pains", name="Pain points", kind=LaneKind.PAIN_POINTS))
    journey.add(Lane(id="ideas", name="Ideas", kind=LaneKind.OPPORTUNITIES))
    edit = workshop.new_round(
        journey, name="Fix first", participants=[("Ana", "#d1495b"), ("Bo", None)], dots=3
    )
    doc.push("round", edit.ops)
    ident = edit.select[0]
    for who, card in (("p1", "slow"), ("p1", "slow"), ("p2", "slow"), ("p2", "oneclick")):
        doc.push("dot", workshop.give_dot(journey, ident, who, card).ops)
    doc.undo_stack.clear()
    return doc


@pytest.fixture
def panel(qtbot: QtBot, document: Document) -> WorkshopPanel:
    widget = WorkshopPanel(document)
    qtbot.addWidget(widget)
    widget.setCurrentWidget(widget.rounds)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def the_round(document: Document) -> VotingRound:
    (voting_round,) = document.journey.voting_rounds
    return voting_round


def open_change(qtbot: QtBot, panel: WorkshopPanel) -> RoundDialog:
    qtbot.mouseClick(panel.rounds.buttons["edit"], LEFT)
    dialog = panel.rounds.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def type_in_cell(qtbot: QtBot, dialog: RoundDialog, row: int, column: int, text: str) -> None:
    """Click the cell, F2, type over it, Enter."""
    table = dialog.people
    item = table.item(row, column)
    assert item is not None
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(item).center())
    qtbot.keyClick(table, Key.Key_F2)
    (editor,) = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Key.Key_Return)
    QApplication.processEvents()
    assert item.text() == text


def click_ok(qtbot: QtBot, dialog: RoundDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    qtbot.mouseClick(button, LEFT)


def ok_enabled(dialog: RoundDialog) -> bool:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    return button is not None and button.isEnabled()


def dots_shown(scene: JourneyScene, ident: str) -> tuple[tuple[str, str, int], ...]:
    item = scene.item_for(ident)
    assert isinstance(item, CardItem)
    return item.content.dots.given if item.content.dots is not None else ()


def test_names_colours_and_dots_change_as_one_undoable_step_and_the_canvas_follows(
    qtbot: QtBot, panel: WorkshopPanel, document: Document
) -> None:
    scene = JourneyScene(document.journey)
    before = the_round(document)
    dialog = open_change(qtbot, panel)
    assert [dialog.people.item(r, NAME).text() for r in range(2)] == ["Ana", "Bo"]  # type: ignore[union-attr]
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "What hurts most")
    type_in_cell(qtbot, dialog, 1, NAME, "Bo Chen")
    type_in_cell(qtbot, dialog, 1, COLOR, "#00798c")
    dialog.dots.selectAll()
    qtbot.keyClicks(dialog.dots.lineEdit(), "5")
    assert dialog.message.text() == "" and ok_enabled(dialog)
    click_ok(qtbot, dialog)
    assert not dialog.isVisible() and panel.rounds.dialog is None
    after = the_round(document)
    assert after.name == "What hurts most" and after.dots == 5
    assert [(p.id, p.name, p.color) for p in after.participants] == [
        ("p1", "Ana", "#d1495b"),
        ("p2", "Bo Chen", "#00798c"),
    ]
    assert len(document.journey.votes) == 3  # everyone keeps their dots
    assert dots_shown(scene, "slow") == (("Ana", "#d1495b", 2), ("Bo Chen", "#00798c", 1))
    assert document.undo_stack.count() == 1
    assert "What hurts most" in panel.rounds.rounds.currentText()
    document.undo_stack.undo()
    assert the_round(document) == before
    assert dots_shown(scene, "slow") == (("Ana", "#d1495b", 2), ("Bo", "#1c7ed6", 1))


def test_taking_someone_out_says_which_dots_go_back_and_undo_returns_them(
    qtbot: QtBot, panel: WorkshopPanel, document: Document
) -> None:
    scene = JourneyScene(document.journey)
    dialog = open_change(qtbot, panel)
    table = dialog.people
    qtbot.mouseClick(table.viewport(), LEFT, pos=table.visualItemRect(table.item(1, NAME)).center())  # type: ignore[arg-type]
    qtbot.mouseClick(dialog.remove, LEFT)
    assert table.rowCount() == 1 and dialog.count.value() == 1
    assert dialog.message.text() == "This takes back 2 dots already given: Bo 2."
    dialog.count.selectAll()
    qtbot.keyClicks(dialog.count.lineEdit(), "3")  # two new people, unnamed
    assert table.rowCount() == 3
    type_in_cell(qtbot, dialog, 2, NAME, "Cem")
    click_ok(qtbot, dialog)
    after = the_round(document)
    # newcomers never take the id of someone taken out (a copy merged later may hold their dots)
    assert [(p.id, p.name) for p in after.participants] == [("p1", "Ana"), ("p3", ""), ("p4", "Cem")]
    assert [(v.participant, v.element, v.dots) for v in document.journey.votes] == [("p1", "slow", 2)]
    assert dots_shown(scene, "slow") == (("Ana", "#d1495b", 2),) and dots_shown(scene, "oneclick") == ()
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    assert len(document.journey.votes) == 3 and dots_shown(scene, "oneclick") == (("Bo", "#1c7ed6", 1),)


def test_fewer_dots_than_someone_gave_is_refused_in_the_dialog(
    qtbot: QtBot, panel: WorkshopPanel, document: Document
) -> None:
    before = the_round(document)
    dialog = open_change(qtbot, panel)
    dialog.dots.selectAll()
    qtbot.keyClicks(dialog.dots.lineEdit(), "1")
    assert dialog.message.text() == "Ana has already given 2 dots; reset the round to give fewer"
    assert not ok_enabled(dialog)
    click_ok(qtbot, dialog)
    qtbot.keyClick(dialog.name, Key.Key_Return)  # Enter does not get past it either
    assert dialog.isVisible() and the_round(document) == before and document.undo_stack.count() == 0
    dialog.dots.selectAll()
    qtbot.keyClicks(dialog.dots.lineEdit(), "2")
    assert ok_enabled(dialog) and dialog.message.text() == ""
    type_in_cell(qtbot, dialog, 0, COLOR, "red")
    assert "“red” is not a colour" in dialog.message.text() and not ok_enabled(dialog)
    qtbot.keyClick(dialog, Key.Key_Escape)
    assert not dialog.isVisible() and the_round(document) == before


def test_a_new_round_from_the_same_dialog_with_names_typed_in(
    qtbot: QtBot, panel: WorkshopPanel, document: Document
) -> None:
    qtbot.mouseClick(panel.rounds.buttons["new"], LEFT)
    dialog = panel.rounds.dialog
    assert dialog is not None and dialog.people.rowCount() == 8
    dialog.count.selectAll()
    qtbot.keyClicks(dialog.count.lineEdit(), "2")
    type_in_cell(qtbot, dialog, 0, NAME, "Dana")
    qtbot.mouseClick(dialog.kinds["touchpoint"], LEFT)
    click_ok(qtbot, dialog)
    made = document.journey.voting_rounds[-1]
    assert [(p.id, p.name) for p in made.participants] == [("p1", "Dana"), ("p2", "")]
    assert made.votable == ("touchpoint", "pain_point", "opportunity")
    assert panel.rounds.current() == made
