"""Stage flows drawn with Shift+drag between stage headers, and refused edits said on the
canvas itself (a toast at the bottom of the view that fades)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeymap.ui.canvas.interactions import NewFlowInteraction
from tests.ui.canvas.canvas_support import (
    Canvas,
    center_of,
    drag,
    empty_spot,
    make_canvas,
    one_undoable_step,
    sample_journey,
)

LEFT = Qt.MouseButton.LeftButton
SHIFT = Qt.KeyboardModifier.ShiftModifier


def shift_drag(qtbot: QtBot, canvas: Canvas, start: QPoint, end: QPoint, *, release: bool = True) -> None:
    viewport = canvas.viewport
    qtbot.mousePress(viewport, LEFT, SHIFT, start)
    for step in range(1, 7):
        QTest.mouseMove(viewport, start + (end - start) * (step / 6))
    if release:
        qtbot.mouseRelease(viewport, LEFT, SHIFT, end)


def stage_flows(canvas: Canvas) -> list[tuple[str, str]]:
    return [(f.source, f.target) for f in canvas.journey.flows if canvas.journey.kind_of(f.source) == "stage"]


def test_shift_drag_from_a_stage_header_to_another_makes_a_stage_flow(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    shift_drag(qtbot, canvas, center_of(canvas.view, "s1"), center_of(canvas.view, "s2"), release=False)
    interaction = canvas.view._interaction
    assert isinstance(interaction, NewFlowInteraction) and interaction.target == "s2" and interaction.valid
    canvas.view.viewport().repaint()  # the dashed preview arrow paints
    qtbot.mouseRelease(canvas.viewport, LEFT, SHIFT, center_of(canvas.view, "s2"))
    assert stage_flows(canvas) == [("s1", "s2")]
    assert [s.id for s in canvas.journey.stages] == ["s1", "s2", "s3"]  # not a reorder
    one_undoable_step(canvas, before, steps)


def test_the_loop_back_from_the_last_stage_can_end_anywhere_in_the_first_column(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    shift_drag(qtbot, canvas, center_of(canvas.view, "s3"), empty_spot(canvas.view, "s1", "mail"))
    assert stage_flows(canvas) == [("s3", "s1")]


def test_a_plain_header_drag_still_reorders(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    drag(qtbot, canvas, center_of(canvas.view, "s1"), center_of(canvas.view, "s3"))
    assert [s.id for s in canvas.journey.stages] == ["s2", "s3", "s1"]
    assert stage_flows(canvas) == []


def test_a_refused_flow_is_said_on_the_canvas_and_the_message_fades(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    shift_drag(qtbot, canvas, center_of(canvas.view, "s1"), center_of(canvas.view, "s2"))
    steps = canvas.document.undo_stack.count()
    messages = canvas.view.messages
    messages.duration_ms = 150
    assert not messages.isVisible()
    shift_drag(qtbot, canvas, center_of(canvas.view, "s1"), center_of(canvas.view, "s2"))  # again
    assert canvas.document.undo_stack.count() == steps
    assert messages.isVisible() and "already connected" in messages.text()
    viewport = canvas.view.viewport().geometry()
    box = messages.geometry()
    assert viewport.contains(box) and viewport.bottom() - box.bottom() < 40  # at the bottom
    assert abs(box.center().x() - viewport.center().x()) <= 2  # centred
    qtbot.waitUntil(lambda: not messages.isVisible(), timeout=3000)


def test_messages_follow_the_maps_reading_direction(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, sample_journey(rtl=True))
    canvas.view.editor.problem_reported.emit("لا يمكن")
    assert canvas.view.messages.isVisible()
    assert canvas.view.messages.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_a_stage_flow_to_a_card_is_refused_with_a_message(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    before = canvas.journey.snapshot()
    canvas.view.editor.add_flow("s1", "t3")
    assert canvas.journey.snapshot() == before
    text = canvas.view.messages.text()
    assert "two touchpoints or two stages" in text
    assert text.startswith("“Aware”:")  # the stage by its name, not its id
