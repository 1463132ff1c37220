"""Shared set-up for the canvas tests (no tests here): a small map, a shown view with its
actions, and helpers that find real item positions and drive the viewport with QTest."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Flow,
    JourneyInfo,
    Lane,
    LaneKind,
    PainPoint,
    Stage,
    Touchpoint,
)
from journeymap.model.journey import Journey
from journeymap.ui.canvas.actions import EditActions
from journeymap.ui.canvas.view import JourneyView
from journeymap.ui.document import Document

LEFT = Qt.MouseButton.LeftButton
NO_MOD = Qt.KeyboardModifier.NoModifier


def sample_journey(*, rtl: bool = False) -> Journey:
    return Journey(
        JourneyData(
            journey=JourneyInfo(title="Test map", direction="rtl" if rtl else "ltr"),
            stages=(Stage(id="s1", name="Aware"), Stage(id="s2", name="Buy"), Stage(id="s3", name="Stay")),
            lanes=(
                Lane(id="web", name="Web", channel="web"),
                Lane(id="mail", name="Email", channel="email"),
                Lane(id="notes", name="Notes", kind=LaneKind.TEXT, cells={"s1": "first"}),
                Lane(id="pains", name="Pains", kind=LaneKind.PAIN_POINTS),
            ),
            touchpoints=(
                Touchpoint(id="t1", stage="s1", lane="web", title="Search ad"),
                Touchpoint(id="t2", stage="s1", lane="web", title="Landing page"),
                Touchpoint(id="t3", stage="s2", lane="web", title="Checkout"),
                Touchpoint(id="t4", stage="s2", lane="mail", title="Receipt"),
            ),
            pain_points=(PainPoint(id="p1", stage="s2", title="Slow", touchpoints=("t3",)),),
            flows=(Flow(id="f1", source="t2", target="t3"),),
        )
    )


@dataclass
class Canvas:
    document: Document
    view: JourneyView
    actions: EditActions

    @property
    def viewport(self):  # type: ignore[no-untyped-def]
        return self.view.viewport()

    @property
    def journey(self) -> Journey:
        return self.document.journey


def make_canvas(qtbot: QtBot, journey: Journey | None = None) -> Canvas:
    document = Document(journey if journey is not None else sample_journey())
    view = JourneyView(document)
    actions = EditActions(document, view)
    qtbot.addWidget(view)
    view.resize(1500, 1000)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.centerOn(view.journey_scene.sceneRect().center())
    return Canvas(document, view, actions)


def to_viewport(view: JourneyView, scene_point: QPointF) -> QPoint:
    point = view.mapFromScene(scene_point)
    assert view.viewport().rect().contains(point), f"{scene_point} is off screen"
    return point


def center_of(view: JourneyView, ident: str) -> QPoint:
    rect = view.journey_scene.element_rect(ident)
    assert not rect.isEmpty(), ident
    return to_viewport(view, rect.center())


def empty_spot(view: JourneyView, stage: str, lane: str) -> QPoint:
    """A point of the cell with no card, header or flow on it."""
    rect = view.cell_rect(stage, lane)
    scene = view.journey_scene
    for j in range(30, -1, -1):  # from the bottom up: cells fill from the top
        for i in (15, 5, 25):
            point = QPointF(rect.left() + rect.width() * i / 30, rect.top() + rect.height() * j / 30)
            if scene.element_at(point) is None and scene.cell_at(point) == (stage, lane):
                return to_viewport(view, point)
    raise AssertionError(f"no empty spot in {stage}/{lane}")


def handle_of(view: JourneyView, ident: str) -> QPoint:
    """A point on the card's flow handle, found through the scene's own hit test."""
    rect = view.journey_scene.element_rect(ident)
    for i in range(41):
        for j in range(21):
            point = QPointF(rect.left() + rect.width() * i / 40, rect.top() + rect.height() * j / 20)
            if view.journey_scene.flow_handle_at(point) == ident:
                return to_viewport(view, point)
    raise AssertionError(f"no flow handle on {ident}")


def click(qtbot: QtBot, canvas: Canvas, pos: QPoint, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    qtbot.mouseClick(canvas.viewport, LEFT, modifier, pos)


def drag(
    qtbot: QtBot,
    canvas: Canvas,
    start: QPoint,
    end: QPoint,
    *,
    button: Qt.MouseButton = LEFT,
    release: bool = True,
) -> None:
    """Press, move in steps (as a hand does), release: the real event sequence."""
    viewport = canvas.viewport
    qtbot.mousePress(viewport, button, NO_MOD, start)
    for step in range(1, 7):
        point = start + (end - start) * (step / 6)
        QTest.mouseMove(viewport, point)
    if release:
        qtbot.mouseRelease(viewport, button, NO_MOD, end)


def key(qtbot: QtBot, canvas: Canvas, code: Qt.Key, modifier: Qt.KeyboardModifier = NO_MOD) -> None:
    qtbot.keyClick(canvas.view, code, modifier)


def one_undoable_step(canvas: Canvas, before: JourneyData, steps_before: int) -> JourneyData:
    """The gesture made exactly one step; undo restores ``before``, redo the result."""
    stack = canvas.document.undo_stack
    assert stack.count() == steps_before + 1
    after = canvas.journey.snapshot()
    stack.undo()
    assert canvas.journey.snapshot() == before
    stack.redo()
    assert canvas.journey.snapshot() == after
    return after
