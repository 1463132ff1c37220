"""An edit that selects a card somewhere else scrolls the canvas there before the lines it
moved are sorted: the lines of the place the view lands on are drawn right at once, those
of the place it leaves wait for idle time (journeymap.render.lazy_flows)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from benchmarks.generate import synthetic_map
from journeymap.model import builders
from journeymap.model.journey import Journey
from journeymap.render.items.flows import FlowArrow
from journeymap.render.scene import JourneyScene
from journeymap.ui.canvas.view import JourneyView
from journeymap.ui.document import Document
from tests.render.test_lazy_flows import _drawn_right_then_as_fresh


def _drawn_in(scene: JourneyScene, rect: QRectF) -> list[str]:
    """The card flows with a piece of line or a label in ``rect`` (scene coordinates)."""
    shown = scene.grid.body.mapRectFromScene(rect)
    found = []
    for ident in scene.journey.ids("flow"):
        item = scene.item_for(ident)
        if isinstance(item, FlowArrow):
            parts = [QRectF(a, b).normalized().adjusted(-1, -1, 1, 1) for a, b in pairwise(item.points)]
            if any(part.intersects(shown) for part in (*parts, item.placed_label)):
                found.append(ident)
    return found


def test_a_moved_card_draws_right_where_the_view_lands_and_the_place_left_waits(qtbot: QtBot) -> None:
    document = Document(Journey(synthetic_map(4000)))  # cells of about 60 cards
    view = JourneyView(document)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    scene, journey = view.journey_scene, document.journey
    lazy = scene.grid.flows.lazy
    stages = journey.ids("stage")
    card = scene.grid.cell((stages[3], journey.lanes[2].id)).ids[0]
    view.centerOn(scene.element_rect(card).center())
    left = view.mapToScene(view.viewport().rect()).boundingRect()
    edit = builders.move_cards(journey, [card], stages[4], journey.lanes[4].id, None)
    assert edit.select == [card]
    document.push("Move", edit.ops, select=edit.select)
    landed = view.mapToScene(view.viewport().rect()).boundingRect()
    assert landed.contains(scene.element_rect(card)) and not landed.intersects(left)
    # every card after the moved one in the cell it left moved: their lines in the place the
    # view left were not moved for nothing, they wait
    assert [f for f in _drawn_in(scene, left) if f in lazy.waiting or f in lazy.shifted]
    _drawn_right_then_as_fresh(qtbot, scene, view)
