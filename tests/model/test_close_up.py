"""A stage on its own (model/close_up.py): its cards, only the lanes that hold something."""

from __future__ import annotations

import pytest

from journeymap.formats import journey_file
from journeymap.model.close_up import stage_close_up
from journeymap.model.data import JourneyData
from journeymap.util.paths import example_map


@pytest.fixture(scope="module")
def example() -> JourneyData:
    return journey_file.load_data(example_map())


def test_a_close_up_keeps_exactly_the_stage_s_cards(example: JourneyData) -> None:
    for stage in example.stages:
        alone = stage_close_up(example, stage.id)
        assert [s.id for s in alone.stages] == [stage.id]
        assert {t.id for t in alone.touchpoints} == {t.id for t in example.touchpoints if t.stage == stage.id}
        assert {p.id for p in alone.pain_points} == {p.id for p in example.pain_points if p.stage == stage.id}
        assert {o.id for o in alone.opportunities} == {
            o.id for o in example.opportunities if o.stage == stage.id
        }
        assert alone.personas == example.personas
        journey_file.parse(journey_file.dumps(alone))  # a valid map: no dangling reference


def test_lanes_with_nothing_in_the_stage_are_left_out(example: JourneyData) -> None:
    purchase = stage_close_up(example, "st-purchase")
    names = [lane.name for lane in purchase.lanes]
    assert "Ads" not in names and "Social" not in names and "Word of mouth" not in names
    assert names[:2] == ["Customer goals", "Web shop"]
    assert {"Emotion", "Pain points", "Opportunities", "Metrics"} <= set(names)


def test_flows_stay_only_between_the_stage_s_own_touchpoints(example: JourneyData) -> None:
    alone = stage_close_up(example, "st-retention")
    mine = {t.id for t in alone.touchpoints}
    assert alone.flows
    assert all(flow.source in mine and flow.target in mine for flow in alone.flows)


def test_metrics_on_the_stage_or_its_touchpoints_come_along(example: JourneyData) -> None:
    alone = stage_close_up(example, "st-awareness")
    here = {"st-awareness"} | {t.id for t in alone.touchpoints}
    expected = {m.id for m in example.metrics if m.attached_to in here}
    assert expected and {m.id for m in alone.metrics} == expected


def test_notes_and_votes_of_other_stages_go(example: JourneyData) -> None:
    alone = stage_close_up(example, "st-purchase")
    assert {n.stage for n in alone.notes} == {"st-purchase"}
    cards = {c.id for c in (*alone.touchpoints, *alone.pain_points, *alone.opportunities)}
    assert alone.votes and all(vote.element in cards for vote in alone.votes)


def test_an_unknown_stage_is_refused(example: JourneyData) -> None:
    with pytest.raises(KeyError):
        stage_close_up(example, "st-nowhere")
