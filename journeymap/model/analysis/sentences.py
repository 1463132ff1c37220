"""The insights in a marketer's words: sentences, with the raw measure kept for a tooltip.

"Checkout and payment is on 38% of the routes between touchpoints: a single point of
failure" rather than "betweenness 0.38"; "6,200 customers were counted at Purchase (5.2% of
those who entered); the flow shares model 9.6%" rather than two numbers that disagree with
no word of why. Numbers are written by the caller's ``Numbers`` (the UI's locale), so this
module stays pure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from journeymap.model.analysis.coverage import Coverage
from journeymap.model.analysis.flows import FlowAnalysis
from journeymap.model.analysis.funnel import Funnel, FunnelStep
from journeymap.model.analysis.hotspots import HotSpot, PainScore
from journeymap.model.analysis.structure import CRITICAL_TOUCHPOINT, StructuralProblem
from journeymap.util.i18n import number, tr

DIFFERENT = 0.005
"""Counted and modelled reach closer than half a point are said once."""


@dataclass(frozen=True)
class Numbers:
    """How the reader's locale writes a count (120,000) and a share (5.2%, 68%)."""

    count: Callable[[int], str]
    share: Callable[[float], str]


@dataclass(frozen=True)
class Sentence:
    text: str
    detail: str
    """The raw measure behind the sentence, for its tooltip."""
    ids: tuple[str, ...]


def reach_summary(funnel: Funnel, flows: FlowAnalysis, numbers: Numbers) -> str:
    """Counted customers at the conversion stage beside the reach modelled from the flow
    shares, each named for what it is; one of them when the other is unknown or the same."""
    if flows.target_name is None:
        return tr("Add stages to see how customers move through the journey.")
    step = next((s for s in funnel.steps if s.stage_id == flows.target_id), None)
    counted = step.share if step is not None and step.customers is not None else None
    modelled = flows.conversion
    stage = flows.target_name
    if counted is None and modelled is None:
        return tr(
            "How many reach “{stage}” is unknown: give the stages their customers or the flows their shares."
        ).format(stage=stage)
    if modelled is None and step is not None and step.customers is not None:
        return tr("%Ln customers counted at “{stage}”: {share} of those who entered.", "", step.customers).format(
            stage=stage, share=numbers.share(step.share or 0.0)
        )
    if counted is None or step is None or step.customers is None:
        return tr("The flow shares model {share} of entering customers reaching “{stage}”.").format(
            share=numbers.share(modelled or 0.0), stage=stage
        )
    counted_text = tr("%Ln customers counted at “{stage}”: {share} of those who entered", "", step.customers).format(
        stage=stage, share=numbers.share(counted)
    )
    if abs(counted - (modelled or 0.0)) < DIFFERENT:
        return tr("{counted}, as the flow shares model.").format(counted=counted_text)
    return tr("{counted}; the flow shares model {modelled}.").format(
        counted=counted_text, modelled=numbers.share(modelled or 0.0)
    )


def largest_drop(funnel: Funnel) -> FunnelStep | None:
    """The step after which the most customers, as a share, fall away (None without drops)."""
    drops = [s for s in funnel.steps if s.drop_off is not None and s.drop_off > 0]
    return max(drops, key=lambda s: s.drop_off or 0.0) if drops else None


def problem_sentence(problem: StructuralProblem, name: str, numbers: Numbers) -> Sentence:
    """A structural problem as a sentence; a critical touchpoint says how many routes it is
    on, with its betweenness in the detail."""
    if problem.kind == CRITICAL_TOUCHPOINT and problem.value is not None:
        text = tr(
            "“{name}” is on {share} of the routes between touchpoints: a single point of failure"
        ).format(name=name, share=numbers.share(problem.value))
        detail = tr("betweenness centrality {value}").format(value=number(problem.value, 2))
        return Sentence(text, detail, problem.ids)
    text = problem.message[:1].upper() + problem.message[1:]
    return Sentence(text, text, problem.ids)


def hotspot_sentence(spot: HotSpot, numbers: Numbers) -> Sentence:
    """Where the pain is: "Purchase hurts most: 3 pain points", the score in the detail."""
    count = len(spot.pain_points)
    if spot.kind == "stage":
        text = tr("Stage “{name}” hurts: %Ln pain points weigh {score}", "", count)
    else:
        text = tr("Channel “{name}” hurts: %Ln pain points weigh {score}", "", count)
    detail = tr("sum of severity × share affected over its pain points = {score}").format(
        score=number(spot.score, 2)
    )
    if spot.unknown:
        detail += "\n" + tr("%Ln of them with an unknown share affected, counted as half", "", spot.unknown)
    return Sentence(text.format(name=spot.name, score=number(spot.score, 2)), detail, spot.ids)


def pain_sentence(pain: PainScore, numbers: Numbers) -> Sentence:
    """ "“Mobile payments time out” hurts 31% of customers badly (severity 4 of 5)"."""
    if pain.affected is None:
        text = tr("“{title}”: severity {severity} of 5, share affected unknown").format(
            title=pain.title, severity=number(pain.severity)
        )
    else:
        text = tr("“{title}” hurts {share} of customers, severity {severity} of 5").format(
            title=pain.title, share=numbers.share(pain.affected), severity=number(pain.severity)
        )
    detail = tr("score: severity × share affected = {score}").format(score=number(pain.score, 2))
    return Sentence(text, detail, pain.ids)


def gap_sentences(coverage: Coverage) -> list[Sentence]:
    """The stage x channel cells with no touchpoint, as open questions (not errors)."""
    stages = dict(coverage.stages)
    lanes = {ident: name for ident, name, _ in coverage.lanes}
    found = []
    for cell in coverage.empty_cells:
        stage, lane = stages[cell.stage_id], lanes[cell.lane_id]
        text = tr("{lane} at {stage}: no touchpoint yet; worth one?").format(lane=lane, stage=stage)
        detail = tr("{stage} × {lane}: %Ln touchpoints", "", 0).format(stage=stage, lane=lane)
        found.append(Sentence(text, detail, cell.ids))
    return found
