"""The canvas's pure edit builders: each list of operations applies, undoes exactly, and
refuses what the journey would refuse."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.model import editing
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Comment,
    Flow,
    Lane,
    LaneKind,
    Metric,
    Opportunity,
    PainPoint,
    Persona,
    Stage,
    Touchpoint,
)
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError
from tests.strategies import journeys


def sample() -> Journey:
    return Journey(
        JourneyData(
            stages=(Stage(id="s1", name="Awareness"), Stage(id="s2", name="Purchase")),
            lanes=(
                Lane(id="web", name="Web", channel="web"),
                Lane(id="mail", name="Email", channel="email"),
                Lane(id="notes", name="Notes", kind=LaneKind.TEXT, cells={"s1": "hello", "s2": "bye"}),
                Lane(id="pains", name="Pains", kind=LaneKind.PAIN_POINTS),
            ),
            personas=(Persona(id="ann", name="Ann"),),
            touchpoints=(
                Touchpoint(id="t1", stage="s1", lane="web", title="Search ad", personas=("ann",)),
                Touchpoint(id="t2", stage="s1", lane="web", title="Landing page"),
                Touchpoint(id="t3", stage="s2", lane="web", title="Checkout", description="pay  now"),
                Touchpoint(id="t4", stage="s2", lane="mail", title="Receipt"),
            ),
            pain_points=(PainPoint(id="p1", stage="s2", title="Slow", touchpoints=("t3",)),),
            opportunities=(Opportunity(id="o1", stage="s2", title="Faster", pain_points=("p1",)),),
            metrics=(Metric(id="m1", name="CSAT", attached_to="t3"),),
            flows=(Flow(id="f1", source="t1", target="t2"), Flow(id="f2", source="t2", target="t3")),
            comments=(Comment(id="c1", attached_to="t2", text="check copy"),),
        )
    )


def roundtrip(journey: Journey, edit: editing.Edit) -> JourneyData:
    """Apply, undo (must restore exactly), redo; return the state after."""
    before = journey.snapshot()
    done = journey.apply_all(edit.ops)
    after = journey.snapshot()
    for op in reversed(done):
        journey.apply(op.inverse())
    assert journey.snapshot() == before
    journey.apply_all(done)
    assert journey.snapshot() == after
    return after


def cell(journey: Journey, stage: str, lane: str) -> list[str]:
    return editing.cards_in(journey, stage, lane)


def test_new_touchpoint_at_an_index_in_a_cell() -> None:
    journey = sample()
    index = editing.cell_insertion_index(journey, "s1", "web", 1)
    edit = editing.new_touchpoint(journey, "s1", "web", title="Review", index=index)
    roundtrip(journey, edit)
    (new,) = edit.select
    assert cell(journey, "s1", "web") == ["t1", new, "t2"]
    assert journey[new].title == "Review"


def test_new_card_in_a_pain_point_lane_is_a_pain_point_and_empty_cells_append() -> None:
    journey = sample()
    edit = editing.new_card(journey, "s1", "pains", title="Too many ads")
    roundtrip(journey, edit)
    assert journey.kind_of(edit.select[0]) == "pain_point"
    assert cell(journey, "s1", "pains") == edit.select
    assert editing.cell_insertion_index(journey, "s1", "mail", 0) == journey.count("touchpoint")


@pytest.mark.parametrize(
    ("stage", "lane", "title"), [("s1", "notes", "x"), ("s1", "web", "  "), ("nope", "web", "x")]
)
def test_new_touchpoint_refuses_text_lanes_empty_titles_and_unknown_cells(
    stage: str, lane: str, title: str
) -> None:
    with pytest.raises(JourneyError):
        editing.new_touchpoint(sample(), stage, lane, title=title.strip())


def test_move_cards_to_another_cell_and_index_is_update_plus_move() -> None:
    journey = sample()
    index = editing.cell_insertion_index(journey, "s1", "web", 1)
    edit = editing.move_cards(journey, ["t4", "t3"], "s1", "web", index)
    assert [type(op).__name__ for op in edit.ops] == ["Update", "Update", "Move", "Move"]
    roundtrip(journey, edit)
    assert cell(journey, "s1", "web") == ["t1", "t3", "t4", "t2"]
    assert cell(journey, "s2", "web") == cell(journey, "s2", "mail") == []
    roundtrip(journey, editing.move_cards(journey, ["t2", "t1"], "s2", "web", 0))
    assert cell(journey, "s2", "web") == ["t1", "t2"]


def test_move_cards_to_the_end_and_within_a_cell() -> None:
    journey = sample()
    roundtrip(journey, editing.move_cards(journey, ["t1"], "s1", "web", journey.count("touchpoint")))
    assert journey.ids("touchpoint") == ["t2", "t3", "t4", "t1"]
    roundtrip(journey, editing.move_cards(journey, ["t1"], "s1", "web", 0))
    assert journey.ids("touchpoint")[0] == "t1"


def test_move_cards_moves_only_cards_the_lane_holds() -> None:
    journey = sample()
    edit = editing.move_cards(journey, ["t1", "p1"], "s1", "pains", None)
    roundtrip(journey, edit)
    assert journey["p1"].stage == "s1"
    assert journey["t1"].lane == "web"
    with pytest.raises(JourneyError):
        editing.move_cards(journey, ["t1"], "s1", "notes", 0)


def test_reorder_stages_and_lanes() -> None:
    journey = sample()
    roundtrip(journey, editing.move_to(journey, "s2", 0))
    assert journey.ids("stage") == ["s2", "s1"]
    roundtrip(journey, editing.move_to(journey, "web", 9))
    assert journey.ids("lane")[-1] == "web"
    assert editing.move_to(journey, "web", 3).ops == []


def test_connect_and_its_refusals() -> None:
    journey = sample()
    edit = editing.connect(journey, "t3", "t4")
    roundtrip(journey, edit)
    assert journey[edit.select[0]].source == "t3"
    for source, target in [("t1", "t2"), ("t1", "t1"), ("t1", "s1"), ("t1", "p1")]:
        with pytest.raises(JourneyError):
            editing.connect(journey, source, target)
        assert not editing.can_connect(journey, source, target)
    roundtrip(journey, editing.connect(journey, "s2", "s1"))


def test_rename_and_delete_with_cascades() -> None:
    journey = sample()
    roundtrip(journey, editing.rename(journey, "s1", "  Farkındalık "))
    assert journey["s1"].name == "Farkındalık"
    assert editing.rename(journey, "s1", "Farkındalık").ops == []
    with pytest.raises(JourneyError):
        editing.rename(journey, "t1", "")
    roundtrip(journey, editing.delete(journey, ["t3"]))
    assert "t3" not in journey and "f2" not in journey and "m1" not in journey
    assert journey["p1"].touchpoints == ()


def test_set_cell_text_writes_clears_and_refuses_other_lanes() -> None:
    journey = sample()
    roundtrip(journey, editing.set_cell_text(journey, "s2", "notes", "two\nlines\n"))
    assert journey["notes"].cells == {"s1": "hello", "s2": "two\nlines"}
    roundtrip(journey, editing.set_cell_text(journey, "s1", "notes", "  \n "))
    assert journey["notes"].cells == {"s2": "two\nlines"}
    assert editing.set_cell_text(journey, "s2", "notes", "two\nlines").ops == []
    with pytest.raises(JourneyError, match="text lanes"):
        editing.set_cell_text(journey, "s1", "web", "x")
    with pytest.raises(JourneyError):
        editing.set_cell_text(journey, "nope", "notes", "x")
    with pytest.raises(JourneyError):
        editing.set_cell_text(journey, "s1", "notes", "x" * 20_001)


def test_nudge_steps_within_a_cell_then_across_lanes_and_stages() -> None:
    journey = sample()
    roundtrip(journey, editing.nudge(journey, ["t2"], lanes=-1))
    assert cell(journey, "s1", "web") == ["t2", "t1"]
    roundtrip(journey, editing.nudge(journey, ["t2"], lanes=1))
    assert cell(journey, "s1", "web") == ["t1", "t2"]
    roundtrip(journey, editing.nudge(journey, ["t2"], lanes=1))
    assert journey["t2"].lane == "mail"
    assert editing.nudge(journey, ["t2"], lanes=1).ops == []  # the last channel lane
    roundtrip(journey, editing.nudge(journey, ["t1", "t2", "p1"], stages=1))
    assert (journey["t1"].stage, journey["t2"].stage, journey["p1"].stage) == ("s2", "s2", "s2")


def test_copy_expands_a_stage_to_its_cards_cells_and_internal_flows() -> None:
    journey = sample()
    fragment = editing.copy_fragment(journey, ["s1"])
    assert [r.id for r in fragment.records] == ["s1", "t1", "t2", "f1", "c1"]
    assert fragment.cells == (("notes", "s1", "hello"),)


def test_duplicate_gives_fresh_ids_and_remaps_internal_references() -> None:
    journey = sample()
    edit = editing.duplicate(journey, ["s1"])
    roundtrip(journey, edit)
    new_stage = journey.ids("stage")[1]
    assert new_stage not in ("s1", "s2") and journey[new_stage].name == "Awareness"
    copies = cell(journey, new_stage, "web")
    assert [journey[i].title for i in copies] == ["Search ad", "Landing page"]
    flow = journey[next(i for i in edit.select if journey.kind_of(i) == "flow")]
    assert (flow.source, flow.target) == tuple(copies)
    assert journey["ann"].id in journey[copies[0]].personas
    assert journey["notes"].cells[new_stage] == "hello"
    assert len(journey.ids("flow")) == 3


def test_duplicate_a_card_keeps_its_cell_and_outside_references() -> None:
    journey = sample()
    edit = editing.duplicate(journey, ["p1"])
    roundtrip(journey, edit)
    (copy,) = edit.select
    assert journey[copy].stage == "s2" and journey[copy].touchpoints == ("t3",)


def test_paste_into_another_map_drops_what_does_not_resolve() -> None:
    source = sample()
    payload = editing.copy_fragment(source, ["t2", "t3", "p1", "o1"]).to_json()
    assert json.loads(payload)["format"] == "journeymap-fragment"
    target = Journey(
        JourneyData(
            stages=(Stage(id="a", name="A"), Stage(id="b", name="B")),
            lanes=(Lane(id="x", name="X", kind=LaneKind.TEXT), Lane(id="y", name="Y")),
        )
    )
    edit = editing.paste(target, editing.Fragment.from_json(payload), stage="b", lane="y")
    after = roundtrip(target, edit)
    assert [t.title for t in target.touchpoints_in("b", "y")] == ["Landing page", "Checkout"]
    assert len(after.flows) == 1 and len(after.comments) == 1 and len(after.metrics) == 1
    pain = after.pain_points[0]
    assert pain.stage == "b" and len(pain.touchpoints) == 1
    assert after.opportunities[0].pain_points == (pain.id,)
    assert not set(edit.select) & {r.id for r in source}


def test_paste_with_no_stage_or_channel_lane_drops_cards() -> None:
    fragment = editing.copy_fragment(sample(), ["t1"])
    target = Journey(JourneyData(stages=(Stage(id="a", name="A"),)))
    assert editing.paste(target, fragment).ops == []


def test_paste_a_lane_between_maps_keeps_its_cells_for_known_stages() -> None:
    fragment = editing.copy_fragment(sample(), ["notes", "web"])
    target = Journey(JourneyData(stages=(Stage(id="s2", name="Other"),)))
    after = roundtrip(target, editing.paste(target, fragment))
    notes = next(lane for lane in after.lanes if lane.kind == LaneKind.TEXT)
    assert notes.cells == {"s2": "bye"}
    # cards of stages the map lacks land in its first stage rather than being lost
    assert [(t.title, t.stage) for t in after.touchpoints] == [
        ("Search ad", "s2"),
        ("Landing page", "s2"),
        ("Checkout", "s2"),
    ]


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        "[]",
        '{"format": "other", "version": 1}',
        '{"format": "journeymap-fragment", "version": 99}',
        '{"format": "journeymap-fragment", "version": 1, "stages": [{"id": "s"}]}',
        '{"format": "journeymap-fragment", "version": 1, "stages": {}}',
        '{"format": "journeymap-fragment", "version": 1, "cells": [{"lane": 1}]}',
    ],
)
def test_bad_fragments_are_refused_with_a_location(payload: str) -> None:
    with pytest.raises(JourneyError) as error:
        editing.Fragment.from_json(payload)
    assert error.value.problems


def test_fragment_json_roundtrip() -> None:
    fragment = editing.copy_fragment(sample(), ["s2", "notes", "ann"])
    assert editing.Fragment.from_json(fragment.to_json()) == fragment


def test_plain_text_outline() -> None:
    journey = sample()
    text = editing.fragment_text(journey, editing.copy_fragment(journey, ["s2"]))
    assert text.splitlines()[:4] == ["Purchase", "  Web", "    - Checkout: pay now", "  Email"]
    assert "  Pain points" in text and "    - Faster" in text and "  Notes: bye" in text
    assert editing.fragment_text(journey, editing.Fragment()) == ""


def _random_edit(journey: Journey, data: st.DataObject) -> editing.Edit | None:
    stages, tps = journey.ids("stage"), journey.ids("touchpoint")
    channels = [lane.id for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    pick = data.draw(st.integers(0, 5))
    try:
        if pick == 0:
            return editing.new_card(journey, data.draw(st.sampled_from(stages)), channels[0], title="n")
        if pick == 1 and tps:
            ids = data.draw(st.lists(st.sampled_from(tps), min_size=1, max_size=3))
            index = data.draw(st.integers(0, len(tps)))
            return editing.move_cards(journey, ids, data.draw(st.sampled_from(stages)), channels[-1], index)
        if pick == 2 and len(tps) > 1:
            return editing.connect(journey, tps[0], data.draw(st.sampled_from(tps)))
        if pick == 3:
            ids = data.draw(st.lists(st.sampled_from(journey.ids("stage") + tps), max_size=2))
            return editing.duplicate(journey, ids)
        if pick == 4 and tps:
            return editing.delete(journey, [data.draw(st.sampled_from(tps))])
        return editing.move_to(journey, stages[-1], data.draw(st.integers(0, len(stages))))
    except JourneyError:
        return None


@settings(max_examples=40, deadline=None)
@given(journeys(), st.data())
def test_random_edit_sequences_undo_and_redo_exactly(data: JourneyData, draw: st.DataObject) -> None:
    journey = Journey(data)
    done_steps = []
    for _ in range(draw.draw(st.integers(1, 8))):
        edit = _random_edit(journey, draw)
        if edit is not None:
            done_steps.append(journey.apply_all(edit.ops))
    final = journey.snapshot()
    for done in reversed(done_steps):
        for op in reversed(done):
            journey.apply(op.inverse())
    assert journey.snapshot() == data
    for done in done_steps:
        journey.apply_all(done)
    assert journey.snapshot() == final
