"""The absorbing Markov chain behind the flow analysis, built from the flows' shares.

Rules (see docs/insights.md):

- Level, decided per map: the touchpoints when the map has any touchpoint-to-touchpoint flow,
  else the stages when it has stage-to-stage flows, else no chain. In a map with both, the
  stage flows are left out of the chain (the funnel still reports stage loops).
- States: the elements of that level that take part in at least one flow, in map order.
- Entry: the states in the earliest stage that has any; entering customers split equally.
- Moves: a flow's share is the probability of taking it. Flows without a share share equally
  what the known shares leave of 1 (nothing if they already reach 1); when the shares out of
  one state add up to more than 1 they are scaled down to sum to 1. Parallel flows add up.
  What is left of 1 leaves the journey (the absorbing exit).
- Numbers need data: when none of the followed flows has a share, every reach is unknown
  (None) rather than the 100 % that filling in would claim.
- Reach of a set of states: the probability of ever entering it. That set is made absorbing
  and the absorption probabilities come from the fundamental matrix, by solving
  ``(I - Q) h = r`` over the states that can reach the set (the others get 0); cycles are
  fine, because over those states ``I - Q`` is always invertible.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from journeymap.model.analysis._common import stage_positions
from journeymap.model.analysis.flowgraph import FlowEnd, FlowGraph, flow_graph
from journeymap.model.analysis.graph_algorithms import reachable
from journeymap.model.analysis.linear import solve
from journeymap.model.journey import Journey

_NEGLIGIBLE = 1e-9
"""A move less likely than this counts as none (see ``Chain.before``)."""


@dataclass(frozen=True)
class Chain:
    level: str | None
    """``"touchpoint"``, ``"stage"`` or None (the map has no flows to analyse)."""
    nodes: tuple[str, ...]
    stage: Mapping[str, str]
    """State -> the stage it sits in."""
    entry: tuple[str, ...]
    moves: Mapping[str, Mapping[str, float]]
    """State -> {next state: probability}; what is missing to 1 leaves the journey."""
    flows_on: Mapping[tuple[str, str], tuple[str, ...]]
    """(state, next state) -> the ids of the flows behind that move."""
    shares: Mapping[str, float]
    """Flow id -> the share used (after filling in unknown shares and scaling)."""
    measured: bool
    """True when at least one followed flow has a share: the numbers mean something."""

    def nodes_in(self, stage: str) -> set[str]:
        return set(self._by_stage.get(stage, ()))

    @cached_property
    def _by_stage(self) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for node in self.nodes:
            found.setdefault(self.stage[node], []).append(node)
        return found

    @cached_property
    def before(self) -> dict[str, list[str]]:
        """State -> the states with a non-zero move into it (the moves reversed, built once)."""
        found: dict[str, list[str]] = {}
        for source, moves in self.moves.items():
            for target, probability in moves.items():
                # a share below a billionth is a rounding's leftover, not a way out: counted as
                # one, it leaves a state whose other way loops back to itself with a zero pivot
                if probability > _NEGLIGIBLE:
                    found.setdefault(target, []).append(source)
        return found

    def leaving(self, node: str) -> float:
        return max(0.0, 1.0 - sum(self.moves[node].values()))


def build_chain(
    journey: Journey, overrides: Mapping[str, float] | None = None, *, graph: FlowGraph | None = None
) -> Chain:
    """The chain of ``journey``; ``overrides`` replaces flows' shares (flow id -> share).
    O(elements + flows): the flows are read once (:func:`.flowgraph.flow_graph`, or
    ``graph`` when the caller has it)."""
    graph = graph or flow_graph(journey)
    if graph.level is None:
        return Chain(None, (), {}, (), {}, {}, {}, measured=False)
    overrides = overrides or {}
    out = {
        source: [(target, key, overrides.get(key, share)) for target, key, share in ends]
        for source, ends in graph.out.items()
    }
    taking_part = set(out) | {target for ends in out.values() for target, _, _ in ends}
    nodes = tuple(i for i in graph.nodes if i in taking_part)
    stage = {node: graph.stage[node] for node in nodes}
    shares = {key: share for ends in out.values() for key, share in _effective(ends).items()}
    moves: dict[str, dict[str, float]] = {node: {} for node in nodes}
    flows_on: dict[tuple[str, str], tuple[str, ...]] = {}
    for source, ends in out.items():
        for target, key, _ in ends:
            moves[source][target] = moves[source].get(target, 0.0) + shares[key]
            flows_on[source, target] = (*flows_on.get((source, target), ()), key)
    measured = any(share is not None for ends in out.values() for _, _, share in ends)
    entry = _entry(journey, nodes, stage)
    return Chain(graph.level, nodes, stage, entry, moves, flows_on, shares, measured=measured)


def _effective(ends: list[FlowEnd]) -> dict[str, float]:
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
        row, absorbed = {index[node]: _stay_off(chain, node)}, 0.0
        for target, probability in chain.moves[node].items():
            if target in goal:
                absorbed += probability
            elif target in index and target != node:
                row[index[target]] = row.get(index[target], 0.0) - probability
        rows.append(row)
        rhs.append(absorbed)
    solution = solve(rows, rhs)
    reach = {node: 1.0 if node in goal else 0.0 for node in chain.nodes}
    reach.update({node: min(1.0, max(0.0, solution[i])) for node, i in index.items()})
    return reach


def _stay_off(chain: Chain, node: str) -> float:
    """1 - the probability of a move from ``node`` to itself, summed from the other moves and
    the exit so that a loop of share 1 - 1e-17 does not round the diagonal to zero."""
    moves = chain.moves[node]
    others = sum(p for target, p in moves.items() if target != node)
    return chain.leaving(node) + others if node in moves else 1.0


def reach_from_entry(chain: Chain, targets: Iterable[str]) -> float | None:
    """The share of entering customers that ever reaches ``targets``; None without a chain
    or without any share to go by."""
    if not chain.entry or not chain.measured:
        return None
    reach = reach_probabilities(chain, targets)
    return sum(reach[node] for node in chain.entry) / len(chain.entry)


def _can_reach(chain: Chain, goal: set[str]) -> set[str]:
    """States outside ``goal`` with a path of non-zero moves into it: one search backwards."""
    return reachable(chain.before, goal) - goal
