"""Structural problems of a map: what is unreachable, where customers get stuck, what is
missing, and which touchpoints the whole flow depends on.

Rules (see docs/insights.md). The flow checks work on the level the flow analysis uses
(:func:`.chain.flow_level`): touchpoints when the map has touchpoint flows, else stages.

- ``unreachable``: an element of that level that no chain of flows leads to from the first
  stage's elements (the first stage that has touchpoints, at touchpoint level). Only flows
  count, whatever their share.
- ``dead_end``: an element that customers reach (it has an incoming flow, or it is a start)
  but that has no outgoing flow, outside the last stage.
- ``empty_stage``: a stage without touchpoints.
- ``pain_without_opportunity``: a pain point no opportunity answers.
- ``opportunity_without_owner``: an opportunity with a blank owner, unless done or dropped.
- ``critical_touchpoint``: the :data:`CRITICAL` touchpoints with the highest non-zero
  betweenness centrality in the directed touchpoint flow graph (normalised, unweighted):
  exact up to :data:`BETWEENNESS_SAMPLE` touchpoints in flows, estimated above (bound in
  :func:`.graph_algorithms.betweenness_estimate`).
- ``single_point_of_failure``: articulation points of the undirected touchpoint flow graph:
  removing one splits the flows in two.

Cost: O(elements + flows) for every check but betweenness, which is O(touchpoints x flows)
up to the sample size and O(max(BETWEENNESS_BUDGET, BETWEENNESS_MINIMUM x (touchpoints +
flows))) above it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.model.analysis._common import name_of, rounded
from journeymap.model.analysis.flowgraph import TOUCHPOINT_LEVEL, FlowGraph, flow_graph
from journeymap.model.analysis.graph_algorithms import (
    Adjacency,
    articulation_points,
    betweenness_estimate,
    reachable,
    undirected,
)
from journeymap.model.elements import OpportunityStatus
from journeymap.model.journey import Journey
from journeymap.util.i18n import number, tr, tr_noop

CRITICAL = 3

UNREACHABLE = "unreachable"
DEAD_END = "dead_end"
EMPTY_STAGE = "empty_stage"
PAIN_WITHOUT_OPPORTUNITY = "pain_without_opportunity"
OPPORTUNITY_WITHOUT_OWNER = "opportunity_without_owner"
CRITICAL_TOUCHPOINT = "critical_touchpoint"
SINGLE_POINT_OF_FAILURE = "single_point_of_failure"
PROBLEM_KINDS = (
    UNREACHABLE,
    DEAD_END,
    EMPTY_STAGE,
    PAIN_WITHOUT_OPPORTUNITY,
    OPPORTUNITY_WITHOUT_OWNER,
    CRITICAL_TOUCHPOINT,
    SINGLE_POINT_OF_FAILURE,
)
PROBLEM_WORDS = (
    tr_noop("unreachable"),
    tr_noop("dead end"),
    tr_noop("empty stage"),
    tr_noop("pain without opportunity"),
    tr_noop("opportunity without owner"),
    tr_noop("critical touchpoint"),
    tr_noop("single point of failure"),
)
"""What a table calls each kind of problem: ``tr(kind.replace("_", " "))`` (stats, Excel)."""


@dataclass(frozen=True)
class StructuralProblem:
    kind: str
    """One of :data:`PROBLEM_KINDS`."""
    message: str
    ids: tuple[str, ...]
    value: float | None = None
    """Betweenness for critical touchpoints; None otherwise."""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "message": self.message,
            "ids": list(self.ids),
            "value": rounded(self.value),
        }


def structural_problems(
    journey: Journey, *, critical: int = CRITICAL, graph: FlowGraph | None = None
) -> tuple[StructuralProblem, ...]:
    """Every problem, in the order of :data:`PROBLEM_KINDS`; ``graph`` is the map's
    :class:`.flowgraph.FlowGraph` when the caller has it."""
    graph = graph or flow_graph(journey)
    successors = graph.successors()
    found = [*_unreachable(journey, graph, successors), *_dead_ends(journey, graph, successors)]
    found += _empty_stages(journey) + _pains_without_opportunity(journey)
    found += _opportunities_without_owner(journey)
    if graph.level == TOUCHPOINT_LEVEL:
        flowing = _flowing(successors)
        found += _critical(journey, graph, flowing, critical) + _articulation_points(journey, graph, flowing)
    return tuple(found)


def _starts(journey: Journey, graph: FlowGraph) -> list[str]:
    """The first stage's elements: the first stage itself, or the first stage's touchpoints."""
    members: dict[str, list[str]] = {}
    for node in graph.nodes:
        members.setdefault(graph.stage[node], []).append(node)
    return next((members[stage] for stage in journey.ids("stage") if stage in members), [])


def _unreachable(journey: Journey, graph: FlowGraph, successors: Adjacency) -> list[StructuralProblem]:
    reached = reachable(successors, _starts(journey, graph))
    message = tr("“{name}” cannot be reached through flows from the first stage")
    return [
        StructuralProblem(UNREACHABLE, message.format(name=name_of(journey, node)), (node,))
        for node in graph.nodes
        if node not in reached
    ]


def _dead_ends(journey: Journey, graph: FlowGraph, successors: Adjacency) -> list[StructuralProblem]:
    stages = journey.ids("stage")
    starts = set(_starts(journey, graph))
    arrived = {target for targets in successors.values() for target in targets}
    message = tr("“{name}” is a dead end: customers arrive but no flow leads on")
    return [
        StructuralProblem(DEAD_END, message.format(name=name_of(journey, node)), (node,))
        for node in graph.nodes
        if not successors[node] and (node in arrived or node in starts) and graph.stage[node] != stages[-1]
    ]


def _empty_stages(journey: Journey) -> list[StructuralProblem]:
    used = {touchpoint.stage for touchpoint in journey.touchpoints}
    message = tr("stage “{name}” has no touchpoints")
    return [
        StructuralProblem(EMPTY_STAGE, message.format(name=stage.name), (stage.id,))
        for stage in journey.stages
        if stage.id not in used
    ]


def _pains_without_opportunity(journey: Journey) -> list[StructuralProblem]:
    answered = {pain for opportunity in journey.opportunities for pain in opportunity.pain_points}
    message = tr("pain point “{name}” has no opportunity")
    return [
        StructuralProblem(PAIN_WITHOUT_OPPORTUNITY, message.format(name=pain.title), (pain.id,))
        for pain in journey.pain_points
        if pain.id not in answered
    ]


def _opportunities_without_owner(journey: Journey) -> list[StructuralProblem]:
    finished = (OpportunityStatus.DONE, OpportunityStatus.DROPPED)
    message = tr("opportunity “{name}” has no owner")
    return [
        StructuralProblem(OPPORTUNITY_WITHOUT_OWNER, message.format(name=opp.title), (opp.id,))
        for opp in journey.opportunities
        if not opp.owner.strip() and opp.status not in finished
    ]


def _flowing(successors: Adjacency) -> dict[str, list[str]]:
    """Only the nodes that take part in a flow (isolated ones change no route), in map order."""
    arrived = {target for targets in successors.values() for target in targets}
    return {node: list(targets) for node, targets in successors.items() if targets or node in arrived}


BETWEENNESS_SAMPLE = 256
"""Exact betweenness costs (nodes x flows); above this many touchpoints in flows it is
estimated from at most this many sampled sources (fixed seed: the same map gives the same
answer; the same sources networkx samples)."""
BETWEENNESS_BUDGET = 500_000
"""Work (nodes reached + flows looked at, summed over the searches) after which sampling
stops, once :data:`BETWEENNESS_MINIMUM` sources are done: about half a second in pure
Python. The 1,000 and 10,000 synthetic maps stay under it (all 256 sources), the 50,000 one
stops after 107."""
BETWEENNESS_MINIMUM = 32


def _critical(journey: Journey, graph: FlowGraph, flowing: Adjacency, count: int) -> list[StructuralProblem]:
    centrality = betweenness_estimate(
        flowing, sample=BETWEENNESS_SAMPLE, budget=BETWEENNESS_BUDGET, minimum=BETWEENNESS_MINIMUM
    ).values
    order = {node: index for index, node in enumerate(graph.nodes)}
    ranked = sorted((n for n, v in centrality.items() if v > 0.0), key=lambda n: (-centrality[n], order[n]))
    message = tr("“{name}” is on many routes between other touchpoints (betweenness {value})")
    return [
        StructuralProblem(
            CRITICAL_TOUCHPOINT,
            message.format(name=name_of(journey, node), value=number(centrality[node], 2)),
            (node,),
            centrality[node],
        )
        for node in ranked[:count]
    ]


def _articulation_points(journey: Journey, graph: FlowGraph, flowing: Adjacency) -> list[StructuralProblem]:
    points = articulation_points(undirected(flowing))
    message = tr("“{name}” is a single point of failure: without it the flows fall apart")
    return [
        StructuralProblem(SINGLE_POINT_OF_FAILURE, message.format(name=name_of(journey, node)), (node,))
        for node in graph.nodes
        if node in points
    ]
