"""Flow analysis: how many entering customers reach each stage, the most travelled paths to
the target stage ("purchase"), and what-if on one flow's share.

The chain and its rules are in :mod:`.chain`. The target stage is the one given; else the
first stage (in map order) whose name contains one of :data:`TARGET_WORDS` (case-insensitive);
else the middle stage (index ``len(stages) // 2``).

Paths start at an entry state and end the first time they enter the target stage. A path
uses each move (pair of states) at most once, so it may go round a cycle once but never
twice. Its probability is that of an entering customer following exactly this route:
``1 / len(entry)`` times the product of the moves' probabilities. Paths are found best first
(probabilities only shrink as a path grows), so the first ``top`` found are the ``top`` most
likely; the search gives up after :data:`MAX_EXPANSIONS` partial paths on huge maps. When
no followed flow has a share, reach and conversion are None and there are no paths.
"""

from __future__ import annotations

import heapq
import itertools
from dataclasses import dataclass
from typing import Any

from journeymap.model.analysis._common import name_of, rounded
from journeymap.model.analysis.chain import Chain, build_chain, reach_from_entry, reach_probabilities
from journeymap.model.analysis.flowgraph import FlowGraph
from journeymap.model.elements import Flow, Stage
from journeymap.model.journey import Journey
from journeymap.util.i18n import tr

TARGET_WORDS = (
    "purchase",
    "conversion",
    "convert",
    "transaction",
    "checkout",
    "buy",
    "satın al",  # Turkish "Satın alma"
    "konwersj",  # Polish "Konwersja"
    "zakup",  # Polish "purchase"
    "شراء",  # Arabic "الشراء"
)
TOP_PATHS = 5
MAX_EXPANSIONS = 20_000


@dataclass(frozen=True)
class StageReach:
    stage_id: str
    name: str
    reach: float | None
    """Share of entering customers that reaches this stage at least once (None: no flows)."""

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.stage_id,)

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage_id, "name": self.name, "reach": rounded(self.reach)}


@dataclass(frozen=True)
class Path:
    probability: float
    nodes: tuple[str, ...]
    """Touchpoint or stage ids, from entry to the first state in the target stage."""
    names: tuple[str, ...]
    flows: tuple[str, ...]
    """The flows taken (all parallel flows of each move)."""

    @property
    def ids(self) -> tuple[str, ...]:
        return (*dict.fromkeys(self.nodes), *self.flows)

    def to_json(self) -> dict[str, Any]:
        return {
            "probability": rounded(self.probability),
            "nodes": list(self.nodes),
            "names": list(self.names),
            "flows": list(self.flows),
        }


@dataclass(frozen=True)
class FlowAnalysis:
    level: str | None
    """``"touchpoint"``, ``"stage"`` or None when the map has no flows."""
    entry: tuple[str, ...]
    target_id: str | None
    target_name: str | None
    conversion: float | None
    """Share of entering customers that reaches the target stage."""
    reach: tuple[StageReach, ...]
    paths: tuple[Path, ...]

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.target_id,) if self.target_id else ()

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "entry": list(self.entry),
            "target": {"id": self.target_id, "name": self.target_name} if self.target_id else None,
            "conversion": rounded(self.conversion),
            "reach": [r.to_json() for r in self.reach],
            "top": [p.to_json() for p in self.paths],
        }


@dataclass(frozen=True)
class WhatIf:
    flow_id: str
    target_id: str | None
    old_share: float
    """The flow's share as the analysis used it (unknown shares filled in)."""
    new_share: float
    """The share used after the change (scaled down if its source's shares exceed 1)."""
    before: float | None
    after: float | None

    @property
    def delta(self) -> float | None:
        return None if self.before is None or self.after is None else self.after - self.before

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.flow_id,) + ((self.target_id,) if self.target_id else ())

    def to_json(self) -> dict[str, Any]:
        return {
            "flow": self.flow_id,
            "target": self.target_id,
            "old_share": rounded(self.old_share),
            "new_share": rounded(self.new_share),
            "before": rounded(self.before),
            "after": rounded(self.after),
            "delta": rounded(self.delta),
        }


def target_stage(journey: Journey, target: str | None = None) -> str | None:
    """The stage that counts as conversion (rule in the module docstring)."""
    if target is not None:
        if not isinstance(journey.get(target), Stage):
            raise ValueError(tr("no stage {id!r}").format(id=target))
        return target
    stages = journey.stages
    for stage in stages:
        name = stage.name.casefold()
        if any(word in name for word in TARGET_WORDS):
            return stage.id
    return stages[len(stages) // 2].id if stages else None


def flow_analysis(
    journey: Journey, *, target: str | None = None, top: int = TOP_PATHS, graph: FlowGraph | None = None
) -> FlowAnalysis:
    """Reach per stage, conversion to the target stage and its ``top`` most likely paths.
    One reach computation per stage, shared by the reach table, the conversion and the
    paths; ``graph`` is the map's :class:`.flowgraph.FlowGraph` when the caller has it."""
    chain = build_chain(journey, graph=graph)
    target_id = target_stage(journey, target)
    reaches = _Reaches(chain)
    reach = tuple(StageReach(stage.id, stage.name, reaches.from_entry(stage.id)) for stage in journey.stages)
    conversion = reaches.from_entry(target_id) if target_id else None
    paths = top_paths(journey, chain, target_id, top=top, reaches=reaches) if target_id else ()
    return FlowAnalysis(
        chain.level,
        chain.entry,
        target_id,
        name_of(journey, target_id) if target_id else None,
        conversion,
        reach,
        paths,
    )


class _Reaches:
    """Reach probabilities into each stage, computed once per stage on first use."""

    def __init__(self, chain: Chain) -> None:
        self.chain = chain
        self._found: dict[str, dict[str, float]] = {}

    def of(self, stage: str) -> dict[str, float]:
        if stage not in self._found:
            self._found[stage] = reach_probabilities(self.chain, self.chain.nodes_in(stage))
        return self._found[stage]

    def from_entry(self, stage: str) -> float | None:
        entry = self.chain.entry
        if not entry or not self.chain.measured:
            return None
        reach = self.of(stage)
        return sum(reach[node] for node in entry) / len(entry)


def _stage_reach(chain: Chain, stage: str) -> float | None:
    return reach_from_entry(chain, chain.nodes_in(stage))


def what_if(journey: Journey, flow_id: str, share: float, *, target: str | None = None) -> WhatIf:
    """Conversion to the target stage before and after setting one flow's share."""
    if not isinstance(journey.get(flow_id), Flow):
        raise ValueError(tr("no flow {id!r}").format(id=flow_id))
    if not 0.0 <= share <= 1.0:
        raise ValueError(tr("a share is between 0 and 1, not {share}").format(share=share))
    before = build_chain(journey)
    if flow_id not in before.shares:
        message = tr("flow {id!r} is not part of the flow analysis, which follows the {level} flows")
        raise ValueError(message.format(id=flow_id, level=tr(str(before.level))))
    after = build_chain(journey, {flow_id: share})
    target_id = target_stage(journey, target)
    return WhatIf(
        flow_id,
        target_id,
        before.shares[flow_id],
        after.shares[flow_id],
        _stage_reach(before, target_id) if target_id else None,
        _stage_reach(after, target_id) if target_id else None,
    )


def top_paths(
    journey: Journey, chain: Chain, target: str, *, top: int = TOP_PATHS, reaches: _Reaches | None = None
) -> tuple[Path, ...]:
    """The ``top`` most likely routes from entry into ``target`` (best-first search)."""
    goal = chain.nodes_in(target)
    if not chain.measured:
        return ()
    reach = (reaches or _Reaches(chain)).of(target) if goal else {}
    useful = {node for node, p in reach.items() if p > 0.0}
    counter = itertools.count()
    heap: list[tuple[float, int, tuple[str, ...], frozenset[tuple[str, str]]]] = [
        (-1.0 / len(chain.entry), next(counter), (node,), frozenset())
        for node in chain.entry
        if node in useful
    ]
    found: list[Path] = []
    for _ in range(MAX_EXPANSIONS):
        if not heap or len(found) >= top:
            break
        negative, _, nodes, used = heapq.heappop(heap)
        if nodes[-1] in goal:
            found.append(_path(journey, chain, -negative, nodes))
            continue
        for step, probability in chain.moves[nodes[-1]].items():
            move = (nodes[-1], step)
            if probability > 0.0 and step in useful and move not in used:
                heapq.heappush(heap, (negative * probability, next(counter), (*nodes, step), used | {move}))
    return tuple(found)


def _path(journey: Journey, chain: Chain, probability: float, nodes: tuple[str, ...]) -> Path:
    flows = tuple(key for move in itertools.pairwise(nodes) for key in chain.flows_on[move])
    return Path(probability, nodes, tuple(name_of(journey, n) for n in nodes), flows)
