"""A facilitator's workshop, as the editor shows it afterwards: notes captured and dots given
while presenting (F5, N, V, clicks, Esc) show on the editor's canvas, on the cards and the
stage they were given to, and follow the Workshop panel's conversions and undo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from journeymap.model import workshop
from journeymap.model.elements import Lane, LaneKind, NoteKind
from journeymap.model.operations import Add
from journeymap.render.items.cards import CardItem
from journeymap.render.items.headers import StageHeader
from journeymap.ui.panels.workshop import WorkshopPanel
from journeymap.ui.present.audience import AudienceWindow
from journeymap.ui.window.main_window import MainWindow
from tests.render.test_comments import painted
from tests.ui.window_fixtures import shown_window

Key = Qt.Key
LEFT = Qt.MouseButton.LeftButton


def workshop_window(qtbot: QtBot) -> MainWindow:
    window: MainWindow = shown_window(qtbot)
    document = window.document
    lanes = [
        Lane(id="pains", name="Pain points", kind=LaneKind.PAIN_POINTS),
        Lane(id="ideas", name="Ideas", kind=LaneKind.OPPORTUNITIES),
    ]
    document.push("lanes", [Add(lane) for lane in lanes])
    people = [("Ana", "#d1495b"), ("Bo", None)]
    document.push("round", workshop.new_round(document.journey, name="Fix first", participants=people).ops)
    document.undo_stack.clear()
    return window


def card(window: MainWindow, ident: str) -> CardItem:
    item = window.view.journey_scene.item_for(ident)
    assert isinstance(item, CardItem)
    return item


def on_slide(audience: AudienceWindow, ident: str) -> QPoint:
    audience.session.rect()
    (item,) = [i for i in audience.session.deck.card_items(ident) if i.isVisible()]
    return audience.view.mapFromScene(item.sceneBoundingRect().center())


def present(qtbot: QtBot, window: MainWindow) -> AudienceWindow:
    """F5 pressed on the active editor window (a window shortcut: the key goes to the window)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    qtbot.keyClick(handle, Key.Key_F5)
    showing = window.presenting.showing
    assert showing is not None
    audience = showing.audience
    qtbot.addWidget(audience)
    qtbot.waitExposed(audience)
    audience.setFocus()
    return audience


def test_notes_and_dots_from_the_room_show_on_the_editors_canvas_and_follow_undo(qtbot: QtBot) -> None:
    window = workshop_window(qtbot)
    document = window.document
    cart, slow = card(window, "cart"), card(window, "slow")
    assert cart.content.notes == () and slow.content.dots is None

    audience = present(qtbot, window)
    qtbot.keyClick(audience, Key.Key_2)  # Purchase
    qtbot.keyClick(audience, Key.Key_N)
    qtbot.keyClicks(audience.capture.text, "Nobody reads the delivery terms")
    qtbot.keyClick(audience.capture.text, Key.Key_Return)
    viewport = audience.view.viewport()
    qtbot.mouseClick(viewport, LEFT, pos=on_slide(audience, "cart"))  # zoom to the card
    qtbot.keyClick(audience, Key.Key_N)
    qtbot.keyClick(audience.capture.text, Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # a pain
    qtbot.keyClicks(audience.capture.text, "Card declined twice")
    qtbot.keyClick(audience.capture.text, Key.Key_Return)
    qtbot.mouseClick(viewport, LEFT, pos=QPoint(5, 5))  # back to the stage
    qtbot.keyClick(audience, Key.Key_V)
    for _ in range(2):
        qtbot.mouseClick(viewport, LEFT, pos=on_slide(audience, "slow"))
    qtbot.keyClick(audience, Key.Key_Tab)  # Bo
    qtbot.mouseClick(viewport, LEFT, pos=on_slide(audience, "slow"))
    with qtbot.waitSignal(audience.session.finished):
        qtbot.keyClick(audience, Key.Key_Escape)

    assert [(n.card, n.kind) for n in document.journey.notes] == [
        (None, NoteKind.IDEA),
        ("cart", NoteKind.PAIN),
    ]
    assert card(window, "cart") is cart and card(window, "slow") is slow  # kept in step, not rebuilt
    assert [n.text for n in cart.content.notes] == ["Card declined twice"]
    assert painted(cart).note_mark is not None
    assert "• Pain: Card declined twice" in cart.toolTip()
    header = window.view.journey_scene.item_for("buy")
    assert isinstance(header, StageHeader) and header.note_mark_rect() is not None
    assert "Nobody reads the delivery terms" in header.toolTip()
    assert slow.content.dots is not None and slow.content.dots.count == 3
    assert painted(slow).dots_mark is not None
    assert "3 dots in “Fix first”: Ana 2, Bo 1" in slow.toolTip()

    dock = window.workshop_dock
    dock.show()
    panel = dock.panel()
    assert isinstance(panel, WorkshopPanel)
    tree = panel.notes.tree
    for row in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(row)
        assert item is not None
        item.setSelected(item.text(1) == "Card declined twice")
    qtbot.mouseClick(panel.notes.buttons["pain_point"], LEFT)
    assert cart.content.notes == () and painted(cart).note_mark is None
    made = [p for p in document.journey.pain_points if p.title == "Card declined twice"]
    assert len(made) == 1 and isinstance(window.view.journey_scene.item_for(made[0].id), CardItem)
    assert cart.content.pains == 2  # the new pain point is about the card

    steps = document.undo_stack.index()
    handle = window.windowHandle()
    assert handle is not None
    window.view.setFocus()
    qtbot.keyClick(handle, Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert document.undo_stack.index() == steps - 1
    assert [n.text for n in cart.content.notes] == ["Card declined twice"] and cart.content.pains == 1
    while document.undo_stack.canUndo():
        document.undo_stack.undo()
    assert cart.content.notes == () and slow.content.dots is None and header.note_mark_rect() is None
