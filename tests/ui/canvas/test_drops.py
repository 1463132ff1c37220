"""Drops on the canvas: a persona onto a card assigns it in one step; a .journey file goes
on to the window, which opens it. Drags are delivered through the native window, as the
window system does (Qt finds the widget under the cursor)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from journeymap.model.elements import Persona
from journeymap.model.journey import Journey
from journeymap.model.operations import Add
from journeymap.ui.panels.personas.io import personas_mime
from journeymap.ui.window.main_window import MainWindow
from journeymap.ui.window.settings import set_application_identity
from tests.ui.canvas.canvas_support import (
    Canvas,
    center_of,
    empty_spot,
    make_canvas,
    one_undoable_step,
    sample_journey,
)
from tests.ui.window_fixtures import write_sample

COPY = Qt.DropAction.CopyAction
NO_BUTTON, NO_MOD = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier


def journey_with_personas() -> Journey:
    journey = sample_journey()
    journey.apply(Add(Persona(id="ana", name="Ana")))
    journey.apply(Add(Persona(id="bo", name="Bo")))
    return journey


def persona_mime(journey: Journey, *ids: str) -> QMimeData:
    return personas_mime([journey[i] for i in ids])  # type: ignore[misc]


class Drag:
    """One drag over a widget's window: enter, moves, then drop or leave."""

    def __init__(self, over: QWidget, mime: QMimeData) -> None:
        self.over, self.mime = over, mime
        self.handle = over.window().windowHandle()

    def _where(self, pos: QPoint) -> QPoint:
        return self.over.mapTo(self.over.window(), pos)

    def enter(self, pos: QPoint) -> bool:
        event = QDragEnterEvent(self._where(pos), COPY, self.mime, NO_BUTTON, NO_MOD)
        QApplication.sendEvent(self.handle, event)
        return event.isAccepted()

    def move(self, pos: QPoint) -> bool:
        event = QDragMoveEvent(self._where(pos), COPY, self.mime, NO_BUTTON, NO_MOD)
        QApplication.sendEvent(self.handle, event)
        return event.isAccepted()

    def drop(self, pos: QPoint) -> bool:
        event = QDropEvent(QPointF(self._where(pos)), COPY, self.mime, NO_BUTTON, NO_MOD)
        QApplication.sendEvent(self.handle, event)
        return event.isAccepted()


def drop_persona(canvas: Canvas, mime: QMimeData, target: QPoint) -> Drag:
    drag = Drag(canvas.viewport, mime)
    assert drag.enter(empty_spot(canvas.view, "s3", "web"))
    assert drag.move(target)
    drag.drop(target)
    return drag


def test_drop_a_persona_on_a_touchpoint_assigns_it_in_one_step(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, journey_with_personas())
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    drag = Drag(canvas.viewport, persona_mime(canvas.journey, "ana"))
    assert drag.enter(empty_spot(canvas.view, "s3", "web"))  # taken, to follow the moves
    assert not drag.move(empty_spot(canvas.view, "s3", "web"))  # no card there: refused
    assert canvas.view.drops.target is None
    assert drag.move(center_of(canvas.view, "t2"))
    assert canvas.view.drops.target == "t2"  # the card is outlined while the drag is over it
    canvas.view.viewport().repaint()
    assert drag.drop(center_of(canvas.view, "t2"))
    assert canvas.journey["t2"].personas == ("ana",)
    assert canvas.view.drops.target is None
    one_undoable_step(canvas, before, steps)


def test_drop_two_personas_on_a_pain_point_is_one_step_and_again_changes_nothing(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, journey_with_personas())
    before, steps = canvas.journey.snapshot(), canvas.document.undo_stack.count()
    mime = persona_mime(canvas.journey, "ana", "bo")
    drop_persona(canvas, mime, center_of(canvas.view, "p1"))
    assert canvas.journey["p1"].personas == ("ana", "bo")
    after = one_undoable_step(canvas, before, steps)
    drop_persona(canvas, mime, center_of(canvas.view, "p1"))
    assert canvas.journey.snapshot() == after and canvas.document.undo_stack.count() == steps + 1


def test_a_persona_cannot_be_dropped_on_a_header(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, journey_with_personas())
    before = canvas.journey.snapshot()
    drag = Drag(canvas.viewport, persona_mime(canvas.journey, "ana"))
    assert drag.enter(center_of(canvas.view, "s1"))
    assert not drag.move(center_of(canvas.view, "s1"))
    assert not drag.drop(center_of(canvas.view, "s1"))
    assert canvas.journey.snapshot() == before


def test_a_dropped_persona_missing_from_the_map_is_reported(qtbot: QtBot) -> None:
    canvas = make_canvas(qtbot, journey_with_personas())
    mime = persona_mime(canvas.journey, "ana")
    canvas.view.document.replace(sample_journey(), None)  # another map without Ana
    before = canvas.journey.snapshot()
    with qtbot.waitSignal(canvas.view.editor.problem_reported) as reported:
        drop_persona(canvas, mime, center_of(canvas.view, "t1"))
    assert "ana" in reported.args[0]
    assert canvas.journey.snapshot() == before
    assert canvas.view.messages.isVisible()


def test_the_bare_view_does_not_take_a_file_drop(qtbot: QtBot, tmp_path: Path) -> None:
    canvas = make_canvas(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(write_sample(tmp_path / "map.journey")))])
    assert not Drag(canvas.viewport, mime).enter(empty_spot(canvas.view, "s1", "web"))


def test_a_journey_file_dropped_on_the_canvas_reaches_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    """Delivered to the viewport itself (not through the window's native-window watch):
    the view ignores the file, so Qt passes the drag to the window, which opens it."""
    set_application_identity()
    window = MainWindow()
    qtbot.addWidget(window, before_close_func=lambda w: w.document.undo_stack.setClean())
    window.show()
    qtbot.waitExposed(window)
    path = write_sample(tmp_path / "dropped.journey", title="Dropped on the canvas")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    viewport = window.view.viewport()
    where = viewport.rect().center()
    enter = QDragEnterEvent(where, COPY, mime, NO_BUTTON, NO_MOD)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(QPointF(where), COPY, mime, NO_BUTTON, NO_MOD))
    assert window.document.journey.info.title == "Dropped on the canvas"
