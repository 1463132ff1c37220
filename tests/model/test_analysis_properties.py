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
