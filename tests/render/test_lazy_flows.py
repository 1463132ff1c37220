"""Flows far from every view wait for idle time after an edit, and are re-routed before
anyone sees them: those a view shows follow their rows or cards at once, the others by the
idle slices, by a view about to paint their place, or at once when the scene has no view.
Once idle work is done, every flow runs exactly where it runs in a fresh scene of the map."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QGraphicsView
from pytestqt.qtbot import QtBot

from benchmarks.generate import synthetic_map
from journeymap.model import builders
from journeymap.model.journey import Journey
from journeymap.render.items.flows import FlowArrow
from journeymap.render.scene import JourneyScene


def _grow_the_first_row(journey: Journey, scene: JourneyScene) -> None:
    """Add cards to the first channel cell until its row grows: every row below moves."""
    stage, lane = journey.ids("stage")[0], journey.lanes[0].id
    height = scene.grid.layout.row_span(lane)[1]
    while scene.grid.layout.row_span(lane)[1] == height:
        edit = builders.new_touchpoint(journey, stage, lane, title="More")
        journey.apply_all(edit.ops)


def _on_edge(point: QPointF, rect: QRectF) -> bool:
    """Whether ``point`` lies on the outline of ``rect`` (to half a pixel)."""
    inside = rect.adjusted(-0.5, -0.5, 0.5, 0.5).contains(point)
    edge = min(
        abs(point.x() - rect.left()),
        abs(point.x() - rect.right()),
        abs(point.y() - rect.top()),
        abs(point.y() - rect.bottom()),
    )
    return inside and edge <= 0.5


def _connected(scene: JourneyScene, flows: list[str]) -> list[str]:
    """The card flows among ``flows`` whose drawn line does not run from its source card's
    outline to its target card's."""
    routes = scene.grid.flows
    wrong = []
    for ident in flows:
        flow, item = scene.journey[ident], scene.item_for(ident)
        source, target = routes._card_rect(flow.source), routes._card_rect(flow.target)
        if not isinstance(item, FlowArrow) or source is None or target is None:
            continue
        points = item._points or ()
        if not (points and _on_edge(points[0], source) and _on_edge(points[-1], target)):
            wrong.append(ident)
    return wrong


def _drawn_in(scene: JourneyScene, view: QGraphicsView) -> list[str]:
    """The card flows with a piece of line or a label in what ``view`` shows."""
    shown = scene.grid.body.mapRectFromScene(view.mapToScene(view.viewport().rect()).boundingRect())
    found = []
    for ident in scene.journey.ids("flow"):
        item = scene.item_for(ident)
        if not isinstance(item, FlowArrow):
            continue
        parts = [QRectF(a, b).normalized().adjusted(-1, -1, 1, 1) for a, b in pairwise(item.points)]
        if any(part.intersects(shown) for part in (*parts, item.placed_label)):
            found.append(ident)
    return found


def _routes(scene: JourneyScene) -> dict[str, tuple[object, ...]]:
    """Each flow's drawn line and label spots."""
    found: dict[str, tuple[object, ...]] = {}
    for ident in scene.journey.ids("flow"):
        item = scene.item_for(ident)
        if isinstance(item, FlowArrow):
            found[ident] = (item.points, item.placed_label, item.fallback_label, item.isVisible())
    return found


def _as_fresh(scene: JourneyScene) -> list[str]:
    """The flows drawn otherwise than by a fresh scene of the same map (which has no view:
    every flow routes at once)."""
    fresh = _routes(JourneyScene(Journey(scene.journey.snapshot())))
    mine = _routes(scene)
    assert mine.keys() == fresh.keys()
    return [flow for flow in mine if mine[flow] != fresh[flow]]


def _drawn_right_then_as_fresh(qtbot: QtBot, scene: JourneyScene, view: QGraphicsView) -> None:
    """Every line the view shows runs between its cards now; after idle time every line of
    the map does, exactly as in a fresh scene."""
    assert not _connected(scene, _drawn_in(scene, view))
    qtbot.waitUntil(lambda: not scene.grid.flows.lazy.busy, timeout=60_000)
    assert not _connected(scene, scene.journey.ids("flow"))
    assert not _as_fresh(scene)


def _shown(qtbot: QtBot, size: int = 1500) -> tuple[Journey, JourneyScene, QGraphicsView]:
    journey = Journey(synthetic_map(size))
    scene = JourneyScene(journey)
    view = QGraphicsView(scene)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return journey, scene, view


def test_far_flows_wait_then_route_in_idle_time(qtbot: QtBot) -> None:
    journey, scene, view = _shown(qtbot)
    lazy = scene.grid.flows.lazy
    _grow_the_first_row(journey, scene)
    assert lazy.shifted  # the rows below moved; flows off the screen wait
    assert lazy.settling  # those on the screen moved with their rows at once
    _drawn_right_then_as_fresh(qtbot, scene, view)


def test_a_view_readies_what_waits_where_it_is_about_to_paint(qtbot: QtBot) -> None:
    journey, scene, _view = _shown(qtbot)
    lazy = scene.grid.flows.lazy
    _grow_the_first_row(journey, scene)
    assert lazy.shifted
    lazy.aim_in(scene.sceneRect())  # as a paint of everything would
    assert not lazy.shifted and not lazy.waiting
    assert not _connected(scene, journey.ids("flow"))


def test_a_flow_asked_for_is_routed_first(qtbot: QtBot) -> None:
    journey, scene, _view = _shown(qtbot)
    lazy = scene.grid.flows.lazy
    _grow_the_first_row(journey, scene)
    waiting = next(iter(lazy.shifted))
    assert scene.element_rect(waiting).isValid()
    assert not lazy.holds(waiting)
    assert not _connected(scene, [waiting])


def test_without_a_view_nothing_waits(qtbot: QtBot) -> None:
    journey = Journey(synthetic_map(1500))
    scene = JourneyScene(journey)
    _grow_the_first_row(journey, scene)
    assert not scene.grid.flows.lazy.pending


def test_lines_through_a_view_follow_cards_that_moved_in_their_cell(qtbot: QtBot) -> None:
    journey, scene, view = _shown(qtbot, 4000)  # cells of about 60 cards
    lazy = scene.grid.flows.lazy
    stage, lane = journey.ids("stage")[3], journey.lanes[2].id
    first = scene.grid.cell((stage, lane)).ids[0]
    view.centerOn(scene.element_rect(first).center())
    journey.apply_all(builders.delete(journey, [first]).ops)  # every card after it moves
    assert lazy.settling  # lines that only pass through the view were carried along
    _drawn_right_then_as_fresh(qtbot, scene, view)


def test_after_an_undo_and_idle_time_the_drawing_is_what_it_was(qtbot: QtBot) -> None:
    journey, scene, view = _shown(qtbot)
    lazy = scene.grid.flows.lazy
    before = _routes(scene)
    stage, lane = journey.ids("stage")[2], journey.lanes[4].id
    moved = scene.grid.cell((stage, lane)).ids[1]
    view.centerOn(scene.element_rect(moved).center())
    done = journey.apply_all(builders.move_cards(journey, [moved], journey.ids("stage")[3], lane, None).ops)
    qtbot.waitUntil(lambda: not lazy.busy, timeout=60_000)
    assert not _as_fresh(scene)
    journey.apply_all([op.inverse() for op in reversed(done)])
    qtbot.waitUntil(lambda: not lazy.busy, timeout=60_000)
    assert _routes(scene) == before


def test_a_view_that_scrolls_to_moved_cards_carries_the_lines_it_brings_into_view(qtbot: QtBot) -> None:
    journey, scene, view = _shown(qtbot, 4000)
    lazy = scene.grid.flows.lazy
    stage, lane = journey.ids("stage")[3], journey.lanes[2].id
    cell = scene.grid.cell((stage, lane))
    view.centerOn(scene.element_rect(scene.grid.cell((journey.ids("stage")[0], lane)).ids[0]).center())
    journey.apply_all(builders.delete(journey, [cell.ids[0]]).ops)  # far from the view
    assert lazy.carry  # flows wait, with how far their cards went
    view.centerOn(scene.element_rect(cell.ids[len(cell.ids) // 2]).center())
    lazy.aim_in(view.mapToScene(view.viewport().rect()).boundingRect())  # as the paint would
    assert lazy.settling
    _drawn_right_then_as_fresh(qtbot, scene, view)
