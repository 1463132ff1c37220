"""Open review comments on the map: a speech-bubble marker with the count, kept in step."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from pytestqt.qtbot import QtBot

from journeymap.model.elements import Comment, Opportunity
from journeymap.model.journey import Journey
from journeymap.render.items.base import ElementItem
from journeymap.render.items.cards import CardItem
from journeymap.render.items.headers import StageHeader
from journeymap.render.scene import JourneyScene
from tests.render.conftest import small_map
from tests.render.test_text_fit import LONG, stress_map, texts_outside


def painted(item: ElementItem) -> ElementItem:
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return item


def card(scene: JourneyScene, ident: str) -> CardItem:
    item = scene.item_for(ident)
    assert isinstance(item, CardItem)
    return item


def others_unchanged(scene: JourneyScene, before: dict[str, ElementItem], ident: str) -> bool:
    after = scene.items_by_id()
    return after.keys() == before.keys() and all(after[i] is before[i] for i in before if i != ident)


def test_an_open_comment_shows_a_marker_and_resolving_hides_it(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    before = scene.items_by_id()
    assert card(scene, "tp-1").content.comments == ()
    assert painted(card(scene, "tp-1")).comment_mark is None

    journey.add(Comment(id="co-1", attached_to="tp-1", text="Check the copy", author="Ana"))
    item = card(scene, "tp-1")
    assert item is before["tp-1"]
    assert item.content.comments == ("Ana: Check the copy",)
    assert painted(item).comment_mark is not None
    assert "Ana: Check the copy" in item.toolTip() and "Touchpoint 1" in item.toolTip()
    assert others_unchanged(scene, before, "tp-1")

    journey.update(journey["co-1"].updated(resolved=True))
    assert item.content.comments == ()
    assert painted(item).comment_mark is None
    assert "Check the copy" not in item.toolTip()
    assert scene.items_by_id() == before and others_unchanged(scene, before, "tp-1")


def test_the_count_follows_adds_removals_and_moves(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    journey.add(Comment(id="co-1", attached_to="tp-1", text="One"))
    journey.add(Comment(id="co-2", attached_to="tp-1", text="Two"))
    assert card(scene, "tp-1").content.comments == ("One", "Two")
    journey.update(journey["co-2"].updated(attached_to="pp-1"))
    assert card(scene, "tp-1").content.comments == ("One",)
    assert card(scene, "pp-1").content.comments == ("Two",)
    assert painted(card(scene, "pp-1")).comment_mark is not None
    journey.remove("co-1")
    assert card(scene, "tp-1").content.comments == ()
    journey.update(journey["co-2"].updated(text="Two, edited"))
    assert card(scene, "pp-1").content.comments == ("Two, edited",)


def test_stage_headers_show_their_open_comments(qtbot: QtBot, journey: Journey) -> None:
    scene = JourneyScene(journey)
    header = scene.item_for("st-1")
    assert isinstance(header, StageHeader) and header.comment_mark_rect() is None
    journey.add(Comment(id="co-1", attached_to="st-1", text="Merge with Buy?"))
    assert scene.item_for("st-1") is header
    assert header.content.comments == ("Merge with Buy?",)
    assert "Merge with Buy?" in header.toolTip()
    mark = header.comment_mark_rect()
    assert mark is not None and header.body().contains(mark)
    journey.update(journey["co-1"].updated(resolved=True))
    assert header.comment_mark_rect() is None and header.toolTip() == ""


def test_comments_built_with_the_map(qtbot: QtBot) -> None:
    journey = small_map()
    journey.add(Comment(id="co-1", attached_to="tp-0", text="Open"))
    journey.add(Comment(id="co-2", attached_to="tp-0", text="Done", resolved=True))
    scene = JourneyScene(journey)
    assert card(scene, "tp-0").content.comments == ("Open",)
    journey.remove("co-1")
    assert card(scene, "tp-0").content.comments == ()


def commented_stress_map(text: str, direction: str) -> Journey:
    journey = stress_map(text, direction=direction)
    journey.add(Opportunity(id="op-2", stage="st-b", title="Short", status="planned"))
    for target in ("tp-1", "tp-2", "pp-0", "op-1", "op-2", "st-a"):
        for n in range(12):
            journey.add(Comment(id=f"co-{target}-{n}", attached_to=target, text=text, author=text[:9]))
    return journey


@pytest.mark.parametrize("script", sorted(LONG))
@pytest.mark.parametrize("direction", ["ltr", "rtl"])
def test_markers_stay_inside_and_clear_of_other_marks(qtbot: QtBot, script: str, direction: str) -> None:
    scene = JourneyScene(commented_stress_map(LONG[script], direction))
    assert texts_outside(scene) == []
    for ident in ("tp-1", "tp-2", "pp-0", "op-1", "op-2"):
        item = card(scene, ident)
        mark = item.comment_mark
        assert mark is not None and item.body().contains(mark), ident
        others = [r for r in item.text_rects if not mark.contains(r)]
        assert len(others) == len(item.text_rects) - 1, ident
        assert not any(r.intersects(mark) for r in others), ident
        leading = mark.left() if direction == "ltr" else mark.right()
        assert (leading > item.body().center().x()) == (direction == "ltr"), ident
