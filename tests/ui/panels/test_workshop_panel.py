"""The Workshop panel: notes turned into pain points, opportunities or comments (one undo
step each, several at once), deleted; rounds opened, closed, reopened, reset, deleted; the
results ranked, there and in the Insights panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap.model import workshop
from journeymap.model.elements import Comment, NoteKind, Opportunity, PainPoint
from journeymap.ui.document import Document
from journeymap.ui.panels.insights.panel import InsightsPanel
from journeymap.ui.panels.workshop import WorkshopPanel
from tests.ui.window_fixtures import sample_journey


@pytest.fixture
def document() -> Document:
    doc = Document(sample_journey())
    journey = doc.journey
    for stage, card, kind, text in (
        ("buy", "cart", NoteKind.PAIN, "Card declined twice"),
        ("buy", None, NoteKind.IDEA, "Pay with the phone"),
        ("aware", None, NoteKind.QUOTE, "Never saw the ad"),
    ):
        doc.push("note", workshop.capture_note(journey, stage=stage, card=card, kind=kind, text=text).ops)
    doc.undo_stack.clear()
    return doc


@pytest.fixture
def panel(qtbot: QtBot, document: Document) -> WorkshopPanel:
    widget = WorkshopPanel(document)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def select_notes(panel: WorkshopPanel, *texts: str) -> None:
    tree = panel.notes.tree
    tree.clearSelection()
    for n in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(n)
        item.setSelected(item.text(1) in texts)


def test_notes_are_listed_with_where_they_were_said(panel: WorkshopPanel) -> None:
    tree = panel.notes.tree
    rows = [[tree.topLevelItem(n).text(c) for c in range(3)] for n in range(tree.topLevelItemCount())]
    assert rows == [
        ["Pain", "Card declined twice", "Checkout page (Touchpoint, Purchase)"],
        ["Idea", "Pay with the phone", "Purchase"],
        ["Quote", "Never saw the ad", "Awareness"],
    ]


def test_a_note_wraps_whole_in_a_narrow_dock(qtbot: QtBot, panel: WorkshopPanel, document: Document) -> None:
    """A long note reads whole beside the canvas: its words wrap to the dock's width (no "…"),
    with where it was said and who said it under them; a wider dock takes fewer lines."""
    words = "People phone us to ask whether a payment went through after the bank app timed out"
    note = workshop.capture_note(document.journey, stage="buy", card="cart", kind=NoteKind.PAIN, text=words)
    document.push("note", note.ops)
    tree = panel.notes.tree
    item = next(
        tree.topLevelItem(n) for n in range(tree.topLevelItemCount()) if tree.topLevelItem(n).text(1) == words
    )
    line = tree.fontMetrics().height()
    panel.resize(240, 600)
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() >= 5 * line)  # 4 lines of words, 1 of where
    narrow = tree.visualItemRect(item).height()
    panel.resize(700, 600)
    qtbot.waitUntil(lambda: tree.visualItemRect(item).height() < narrow)
    assert tree.visualItemRect(item).height() >= 2 * line  # the words, then where and who
    assert tree.isColumnHidden(2) and tree.isColumnHidden(3)  # said under the words instead


def test_a_pain_note_becomes_a_pain_point_on_its_card_in_one_undoable_click(
    qtbot: QtBot, panel: WorkshopPanel, document: Document
) -> None:
    select_notes(panel, "Card declined twice")
    qtbot.mouseClick(panel.notes.buttons["pain_point"], Qt.MouseButton.LeftButton)
    made = [p for p in document.journey.pain_points if p.title == "Card declined twice"]
    assert len(made) == 1 and made[0].touchpoints == ("cart",) and made[0].stage == "buy"
    assert len(document.journey.notes) == 2 and panel.notes.tree.topLevelItemCount() == 2
    assert document.selection.ids == [made[0].id]
    document.undo_stack.undo()
    assert len(document.journey.notes) == 3 and not any(
        p.title == "Card declined twice" for p in document.journey.pain_points
    )


def test_several_notes_become_opportunities_or_comments_as_one_step(
    qtbot: QtBot, panel: WorkshopPanel, document: Document
) -> None:
    select_notes(panel, "Pay with the phone", "Never saw the ad")
    qtbot.mouseClick(panel.notes.buttons["opportunity"], Qt.MouseButton.LeftButton)
    assert {o.title for o in document.journey.opportunities if isinstance(o, Opportunity)} >= {
        "Pay with the phone",
        "Never saw the ad",
    }
    assert document.undo_stack.count() == 1
    document.undo_stack.undo()
    select_notes(panel, "Never saw the ad")
    qtbot.mouseClick(panel.notes.buttons["comment"], Qt.MouseButton.LeftButton)
    comments = [
        c for c in document.journey.comments if isinstance(c, Comment) and c.text == "Never saw the ad"
    ]
    assert comments and comments[0].attached_to == "aware"
    select_notes(panel, "Card declined twice")
    qtbot.mouseClick(panel.notes.buttons["delete"], Qt.MouseButton.LeftButton)
    assert [n.text for n in document.journey.notes] == ["Pay with the phone"]
    assert not [
        p
        for p in document.journey.pain_points
        if isinstance(p, PainPoint) and p.title == "Card declined twice"
    ]


def test_rounds_open_close_reopen_reset_and_delete_each_as_one_step(
    panel: WorkshopPanel, document: Document
) -> None:
    rounds = panel.rounds
    assert "No voting round yet" in rounds.summary.text()
    assert rounds.new_round("Top pains", [("Ana", None), ("Bo", "#00798c")], 2, ("pain_point",)) is None
    voting_round = document.journey.voting_rounds[0]
    assert (voting_round.name, voting_round.dots, voting_round.votable) == ("Top pains", 2, ("pain_point",))
    document.push("dot", workshop.give_dot(document.journey, voting_round.id, "p2", "slow").ops)
    assert (
        rounds.results.topLevelItemCount() == 1 and rounds.results.topLevelItem(0).text(1) == "Slow checkout"
    )
    assert "1 of 4 dots given" in rounds.summary.text() and "Bo 1/2" in rounds.summary.text()
    rounds.toggle_closed()
    assert document.journey.voting_rounds[0].closed and rounds.buttons["close"].text() == "Reopen"
    rounds.toggle_closed()
    assert not document.journey.voting_rounds[0].closed
    rounds.reset()
    assert document.journey.votes == [] and rounds.results.topLevelItemCount() == 0
    rounds.delete_round()
    assert document.journey.voting_rounds == []
    assert document.undo_stack.count() == 6  # new, dot, close, reopen, reset, delete
    for _ in range(6):
        document.undo_stack.undo()
    assert document.journey.voting_rounds == []
    document.undo_stack.redo()
    assert rounds.rounds.count() == 1


def test_a_round_of_just_a_count(panel: WorkshopPanel, document: Document) -> None:
    panel.rounds.new_round("Poll", 5, 3, ("pain_point", "opportunity"))
    assert len(document.journey.voting_rounds[0].participants) == 5
    assert "Participant 5 0/3" in panel.rounds.summary.text()


def test_insights_rank_the_votes_of_each_round(qtbot: QtBot, document: Document) -> None:
    journey = document.journey
    document.push(
        "round",
        workshop.new_round(journey, name="Top", participants=2, votable=("pain_point", "opportunity")).ops,
    )
    rid = journey.voting_rounds[0].id
    for person, card in (("p1", "oneclick"), ("p2", "oneclick"), ("p2", "slow")):
        document.push("dot", workshop.give_dot(journey, rid, person, card).ops)
    insights = InsightsPanel(document)
    qtbot.addWidget(insights)
    insights.show()  # a hidden panel waits to be shown; insights run off the UI thread
    insights.recompute()
    qtbot.waitUntil(lambda: bool(insights.finding_items(f"votes:{rid}")))
    rows = [item.text(0) for item in insights.finding_items(f"votes:{rid}")]
    assert rows == ["2  ●  One-click pay  (Opportunity)", "1  ●  Slow checkout  (Pain point)"]
