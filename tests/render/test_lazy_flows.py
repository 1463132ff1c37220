"""Flows far from every view wait for idle time after an edit, and are re-routed before
anyone sees them: by the idle slices, by a view about to paint their place, or at once when
the scene has no view."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsView
from pytestqt.qtbot import QtBot

from benchmarks.generate import synthetic_map
from journeymap.model import builders
from journeymap.model.journey import Journey
from journeymap.render.scene import JourneyScene


def _grow_the_first_row(journey: Journey, scene: JourneyScene) -> None:
    """Add cards to the first channel cell until its row grows: every row below moves."""
    stage, lane = journey.ids("stage")[0], journey.lanes[0].id
    height = scene.grid.layout.row_span(lane)[1]
    while scene.grid.layout.row_span(lane)[1] == height:
        edit = builders.new_touchpoint(journey, stage, lane, title="More")
        journey.apply_all(edit.ops)


def _geometry(scene: JourneyScene) -> dict[str, tuple[float, float, float, float]]:
    flows = {i: scene.item_for(i) for i in scene.journey.ids("flow")}
    return {i: item.sceneBoundingRect().getRect() for i, item in flows.items() if item is not None}


def _shown(qtbot: QtBot) -> tuple[Journey, JourneyScene, QGraphicsView]:
    journey = Journey(synthetic_map(1500))
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
    assert lazy.waiting  # the rows below moved; flows off the screen wait
    shown = view.mapToScene(view.viewport().rect()).boundingRect()
    assert all(not scene.item_for(f).sceneBoundingRect().intersects(shown) for f in lazy.waiting)
    qtbot.waitUntil(lambda: not lazy.waiting, timeout=20_000)
    eager = JourneyScene(Journey(journey.snapshot()))  # no view: every flow routes at once
    assert not eager.grid.flows.lazy.waiting
    mine, fresh = _geometry(scene), _geometry(eager)
    assert mine.keys() == fresh.keys()
    assert sum(mine[f] == fresh[f] for f in mine) > 0.8 * len(mine)  # routes depend on history a little


def test_a_view_routes_what_waits_where_it_is_about_to_paint(qtbot: QtBot) -> None:
    journey, scene, _view = _shown(qtbot)
    lazy = scene.grid.flows.lazy
    _grow_the_first_row(journey, scene)
    waiting = set(lazy.waiting)
    assert waiting
    lazy.aim_in(scene.sceneRect())  # as a paint of everything would
    assert not lazy.waiting
    assert scene.element_rect(next(iter(waiting))).isValid()


def test_without_a_view_nothing_waits(qtbot: QtBot) -> None:
    journey = Journey(synthetic_map(1500))
    scene = JourneyScene(journey)
    _grow_the_first_row(journey, scene)
    assert not scene.grid.flows.lazy.waiting
