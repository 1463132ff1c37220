"""Presenting with the keys a clicker and a presenter press, on the real audience window:
the walk, jumps, blackout, leaving, zooming to a card, capture and voting (allowance, undo).
Everything is asserted on the session's view and on the model."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QCursor
from pytestqt.qtbot import QtBot

from journeymap.model import workshop
from journeymap.model.elements import NoteKind
from journeymap.render.slides.cards import SlideCardItem
from journeymap.ui.document import Document
from journeymap.ui.present.audience import AudienceWindow
from journeymap.ui.present.session import Presentation
from tests.ui.window_fixtures import sample_journey

Key = Qt.Key


@pytest.fixture
def document() -> Document:
    doc = Document(sample_journey())
    edit = workshop.new_round(
        doc.journey, name="What hurts", participants=[("Ana", "#d1495b"), ("Bo", None)], dots=2
    )
    doc.push("round", edit.ops)
    doc.undo_stack.setClean()
    return doc


@pytest.fixture
def audience(qtbot: QtBot, document: Document) -> Iterator[AudienceWindow]:
    window = AudienceWindow(Presentation(document), animate=False)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.setFocus()
    yield window


def keys(
    qtbot: QtBot,
    window: AudienceWindow,
    *presses: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    for key in presses:
        qtbot.keyClick(window, key, modifier)


def where(window: AudienceWindow) -> str:
    return window.session.step.key


def test_the_walk_goes_whole_map_each_stage_whole_map_with_every_clicker_key(
    qtbot: QtBot, audience: AudienceWindow
) -> None:
    assert where(audience) == "overview"
    keys(qtbot, audience, Key.Key_Right)
    assert where(audience) == "aware/0"
    keys(qtbot, audience, Key.Key_PageDown)
    assert where(audience) == "buy/0"
    keys(qtbot, audience, Key.Key_Space)
    assert where(audience) == "end"
    keys(qtbot, audience, Key.Key_Space)
    assert where(audience) == "end"  # the walk stops at its end
    keys(qtbot, audience, Key.Key_Left, Key.Key_PageUp)
    assert where(audience) == "aware/0"
    keys(qtbot, audience, Key.Key_End)
    assert where(audience) == "end"
    keys(qtbot, audience, Key.Key_Home)
    assert where(audience) == "overview"


def test_the_view_frames_the_slide_of_the_step(qtbot: QtBot, audience: AudienceWindow) -> None:
    keys(qtbot, audience, Key.Key_2)
    slide = audience.session.rect()
    shown = audience.view.mapToScene(audience.view.viewport().rect()).boundingRect()
    assert shown.contains(slide.adjusted(2, 2, -2, -2)) and slide.contains(shown.center())
    cards = [item for item in audience.view.items() if isinstance(item, SlideCardItem)]
    assert {c.element_id for c in cards} >= {"cart", "receipt", "slow", "oneclick"}
    title_px = 28 * audience.view.transform().m11()
    assert title_px >= 28 * 720 / 1080 - 0.5  # card titles scale with the screen: 24 px and more at 1080p


def test_number_keys_jump_to_a_stage_and_unknown_numbers_do_nothing(
    qtbot: QtBot, audience: AudienceWindow
) -> None:
    keys(qtbot, audience, Key.Key_2)
    assert where(audience) == "buy/0"
    keys(qtbot, audience, Key.Key_1)
    assert where(audience) == "aware/0"
    keys(qtbot, audience, Key.Key_9)
    assert where(audience) == "aware/0"


def test_blackout_with_b_or_period_and_escape_brings_the_picture_back(
    qtbot: QtBot, audience: AudienceWindow
) -> None:
    keys(qtbot, audience, Key.Key_B)
    assert audience.session.blacked and audience.black.isVisible()
    keys(qtbot, audience, Key.Key_Period)
    assert not audience.session.blacked and not audience.black.isVisible()
    keys(qtbot, audience, Key.Key_Period, Key.Key_Escape)
    assert not audience.session.blacked


def test_escape_leaves(qtbot: QtBot, audience: AudienceWindow) -> None:
    with qtbot.waitSignal(audience.session.finished):
        keys(qtbot, audience, Key.Key_Escape)


def card_point(audience: AudienceWindow, ident: str) -> QPoint:
    audience.session.rect()  # after an edit the slides are rebuilt when next shown
    (item,) = [i for i in audience.session.deck.card_items(ident) if i.isVisible()]
    return audience.view.mapFromScene(item.sceneBoundingRect().center())


def test_a_click_zooms_to_a_card_and_a_second_click_zooms_back(
    qtbot: QtBot, audience: AudienceWindow
) -> None:
    keys(qtbot, audience, Key.Key_2)
    slide = audience.session.rect()
    qtbot.mouseClick(audience.view.viewport(), Qt.MouseButton.LeftButton, pos=card_point(audience, "slow"))
    assert audience.session.zoomed == "slow"
    assert audience.view.target.width() < slide.width() * 0.7
    qtbot.mouseClick(audience.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert audience.session.zoomed is None and audience.view.target == slide
    qtbot.mouseClick(audience.view.viewport(), Qt.MouseButton.LeftButton, pos=card_point(audience, "slow"))
    keys(qtbot, audience, Key.Key_Right)  # the next key leaves the card first, then walks on
    assert audience.session.zoomed is None and where(audience) == "buy/0"


def test_n_captures_a_note_on_the_stage_or_the_zoomed_card_and_undo_takes_it_back(
    qtbot: QtBot, audience: AudienceWindow, document: Document
) -> None:
    keys(qtbot, audience, Key.Key_2, Key.Key_N)
    assert audience.capture.isVisible()
    qtbot.keyClick(audience.capture.text, Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # a quote
    qtbot.keyClicks(audience.capture.text, "I want to pay with my phone")
    qtbot.keyClick(audience.capture.text, Key.Key_Return)
    assert not audience.capture.isVisible()
    (note,) = document.journey.notes
    assert (note.stage, note.card, note.kind, note.text) == (
        "buy",
        None,
        NoteKind.QUOTE,
        "I want to pay with my phone",
    )
    qtbot.mouseClick(audience.view.viewport(), Qt.MouseButton.LeftButton, pos=card_point(audience, "cart"))
    keys(qtbot, audience, Key.Key_N)
    assert "Checkout page" in audience.capture.target.text()
    qtbot.keyClicks(audience.capture.text, "Declined twice")
    qtbot.keyClick(audience.capture.text, Key.Key_Return)
    # the box keeps the kind chosen last
    assert [(n.card, n.kind) for n in document.journey.notes] == [
        (None, NoteKind.QUOTE),
        ("cart", NoteKind.QUOTE),
    ]
    document.undo_stack.undo()
    assert len(document.journey.notes) == 1
    keys(qtbot, audience, Key.Key_N)
    qtbot.keyClick(audience.capture.text, Key.Key_Escape)  # Esc closes the box, not the show
    assert not audience.capture.isVisible() and not audience.session.blacked


def test_the_slide_shows_captured_notes_and_the_card_counts_them(
    qtbot: QtBot, audience: AudienceWindow, document: Document
) -> None:
    keys(qtbot, audience, Key.Key_2)
    audience.session.zoom("cart")
    audience.session.capture(NoteKind.PAIN, "Card declined")
    qtbot.wait(10)  # the deck rebuilds once per turn of the event loop
    (card,) = audience.session.deck.card_items("cart")
    assert card.face.notes == ("pain",)
    assert where(audience) == "buy/0"


def test_voting_with_clicks_and_keys_respects_the_allowance_and_undoes(
    qtbot: QtBot, audience: AudienceWindow, document: Document
) -> None:
    keys(qtbot, audience, Key.Key_2, Key.Key_V)
    session = audience.session
    assert session.voting and session.participant_name() == "Ana" and audience.banner.isVisible()
    viewport = audience.view.viewport()
    for _ in range(3):  # the third dot is over Ana's two
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=card_point(audience, "slow"))
    assert [(v.participant, v.element, v.dots) for v in document.journey.votes] == [("p1", "slow", 2)]
    assert "Ana has given all 2 dots" in audience.toast.text()
    keys(qtbot, audience, Key.Key_Tab)
    assert session.participant_name() == "Bo"
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=card_point(audience, "oneclick"))
    (card,) = session.deck.card_items("slow")
    assert len(card.face.dots) == 2
    qtbot.mouseClick(viewport, Qt.MouseButton.RightButton, pos=card_point(audience, "oneclick"))
    assert [v.participant for v in document.journey.votes] == ["p1"]
    document.undo_stack.undo()  # the dot taken back returns
    assert [v.participant for v in document.journey.votes] == ["p1", "p2"]
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert document.journey.votes == []
    keys(qtbot, audience, Key.Key_V)
    assert not session.voting


def test_d_gives_the_zoomed_card_a_dot_and_shift_d_takes_it_back(
    qtbot: QtBot, audience: AudienceWindow, document: Document
) -> None:
    keys(qtbot, audience, Key.Key_2)
    audience.session.zoom("oneclick")
    keys(qtbot, audience, Key.Key_D)
    assert [(v.element, v.dots) for v in document.journey.votes] == [("oneclick", 1)]
    keys(qtbot, audience, Key.Key_D, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert document.journey.votes == []


def test_a_closed_round_takes_no_dots(qtbot: QtBot, audience: AudienceWindow, document: Document) -> None:
    round_id = document.journey.voting_rounds[0].id
    document.push("close", workshop.change_round(document.journey, round_id, closed=True).ops)
    keys(qtbot, audience, Key.Key_2, Key.Key_V)
    assert not audience.session.voting
    assert "Open a voting round first" in audience.toast.text()


def test_l_switches_the_persona_lens_live(qtbot: QtBot, audience: AudienceWindow, document: Document) -> None:
    keys(qtbot, audience, Key.Key_2, Key.Key_L)
    assert document.lens == "ana"
    (card,) = audience.session.deck.card_items("receipt")
    assert not card.face.faded  # for everyone: no personas on it
    (cart,) = audience.session.deck.card_items("cart")
    assert not cart.face.faded
    keys(qtbot, audience, Key.Key_L)
    assert document.lens == "bo"
    assert audience.session.deck.card_items("cart")[0].face.faded
    keys(qtbot, audience, Key.Key_L)
    assert document.lens is None


def test_view_present_f5_opens_the_show_over_the_editor_and_esc_returns(qtbot: QtBot) -> None:
    from journeymap.ui.window.main_window import MainWindow

    window = MainWindow(Document(sample_journey()))
    qtbot.addWidget(window)
    window.show()
    assert [a.shortcut().toString() for a in (window.presenting.present, window.presenting.present_here)] == [
        "F5",
        "Shift+F5",
    ]
    assert "Present" in [a.text().replace("&", "") for a in window.actions_.view_menu.actions()]
    window.document.selection.set(["slow"])  # Shift+F5 starts at the selected card's stage
    window.presenting.present_here.trigger()
    showing = window.presenting.showing
    assert showing is not None and showing.session.step.key == "buy/0"
    qtbot.addWidget(showing.audience)
    qtbot.keyClick(showing.audience, Qt.Key.Key_Escape)
    assert window.presenting.showing is None and not showing.audience.isVisible()


def test_d_gives_the_card_under_the_pointer_a_dot_when_none_is_zoomed(
    qtbot: QtBot, audience: AudienceWindow, document: Document
) -> None:
    """Found in a facilitator's run: with voting on and no card zoomed, D only said "Click a
    card"; a presenter pointing at a card with the mouse means that card."""
    keys(qtbot, audience, Key.Key_2, Key.Key_V)
    QCursor.setPos(audience.view.viewport().mapToGlobal(card_point(audience, "oneclick")))
    keys(qtbot, audience, Key.Key_D)
    assert [(v.element, v.dots) for v in document.journey.votes] == [("oneclick", 1)]
    keys(qtbot, audience, Key.Key_D, modifier=Qt.KeyboardModifier.ShiftModifier)
    assert document.journey.votes == []
    QCursor.setPos(audience.view.viewport().mapToGlobal(QPoint(3, 3)))  # on no card
    keys(qtbot, audience, Key.Key_D)
    assert document.journey.votes == [] and "Click a card" in audience.toast.text()
