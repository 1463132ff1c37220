"""Insights: read-only questions answered from a map's own graph (no Qt, no edits).

:func:`analyse` runs every analysis and gives an :class:`Insights`; each analysis can also
be called alone. Every result is a frozen dataclass with ``to_json()`` (plain JSON values),
and every finding has ``ids``: the element ids it concerns, for a view to select. The exact
rules are in each module's docstring and in docs/insights.md.

- :mod:`.funnel`: customers per stage, share, conversion, drop-off, loops back.
- :mod:`.flows` (over :mod:`.chain`): reach per stage, top paths to the target, what-if.
- :mod:`.coverage`: stage x channel-lane touchpoint counts, empty cells.
- :mod:`.hotspots`: severity x affected per pain point, per stage and per lane.
- :mod:`.structure`: unreachable, dead ends, gaps, critical touchpoints.
- :mod:`.votes`: dot-voting results, cards ranked by dots, per round.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.model.analysis.coverage import Coverage, CoverageCell, coverage
from journeymap.model.analysis.flowgraph import flow_graph
from journeymap.model.analysis.flows import (
    FlowAnalysis,
    Path,
    StageReach,
    WhatIf,
    flow_analysis,
    target_stage,
    what_if,
)
from journeymap.model.analysis.funnel import Funnel, FunnelStep, Loop, funnel
from journeymap.model.analysis.hotspots import HotSpot, HotSpots, PainScore, hotspots
from journeymap.model.analysis.structure import PROBLEM_KINDS, StructuralProblem, structural_problems
from journeymap.model.analysis.votes import RoundResult, VotedCard, vote_results
from journeymap.model.journey import Journey


@dataclass(frozen=True)
class Insights:
    funnel: Funnel
    flows: FlowAnalysis
    coverage: Coverage
    hotspots: HotSpots
    problems: tuple[StructuralProblem, ...]
    votes: tuple[RoundResult, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The keys ``journeymap stats --json`` adds: funnel, paths, coverage, hotspots,
        problems, votes."""
        return {
            "funnel": self.funnel.to_json(),
            "paths": self.flows.to_json(),
            "coverage": self.coverage.to_json(),
            "hotspots": self.hotspots.to_json(),
            "problems": [problem.to_json() for problem in self.problems],
            "votes": [result.to_json() for result in self.votes],
        }


def analyse(journey: Journey, *, target: str | None = None) -> Insights:
    """Every analysis of ``journey``; ``target`` is the conversion stage's id (else the rule
    of :func:`target_stage`). Raises ValueError for a ``target`` that is not a stage."""
    graph = flow_graph(journey)  # read once, shared by the flow analysis and the problems
    return Insights(
        funnel(journey),
        flow_analysis(journey, target=target, graph=graph),
        coverage(journey),
        hotspots(journey),
        structural_problems(journey, graph=graph),
        vote_results(journey),
    )


__all__ = [
    "PROBLEM_KINDS",
    "Coverage",
    "CoverageCell",
    "FlowAnalysis",
    "Funnel",
    "FunnelStep",
    "HotSpot",
    "HotSpots",
    "Insights",
    "Loop",
    "PainScore",
    "Path",
    "RoundResult",
    "StageReach",
    "StructuralProblem",
    "VotedCard",
    "WhatIf",
    "analyse",
    "coverage",
    "flow_analysis",
    "funnel",
    "hotspots",
    "structural_problems",
    "target_stage",
    "vote_results",
    "what_if",
]
