"""The diff of two maps in the map's terms, and applying it (all of it, or one change)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.model.data import JourneyData
from journeymap.model.diff import Change, diff
from journeymap.model.elements import JourneyInfo, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.patch import patch_ops, take_ops
from journeymap.model.problems import JourneyError
from tests.model.teams_sample import BASE, CARDS, LANES, STAGES
from tests.strategies import edited, journeys, meaning


def with_(data: JourneyData, **collections: Any) -> JourneyData:
    return data.model_copy(update=collections)


def test_the_same_map_has_no_differences() -> None:
    assert diff(BASE, BASE) == []
    assert diff(BASE, Journey(BASE).snapshot()) == []


def test_each_kind_of_change_in_the_maps_terms() -> None:
    new = with_(
        BASE,
        journey=JourneyInfo(title="Online shop"),
        stages=(STAGES[1], STAGES[0], STAGES[2]),
        lanes=(*LANES[:2], LANES[2].updated(cells={"s1": "hello", "s2": "bye"})),
        touchpoints=(
            CARDS[0].updated(title="Search ad"),
            CARDS[1].updated(stage="s2", lane="mail"),
            CARDS[3],
        ),
        pain_points=(BASE.pain_points[0].updated(touchpoints=()),),
    )
    got = [(c.op, c.kind, c.id, c.field, c.before, c.after) for c in diff(BASE, new)]
    assert got == [
        ("change", "journey", None, "title", "Shop", "Online shop"),
        ("reorder", "stage", "s2", None, 1, 0),
        ("change", "lane", "notes", "cells.s2", "", "bye"),
        (
            "remove",
            "touchpoint",
            "t3",
            None,
            {"id": "t3", "stage": "s2", "lane": "mail", "title": "Receipt"},
            None,
        ),
        ("change", "touchpoint", "t1", "title", "Ad", "Search ad"),
        ("move", "touchpoint", "t2", "stage", "s1", "s2"),
        ("move", "touchpoint", "t2", "lane", "web", "mail"),
        ("change", "pain_point", "p1", "touchpoints", ["t3"], []),
    ]


def test_an_addition_names_its_anchor_and_the_json_shape_is_the_documented_one() -> None:
    card = Touchpoint(id="t9", stage="s1", lane="web", title="Banner")
    (change,) = diff(BASE, with_(BASE, touchpoints=(CARDS[0], card, *CARDS[1:])))
    assert change.as_json() == {
        "op": "add",
        "kind": "touchpoint",
        "id": "t9",
        "title": "Banner",
        "after": {"id": "t9", "stage": "s1", "lane": "web", "title": "Banner"},
        "anchor": "t1",
    }


def test_card_order_counts_within_its_cell_only() -> None:
    other_cells = with_(BASE, touchpoints=(CARDS[2], CARDS[0], CARDS[1], CARDS[3]))
    assert diff(BASE, other_cells) == []
    (change,) = diff(BASE, with_(BASE, touchpoints=(CARDS[1], CARDS[0], CARDS[2], CARDS[3])))
    assert (change.op, change.id, change.anchor) in {("reorder", "t2", None), ("reorder", "t1", "t2")}


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(journeys(), journeys())
def test_diff_applied_gives_the_other_map(old: JourneyData, new: JourneyData) -> None:
    journey = Journey(old)
    journey.apply_all(patch_ops(journey, diff(old, new)))
    assert meaning(journey.snapshot()) == meaning(new)
    assert (diff(old, new) == []) == (meaning(old) == meaning(new))


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_diff_of_an_edited_copy_applied_gives_the_copy(data: st.DataObject) -> None:
    old = data.draw(journeys())
    new = data.draw(edited(old, tag="e", max_edits=10))
    journey = Journey(old)
    done = journey.apply_all(patch_ops(journey, diff(old, new)))
    assert meaning(journey.snapshot()) == meaning(new)
    for op in reversed(done):
        journey.apply(op.inverse())
    assert journey.snapshot() == old


def test_taking_an_added_card_brings_its_new_stage() -> None:
    stage = Stage(id="s4", name="Referral")
    card = Touchpoint(id="t9", stage="s4", lane="web", title="Points")
    other = with_(BASE, stages=(*STAGES, stage), touchpoints=(*CARDS, card))
    change = next(c for c in diff(BASE, other) if c.id == "t9")
    journey = Journey(BASE)
    journey.apply_all(take_ops(journey, change, other))
    assert journey["s4"] == stage and journey["t9"] == card


def test_taking_a_move_and_a_reorder_into_a_map_that_moved_on() -> None:
    other = with_(BASE, touchpoints=(CARDS[1], CARDS[0].updated(stage="s2", lane="mail"), CARDS[2], CARDS[3]))
    moves = [c for c in diff(BASE, other) if c.id == "t1"]
    journey = Journey(
        with_(BASE, touchpoints=(*CARDS, Touchpoint(id="t5", stage="s2", lane="mail", title="New")))
    )
    for change in moves:
        journey.apply_all(take_ops(journey, change, other))
    assert (journey["t1"].stage, journey["t1"].lane) == ("s2", "mail")
    assert [t.id for t in journey.touchpoints_in("s2", "mail")] == ["t1", "t3", "t5"]


def test_a_change_of_an_element_no_longer_there_is_refused_with_its_id() -> None:
    change = Change("change", "touchpoint", "gone", "Gone", "title", "a", "b")
    with pytest.raises(JourneyError, match="'gone' is no longer in this map"):
        take_ops(Journey(BASE), change, BASE)
