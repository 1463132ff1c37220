"""The analyses as they were before issue 15, kept as the reference that the new, linear
algorithms must agree with (tests/model/test_analysis_reference.py). They ask the Journey's
networkx graph through filtered views, run one search per start, and take betweenness exact
from networkx. Not part of the package: only the tests use them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx

from journeymap.model.analysis._common import name_of, stage_of, stage_positions
from journeymap.model.analysis.chain import Chain
from journeymap.model.analysis.coverage import Coverage, CoverageCell
from journeymap.model.analysis.hotspots import (
    UNKNOWN_AFFECTED,
    HotSpot,
    HotSpots,
    PainScore,
    _lanes_of,
    pain_score,
    shown_score,
)
from journeymap.model.analysis.linear import solve
from journeymap.model.analysis.structure import (
    CRITICAL,
    CRITICAL_TOUCHPOINT,
    DEAD_END,
    EMPTY_STAGE,
    OPPORTUNITY_WITHOUT_OWNER,
    PAIN_WITHOUT_OPPORTUNITY,
    SINGLE_POINT_OF_FAILURE,
    UNREACHABLE,
    StructuralProblem,
)
from journeymap.model.elements import COLLECTION, KINDS, LaneKind, OpportunityStatus
from journeymap.model.journey import Journey
from journeymap.util.i18n import tr

TOUCHPOINT_LEVEL = "touchpoint"
STAGE_LEVEL = "stage"

_FlowEnd = tuple[str, str, float | None]


# ---- chain.py ----------------------------------------------------------------------------


def flow_level(journey: Journey) -> str | None:
    """Which flows the analysis follows in this map (the rule in the module docstring)."""
    graph = journey.flow_graph()
    kinds = {graph.nodes[source]["kind"] for source, _ in graph.edges()}
    if TOUCHPOINT_LEVEL in kinds:
        return TOUCHPOINT_LEVEL
    return STAGE_LEVEL if STAGE_LEVEL in kinds else None


def build_chain(journey: Journey, overrides: Mapping[str, float] | None = None) -> Chain:
    """The chain of ``journey``; ``overrides`` replaces flows' shares (flow id -> share)."""
    level = flow_level(journey)
    if level is None:
        return Chain(None, (), {}, (), {}, {}, {}, measured=False)
    out = _flows_out(journey, level, overrides or {})
    taking_part = set(out) | {target for ends in out.values() for target, _, _ in ends}
    nodes = tuple(i for i in journey.ids(level) if i in taking_part)
    stage = {node: stage_of(journey, node) or node for node in nodes}
    shares = {key: share for ends in out.values() for key, share in _effective(ends).items()}
    moves: dict[str, dict[str, float]] = {node: {} for node in nodes}
    flows_on: dict[tuple[str, str], tuple[str, ...]] = {}
    for source, ends in out.items():
        for target, key, _ in ends:
            moves[source][target] = moves[source].get(target, 0.0) + shares[key]
            flows_on[source, target] = (*flows_on.get((source, target), ()), key)
    measured = any(share is not None for ends in out.values() for _, _, share in ends)
    entry = _entry(journey, nodes, stage)
    return Chain(level, nodes, stage, entry, moves, flows_on, shares, measured=measured)


def _flows_out(journey: Journey, level: str, overrides: Mapping[str, float]) -> dict[str, list[_FlowEnd]]:
    graph = journey.flow_graph()
    out: dict[str, list[_FlowEnd]] = {}
    for source, target, key, share in graph.edges(keys=True, data="share"):
        if graph.nodes[source]["kind"] == level:
            out.setdefault(source, []).append((target, key, overrides.get(key, share)))
    return out


def _effective(ends: list[_FlowEnd]) -> dict[str, float]:
    known = sum(share for _, _, share in ends if share is not None)
    unknown = sum(1 for _, _, share in ends if share is None)
    fill = max(0.0, 1.0 - known) / unknown if unknown else 0.0
    shares = {key: fill if share is None else share for _, key, share in ends}
    total = sum(shares.values())
    return {key: share / total for key, share in shares.items()} if total > 1.0 else shares


def _entry(journey: Journey, nodes: tuple[str, ...], stage: Mapping[str, str]) -> tuple[str, ...]:
    if not nodes:
        return ()
    position = stage_positions(journey)
    first = min(position[stage[node]] for node in nodes)
    return tuple(node for node in nodes if position[stage[node]] == first)


def reach_probabilities(chain: Chain, targets: Iterable[str]) -> dict[str, float]:
    """For every state, the probability of entering ``targets`` at least once from there."""
    goal = set(targets)
    transient = _can_reach(chain, goal)
    index = {node: i for i, node in enumerate(n for n in chain.nodes if n in transient)}
    rows: list[dict[int, float]] = []
    rhs: list[float] = []
    for node in index:
        row, absorbed = {index[node]: 1.0}, 0.0
        for target, probability in chain.moves[node].items():
            if target in goal:
                absorbed += probability
            elif target in index:
                row[index[target]] = row.get(index[target], 0.0) - probability
        rows.append(row)
        rhs.append(absorbed)
    solution = solve(rows, rhs)
    reach = {node: 1.0 if node in goal else 0.0 for node in chain.nodes}
    reach.update({node: min(1.0, max(0.0, solution[i])) for node, i in index.items()})
    return reach


def _can_reach(chain: Chain, goal: set[str]) -> set[str]:
    """States outside ``goal`` with a path of non-zero moves into it."""
    before: dict[str, list[str]] = {}
    for source, moves in chain.moves.items():
        for target, probability in moves.items():
            if probability > 0.0:
                before.setdefault(target, []).append(source)
    seen, todo = set(goal), list(goal)
    while todo:
        for source in before.get(todo.pop(), ()):
            if source not in seen:
                seen.add(source)
                todo.append(source)
    return seen - goal


# ---- structure.py ------------------------------------------------------------------------


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


def _critical(journey: Journey, graph: nx.DiGraph, count: int) -> list[StructuralProblem]:
    flowing = _flowing(graph)
    centrality = nx.betweenness_centrality(flowing)  # exact: the reference of the estimate
    order = {node: index for index, node in enumerate(graph)}
    ranked = sorted((n for n, v in centrality.items() if v > 0.0), key=lambda n: (-centrality[n], order[n]))
    message = tr("“{name}” is on many routes between other touchpoints (betweenness {value:.2f})")
    return [
        StructuralProblem(
            CRITICAL_TOUCHPOINT,
            message.format(name=name_of(journey, node), value=centrality[node]),
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


# ---- coverage.py, hotspots.py, counts.py ---------------------------------------------------


def coverage(journey: Journey) -> Coverage:
    lanes = [lane for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    rows = tuple(
        tuple(
            CoverageCell(stage.id, lane.id, tuple(t.id for t in journey.touchpoints_in(stage.id, lane.id)))
            for lane in lanes
        )
        for stage in journey.stages
    )
    return Coverage(
        tuple((stage.id, stage.name) for stage in journey.stages),
        tuple((lane.id, lane.name, str(lane.channel) if lane.channel else None) for lane in lanes),
        rows,
    )


def hotspots(journey: Journey, *, unknown_affected: float = UNKNOWN_AFFECTED) -> HotSpots:
    pains = journey.pain_points
    scores = {p.id: pain_score(p, unknown_affected=unknown_affected) for p in pains}
    unknown = {p.id for p in pains if p.affected is None}
    by_stage = {s.id: [p.id for p in pains if p.stage == s.id] for s in journey.stages}
    lanes_of = {p.id: _lanes_of(journey, p) for p in pains}
    channel_lanes = [lane for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    by_lane = {lane.id: [p.id for p in pains if lane.id in lanes_of[p.id]] for lane in channel_lanes}

    def spot(kind: str, ident: str, name: str, members: list[str]) -> HotSpot:
        total = sum((scores[m] for m in members), 0.0)
        return HotSpot(kind, ident, name, total, tuple(members), sum(1 for m in members if m in unknown))

    stages = [spot("stage", s.id, s.name, by_stage[s.id]) for s in journey.stages]
    lanes = [spot("lane", lane.id, lane.name, by_lane[lane.id]) for lane in channel_lanes]
    ranked = [PainScore(p.id, p.title, p.severity, p.affected, scores[p.id]) for p in pains]
    return HotSpots(
        tuple(sorted(ranked, key=lambda p: -shown_score(p.score))),  # main's ranking rule since
        tuple(sorted(stages, key=lambda s: -shown_score(s.score))),  # (ties as shown)
        tuple(sorted(lanes, key=lambda s: -shown_score(s.score))),
        sum((scores[p.id] for p in pains if not lanes_of[p.id]), 0.0),
    )


def element_counts(journey: Journey) -> dict[str, Any]:
    total = {COLLECTION[kind]: journey.count(kind) for kind in KINDS}
    stages = [
        {
            "id": stage.id,
            "name": stage.name,
            "customers": stage.customers,
            **{
                COLLECTION[k]: _count(journey, stage.id, k)
                for k in ("touchpoint", "pain_point", "opportunity")
            },
        }
        for stage in journey.stages
    ]
    lanes = [
        {
            "id": lane.id,
            "name": lane.name,
            "kind": str(lane.kind),
            "touchpoints": len(journey.referring(lane.id, "lane")),
        }
        for lane in journey.lanes
    ]
    return {"total": total, "stages": stages, "lanes": lanes}


def _count(journey: Journey, stage: str, kind: str) -> int:
    return sum(
        1 for ref, field in journey.referrers(stage) if field == "stage" and journey.kind_of(ref) == kind
    )
