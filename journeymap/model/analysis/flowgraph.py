"""The flows the analyses follow, read once from the records into plain adjacency lists.

The analyses used to ask the Journey's networkx graph through filtered views, which walk every
edge of the whole graph (references included) on each question. :func:`flow_graph` reads the
flows once, in map order, in O(elements + flows); every analysis then works on its lists.

Level, decided per map (see docs/insights.md): the touchpoints when the map has any
touchpoint-to-touchpoint flow, else the stages when it has stage-to-stage flows, else none.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from journeymap.model.journey import Journey

TOUCHPOINT_LEVEL = "touchpoint"
STAGE_LEVEL = "stage"

FlowEnd = tuple[str, str, float | None]
"""A flow as its source sees it: target, flow id, share as written."""


@dataclass(frozen=True)
class FlowGraph:
    level: str | None
    """``"touchpoint"``, ``"stage"`` or None (the map has no flows)."""
    nodes: tuple[str, ...]
    """Every element of the level, in map order, with flows or not."""
    stage: Mapping[str, str]
    """Node -> the stage it sits in (a stage sits in itself)."""
    out: Mapping[str, tuple[FlowEnd, ...]]
    """Node -> the flows leaving it, in map order (only nodes that have some)."""

    def successors(self) -> dict[str, list[str]]:
        """Node -> the distinct nodes its flows lead to, in order of first flow; every node
        has an entry (parallel flows count once, as in a simple directed graph)."""
        found: dict[str, list[str]] = {node: [] for node in self.nodes}
        for source, ends in self.out.items():
            found[source] = list(dict.fromkeys(target for target, _, _ in ends))
        return found


def flow_level(journey: Journey) -> str | None:
    """Which flows the analyses follow in this map (the rule in the module docstring)."""
    level = None
    for flow in journey.flows:
        kind = journey.kind_of(flow.source)
        if kind == TOUCHPOINT_LEVEL:
            return TOUCHPOINT_LEVEL
        level = level or kind
    return level


def flow_graph(journey: Journey) -> FlowGraph:
    """The followed flows of ``journey``, in one pass over its records."""
    level = flow_level(journey)
    if level is None:
        return FlowGraph(None, (), {}, {})
    if level == STAGE_LEVEL:
        stage = {s.id: s.id for s in journey.stages}
    else:
        stage = {t.id: t.stage for t in journey.touchpoints}
    out: dict[str, list[FlowEnd]] = {}
    for flow in journey.flows:
        if flow.source in stage:
            out.setdefault(flow.source, []).append((flow.target, flow.id, flow.share))
    return FlowGraph(level, tuple(stage), stage, {s: tuple(ends) for s, ends in out.items()})
