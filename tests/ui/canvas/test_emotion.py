"""The emotion of a touchpoint is set on the canvas: drag its point on the curve, or keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from pytestqt.qtbot import QtBot

from journeymap.model.data import JourneyData
from journeymap.model.elements import Lane, LaneKind, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.render.items.emotion import EmotionCurve
from tests.ui.canvas.canvas_support import center_of, click, drag, key, make_canvas, one_undoable_step

CTRL = Qt.KeyboardModifier.ControlModifier


def feeling_map() -> Journey:
    return Journey(
        JourneyData(
            stages=(Stage(id="s1", name="Aware"), Stage(id="s2", name="Buy")),
            lanes=(
                Lane(id="web", name="Web", channel="web"),
                Lane(id="feel", name="Emotion", kind=LaneKind.EMOTION),
            ),
            touchpoints=(
                Touchpoint(id="t1", stage="s1", lane="web", title="Search ad", emotion=0),
                Touchpoint(id="t2", stage="s2", lane="web", title="Checkout", emotion=1),
            ),
        )
    )


def _curve(canvas) -> EmotionCurve:  # type: ignore[no-untyped-def]
    (curve,) = canvas.view.journey_scene.emotion_curves()
    return curve


def _point(canvas, ident: str) -> QPoint:  # type: ignore[no-untyped-def]
    curve = _curve(canvas)
    at = curve.point_of(ident)
    assert at is not None
    return canvas.view.mapFromScene(curve.mapToScene(at))


def _level(canvas, emotion: int, x: int) -> QPoint:  # type: ignore[no-untyped-def]
    curve = _curve(canvas)
    y = curve.mapToScene(QPointF(0.0, curve.y_of(emotion))).y()
    return QPoint(x, canvas.view.mapFromScene(QPointF(0.0, y)).y())


@pytest.mark.parametrize(("emotion"), [-2, 2])
def test_dragging_a_point_on_the_curve_sets_the_emotion(qtbot: QtBot, emotion: int) -> None:
    canvas = make_canvas(qtbot, feeling_map())
    canvas.view.ensureVisible(_curve(canvas).sceneBoundingRect())
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    start = _point(canvas, "t1")
    drag(qtbot, canvas, start, _level(canvas, emotion, start.x()))
    assert canvas.journey["t1"].emotion == emotion
    assert canvas.document.selection.ids == ["t1"]
    one_undoable_step(canvas, before, steps)


def test_a_click_on_a_point_selects_and_escape_cancels_a_drag(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, feeling_map())
    before = canvas.journey.snapshot()
    start = _point(canvas, "t2")
    click(qtbot, canvas, start)
    assert canvas.document.selection.ids == ["t2"]
    drag(qtbot, canvas, start, _level(canvas, -2, start.x()), release=False)
    key(qtbot, canvas, Qt.Key.Key_Escape)
    qtbot.mouseRelease(canvas.viewport, Qt.MouseButton.LeftButton, pos=_level(canvas, -2, start.x()))
    assert canvas.journey.snapshot() == before


def test_keys_make_a_selected_card_happier_or_sadder_in_one_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, feeling_map())
    click(qtbot, canvas, center_of(canvas.view, "t2"))
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_Up, CTRL)
    assert canvas.journey["t2"].emotion == 2
    key(qtbot, canvas, Qt.Key.Key_Up, CTRL)  # the top of the scale
    assert canvas.journey["t2"].emotion == 2
    for _ in range(3):
        key(qtbot, canvas, Qt.Key.Key_Down, CTRL)
    assert canvas.journey["t2"].emotion == -1
    one_undoable_step(canvas, before, steps)


def test_the_emotion_lane_header_shows_the_five_faces(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, feeling_map())
    curve = _curve(canvas)
    header = canvas.view.journey_scene.item_for("feel")
    assert curve.faces.parentItem() is header
    centers = curve.faces.centers()
    assert [emotion for emotion, _ in centers] == [-2, -1, 0, 1, 2]
    for emotion, center in centers:  # each face at the height of its guide on the curve
        scene_y = curve.faces.mapToScene(center).y()
        assert abs(scene_y - curve.mapToScene(QPointF(0, curve.y_of(emotion))).y()) < 0.5
        assert header.body().contains(center)
