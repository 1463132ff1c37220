"""The linear analyses of issue 15 give the answers the old ones gave, on random maps with
many flows: the old code is kept as a reference in tests/model/analysis_reference.py, so
that nothing changes but the cost. Betweenness, exact up to the sample size, is checked
against networkx; above it, the estimate against the exact value and its stated bound."""

from __future__ import annotations

import random
from typing import Any

import networkx as nx
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from journeymap.model.analysis import coverage, flow_analysis, hotspots, structural_problems
from journeymap.model.analysis.chain import _NEGLIGIBLE, Chain, build_chain, reach_probabilities
from journeymap.model.analysis.flows import target_stage, top_paths
from journeymap.model.analysis.graph_algorithms import (
    articulation_points,
    betweenness,
    betweenness_estimate,
    reachable,
    undirected,
)
from journeymap.model.analysis.linear import SingularSystemError
from journeymap.model.counts import element_counts
from journeymap.model.data import JourneyData
from journeymap.model.elements import Flow, Lane, Opportunity, PainPoint, Stage, Touchpoint
from journeymap.model.journey import Journey
from tests.model import analysis_reference as old

SHARES = st.none() | st.sampled_from([0.0, 0.1, 0.25, 0.5, 0.9, 1.0]) | st.floats(0, 1)


@st.composite
def flow_maps(draw: Any, *, max_touchpoints: int = 24, max_flows: int = 48) -> Journey:
    """Maps whose flows tangle: loops, self-loops, parallel flows, stage flows beside
    touchpoint flows, several opportunities per pain point."""
    stages = [Stage(id=f"s{i}", name=f"S{i}") for i in range(draw(st.integers(1, 5)))]
    lanes = [Lane(id=f"l{i}", name=f"L{i}", channel="web") for i in range(draw(st.integers(1, 3)))]
    stage_ids, lane_ids = [s.id for s in stages], [lane.id for lane in lanes]
    points = [
        Touchpoint(
            id=f"t{i}",
            title=f"T{i}",
            stage=draw(st.sampled_from(stage_ids)),
            lane=draw(st.sampled_from(lane_ids)),
        )
        for i in range(draw(st.integers(0, max_touchpoints)))
    ]
    point_ids = [t.id for t in points]
    ends = st.sampled_from(point_ids) if point_ids else st.nothing()
    pairs = draw(st.lists(st.tuples(ends, ends), max_size=max_flows)) if point_ids else []
    if draw(st.booleans()):  # stage flows too: the level rule must still pick touchpoints
        pairs += draw(st.lists(st.tuples(st.sampled_from(stage_ids), st.sampled_from(stage_ids)), max_size=6))
    flows = [Flow(id=f"f{i}", source=a, target=b, share=draw(SHARES)) for i, (a, b) in enumerate(pairs)]
    pains = [
        PainPoint(
            id=f"p{i}",
            title=f"P{i}",
            stage=draw(st.sampled_from(stage_ids)),
            touchpoints=tuple(draw(st.lists(ends, unique=True, max_size=3))) if point_ids else (),
            severity=draw(st.integers(1, 5)),
            affected=draw(st.none() | st.floats(0, 1)),
        )
        for i in range(draw(st.integers(0, 6)))
    ]
    pain_ids = st.sampled_from([p.id for p in pains]) if pains else st.nothing()
    opportunities = [
        Opportunity(
            id=f"o{i}",
            title=f"O{i}",
            stage=draw(st.sampled_from(stage_ids)),
            pain_points=tuple(draw(st.lists(pain_ids, unique=True, max_size=2))) if pains else (),
            owner=draw(st.sampled_from(["", " ", "Ana"])),
        )
        for i in range(draw(st.integers(0, 6)))
    ]
    return Journey(
        JourneyData(
            stages=tuple(stages),
            lanes=tuple(lanes),
            touchpoints=tuple(points),
            pain_points=tuple(pains),
            opportunities=tuple(opportunities),
            flows=tuple(flows),
        )
    )


def followed_alike(chain: Chain) -> bool:
    """No move of ``chain`` is a share below a billionth: the new code counts such a move as
    none on purpose (a rounding's leftover, not a way out; ``Chain.before``), where the old one
    followed it, so that a state with a share of 2e-16 out and the rest looping back reaches
    nothing now and everything before. Only maps without one are compared for reach."""
    return all(p == 0.0 or p > _NEGLIGIBLE for moves in chain.moves.values() for p in moves.values())


def close(new: Any, before: Any) -> bool:
    """Equal, floats up to rounding (the new code may add in another order)."""
    if isinstance(new, float) and isinstance(before, float):
        return new == pytest.approx(before, abs=1e-9)
    if isinstance(new, dict) and isinstance(before, dict):
        return new.keys() == before.keys() and all(close(new[k], before[k]) for k in new)
    if isinstance(new, (list, tuple)) and isinstance(before, (list, tuple)):
        return len(new) == len(before) and all(close(a, b) for a, b in zip(new, before, strict=True))
    return bool(new == before)


@settings(max_examples=60, deadline=None)
@given(flow_maps())
def test_the_chain_is_the_one_the_old_code_built(journey: Journey) -> None:
    new, before = build_chain(journey), old.build_chain(journey)
    assert (new.level, new.nodes, new.entry, new.measured) == (
        before.level,
        before.nodes,
        before.entry,
        before.measured,
    )
    assert dict(new.stage) == dict(before.stage)
    assert dict(new.flows_on) == dict(before.flows_on)
    assert close(dict(new.shares), dict(before.shares))
    assert close({k: dict(v) for k, v in new.moves.items()}, {k: dict(v) for k, v in before.moves.items()})
    assert [list(v) for v in new.moves.values()] == [list(v) for v in before.moves.values()]  # same order
    for stage in journey.ids("stage") if followed_alike(new) else ():
        goal = new.nodes_in(stage)
        reach = reach_probabilities(new, goal)
        try:
            assert close(reach, old.reach_probabilities(before, goal))
        except SingularSystemError:  # the old code's bug: a self-loop of share 1 - 1e-204
            assert all(0.0 <= value <= 1.0 for value in reach.values())


@settings(max_examples=60, deadline=None)
@given(flow_maps())
def test_flow_analysis_answers_as_before(journey: Journey) -> None:
    chain = old.build_chain(journey)
    assume(_old_code_can_solve(chain) and followed_alike(build_chain(journey)))
    target = target_stage(journey)
    reach = [
        None
        if not chain.entry or not chain.measured
        else sum(old.reach_probabilities(chain, chain.nodes_in(s))[n] for n in chain.entry) / len(chain.entry)
        for s in journey.ids("stage")
    ]
    result = flow_analysis(journey)
    assert close([r.reach for r in result.reach], reach)
    assert close(result.conversion, reach[journey.index_of(target)] if target else None)
    before = top_paths(journey, chain, target) if target else ()
    assert close([p.to_json() for p in result.paths], [p.to_json() for p in before])


def _old_code_can_solve(chain: Chain) -> bool:
    try:
        for stage in set(chain.stage.values()):
            old.reach_probabilities(chain, chain.nodes_in(stage))
    except SingularSystemError:
        return False
    return True


@settings(max_examples=60, deadline=None)
@given(flow_maps())
def test_structural_problems_are_the_old_ones(journey: Journey) -> None:
    new = [p.to_json() for p in structural_problems(journey)]
    before = [p.to_json() for p in old.structural_problems(journey)]
    assert close(new, before)


@settings(max_examples=100, deadline=None)
@given(flow_maps())
def test_coverage_hot_spots_and_counts_are_the_old_ones(journey: Journey) -> None:
    assert coverage(journey).to_json() == old.coverage(journey).to_json()
    assert hotspots(journey).to_json() == old.hotspots(journey).to_json()
    assert element_counts(journey) == old.element_counts(journey)


# ---- the graph algorithms against networkx -------------------------------------------------


@st.composite
def digraphs(draw: Any, *, max_nodes: int = 30) -> nx.DiGraph:
    graph = nx.DiGraph()
    names = [f"n{i}" for i in range(draw(st.integers(0, max_nodes)))]
    graph.add_nodes_from(names)
    if names:
        node = st.sampled_from(names)
        graph.add_edges_from(draw(st.lists(st.tuples(node, node), max_size=3 * len(names))))
    return graph


def successors(graph: nx.DiGraph) -> dict[str, list[str]]:
    return {node: list(graph.successors(node)) for node in graph}


@settings(max_examples=100, deadline=None)
@given(digraphs(), st.data())
def test_one_search_from_all_starts_reaches_what_one_search_per_start_did(
    graph: nx.DiGraph, data: Any
) -> None:
    starts = data.draw(st.lists(st.sampled_from(list(graph)), unique=True)) if graph else []
    expected = set(starts).union(*(nx.descendants(graph, s) for s in starts))
    assert reachable(successors(graph), starts) == expected


@settings(max_examples=100, deadline=None)
@given(digraphs())
def test_articulation_points_as_networkx_finds_them(graph: nx.DiGraph) -> None:
    assert articulation_points(undirected(successors(graph))) == set(
        nx.articulation_points(graph.to_undirected())
    )


@settings(max_examples=100, deadline=None)
@given(digraphs())
def test_exact_betweenness_is_networkx_s(graph: nx.DiGraph) -> None:
    assert betweenness(successors(graph)) == pytest.approx(nx.betweenness_centrality(graph), abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(digraphs(max_nodes=40), st.integers(2, 20))
def test_sampled_betweenness_is_networkx_s_estimate_from_the_same_sources(graph: nx.DiGraph, k: int) -> None:
    estimate = betweenness_estimate(successors(graph), sample=k, budget=10**9, minimum=1)
    if estimate.exact:
        assert len(graph) <= max(k, 2)
        assert estimate.values == pytest.approx(nx.betweenness_centrality(graph), abs=1e-12)
    else:
        expected = nx.betweenness_centrality(graph, k=k, seed=0)
        assert (estimate.sources, estimate.values) == (k, pytest.approx(expected, abs=1e-12))


def random_flows(n: int, seed: int) -> dict[str, list[str]]:
    """A map-like graph: each touchpoint leads to one to three of the next twenty, and a few
    flows loop back."""
    rng = random.Random(seed)
    graph: dict[str, list[str]] = {f"t{i}": [] for i in range(n)}
    for i in range(n - 1):
        for _ in range(rng.randint(1, 3)):
            graph[f"t{i}"].append(f"t{min(n - 1, i + rng.randint(1, 20))}")
        if rng.random() < 0.02:
            graph[f"t{i}"].append(f"t{rng.randrange(i + 1)}")
    return {node: list(dict.fromkeys(targets)) for node, targets in graph.items()}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_estimate_keeps_within_its_stated_bound_of_the_exact_value(seed: int) -> None:
    graph = random_flows(300, seed)
    exact = betweenness(graph)
    estimate = betweenness_estimate(graph, sample=64, budget=10**9, minimum=1)
    assert not estimate.exact and estimate.sources == 64
    bound = estimate.error_bound(0.95)
    errors = sorted(abs(estimate.values[node] - exact[node]) for node in graph)
    assert errors[int(0.95 * len(errors))] <= bound  # the bound holds for 95 % of the nodes at least
    assert max(errors) <= estimate.error_bound(1 - 1e-6)
    top = sorted(graph, key=lambda node: -exact[node])[:10]
    assert sorted(graph, key=lambda node: -estimate.values[node])[0] in top


def test_the_work_budget_stops_sampling_but_never_below_the_minimum() -> None:
    graph = random_flows(400, 4)
    full = betweenness_estimate(graph, sample=100, budget=10**9, minimum=10)
    stopped = betweenness_estimate(graph, sample=100, budget=1, minimum=10)
    assert (full.sources, stopped.sources) == (100, 10)
    assert stopped.error_bound() > full.error_bound() > 0.0
    assert betweenness_estimate(graph, sample=400, budget=1, minimum=10).exact
