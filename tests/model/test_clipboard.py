"""Copy, paste and duplicate: fragments keep what resolves, drop what does not, and paste
with fresh ids; bad clipboard payloads are refused with a location."""

from __future__ import annotations

import json

import pytest

from journeymap.model import clipboard
from journeymap.model.data import JourneyData
from journeymap.model.elements import Lane, LaneKind, Stage
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError
from tests.model.edit_samples import cell, roundtrip, sample


def test_copy_expands_a_stage_to_its_cards_cells_and_internal_flows() -> None:
    journey = sample()
    fragment = clipboard.copy_fragment(journey, ["s1"])
    assert [r.id for r in fragment.records] == ["s1", "t1", "t2", "f1", "c1"]
    assert fragment.cells == (("notes", "s1", "hello"),)


def test_duplicate_gives_fresh_ids_and_remaps_internal_references() -> None:
    journey = sample()
    edit = clipboard.duplicate(journey, ["s1"])
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
    edit = clipboard.duplicate(journey, ["p1"])
    roundtrip(journey, edit)
    (copy,) = edit.select
    assert journey[copy].stage == "s2" and journey[copy].touchpoints == ("t3",)


def test_paste_into_another_map_drops_what_does_not_resolve() -> None:
    source = sample()
    payload = clipboard.copy_fragment(source, ["t2", "t3", "p1", "o1"]).to_json()
    assert json.loads(payload)["format"] == "journeymap-fragment"
    target = Journey(
        JourneyData(
            stages=(Stage(id="a", name="A"), Stage(id="b", name="B")),
            lanes=(Lane(id="x", name="X", kind=LaneKind.TEXT), Lane(id="y", name="Y")),
        )
    )
    edit = clipboard.paste(target, clipboard.Fragment.from_json(payload), stage="b", lane="y")
    after = roundtrip(target, edit)
    assert [t.title for t in target.touchpoints_in("b", "y")] == ["Landing page", "Checkout"]
    assert len(after.flows) == 1 and len(after.comments) == 1 and len(after.metrics) == 1
    pain = after.pain_points[0]
    assert pain.stage == "b" and len(pain.touchpoints) == 1
    assert after.opportunities[0].pain_points == (pain.id,)
    assert not set(edit.select) & {r.id for r in source}


def test_paste_with_no_stage_or_channel_lane_drops_cards() -> None:
    fragment = clipboard.copy_fragment(sample(), ["t1"])
    target = Journey(JourneyData(stages=(Stage(id="a", name="A"),)))
    assert clipboard.paste(target, fragment).ops == []


def test_paste_a_lane_between_maps_keeps_its_cells_for_known_stages() -> None:
    fragment = clipboard.copy_fragment(sample(), ["notes", "web"])
    target = Journey(JourneyData(stages=(Stage(id="s2", name="Other"),)))
    after = roundtrip(target, clipboard.paste(target, fragment))
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
        clipboard.Fragment.from_json(payload)
    assert error.value.problems


def test_fragment_json_roundtrip() -> None:
    fragment = clipboard.copy_fragment(sample(), ["s2", "notes", "ann"])
    assert clipboard.Fragment.from_json(fragment.to_json()) == fragment


def test_plain_text_outline() -> None:
    journey = sample()
    text = clipboard.fragment_text(journey, clipboard.copy_fragment(journey, ["s2"]))
    assert text.splitlines()[:4] == ["Purchase", "  Web", "    - Checkout: pay now", "  Email"]
    assert "  Pain points" in text and "    - Faster" in text and "  Notes: bye" in text
    assert clipboard.fragment_text(journey, clipboard.Fragment()) == ""
