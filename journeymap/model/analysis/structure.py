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
  betweenness centrality in the directed touchpoint flow graph (normalised, unweighted).
- ``single_point_of_failure``: articulation points of the undirected touchpoint flow graph:
  removing one splits the flows in two.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from journeymap.model.analysis._common import name_of, rounded, stage_of
from journeymap.model.analysis.chain import TOUCHPOINT_LEVEL, flow_level
from journeymap.model.elements import OpportunityStatus
from journeymap.model.journey import Journey
from journeymap.util.i18n import number, tr

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


def structural_problems(journey: Journey, *, critical: int = CRITICAL) -> tuple[StructuralProblem, ...]:
    level = flow_level(journey)
    graph = _level_graph(journey, level)
    found = [*_unreachable(journey, graph), *_dead_ends(journey, graph)]
    found += _empty_stages(journey) + _pains_without_opportunity(journey)
    found += _opportunities_without_owner(journey)
    if level == TOUCHPOINT_LEVEL:
        found += _critical(journey, graph, critical) + _articulation_points(journey, graph)
    return tuple(found)


def _level_graph(journey: Journey, level: str | None) -> nx.DiGraph:
    """Every element of the level as a node (flows or not), every flow between them an edge."""
    graph = nx.DiGraph()
    if level is None:
        return graph
    graph.add_nodes_from(journey.ids(level))
    flows = journey.flow_graph()
    graph.add_edges_from((u, v) for u, v in flows.edges() if flows.nodes[u]["kind"] == level)
    return graph


def _starts(journey: Journey, graph: nx.DiGraph) -> list[str]:
    """The first stage's elements: the first stage itself, or the first stage's touchpoints."""
    order = journey.ids("stage")
    for stage in order:
        members = [node for node in graph if stage_of(journey, node) == stage]
        if members:
            return members
    return []


def _unreachable(journey: Journey, graph: nx.DiGraph) -> list[StructuralProblem]:
    starts = _starts(journey, graph)
    reached = set(starts).union(*(nx.descendants(graph, s) for s in starts))
    message = tr("“{name}” cannot be reached through flows from the first stage")
    return [
        StructuralProblem(UNREACHABLE, message.format(name=name_of(journey, node)), (node,))
        for node in graph
        if node not in reached
    ]


def _dead_ends(journey: Journey, graph: nx.DiGraph) -> list[StructuralProblem]:
    stages = journey.ids("stage")
    starts = set(_starts(journey, graph))
    message = tr("“{name}” is a dead end: customers arrive but no flow leads on")
    return [
        StructuralProblem(DEAD_END, message.format(name=name_of(journey, node)), (node,))
        for node in graph
        if graph.out_degree(node) == 0
        and (graph.in_degree(node) > 0 or node in starts)
        and stage_of(journey, node) != stages[-1]
    ]


def _empty_stages(journey: Journey) -> list[StructuralProblem]:
    message = tr("stage “{name}” has no touchpoints")
    return [
        StructuralProblem(EMPTY_STAGE, message.format(name=stage.name), (stage.id,))
        for stage in journey.stages
        if not any(journey.kind_of(ref) == "touchpoint" for ref in journey.referring(stage.id, "stage"))
    ]


def _pains_without_opportunity(journey: Journey) -> list[StructuralProblem]:
    message = tr("pain point “{name}” has no opportunity")
    return [
        StructuralProblem(PAIN_WITHOUT_OPPORTUNITY, message.format(name=pain.title), (pain.id,))
        for pain in journey.pain_points
        if not journey.referring(pain.id, "pain_points")
    ]


def _opportunities_without_owner(journey: Journey) -> list[StructuralProblem]:
    finished = (OpportunityStatus.DONE, OpportunityStatus.DROPPED)
    message = tr("opportunity “{name}” has no owner")
    return [
        StructuralProblem(OPPORTUNITY_WITHOUT_OWNER, message.format(name=opp.title), (opp.id,))
        for opp in journey.opportunities
        if not opp.owner.strip() and opp.status not in finished
    ]


def _flowing(graph: nx.DiGraph) -> nx.DiGraph:
    """Only the nodes that take part in a flow (isolated ones change no route), as a copy:
    betweenness on a subgraph view is twice as slow."""
    return nx.DiGraph(graph.subgraph(node for node in graph if graph.degree(node) > 0))


BETWEENNESS_SAMPLE = 256
"""Exact betweenness costs (nodes x flows); above this many touchpoints it is estimated from
this many sampled sources (fixed seed: the same map gives the same answer)."""


def _critical(journey: Journey, graph: nx.DiGraph, count: int) -> list[StructuralProblem]:
    flowing = _flowing(graph)
    sample = BETWEENNESS_SAMPLE if len(flowing) > BETWEENNESS_SAMPLE else None
    centrality = nx.betweenness_centrality(flowing, k=sample, seed=0)
    order = {node: index for index, node in enumerate(graph)}
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


def _articulation_points(journey: Journey, graph: nx.DiGraph) -> list[StructuralProblem]:
    points = set(nx.articulation_points(_flowing(graph).to_undirected()))
    message = tr("“{name}” is a single point of failure: without it the flows fall apart")
    return [
        StructuralProblem(SINGLE_POINT_OF_FAILURE, message.format(name=name_of(journey, node)), (node,))
        for node in graph
        if node in points
    ]
