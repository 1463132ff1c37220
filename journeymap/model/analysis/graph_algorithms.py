"""Graph algorithms over plain adjacency dicts (node -> successors), each linear in the graph.

- :func:`reachable`: every node reached from a set of starts, one search with one visited
  set: O(nodes + edges), however many starts.
- :func:`articulation_points`: Hopcroft and Tarjan's depth-first search, O(nodes + edges).
- :func:`betweenness`: Brandes' algorithm, one breadth-first search per source, O(edges) per
  source over the nodes it reaches. Exact with every node as a source, which costs
  O(nodes x edges); :func:`betweenness_estimate` samples sources (with a fixed seed) and
  stops at a work budget, so that its cost stays linear in the map (bound in its docstring).

They replace networkx for the flow questions: networkx sets up a dict over the whole graph
for each search, which made betweenness and the unreachable check quadratic in practice.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

Adjacency = Mapping[str, Sequence[str]]


def reachable(successors: Adjacency, starts: Iterable[str]) -> set[str]:
    """The starts and every node a chain of edges leads to from any of them."""
    seen = set(starts)
    todo = list(seen)
    while todo:
        for node in successors.get(todo.pop(), ()):
            if node not in seen:
                seen.add(node)
                todo.append(node)
    return seen


def undirected(successors: Adjacency) -> dict[str, list[str]]:
    """The same graph with every edge both ways; self-loops and repeats dropped."""
    neighbours: dict[str, dict[str, None]] = {node: {} for node in successors}
    for node, targets in successors.items():
        for target in targets:
            if target != node:
                neighbours[node][target] = None
                neighbours.setdefault(target, {})[node] = None
    return {node: list(found) for node, found in neighbours.items()}


def articulation_points(neighbours: Adjacency) -> set[str]:
    """Nodes whose removal splits their connected piece of the undirected graph."""
    found: set[str] = set()
    discovery: dict[str, int] = {}
    low: dict[str, int] = {}
    for root in neighbours:
        if root in discovery:
            continue
        discovery[root] = low[root] = len(discovery)
        root_children = 0
        stack = [(root, root, iter(neighbours[root]))]
        while stack:
            grandparent, parent, children = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if len(stack) > 1:
                    if low[parent] >= discovery[grandparent]:
                        found.add(grandparent)
                    low[grandparent] = min(low[parent], low[grandparent])
                elif stack:
                    root_children += 1
            elif child == grandparent:
                continue
            elif child in discovery:
                low[parent] = min(low[parent], discovery[child])
            else:
                discovery[child] = low[child] = len(discovery)
                stack.append((parent, child, iter(neighbours[child])))
        if root_children > 1:
            found.add(root)
    return found


class _Brandes:
    """Brandes' single-source steps over the graph renumbered 0..n-1, with the per-node
    arrays made once and reset only where a search went (so a search that reaches few nodes
    costs little, whatever the size of the map). Predecessors are not stored: the back
    pass finds them among each node's successors one level further (Brandes 2008, sec. 3)."""

    def __init__(self, successors: Adjacency) -> None:
        self.nodes = list(successors)
        index = {node: i for i, node in enumerate(self.nodes)}
        self.adjacent = [[index[target] for target in successors[node]] for node in self.nodes]
        self.index = index
        n = len(self.nodes)
        self.total = [0.0] * n
        self._distance = [-1] * n
        self._paths = [0.0] * n
        self._delta = [0.0] * n  # no reset needed: written before it is read

    def add_dependencies(self, source: str) -> int:
        """Add each node's dependency on ``source`` to :attr:`total`; return the work done
        (nodes reached + edges looked at)."""
        adjacent, distance, paths, delta, total = (
            self.adjacent,
            self._distance,
            self._paths,
            self._delta,
            self.total,
        )
        start = self.index[source]
        distance[start], paths[start] = 0, 1.0
        order = [start]
        edges = 0
        for node in order:  # the list grows while it is read: a breadth-first queue
            step, count = distance[node] + 1, paths[node]
            targets = adjacent[node]
            edges += len(targets)
            for target in targets:
                seen = distance[target]
                if seen < 0:
                    distance[target], paths[target] = step, count
                    order.append(target)
                elif seen == step:
                    paths[target] += count
        for node in reversed(order):  # delta holds (1 + dependency) / paths once final
            step = distance[node] + 1
            share = 0.0
            for target in adjacent[node]:
                if distance[target] == step:
                    share += delta[target]
            dependency = paths[node] * share
            total[node] += dependency
            delta[node] = (1.0 + dependency) / paths[node]
        total[start] -= paths[start] * delta[start] - 1.0  # no intermediate of its own routes
        for node in order:
            distance[node] = -1
        return len(order) + edges

    def values(self) -> dict[str, float]:
        return dict(zip(self.nodes, self.total, strict=True))


def betweenness(successors: Adjacency) -> dict[str, float]:
    """Exact normalised betweenness of a directed graph (endpoints excluded), as networkx's
    ``betweenness_centrality``: every node is a source, O(nodes x edges)."""
    brandes = _Brandes(successors)
    for source in brandes.nodes:
        brandes.add_dependencies(source)
    total = brandes.values()
    n = len(total)
    if n > 2:
        scale = 1.0 / ((n - 1) * (n - 2))
        total = {node: value * scale for node, value in total.items()}
    return total


@dataclass(frozen=True)
class Estimate:
    values: dict[str, float]
    sources: int
    """How many sources were searched (all of them: the values are exact)."""
    exact: bool

    def error_bound(self, confidence: float = 0.95) -> float:
        """With probability ``confidence``, one node's estimate is within this of the exact
        value (Hoeffding's inequality; 0 when exact). See :func:`betweenness_estimate`."""
        if self.exact:
            return 0.0
        return math.sqrt(math.log(2.0 / (1.0 - confidence)) / (2.0 * self.sources))


def betweenness_estimate(
    successors: Adjacency, *, sample: int, budget: int, minimum: int, seed: int = 0
) -> Estimate:
    """Normalised betweenness, exact for graphs of at most ``sample`` nodes, else estimated
    from sampled sources.

    The sources are ``random.Random(seed).sample(nodes, sample)`` (networkx's choice for the
    same seed, so the same map gives the same answer). They are searched in that order until
    ``sample`` are done, or until the work (nodes reached plus edges looked at) passes
    ``budget`` with at least ``minimum`` done: the cost is O(max(budget, minimum x (nodes +
    edges))), linear in the map. With k sources searched, each sampled source's contribution
    to a node's normalised value lies between 0 and about 1, so by Hoeffding's inequality a
    node's estimate is within sqrt(ln(2 / (1 - confidence)) / (2 k)) of the exact value with
    the given confidence (0.085 for k = 256 at 95 %). That bound is loose: on the synthetic
    maps of benchmarks/ the measured error is far smaller (docs/insights.md).
    """
    nodes = list(successors)
    n = len(nodes)
    if n <= max(sample, 2):
        return Estimate(betweenness(successors), n, exact=True)
    chosen = random.Random(seed).sample(nodes, sample)
    brandes = _Brandes(successors)
    work = 0
    done: list[str] = []
    for source in chosen:
        if len(done) >= minimum and work > budget:
            break
        work += brandes.add_dependencies(source)
        done.append(source)
    total = brandes.values()
    k = len(done)
    on_source = 1.0 / ((k - 1) * (n - 2)) if k > 1 else 0.0
    elsewhere = 1.0 / (k * (n - 2))
    searched = set(done)
    values = {node: value * (on_source if node in searched else elsewhere) for node, value in total.items()}
    return Estimate(values, k, exact=False)
