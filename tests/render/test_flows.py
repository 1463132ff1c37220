"""Flows read like a poster: own tracks, labels clear of cards and of each other, emphasis."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem
from pytestqt.qtbot import QtBot

from journeymap.formats import journey_file
from journeymap.model.cascades import removal_plan
from journeymap.model.elements import Flow
from journeymap.model.journey import Journey
from journeymap.render.items.cards import CardItem
from journeymap.render.items.flows import FlowArrow
from journeymap.render.scene import JourneyScene
from tests.render.conftest import small_map

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "online-shop.journey"


@pytest.fixture
def example() -> Journey:
    return journey_file.load(EXAMPLE)


def _labels(scene: JourneyScene) -> dict[str, QRectF]:
    found = {}
    for ident, item in scene.items_by_id().items():
        if isinstance(item, FlowArrow) and item.isVisible() and not item.label_rect().isNull():
            found[ident] = item.mapRectToScene(item.label_rect())
    return found


def _cards(scene: JourneyScene) -> dict[str, QRectF]:
    return {
        ident: item.mapRectToScene(item.body())
        for ident, item in scene.items_by_id().items()
        if isinstance(item, CardItem)
    }


def _check_labels_clear(scene: JourneyScene) -> dict[str, QRectF]:
    labels, cards = _labels(scene), _cards(scene)
    names = sorted(labels)
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not labels[a].intersects(labels[b]), (a, b)
        for card, rect in cards.items():
            assert not labels[a].intersects(rect), (a, card)
    return labels


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_example_labels_never_overlap_each_other_or_cards(
    qtbot: QtBot, example: Journey, direction: str
) -> None:
    if direction == "rtl":
        example.set_info(example.info.updated(direction="rtl"))
    scene = JourneyScene(example)
    labels = _check_labels_clear(scene)
    card_flows = {f.id for f in example.flows if example[f.source].KIND == "touchpoint"}
    assert len(card_flows) == 48
    assert card_flows <= set(labels)  # every share label of the example shows


def _segments(item: FlowArrow) -> list[QRectF]:
    """The straight stretches of a card flow, as thin rectangles in scene coordinates."""
    points = [item.mapToScene(p) for p in item._points or ()]
    return [
        QRectF(min(a.x(), b.x()), min(a.y(), b.y()), abs(b.x() - a.x()), abs(b.y() - a.y())).adjusted(
            -0.5, -0.5, 0.5, 0.5
        )
        for a, b in pairwise(points)
    ]


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_each_label_sits_on_its_own_arrow(qtbot: QtBot, example: Journey, direction: str) -> None:
    """A reader can tell which arrow a label belongs to: its own line runs through it and
    no other flow's line does."""
    if direction == "rtl":
        example.set_info(example.info.updated(direction="rtl"))
    scene = JourneyScene(example)
    labels = _labels(scene)
    flows = {f.id: scene.item_for(f.id) for f in example.flows if example[f.source].KIND == "touchpoint"}
    for ident, label in labels.items():
        if ident not in flows:
            continue
        inner = label.adjusted(1, 1, -1, -1)
        assert any(inner.intersects(s) for s in _segments(flows[ident])), ident
        for other, item in flows.items():
            if other != ident:
                assert not any(inner.intersects(s) for s in _segments(item)), (ident, other)


def test_parallel_flows_in_a_gutter_keep_apart(qtbot: QtBot, example: Journey) -> None:
    """Vertical runs of different flows that overlap in height never share an x."""
    scene = JourneyScene(example)
    runs: list[tuple[str, float, float, float]] = []
    for flow in example.flows:
        item = scene.item_for(flow.id)
        held = scene.grid.flows.plan._track_of.get(flow.id)
        if held is None or not isinstance(item, FlowArrow):
            continue
        path = item._path
        xs = [path.elementAt(i).x for i in range(path.elementCount())]
        top, bottom = held[2][0], held[2][1]
        trunk = max(set(xs), key=xs.count)
        runs.append((flow.id, trunk, top, bottom))
    assert len(runs) > 20
    for i, (a, xa, ta, ba) in enumerate(runs):
        for b, xb, tb, bb in runs[i + 1 :]:
            if ta < bb and tb < ba:
                assert abs(xa - xb) >= 4.0, (a, b)


def test_selecting_a_card_emphasises_its_flows(qtbot: QtBot, example: Journey) -> None:
    scene = JourneyScene(example)
    card = "tp-product-page" if "tp-product-page" in example else example.flows[0].source
    own = {f.id for f in example.flows if card in (f.source, f.target)}
    assert own
    assert scene.emphasised_flows() == set()
    scene.select_ids([card])
    assert scene.emphasised_flows() == own
    for flow in example.flows:
        item = scene.item_for(flow.id)
        assert item.emphasised == (flow.id in own)
        if flow.id in own and item.content.share is not None:
            assert not item.label_rect().isNull(), flow.id
            assert item.zValue() > scene.item_for(card).parentItem().parentItem().zValue()
    scene.select_ids([])
    assert scene.emphasised_flows() == set()
    assert not any(scene.item_for(f.id).emphasised for f in example.flows)


def test_hover_emphasises_and_new_flows_follow_the_selection(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    scene.hover_changed("tp-0", on=True)
    assert scene.emphasised_flows() == {"fl-1"}
    scene.hover_changed("tp-0", on=False)
    assert scene.emphasised_flows() == set()
    scene.select_ids(["tp-2"])
    journey.add(Flow(id="fl-9", source="tp-2", target="tp-5", share=0.2))
    assert scene.emphasised_flows() == {"fl-9"}


def test_moving_a_card_reroutes_only_nearby_flows(qtbot: QtBot, example: Journey) -> None:
    scene = JourneyScene(example)
    before = {f.id: scene.item_for(f.id)._path for f in example.flows}
    moved = example.flows[0].source
    example.update(example[moved].updated(title=example[moved].title + " again"))
    after = {f.id: scene.item_for(f.id)._path for f in example.flows}
    assert all(after[k] is before[k] for k in before)
    _check_labels_clear(scene)


def test_rtl_flows_leave_cards_on_their_left(qtbot: QtBot) -> None:
    journey = small_map(direction="rtl")
    scene = JourneyScene(journey)
    flow = scene.item_for("fl-1")
    source = scene.element_rect("tp-0")
    start = flow.mapToScene(flow._path.elementAt(0).x, flow._path.elementAt(0).y)
    assert abs(start.x() - source.left()) < 1.0


def test_flows_between_cards_at_one_height_keep_their_labels(qtbot: QtBot) -> None:
    """Short trunks (source and target side by side) have no room for a label inside them:
    the label straddles the trunk's end, still on the flow, rather than being left out."""
    journey = small_map()
    # tp-0 (st-0) and tp-1 (st-1) head their cells; every flow into tp-1 is labelled
    for ident, source, target, share in (
        ("fl-a", "tp-0", "tp-1", 0.18),
        ("fl-b", "tp-3", "tp-1", 0.22),
        ("fl-c", "tp-0", "tp-4", 0.35),
        ("fl-d", "tp-3", "tp-4", 0.15),
    ):
        journey.add(Flow(id=ident, source=source, target=target, share=share))
    scene = JourneyScene(journey)
    labels = _check_labels_clear(scene)
    assert {"fl-a", "fl-b", "fl-c", "fl-d"} <= set(labels)


def _picture(scene: JourneyScene) -> QImage:
    image = QImage(scene.sceneRect().size().toSize(), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(image.rect()), scene.sceneRect())
    painter.end()
    return image


def _layer_draws(scene: JourneyScene) -> set[str]:
    lines = scene.grid.flows.lines
    return {flow.element_id for flow in lines.flows_in(lines.boundingRect())}


def test_plain_lines_are_drawn_by_one_layer_and_taken_back_when_emphasised(
    qtbot: QtBot, example: Journey
) -> None:
    """Plain card flows hand their line to the shared layer (one paint call for them all);
    a flow that is emphasised, found or removed is drawn by itself or not at all, and the
    picture is the same either way."""
    scene = JourneyScene(example)
    card_flows = {f.id for f in example.flows if example[f.source].KIND == "touchpoint"}
    no_contents = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents
    assert _layer_draws(scene) == card_flows
    assert all(scene.item_for(f).flags() & no_contents for f in card_flows)
    before = _picture(scene)

    card = "tp-product-page"
    own = {f.id for f in example.flows if card in (f.source, f.target)}
    scene.select_ids([card])
    assert _layer_draws(scene) == card_flows - own
    assert not any(scene.item_for(f).flags() & no_contents for f in own)
    scene.select_ids([])
    assert _layer_draws(scene) == card_flows

    found = sorted(card_flows)[0]
    scene.set_highlighted([found])
    assert found not in _layer_draws(scene)
    scene.set_highlighted([])
    assert found in _layer_draws(scene)

    assert _picture(scene) == before  # every line back in the layer, drawn as before
    scene.select_ids([card])
    assert _picture(scene) != before  # emphasised lines are drawn by their items
    scene.select_ids([])

    example.apply_all(removal_plan(example, [found]))
    assert _layer_draws(scene) == card_flows - {found}


def _crossed_cards(scene: JourneyScene, flow: str) -> list[str]:
    item = scene.item_for(flow)
    assert isinstance(item, FlowArrow)
    ends = {item.element_id}
    record = scene.journey[flow]
    ends |= {record.source, record.target}
    cards = _cards(scene)
    return sorted(
        card
        for card, rect in cards.items()
        if card not in ends and any(rect.adjusted(1, 1, -1, -1).intersects(s) for s in _segments(item))
    )


@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_flows_that_skip_columns_do_not_run_behind_the_cards_between(qtbot: QtBot, direction: str) -> None:
    """tp-0 (first stage) to tp-2 (third stage), with tp-4 in the web lane of the stage
    between, at the height a straight run would take; and tp-2 back to tp-0 under it."""
    journey = small_map(direction=direction)
    journey.add(Flow(id="fl-skip", source="tp-0", target="tp-2", share=0.3))
    journey.add(Flow(id="fl-back", source="tp-2", target="tp-0", share=0.1))
    scene = JourneyScene(journey)
    web_between = scene.element_rect("tp-4")
    straight = scene.element_rect("tp-2").center().y()
    assert web_between.top() < straight < web_between.bottom()  # the straight run would cross it
    assert _crossed_cards(scene, "fl-skip") == []
    assert _crossed_cards(scene, "fl-back") == []
    _check_labels_clear(scene)
    journey.update(journey["tp-4"].updated(stage="st-0"))  # out of the way: straight again
    assert len(scene.item_for("fl-skip")._points or ()) <= 4


def test_the_flows_option_shows_all_the_selected_cards_or_none(qtbot: QtBot, example: Journey) -> None:
    scene = JourneyScene(example)
    card_flows = {f.id for f in example.flows if example[f.source].KIND == "touchpoint"}

    def shown() -> set[str]:
        return {f for f in card_flows if scene.item_for(f).isVisible()}

    assert shown() == card_flows
    assert _layer_draws(scene) == card_flows
    scene.set_flow_mode("selected")
    assert shown() == set()
    card = "tp-product-page"
    own = {f.id for f in example.flows if card in (f.source, f.target)}
    scene.select_ids([card])
    assert shown() == own
    scene.select_ids([])
    assert shown() == set()
    scene.set_flow_mode("none")
    scene.select_ids([card])
    assert shown() == set()
    stage_flows = {f.id for f in example.flows} - card_flows
    assert all(scene.item_for(f).isVisible() for f in stage_flows)  # the funnel stays
    scene.set_flow_mode("all")
    assert shown() == card_flows
    with pytest.raises(ValueError, match="flow mode"):
        scene.set_flow_mode("some")
