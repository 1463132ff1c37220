"""New things follow the selection, driven with real clicks and keys on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from journeymap.model.elements import Channel, Lane, LaneKind, Opportunity, PainPoint
from tests.ui.canvas.canvas_support import center_of, click, key, make_canvas, one_undoable_step

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_pain_point_added_on_a_selected_touchpoint_is_about_it(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "t1"))  # Search ad, in stage s1
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_P, CTRL_SHIFT)
    editor = canvas.view.inline_editor
    assert editor is not None
    qtbot.keyClicks(editor, "Ad promises free delivery")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    (new,) = [p for p in canvas.journey.pain_points if p.id != "p1"]
    assert isinstance(new, PainPoint)
    assert new.title == "Ad promises free delivery"
    assert new.touchpoints == ("t1",) and new.stage == "s1"
    one_undoable_step(canvas, before, steps)


def test_an_opportunity_added_on_a_selected_pain_point_answers_it(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "p1"))
    key(qtbot, canvas, Qt.Key.Key_O, CTRL_SHIFT)  # the map has no opportunity lane: it comes too
    editor = canvas.view.inline_editor
    assert editor is not None
    qtbot.keyClicks(editor, "Faster payment page")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    (new,) = canvas.journey.opportunities
    assert isinstance(new, Opportunity)
    assert new.pain_points == ("p1",) and new.stage == "s2" and new.title == "Faster payment page"


def test_a_lane_added_below_a_channel_lane_is_a_channel_named_by_its_name(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "web"))  # the Web lane's header
    key(qtbot, canvas, Qt.Key.Key_L, CTRL_SHIFT)
    editor = canvas.view.inline_editor
    assert editor is not None
    qtbot.keyClicks(editor, "Chat")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    lanes = canvas.journey.lanes
    new = lanes[1]
    assert isinstance(new, Lane) and new.name == "Chat"
    assert new.kind == LaneKind.CHANNEL and new.channel == Channel.CHAT
    assert lanes[0].id == "web"


def test_enter_saves_the_name_and_closes_the_editor(qtbot: QtBot) -> None:
    """Enter after typing a name (stage, lane, card) saves it and leaves the editor closed;
    it does not open again with the text selected."""
    canvas = make_canvas(qtbot)
    for ident, name, field in (
        ("t2", "Home page", "title"),
        ("s2", "Kaufen", "name"),
        ("mail", "Post", "name"),
    ):
        click(qtbot, canvas, center_of(canvas.view, ident))
        key(qtbot, canvas, Qt.Key.Key_F2)
        editor = canvas.view.inline_editor
        assert editor is not None
        qtbot.keyClicks(editor, name)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        assert getattr(canvas.journey[ident], field) == name
        assert canvas.view.inline_editor is None
        assert canvas.view.hasFocus()
