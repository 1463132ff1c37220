"""What a slide deck and a handout say about a map, in words and numbers: one pure source.

:func:`report` reads a map into a :class:`Report`: the title and a one-line summary, each
stage with its figures (customers, share of all, conversion), its goal, presenter notes and
cards as lines (grouped by channel lane, then pain points, opportunities, metrics), and the
funnel, the results of each voting round and the notes the room wrote, by stage. The deck
(:mod:`journeymap.formats.pptx_deck`) and the handout
(:mod:`journeymap.render.handout`) draw the same report, so they never disagree. Every word
goes through :func:`~journeymap.util.i18n.tr`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from journeymap.formats.excel_map import emotion_label, funnel_rows
from journeymap.model.analysis.votes import vote_results
from journeymap.model.data import JourneyData
from journeymap.model.elements import LaneKind, Metric, Note, Opportunity, PainPoint, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.metric_text import metric_reading
from journeymap.model.stage_look import stage_color_at
from journeymap.model.workshop_look import NOTE_PAPER, NOTE_WORDS
from journeymap.util.i18n import digits, number, tr, tr_n_noop, tr_noop
from journeymap.util.i18n import percent as i18n_percent


@dataclass(frozen=True)
class Line:
    """One card as a line of text: its title and a few facts."""

    id: str
    title: str
    facts: str = ""
    emotion: int | None = None


@dataclass(frozen=True)
class Section:
    heading: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class StageReport:
    id: str
    number: int
    """1 for the first stage."""
    name: str
    color: str
    """"#rrggbb", as on the map."""
    figures: tuple[str, ...]
    """"6,200 customers", "5.2% of all", "16% from the previous stage" (those known)."""
    description: str
    goal: str
    notes: str
    """What the presenter says here (the stage's presenter notes)."""
    texts: tuple[tuple[str, str], ...]
    """(text lane, its text in this stage), for the text lanes that have some."""
    sections: tuple[Section, ...]
    """The stage's cards: a section per channel lane, then pain points, opportunities, metrics."""

    @property
    def lines(self) -> tuple[Line, ...]:
        return tuple(line for section in self.sections for line in section.lines)


@dataclass(frozen=True)
class FunnelStep:
    name: str
    color: str
    customers: int | None
    share: float | None
    conversion: float | None


@dataclass(frozen=True)
class Voted:
    """A card in a round's results."""

    rank: int
    title: str
    kind: str
    """"pain point", "opportunity" or "touchpoint", in the reader's words."""
    stage: str
    color: str
    """The stage's colour."""
    dots: int
    voters: int


@dataclass(frozen=True)
class RoundReport:
    name: str
    facts: str
    """"closed · 6 participants · 3 dots each · 18 of 18 dots given · 2025-04-14"."""
    cards: tuple[Voted, ...]
    """Every card that got a dot, most dots first."""


@dataclass(frozen=True)
class NoteLine:
    kind: str
    """"Pain", "Idea", "Quote" or "Question"."""
    color: str
    """The paper colour of its kind, as the presenting view draws a note of that kind."""
    text: str
    about: str
    """The card it was written on and its author, as "on “Checkout and payment” · Jonas"."""


@dataclass(frozen=True)
class StageNotes:
    stage: str
    color: str
    notes: tuple[NoteLine, ...]


@dataclass(frozen=True)
class Report:
    title: str
    description: str
    date: str
    """The map's last change (else its creation) as YYYY-MM-DD, in the language's digits; empty
    when unknown."""
    summary: str
    """"5 stages · 27 touchpoints · 14 pain points · 12 opportunities"."""
    stages: tuple[StageReport, ...]
    funnel: tuple[FunnelStep, ...]
    """Customers per stage; empty when no stage has a count."""
    rtl: bool
    rounds: tuple[RoundReport, ...] = ()
    """The voting rounds in which someone gave a dot, in map order."""
    notes: tuple[StageNotes, ...] = ()
    """The workshop's sticky notes, by stage in map order (stages without notes left out)."""

    @property
    def workshop(self) -> bool:
        """Whether there are results or notes to show."""
        return bool(self.rounds or self.notes)


def percent(share: float) -> str:
    """A share as people read it: "32%", or "5.2%" under ten per cent (in the language's
    way: "%32" in Turkish, "٣٢٪" in Arabic)."""
    return i18n_percent(share, 0 if share >= 0.1 or share == 0 else 1)


def report(data: JourneyData) -> Report:
    """Everything a deck or a handout of ``data`` says."""
    info = data.journey
    when = info.modified or info.created
    counts = (
        (len(data.stages), tr_n_noop("%Ln stages")),
        (len(data.touchpoints), tr_n_noop("%Ln touchpoints")),
        (len(data.pain_points), tr_n_noop("%Ln pain points")),
        (len(data.opportunities), tr_n_noop("%Ln opportunities")),
    )
    summary = " · ".join(tr(words, "", n) for n, words in counts if n)
    rows = funnel_rows(data.stages)
    funnel = tuple(
        FunnelStep(name, stage_color_at(stage, index), customers, share, conversion)
        for index, (stage, (name, customers, share, conversion, _drop)) in enumerate(
            zip(data.stages, rows, strict=True)
        )
    )
    stages = _Stages(data)
    return Report(
        title=info.title,
        description=info.description,
        date=digits(when.date().isoformat()) if when is not None else "",
        summary=summary,
        stages=tuple(stages.report(stage, index) for index, stage in enumerate(data.stages)),
        funnel=funnel if any(step.customers is not None for step in funnel) else (),
        rtl=info.direction == "rtl",
        rounds=_rounds(data),
        notes=_notes(data),
    )


def stage_figures(step: FunnelStep, *, first: bool) -> tuple[str, ...]:
    """The figures said of a stage: its customers, their share of all, the conversion."""
    figures = []
    if step.customers is not None:
        figures.append(tr("%Ln customers", "", step.customers))
    if step.share is not None and not first:
        figures.append(tr("{pct} of all").format(pct=percent(step.share)))
    if step.conversion is not None:
        figures.append(tr("{pct} from the previous stage").format(pct=percent(step.conversion)))
    return tuple(figures)


class _Stages:
    """The map's cards grouped by stage, read once."""

    def __init__(self, data: JourneyData) -> None:
        self.data = data
        self.funnel = funnel_rows(data.stages)
        self.touchpoints: dict[tuple[str, str], list[Touchpoint]] = defaultdict(list)
        for touchpoint in data.touchpoints:
            self.touchpoints[touchpoint.stage, touchpoint.lane].append(touchpoint)
        self.pain_points: dict[str, list[PainPoint]] = defaultdict(list)
        for pain in data.pain_points:
            self.pain_points[pain.stage].append(pain)
        self.opportunities: dict[str, list[Opportunity]] = defaultdict(list)
        for opportunity in data.opportunities:
            self.opportunities[opportunity.stage].append(opportunity)
        stage_of = {t.id: t.stage for t in data.touchpoints} | {s.id: s.id for s in data.stages}
        self.metrics: dict[str, list[Metric]] = defaultdict(list)
        for metric in data.metrics:
            if metric.attached_to in stage_of:
                self.metrics[stage_of[metric.attached_to]].append(metric)

    def report(self, stage: Stage, index: int) -> StageReport:
        name, customers, share, conversion, _drop = self.funnel[index]
        step = FunnelStep(name, stage_color_at(stage, index), customers, share, conversion)
        texts = tuple(
            (lane.name, lane.cells[stage.id].strip())
            for lane in self.data.lanes
            if lane.kind == LaneKind.TEXT and lane.cells.get(stage.id, "").strip()
        )
        return StageReport(
            id=stage.id,
            number=index + 1,
            name=stage.name,
            color=step.color,
            figures=stage_figures(step, first=index == 0),
            description=stage.description,
            goal=stage.goal,
            notes=stage.presenter_notes,
            texts=texts,
            sections=self._sections(stage.id),
        )

    def _sections(self, stage: str) -> tuple[Section, ...]:
        sections = []
        for lane in self.data.lanes:
            if lane.kind == LaneKind.CHANNEL and self.touchpoints[stage, lane.id]:
                lines = tuple(_touchpoint(t) for t in self.touchpoints[stage, lane.id])
                sections.append(Section(lane.name, lines))
        for heading, lines in (
            (tr("Pain points"), tuple(_pain(p) for p in self.pain_points[stage])),
            (tr("Opportunities"), tuple(_opportunity(o) for o in self.opportunities[stage])),
            (tr("Metrics"), tuple(_metric(m) for m in self.metrics[stage])),
        ):
            if lines:
                sections.append(Section(heading, lines))
        return tuple(sections)


def _touchpoint(touchpoint: Touchpoint) -> Line:
    facts = emotion_label(touchpoint.emotion) if touchpoint.emotion is not None else ""
    return Line(touchpoint.id, touchpoint.title, facts, touchpoint.emotion)


def _pain(pain: PainPoint) -> Line:
    facts = tr("severity {n} of 5").format(n=number(pain.severity))
    if pain.affected is not None:
        facts += " · " + tr("{pct} affected").format(pct=percent(pain.affected))
    return Line(pain.id, pain.title, facts)


def _opportunity(opportunity: Opportunity) -> Line:
    facts = tr("impact {impact} · effort {effort} · {status}").format(
        impact=opportunity.impact, effort=opportunity.effort, status=tr(opportunity.status.replace("_", " "))
    )
    return Line(opportunity.id, opportunity.title, facts)


def _metric(metric: Metric) -> Line:
    facts = metric_reading(metric) or "–"
    if metric.off_target():
        facts += " · " + tr("off target")
    return Line(metric.id, metric.name, facts)


KIND_WORDS = {
    "touchpoint": tr_noop("touchpoint"),
    "pain_point": tr_noop("pain point"),
    "opportunity": tr_noop("opportunity"),
}


def _rounds(data: JourneyData) -> tuple[RoundReport, ...]:
    if not data.voting_rounds:
        return ()
    journey = Journey(data)
    names = {stage.id: (stage.name, stage_color_at(stage, i)) for i, stage in enumerate(data.stages)}
    found = []

    def _stage_of(ident: str) -> tuple[str, str]:
        return names.get(str(getattr(journey[ident], "stage", "")), ("", "#6b7180"))

    for result in vote_results(journey):
        if not result.cards:
            continue
        facts = [
            tr("closed") if result.closed else tr("still open"),
            tr("%Ln participants", "", result.participants),
            tr("%Ln dots each", "", result.dots_each),
            tr("{given} of %Ln dots given", "", result.participants * result.dots_each).format(
                given=number(result.dots_given)
            ),
        ]
        if result.date:
            facts.append(digits(result.date[:10]))
        cards = tuple(
            Voted(
                rank,
                card.title,
                tr(KIND_WORDS[card.kind]),
                *_stage_of(card.element_id),
                card.dots,
                card.voters,
            )
            for rank, card in enumerate(result.cards, start=1)
        )
        found.append(RoundReport(result.name, " · ".join(facts), cards))
    return tuple(found)


def _notes(data: JourneyData) -> tuple[StageNotes, ...]:
    cards: list[Touchpoint | PainPoint | Opportunity] = [
        *data.touchpoints,
        *data.pain_points,
        *data.opportunities,
    ]
    titles = {card.id: card.title for card in cards}
    by_stage: dict[str, list[Note]] = defaultdict(list)
    for note in data.notes:
        by_stage[note.stage].append(note)
    return tuple(
        StageNotes(
            stage.name, stage_color_at(stage, index), tuple(_note_line(n, titles) for n in by_stage[stage.id])
        )
        for index, stage in enumerate(data.stages)
        if by_stage[stage.id]
    )


def _note_line(note: Note, titles: dict[str, str]) -> NoteLine:
    about = []
    if note.card is not None and note.card in titles:
        about.append(tr("on “{title}”").format(title=titles[note.card]))
    if note.author:
        about.append(note.author)
    return NoteLine(tr(NOTE_WORDS[note.kind]), NOTE_PAPER[note.kind], note.text, " · ".join(about))
