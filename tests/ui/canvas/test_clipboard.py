"""Copy, cut, paste and duplicate on the canvas: within a map, into a second open map,
as text for other programs, and text from other programs; each paste is one step."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from journeymap.model.data import JourneyData
from journeymap.model.elements import Lane, Stage
from journeymap.model.journey import Journey
from journeymap.ui.canvas.editor import FRAGMENT_MIME
from tests.ui.canvas.canvas_support import (
    center_of,
    click,
    empty_spot,
    key,
    make_canvas,
    one_undoable_step,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def test_copy_puts_a_fragment_and_plain_text_on_the_clipboard(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "t3"))
    key(qtbot, canvas, Qt.Key.Key_C, CTRL)
    mime = QGuiApplication.clipboard().mimeData()
    payload = json.loads(bytes(mime.data(FRAGMENT_MIME).data()))
    assert payload["format"] == "journeymap-fragment" and payload["version"] == 1
    assert [t["id"] for t in payload["touchpoints"]] == ["t3"]
    assert mime.text() == "Buy\n  Web\n    - Checkout\n"


def test_copy_a_card_and_paste_it_into_the_selected_cell(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "t1"))
    key(qtbot, canvas, Qt.Key.Key_C, CTRL)
    click(qtbot, canvas, empty_spot(canvas.view, "s3", "mail"))
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_V, CTRL)
    (copy,) = canvas.journey.touchpoints_in("s3", "mail")
    assert copy.title == "Search ad" and copy.id != "t1"
    assert canvas.document.selection.ids == [copy.id]
    one_undoable_step(canvas, before, steps)


def test_paste_into_a_second_open_map(qtbot: QtBot) -> None:
    first = make_canvas(qtbot)
    click(qtbot, first, center_of(first.view, "t2"))
    click(qtbot, first, center_of(first.view, "t3"), CTRL)
    key(qtbot, first, Qt.Key.Key_C, CTRL)
    other = Journey(
        JourneyData(
            stages=(Stage(id="a", name="Reach"), Stage(id="b", name="Convert")),
            lanes=(
                Lane(id="x", name="Social", channel="social"),
                Lane(id="y", name="Store", channel="store"),
            ),
        )
    )
    second = make_canvas(qtbot, other)
    click(qtbot, second, empty_spot(second.view, "b", "y"))
    before, steps = second.journey.snapshot(), second.document.undo_stack.count()
    key(qtbot, second, Qt.Key.Key_V, CTRL)
    pasted = second.journey.touchpoints_in("b", "y")
    assert [t.title for t in pasted] == ["Landing page", "Checkout"]
    (flow,) = second.journey.flows  # the flow between the two copied cards came along
    assert (flow.source, flow.target) == (pasted[0].id, pasted[1].id)
    assert "t2" in first.journey and len(first.journey.touchpoints) == 4
    one_undoable_step(second, before, steps)


def test_copy_a_stage_and_paste_after_the_selected_stage(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "s1"))
    key(qtbot, canvas, Qt.Key.Key_C, CTRL)
    click(qtbot, canvas, center_of(canvas.view, "s3"))
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_V, CTRL)
    stages = canvas.journey.stages
    assert [s.name for s in stages] == ["Aware", "Buy", "Stay", "Aware"]
    assert [t.title for t in canvas.journey.touchpoints_in(stages[3].id, "web")] == [
        "Search ad",
        "Landing page",
    ]
    assert canvas.journey["notes"].cells[stages[3].id] == "first"
    one_undoable_step(canvas, before, steps)


def test_cut_removes_and_paste_brings_back_in_another_cell(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "t4"))
    key(qtbot, canvas, Qt.Key.Key_X, CTRL)
    assert "t4" not in canvas.journey
    click(qtbot, canvas, empty_spot(canvas.view, "s3", "web"))
    key(qtbot, canvas, Qt.Key.Key_V, CTRL)
    assert [t.title for t in canvas.journey.touchpoints_in("s3", "web")] == ["Receipt"]
    assert canvas.document.undo_stack.count() == 2


def test_duplicate_with_ctrl_d(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    click(qtbot, canvas, center_of(canvas.view, "p1"))
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    key(qtbot, canvas, Qt.Key.Key_D, CTRL)
    copies = [p for p in canvas.journey.pain_points if p.id != "p1"]
    assert [(p.title, p.stage, p.touchpoints) for p in copies] == [("Slow", "s2", ("t3",))]
    one_undoable_step(canvas, before, steps)


def test_text_from_another_program_pastes_as_one_card_per_line(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    mime = QMimeData()
    mime.setText("- Store visit\n\n- Phone call  \n")
    QGuiApplication.clipboard().setMimeData(mime)
    click(qtbot, canvas, empty_spot(canvas.view, "s3", "mail"))
    key(qtbot, canvas, Qt.Key.Key_V, CTRL)
    assert [t.title for t in canvas.journey.touchpoints_in("s3", "mail")] == ["Store visit", "Phone call"]
    assert canvas.document.undo_stack.count() == 1


def test_a_broken_fragment_is_reported_and_changes_nothing(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot)
    mime = QMimeData()
    mime.setData(FRAGMENT_MIME, b'{"format": "journeymap-fragment", "version": 7}')
    QGuiApplication.clipboard().setMimeData(mime)
    before = canvas.journey.snapshot()
    with qtbot.waitSignal(canvas.view.editor.problem_reported) as problem:
        key(qtbot, canvas, Qt.Key.Key_V, CTRL)
    assert "version" in problem.args[0]
    assert canvas.journey.snapshot() == before and canvas.document.undo_stack.count() == 0
