"""The slides count the room's notes on a sticky split by the notes' kinds, in the colours
the canvas uses (model.workshop_look): a card with a pain and an idea shows pink and
yellow paper, a stage tile of the whole map the same; nothing is written on plain yellow
when no idea was said."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage
from pytestqt.qtbot import QtBot

from journeymap.model.workshop_look import NOTE_PAPER
from journeymap.model.workshop_records import NoteKind
from journeymap.render.slides.cards import PAD, NoteItem
from journeymap.render.slides.look import NOTE_PX
from journeymap.ui.present.audience import AudienceWindow
from tests.ui.present.rooms import room

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def papers(image: QImage) -> set[NoteKind]:
    """The kinds whose note paper shows anywhere on ``image``."""
    wanted = {QColor(paper).rgb(): kind for kind, paper in NOTE_PAPER.items()}
    found: set[NoteKind] = set()
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            kind = wanted.get(image.pixel(x, y))
            if kind is not None:
                found.add(kind)
    return found


def capture(qtbot: QtBot, window: AudienceWindow, kind_key: Qt.Key, text: str) -> None:
    qtbot.keyClick(window, Key.Key_N)
    qtbot.keyClick(window.capture.text, kind_key, CTRL)
    qtbot.keyClicks(window.capture.text, text)
    qtbot.keyClick(window.capture.text, Key.Key_Return)
    window.setFocus()


def test_note_counts_on_the_slides_are_split_by_kind_in_the_canvas_colours(qtbot: QtBot) -> None:
    window = room(qtbot, 1280, 720, active=True)
    qtbot.keyClick(window, Key.Key_2)  # Purchase
    (item,) = window.session.deck.card_items("cart")
    at = window.view.mapFromScene(item.sceneBoundingRect().center())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at)  # zoom to the card
    capture(qtbot, window, Key.Key_1, "Card declined twice")  # a pain
    capture(qtbot, window, Key.Key_1, "No PayPal")  # a pain
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # back out
    qtbot.wait(10)  # the deck rebuilds once per turn of the event loop
    (item,) = [i for i in window.session.deck.card_items("cart") if i.isVisible()]
    assert item.face.notes == ("pain", "pain")

    def card_picture() -> QImage:
        (shown,) = [i for i in window.session.deck.card_items("cart") if i.isVisible()]
        rect = window.view.mapFromScene(shown.sceneBoundingRect()).boundingRect()
        return window.view.viewport().grab(rect).toImage()

    assert papers(card_picture()) == {NoteKind.PAIN}  # no plain yellow for two pains
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    capture(qtbot, window, Key.Key_2, "Pay with the phone")  # an idea
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.wait(10)
    assert papers(card_picture()) == {NoteKind.PAIN, NoteKind.IDEA}

    qtbot.keyClick(window, Key.Key_Home)  # the whole map: the stage tile counts its notes
    qtbot.wait(10)
    (tile,) = [i for i in window.view.scene().items() if getattr(i, "element_id", "") == "buy" and i.isVisible()]
    rect = window.view.mapFromScene(tile.sceneBoundingRect()).boundingRect()
    assert papers(window.view.viewport().grab(rect).toImage()) == {NoteKind.PAIN, NoteKind.IDEA}


def test_a_note_on_the_stage_slide_shows_two_lines_of_what_was_said(qtbot: QtBot) -> None:
    """The room's words get the note's height: the kind, who said it and where share the last
    line, so a sentence reads on two lines at 1080p instead of being cut after a few words."""
    window = room(qtbot, 1920, 1080)
    qtbot.keyClick(window, Key.Key_2)
    said = "People phone us to ask whether a payment went through"
    qtbot.keyClick(window, Key.Key_N)  # an idea, as the box starts
    qtbot.keyClicks(window.capture.text, said)
    qtbot.keyClick(window.capture.text, Key.Key_Return)
    qtbot.wait(10)
    (note,) = [i for i in window.view.scene().items() if isinstance(i, NoteItem) and i.isVisible()]
    assert note.face.text == said and note.face.label == "Idea"
    line = QFontMetricsF(window.session.deck.look.font(NOTE_PX, medium=True)).height()
    assert note.words.height >= 2 * line - 1  # two lines of words
    assert note.words.text == said  # whole: it fits two lines of a note's width
    assert PAD - 4 + note.words.height <= note.footer_top  # above the kind and who said it
    assert note.footer_top + note.source.height <= note.boundingRect().height()
