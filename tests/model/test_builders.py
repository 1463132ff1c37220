"""The pure edit builders: each list of operations applies, undoes exactly, and refuses
what the journey would refuse."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.model import builders, cells, clipboard
from journeymap.model.data import JourneyData
from journeymap.model.elements import LaneKind
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError
from tests.model.edit_samples import cell, roundtrip, sample
from tests.strategies import journeys


def test_new_touchpoint_at_an_index_in_a_cell() -> None:
    journey = sample()
    index = cells.cell_insertion_index(journey, "s1", "web", 1)
    edit = builders.new_touchpoint(journey, "s1", "web", title="Review", index=index)
    roundtrip(journey, edit)
    (new,) = edit.select
    assert cell(journey, "s1", "web") == ["t1", new, "t2"]
    assert journey[new].title == "Review"


def test_builders_say_which_ids_they_create() -> None:
    journey = sample()
    card = builders.new_card(journey, "s1", "web", title="Review")
    assert card.created == card.select and journey.kind_of(card.created[0]) is None
    assert builders.rename(journey, "t1", "Ad").created == []
    pasted = clipboard.duplicate(journey, ["s1"])
    assert pasted.created == pasted.select and len(pasted.created) == 5


def test_new_card_in_a_pain_point_lane_is_a_pain_point_and_empty_cells_append() -> None:
    journey = sample()
    edit = builders.new_card(journey, "s1", "pains", title="Too many ads")
    roundtrip(journey, edit)
    assert journey.kind_of(edit.select[0]) == "pain_point"
    assert cell(journey, "s1", "pains") == edit.select
    assert cells.cell_insertion_index(journey, "s1", "mail", 0) == journey.count("touchpoint")


@pytest.mark.parametrize(
    ("stage", "lane", "title"), [("s1", "notes", "x"), ("s1", "web", "  "), ("nope", "web", "x")]
)
def test_new_touchpoint_refuses_text_lanes_empty_titles_and_unknown_cells(
    stage: str, lane: str, title: str
) -> None:
    with pytest.raises(JourneyError):
        builders.new_touchpoint(sample(), stage, lane, title=title.strip())


def test_move_cards_to_another_cell_and_index_is_update_plus_move() -> None:
    journey = sample()
    index = cells.cell_insertion_index(journey, "s1", "web", 1)
    edit = builders.move_cards(journey, ["t4", "t3"], "s1", "web", index)
    assert [type(op).__name__ for op in edit.ops] == ["Update", "Update", "Move", "Move"]
    roundtrip(journey, edit)
    assert cell(journey, "s1", "web") == ["t1", "t3", "t4", "t2"]
    assert cell(journey, "s2", "web") == cell(journey, "s2", "mail") == []
    roundtrip(journey, builders.move_cards(journey, ["t2", "t1"], "s2", "web", 0))
    assert cell(journey, "s2", "web") == ["t1", "t2"]


def test_move_cards_to_the_end_and_within_a_cell() -> None:
    journey = sample()
    roundtrip(journey, builders.move_cards(journey, ["t1"], "s1", "web", journey.count("touchpoint")))
    assert journey.ids("touchpoint") == ["t2", "t3", "t4", "t1"]
    roundtrip(journey, builders.move_cards(journey, ["t1"], "s1", "web", 0))
    assert journey.ids("touchpoint")[0] == "t1"


def test_move_cards_moves_only_cards_the_lane_holds() -> None:
    journey = sample()
    edit = builders.move_cards(journey, ["t1", "p1"], "s1", "pains", None)
    roundtrip(journey, edit)
    assert journey["p1"].stage == "s1"
    assert journey["t1"].lane == "web"
    with pytest.raises(JourneyError):
        builders.move_cards(journey, ["t1"], "s1", "notes", 0)


def test_reorder_stages_and_lanes() -> None:
    journey = sample()
    roundtrip(journey, builders.move_to(journey, "s2", 0))
    assert journey.ids("stage") == ["s2", "s1"]
    roundtrip(journey, builders.move_to(journey, "web", 9))
    assert journey.ids("lane")[-1] == "web"
    assert builders.move_to(journey, "web", 3).ops == []


def test_connect_and_its_refusals() -> None:
    journey = sample()
    edit = builders.connect(journey, "t3", "t4")
    roundtrip(journey, edit)
    assert journey[edit.select[0]].source == "t3"
    for source, target in [("t1", "t2"), ("t1", "t1"), ("t1", "s1"), ("t1", "p1")]:
        with pytest.raises(JourneyError):
            builders.connect(journey, source, target)
        assert not builders.can_connect(journey, source, target)
    roundtrip(journey, builders.connect(journey, "s2", "s1"))


def test_rename_and_delete_with_cascades() -> None:
    journey = sample()
    roundtrip(journey, builders.rename(journey, "s1", "  Farkındalık "))
    assert journey["s1"].name == "Farkındalık"
    assert builders.rename(journey, "s1", "Farkındalık").ops == []
    with pytest.raises(JourneyError):
        builders.rename(journey, "t1", "")
    roundtrip(journey, builders.delete(journey, ["t3"]))
    assert "t3" not in journey and "f2" not in journey and "m1" not in journey
    assert journey["p1"].touchpoints == ()


def test_set_cell_text_writes_clears_and_refuses_other_lanes() -> None:
    journey = sample()
    roundtrip(journey, builders.set_cell_text(journey, "s2", "notes", "two\nlines\n"))
    assert journey["notes"].cells == {"s1": "hello", "s2": "two\nlines"}
    roundtrip(journey, builders.set_cell_text(journey, "s1", "notes", "  \n "))
    assert journey["notes"].cells == {"s2": "two\nlines"}
    assert builders.set_cell_text(journey, "s2", "notes", "two\nlines").ops == []
    with pytest.raises(JourneyError, match="text lanes"):
        builders.set_cell_text(journey, "s1", "web", "x")
    with pytest.raises(JourneyError):
        builders.set_cell_text(journey, "nope", "notes", "x")
    with pytest.raises(JourneyError):
        builders.set_cell_text(journey, "s1", "notes", "x" * 20_001)


def test_nudge_steps_within_a_cell_then_across_lanes_and_stages() -> None:
    journey = sample()
    roundtrip(journey, builders.nudge(journey, ["t2"], lanes=-1))
    assert cell(journey, "s1", "web") == ["t2", "t1"]
    roundtrip(journey, builders.nudge(journey, ["t2"], lanes=1))
    assert cell(journey, "s1", "web") == ["t1", "t2"]
    roundtrip(journey, builders.nudge(journey, ["t2"], lanes=1))
    assert journey["t2"].lane == "mail"
    assert builders.nudge(journey, ["t2"], lanes=1).ops == []  # the last channel lane
    roundtrip(journey, builders.nudge(journey, ["t1", "t2", "p1"], stages=1))
    assert (journey["t1"].stage, journey["t2"].stage, journey["p1"].stage) == ("s2", "s2", "s2")


def _random_edit(journey: Journey, data: st.DataObject) -> builders.Edit | None:
    stages, tps = journey.ids("stage"), journey.ids("touchpoint")
    channels = [lane.id for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    pick = data.draw(st.integers(0, 5))
    try:
        if pick == 0:
            return builders.new_card(journey, data.draw(st.sampled_from(stages)), channels[0], title="n")
        if pick == 1 and tps:
            ids = data.draw(st.lists(st.sampled_from(tps), min_size=1, max_size=3))
            index = data.draw(st.integers(0, len(tps)))
            return builders.move_cards(journey, ids, data.draw(st.sampled_from(stages)), channels[-1], index)
        if pick == 2 and len(tps) > 1:
            return builders.connect(journey, tps[0], data.draw(st.sampled_from(tps)))
        if pick == 3:
            ids = data.draw(st.lists(st.sampled_from(journey.ids("stage") + tps), max_size=2))
            return clipboard.duplicate(journey, ids)
        if pick == 4 and tps:
            return builders.delete(journey, [data.draw(st.sampled_from(tps))])
        return builders.move_to(journey, stages[-1], data.draw(st.integers(0, len(stages))))
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
