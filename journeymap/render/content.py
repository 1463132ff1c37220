"""From records to what items show: content data and where each card goes.

This is the only render module that reads the model's records for display; items get the
plain dataclasses of journeymap.render.items.data. ``CARD_KINDS`` says, per card kind,
which cell a record sits in and how its content is made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from journeymap.model.elements import (
    Comment,
    Flow,
    Lane,
    Metric,
    Note,
    Opportunity,
    PainPoint,
    Persona,
    Stage,
    Touchpoint,
    Vote,
)
from journeymap.model.journey import Journey
from journeymap.model.metric_text import compact_number as compact_number  # re-exported (model rule)
from journeymap.model.metric_text import format_number as format_number
from journeymap.model.metric_text import metric_reading as metric_reading
from journeymap.model.metric_text import metric_readings
from journeymap.model.persona_look import initials, persona_color
from journeymap.model.voting import participant_label, shown_round
from journeymap.model.workshop_look import participant_color
from journeymap.render.items.data import (
    Dots,
    FlowContent,
    LaneContent,
    MetricContent,
    OpportunityContent,
    PainPointContent,
    PersonaChip,
    PersonaLine,
    StageContent,
    StickyNote,
    TouchpointContent,
)

Cell = tuple[str, str]


def host_lane(journey: Journey, kind: str) -> str | None:
    """The first lane of ``kind``: where that kind's cards are drawn."""
    for lane in journey.lanes:
        if lane.kind == kind:
            return lane.id
    return None


def persona_chip(journey: Journey, persona: Persona) -> PersonaChip:
    return PersonaChip(initials(persona.name), persona_color(journey, persona), persona.name)


MAX_PERSONA_LINES = 5
"""The emotion lane draws at most this many persona curves (the first personas)."""


def persona_lines(journey: Journey) -> list[PersonaLine]:
    """The persona curves of the emotion lane, in persona order, coloured like the chips."""
    personas = list(journey.personas)[:MAX_PERSONA_LINES]
    members: dict[str, set[str]] = {p.id: set() for p in personas}
    for tp in journey.touchpoints:
        for persona_id in tp.personas or members:
            if persona_id in members:
                members[persona_id].add(tp.id)
    return [
        PersonaLine(p.id, p.name, persona_chip(journey, p).color, frozenset(members[p.id])) for p in personas
    ]


@dataclass
class Refs:
    """What refers to each card, gathered in one pass when a whole map is built (asking the
    journey per card costs a set per card)."""

    pains: dict[str, int]
    attached: dict[str, list[Any]]
    notes: dict[str, list[Note]] = field(default_factory=dict)
    votes: dict[str, list[Vote]] = field(default_factory=dict)
    """The votes of the round shown (:func:`shown_round`) on each card."""

    @classmethod
    def of(cls, journey: Journey, picked: str | None = None) -> Refs:
        pains: dict[str, int] = {}
        for pain in journey.pain_points:
            for tp in pain.touchpoints:
                pains[tp] = pains.get(tp, 0) + 1
        attached: dict[str, list[Any]] = {}
        records: list[Metric | Comment] = [*journey.metrics, *journey.comments]
        for record in records:
            if record.attached_to:
                attached.setdefault(record.attached_to, []).append(record)
        notes: dict[str, list[Note]] = {}
        for note in journey.notes:
            notes.setdefault(note.card or note.stage, []).append(note)
        votes: dict[str, list[Vote]] = {}
        shown = shown_round(journey.voting_rounds, picked)
        for vote in journey.votes_in(shown.id) if shown is not None else ():
            votes.setdefault(vote.element, []).append(vote)
        return cls(pains, attached, notes, votes)


def attached(journey: Journey, ident: str, refs: Refs | None = None) -> list[Any]:
    """The metrics and comments attached to ``ident``."""
    if refs is not None:
        return refs.attached.get(ident, [])
    return [journey[m] for m in journey.referring(ident, "attached_to")]


def sticky_notes(journey: Journey, ident: str, refs: Refs | None = None) -> tuple[StickyNote, ...]:
    """The notes written on card ``ident``, or on stage ``ident`` itself (not on its cards)."""
    if refs is not None:
        notes = refs.notes.get(ident, [])
    else:
        field_name = "stage" if journey.kind_of(ident) == "stage" else "card"
        found = (journey[n] for n in journey.referring(ident, field_name, "note"))
        notes = [n for n in found if isinstance(n, Note) and (n.card is None or field_name == "card")]
    return tuple(StickyNote(str(n.kind), n.text, n.author) for n in notes)


def dots_on(
    journey: Journey, ident: str, refs: Refs | None = None, picked: str | None = None
) -> Dots | None:
    """The dots the shown round (the one ``picked``, else the last open one, else the last)
    gave card ``ident`` (``refs``, when given, holds the votes of that same round)."""
    shown = shown_round(journey.voting_rounds, picked)
    if shown is None:
        return None
    if refs is not None:
        votes = refs.votes.get(ident, [])
    else:
        found = (journey[v] for v in journey.referring(ident, "element", "vote"))
        votes = [v for v in found if isinstance(v, Vote) and v.round == shown.id]
    given = {p.id: 0 for p in shown.participants}
    for vote in votes:
        given[vote.participant] = given.get(vote.participant, 0) + vote.dots
    people = [
        (participant_label(shown, who), participant_color(shown, who), dots)
        for who, dots in given.items()
        if dots
    ]
    return Dots(shown.name, tuple(people)) if people else None


def open_comments(records: list[Any]) -> tuple[str, ...]:
    """The unresolved comments among ``records``, one line each ("author: text")."""
    return tuple(
        f"{c.author}: {c.text}" if c.author else c.text
        for c in records
        if isinstance(c, Comment) and not c.resolved
    )


def touchpoint_content(
    journey: Journey, tp: Touchpoint, refs: Refs | None = None, picked: str | None = None
) -> TouchpointContent:
    metrics = attached(journey, tp.id, refs)
    pains = len(journey.referring(tp.id, "touchpoints")) if refs is None else refs.pains.get(tp.id, 0)
    return TouchpointContent(
        title=tp.title,
        emotion=tp.emotion,
        personas=tuple(persona_chip(journey, journey.require(Persona, p)) for p in tp.personas),
        evidence=str(tp.evidence),
        pains=pains,
        off_target=any(isinstance(m, Metric) and m.off_target() for m in metrics),
        comments=open_comments(metrics),
        notes=sticky_notes(journey, tp.id, refs),
        dots=dots_on(journey, tp.id, refs, picked),
    )


def pain_point_content(
    journey: Journey, pain: PainPoint, refs: Refs | None = None, picked: str | None = None
) -> PainPointContent:
    return PainPointContent(
        title=pain.title,
        severity=pain.severity,
        affected=pain.affected,
        evidence=str(pain.evidence),
        touchpoints=len(pain.touchpoints),
        comments=open_comments(attached(journey, pain.id, refs)),
        notes=sticky_notes(journey, pain.id, refs),
        dots=dots_on(journey, pain.id, refs, picked),
    )


def opportunity_content(
    journey: Journey, opp: Opportunity, refs: Refs | None = None, picked: str | None = None
) -> OpportunityContent:
    comments = open_comments(attached(journey, opp.id, refs))
    return OpportunityContent(
        opp.title,
        opp.impact,
        opp.effort,
        str(opp.status),
        opp.owner,
        comments,
        notes=sticky_notes(journey, opp.id, refs),
        dots=dots_on(journey, opp.id, refs, picked),
    )


def trend(metric: Metric) -> str:
    """Where the value stands against the target: "up" (above), "down" (below) or ""."""
    if metric.value is None or metric.target is None or metric.value == metric.target:
        return ""
    return "up" if metric.value > metric.target else "down"


def metric_content(
    journey: Journey, metric: Metric, refs: Refs | None = None, _picked: str | None = None
) -> MetricContent:
    """A metric's card (it takes no dots: ``_picked``, the round shown, is not asked)."""
    name = metric.name
    target = journey.get(metric.attached_to) if metric.attached_to else None
    if isinstance(target, Touchpoint):
        name = f"{metric.name} · {target.title}"
    return MetricContent(
        name=name,
        value=format_number(metric.value, metric.unit),
        target=format_number(metric.target, metric.unit),
        off_target=metric.off_target(),
        better=str(metric.better),
        readings=metric_readings(metric),
        reading=metric_reading(metric),
        trend=trend(metric),
    )


def stage_content(journey: Journey, stage: Stage, index: int, stages: list[Stage]) -> StageContent:
    known = [s.customers for s in stages if s.customers]
    top = max(known) if known else None
    previous = stages[index - 1].customers if index > 0 else None
    share = stage.customers / top if stage.customers is not None and top else None
    conversion = stage.customers / previous if stage.customers is not None and previous else None
    comments = open_comments(attached(journey, stage.id))
    notes = sticky_notes(journey, stage.id)
    return StageContent(stage.name, index, stage.color, stage.customers, share, conversion, comments, notes)


def lane_content(lane: Lane) -> LaneContent:
    return LaneContent(lane.name, str(lane.kind), str(lane.channel) if lane.channel else None, lane.color)


def flow_content(flow: Flow) -> FlowContent:
    return FlowContent(flow.share, flow.volume, flow.label)


# ---- where cards go -------------------------------------------------------------------


def _touchpoint_cell(journey: Journey, tp: Touchpoint, hosts: dict[str, str | None]) -> Cell | None:
    return tp.stage, tp.lane


def _staged_cell(lane_kind: str) -> Callable[[Journey, Any, dict[str, str | None]], Cell | None]:
    def cell(journey: Journey, record: Any, hosts: dict[str, str | None]) -> Cell | None:
        lane = hosts.get(lane_kind)
        return (record.stage, lane) if lane else None

    return cell


def _metric_cell(journey: Journey, metric: Metric, hosts: dict[str, str | None]) -> Cell | None:
    lane = hosts.get("metrics")
    target = journey.get(metric.attached_to) if metric.attached_to else None
    if lane is None or target is None:
        return None
    if isinstance(target, Stage):
        return target.id, lane
    if isinstance(target, Touchpoint):
        return target.stage, lane
    return None


@dataclass(frozen=True)
class CardKind:
    cell: Callable[[Journey, Any, dict[str, str | None]], Cell | None]
    content: Callable[[Journey, Any, Refs | None, str | None], Any]
    """(journey, record, refs, the round picked to show, else None) -> what the card shows."""


CARD_KINDS: dict[str, CardKind] = {
    "touchpoint": CardKind(_touchpoint_cell, touchpoint_content),
    "pain_point": CardKind(_staged_cell("pain_points"), pain_point_content),
    "opportunity": CardKind(_staged_cell("opportunities"), opportunity_content),
    "metric": CardKind(_metric_cell, metric_content),
}
"""kind -> where its cards sit and what they show."""

HOST_KINDS = ("pain_points", "opportunities", "metrics")


def hosts_of(journey: Journey) -> dict[str, str | None]:
    return {kind: host_lane(journey, kind) for kind in HOST_KINDS}


def applies_to(record: Any, persona: str | None) -> bool:
    """Under a persona lens: does the element concern that persona? (no personas = everyone)."""
    if persona is None:
        return True
    personas = getattr(record, "personas", None)
    return not personas or persona in personas
