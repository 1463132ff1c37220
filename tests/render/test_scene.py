"""JourneyScene: one item per element, edits touch only their items, RTL mirrors."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem
from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from journeymap.model import builders
from journeymap.model.elements import Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.render.items.cells import CellItem, RowItem
from journeymap.render.scene import JourneyScene
from tests.render.conftest import small_map

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "online-shop.journey"

DRAWN = ("stage", "lane", "touchpoint", "pain_point", "metric", "flow")


def test_an_item_per_element(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    for kind in DRAWN:
        for ident in journey.ids(kind):
            item = scene.item_for(ident)
            assert item is not None, ident
            assert (item.element_kind, item.element_id) == (kind, ident)
            assert not scene.element_rect(ident).isEmpty()


def test_update_changes_only_that_item(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    before = scene.items_by_id()
    journey.update(journey["tp-3"].updated(title="A new and much longer title that wraps over lines"))
    after = scene.items_by_id()
    assert after.keys() == before.keys()
    assert all(after[k] is before[k] for k in before)
    assert after["tp-3"].content.title.startswith("A new")


def test_add_and_remove_touch_only_that_item(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    before = scene.items_by_id()
    journey.add(Touchpoint(id="tp-new", stage="st-1", lane="ln-web", title="New"))
    after = scene.items_by_id()
    assert set(after) - set(before) == {"tp-new"}
    assert all(after[k] is before[k] for k in before)
    assert scene.cell_at(scene.element_rect("tp-new").center()) == ("st-1", "ln-web")
    journey.remove("tp-new")
    assert scene.item_for("tp-new") is None
    assert all(scene.item_for(k) is before[k] for k in before)


def test_moving_a_card_to_another_cell_repositions_it(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    old = scene.element_rect("tp-0")
    journey.update(journey["tp-0"].updated(stage="st-2", lane="ln-mail"))
    new = scene.element_rect("tp-0")
    assert new != old
    assert scene.cell_at(new.center()) == ("st-2", "ln-mail")
    assert scene.element_at(new.center()) == ("touchpoint", "tp-0")


def test_flow_follows_its_card(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    flow = scene.item_for("fl-1")
    assert flow is not None
    before = flow.mapRectToScene(flow.shape_rect())
    journey.update(journey["tp-1"].updated(stage="st-2"))
    after = flow.mapRectToScene(flow.shape_rect())
    assert after != before
    assert after.right() >= scene.element_rect("tp-1").left() - 1


def test_pain_badge_counts_linked_pain_points(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    assert scene.item_for("tp-0").content.pains == 1
    journey.update(journey["pp-1"].updated(touchpoints=("tp-0", "tp-2")))
    assert scene.item_for("tp-2").content.pains == 1
    journey.update(journey["pp-1"].updated(touchpoints=()))
    assert scene.item_for("tp-0").content.pains == 0


def test_a_new_stage_adds_a_column_after_the_others(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    journey.add(Stage(id="st-9", name="Loyalty"))
    assert scene.item_for("st-9") is not None
    assert scene.element_rect("st-9").left() > scene.element_rect("st-2").right() - 1
    journey.add(Touchpoint(id="tp-x", stage="st-9", lane="ln-web", title="Club"))
    assert scene.cell_at(scene.element_rect("tp-x").center()) == ("st-9", "ln-web")


def test_rtl_mirrors_the_order_of_columns(qtbot: QtBot) -> None:
    ltr = JourneyScene(small_map())
    rtl = JourneyScene(small_map(direction="rtl", titles=("البحث", "المقارنة", "الشراء")))
    xs = [ltr.element_rect(f"st-{i}").left() for i in range(3)]
    rxs = [rtl.element_rect(f"st-{i}").left() for i in range(3)]
    assert xs == sorted(xs)
    assert rxs == sorted(rxs, reverse=True)
    assert rtl.element_rect("ln-web").left() > rxs[0]
    assert ltr.element_rect("ln-web").right() < xs[0]


def test_queries(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    header = scene.element_rect("st-1")
    assert scene.stage_header_at(header.center()) == "st-1"
    assert scene.lane_header_at(scene.element_rect("ln-mail").center()) == "ln-mail"
    card = scene.item_for("tp-0")
    handle = card.mapRectToScene(card.handle_rect()).center()
    assert scene.flow_handle_at(handle) == "tp-0"
    assert scene.flow_handle_at(scene.element_rect("tp-0").center()) is None
    first = scene.element_rect("tp-0")
    order = journey.ids("touchpoint")
    assert scene.insertion_index("st-0", "ln-web", first.topLeft() - QPointF(0, 5)) == order.index("tp-0")
    assert scene.insertion_index("st-0", "ln-web", first.bottomLeft() + QPointF(0, 50)) > order.index("tp-0")
    scene.select_ids(["tp-0", "st-1"])
    assert sorted(scene.selected_ids()) == ["st-1", "tp-0"]
    scene.select_ids([])
    assert scene.selected_ids() == []


def test_persona_lens_fades_what_does_not_apply(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    journey.update(journey["tp-1"].updated(personas=("pe-ana",)))
    journey.update(journey["tp-2"].updated(personas=()))
    scene.set_persona_lens("pe-ana")
    assert scene.item_for("tp-1").opacity() == 1.0
    scene.set_persona_lens(None)
    assert all(item.opacity() == 1.0 for item in scene.items_by_id().values())


def test_items_are_selectable_but_not_movable(qtbot: QtBot, journey: Journey) -> None:
    from PySide6.QtWidgets import QGraphicsItem

    scene = JourneyScene(journey)
    flags = scene.item_for("tp-0").flags()
    assert flags & QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
    assert flags & QGraphicsItem.GraphicsItemFlag.ItemIsFocusable
    assert not flags & QGraphicsItem.GraphicsItemFlag.ItemIsMovable


def geometry(scene: JourneyScene) -> dict[str, tuple[float, float, float, float]]:
    return {i: item.sceneBoundingRect().getRect() for i, item in scene.items_by_id().items()}


def test_a_column_widened_by_edits_matches_a_fresh_build(qtbot: QtBot, journey: Journey) -> None:
    from journeymap.model.elements import Flow

    scene = JourneyScene(journey)
    for i in range(6, 16):  # the fullest cell of st-0 grows past one, then two cards per row
        journey.add(Touchpoint(id=f"tp-{i}", stage="st-0", lane="ln-web", title=f"More {i}"))
        journey.add(Flow(id=f"fl-x{i}", source=f"tp-{i}", target="tp-1", share=0.1))
    assert geometry(scene) == geometry(JourneyScene(journey))
    for i in range(6, 16, 2):
        journey.remove(f"fl-x{i}")
        journey.remove(f"tp-{i}")
    assert geometry(scene) == geometry(JourneyScene(journey))


def _outside_their_container(scene: JourneyScene) -> list[str]:
    """Items drawn outside the row or cell that holds them (which promises the view that
    its descendants lie inside it, so that painting skips rows and cells off screen)."""
    found = []
    for container in scene.items():
        if not isinstance(container, (RowItem, CellItem)):
            continue
        outer = container.boundingRect()
        pending = list(container.childItems())
        while pending:
            child = pending.pop()
            pending.extend(child.childItems())
            if not outer.contains(child.mapRectToItem(container, child.boundingRect())):
                found.append(f"{type(child).__name__} in {type(container).__name__}")
    return found


def test_rows_and_cells_contain_everything_they_hold(qtbot: QtBot) -> None:
    journey = journey_file.load(EXAMPLE)
    scene = JourneyScene(journey)
    assert _outside_their_container(scene) == []
    first = journey.ids("touchpoint")[0]
    journey.update(journey[first].updated(title="A much longer title " * 8))  # the card grows
    journey.set_info(journey.info.updated(direction="rtl"))  # and the map mirrors
    scene.set_journey(journey)
    assert _outside_their_container(scene) == []
    assert all(
        item.flags() & QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape
        for item in scene.items()
        if isinstance(item, (RowItem, CellItem))
    )


def test_one_undo_step_is_laid_out_once(
    qtbot: QtBot, journey: Journey, monkeypatch: pytest.MonkeyPatch
) -> None:
    scene = JourneyScene(journey)
    flushes: list[bool] = []
    flush = scene.grid.flush

    def counted(*, full: bool = False) -> None:
        flushes.append(full)
        flush(full=full)

    monkeypatch.setattr(scene.grid, "flush", counted)
    card = next(i for i in journey.ids("touchpoint") if scene.grid.flows_at(i))
    ops = journey.apply_all(builders.delete(journey, [card]).ops)
    assert len(ops) > 1 and flushes == [False]  # the card and its flows went in one pass
    assert scene.item_for(card) is None
    journey.apply_all([op.inverse() for op in reversed(ops)])
    assert flushes == [False, False]
    assert all(scene.item_for(f) is not None for f in scene.grid.flows_at(card))
