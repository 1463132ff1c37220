"""The round whose dots the editor's canvas shows is the one the facilitator picks in the
Workshop panel's Votes tab (real keys on the real combo box); with no pick, the last open
round, else the last. The panel and the card's tooltip say which round is shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap.model import workshop
from journeymap.ui.document import Document
from journeymap.ui.panels.workshop import WorkshopPanel
from journeymap.ui.window.main_window import MainWindow
from tests.render.test_comments import painted
from tests.ui.window.test_workshop_on_canvas import card, present, workshop_window

Key = Qt.Key


def vote(document: Document, round_name: str, person: int, element: str, dots: int = 1) -> None:
    voting_round = next(r for r in document.journey.voting_rounds if r.name == round_name)
    for _ in range(dots):
        edit = workshop.give_dot(document.journey, voting_round.id, voting_round.participants[person].id, element)
        document.push("dot", edit.ops)


def votes_tab(qtbot: QtBot, window: MainWindow) -> WorkshopPanel:
    dock = window.workshop_dock
    dock.show()
    panel = dock.panel()
    assert isinstance(panel, WorkshopPanel)
    qtbot.mouseClick(panel.tabBar(), Qt.MouseButton.LeftButton, pos=panel.tabBar().tabRect(1).center())
    assert panel.currentWidget() is panel.rounds
    return panel


def test_the_round_picked_in_the_votes_tab_is_the_one_the_canvas_shows(qtbot: QtBot) -> None:
    window = workshop_window(qtbot)  # round "Fix first": Ana, Bo
    document = window.document
    document.push("round", workshop.new_round(document.journey, name="Ideas", participants=2).ops)
    vote(document, "Fix first", 0, "slow", 2)
    vote(document, "Ideas", 1, "slow")
    vote(document, "Ideas", 1, "oneclick")
    slow, oneclick = card(window, "slow"), card(window, "oneclick")
    panel = votes_tab(qtbot, window)
    combo, said = panel.rounds.rounds, panel.rounds.on_canvas

    # no pick: the last open round, as before
    assert slow.content.dots is not None and slow.content.dots.count == 1
    assert "1 dot in “Ideas”" in slow.toolTip()
    assert said.isVisible() and "“Ideas”" in said.text()

    combo.setFocus()
    qtbot.keyClick(combo, Key.Key_Up)  # pick "Fix first"
    assert combo.currentText() == "Fix first"
    assert document.round_pick == document.journey.voting_rounds[0].id
    assert slow.content.dots is not None and slow.content.dots.count == 2
    assert [name for name, _, _ in slow.content.dots.given] == ["Ana"]
    assert "2 dots in “Fix first”: Ana 2" in slow.toolTip()
    assert oneclick.content.dots is None and painted(oneclick).dots_mark is None  # no dot there in this round
    assert "“Fix first”" in said.text()

    # closing the picked round keeps it shown: the results stay on the map
    qtbot.mouseClick(panel.rounds.buttons["close"], Qt.MouseButton.LeftButton)
    assert document.journey.voting_rounds[0].closed
    assert slow.content.dots is not None and slow.content.dots.count == 2

    qtbot.keyClick(combo, Key.Key_Down)  # back to "Ideas"
    assert slow.content.dots is not None and slow.content.dots.count == 1
    assert oneclick.content.dots is not None and painted(oneclick).dots_mark is not None
    assert "“Ideas”" in said.text()

    # deleting the picked round: back to the rule (the last open round, else the last)
    qtbot.mouseClick(panel.rounds.buttons["delete"], Qt.MouseButton.LeftButton)
    assert document.round_pick is None
    assert slow.content.dots is not None and slow.content.dots.count == 2  # "Fix first", the last
    assert "“Fix first”" in said.text()


def test_presenting_starts_voting_in_the_round_picked_if_it_is_open(qtbot: QtBot) -> None:
    window = workshop_window(qtbot)
    document = window.document
    document.push("round", workshop.new_round(document.journey, name="Ideas", participants=2).ops)
    panel = votes_tab(qtbot, window)
    combo = panel.rounds.rounds
    combo.setFocus()
    qtbot.keyClick(combo, Key.Key_Up)  # "Fix first", open
    audience = present(qtbot, window)
    qtbot.keyClick(audience, Key.Key_V)
    assert audience.banner.isVisible() and "Fix first" in audience.banner.text()
    with qtbot.waitSignal(audience.session.finished):
        qtbot.keyClick(audience, Key.Key_Escape)
