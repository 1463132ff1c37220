"""Insights hold on any valid map: no exception, plain JSON, probabilities in range, every
id a finding names exists, paths end in the target stage."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.model.analysis import Insights, analyse, what_if
from journeymap.model.data import JourneyData
from journeymap.model.journey import Journey
from tests.strategies import journeys


def finding_ids(insights: Insights) -> set[str]:
    ids: set[str] = set(insights.flows.ids)
    for group in (insights.funnel.steps, insights.funnel.loops, insights.flows.reach, insights.flows.paths):
        for finding in group:
            ids.update(finding.ids)
    for row in insights.coverage.rows:
        for cell in row:
            ids.update(cell.ids)
    spots = insights.hotspots
    for finding in (*spots.pain_points, *spots.stages, *spots.lanes, *insights.problems):
        ids.update(finding.ids)
    return ids


@settings(max_examples=100, deadline=None)
@given(journeys(max_touchpoints=10))
def test_insights_on_any_map(data: JourneyData) -> None:
    journey = Journey(data)
    insights = analyse(journey)
    as_json = insights.to_json()
    assert json.loads(json.dumps(as_json, allow_nan=False)) == as_json
    assert all(ident in journey for ident in finding_ids(insights))
    flows = insights.flows
    for reach in flows.reach:
        assert reach.reach is None or 0.0 <= reach.reach <= 1.0
    if flows.conversion is not None:
        assert sum(p.probability for p in flows.paths) <= flows.conversion + 1e-9
    for path in flows.paths:
        last = journey[path.nodes[-1]]
        assert getattr(last, "stage", last.id) == flows.target_id
    probabilities = [p.probability for p in flows.paths]
    assert probabilities == sorted(probabilities, reverse=True)


@settings(max_examples=40, deadline=None)
@given(journeys(max_touchpoints=6), st.floats(0, 1))
def test_what_if_on_any_flow(data: JourneyData, share: float) -> None:
    journey = Journey(data)
    for flow in journey.flows:
        change = what_if(journey, flow.id, share)
        assert change.after is None or 0.0 <= change.after <= 1.0
        if flow.share is not None:  # setting the share it has changes nothing
            same = what_if(journey, flow.id, flow.share)
            assert same.after == pytest.approx(same.before)


def test_a_negligible_share_beside_a_loop_is_not_a_singular_system() -> None:
    """Found by the property above: a touchpoint looping back to itself (no share, so it
    takes the rest) with a way out of 1e-98 made a zero pivot."""
    from journeymap.model.elements import Flow, Lane, Stage, Touchpoint

    data = JourneyData(
        stages=(Stage(id="s0", name="A"), Stage(id="s1", name="B")),
        lanes=(Lane(id="web", name="Web", channel="web"),),
        touchpoints=(
            Touchpoint(id="t0", stage="s0", lane="web", title="a"),
            Touchpoint(id="t1", stage="s1", lane="web", title="b"),
        ),
        flows=(
            Flow(id="f0", source="t0", target="t0"),
            Flow(id="f1", source="t1", target="t0"),
            Flow(id="f2", source="t0", target="t1", share=2.6e-98),
        ),
    )
    insights = analyse(Journey(data))
    assert all(0.0 <= (reach.reach or 0.0) <= 1.0 for reach in insights.flows.reach)
