"""From records to what slide items show: the one place the slides read the model.

A card's face says its title and one line of facts; under a persona lens, cards that do
not concern the persona are faded; the dots of the round being shown are drawn in each
participant's colour; the sticky notes written on it are counted.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtGui import QColor

from journeymap.model import workshop_look
from journeymap.model.describe import in_quotes
from journeymap.model.elements import (
    Lane,
    Note,
    NoteKind,
    Opportunity,
    PainPoint,
    Record,
    Touchpoint,
    Vote,
    VotingRound,
)
from journeymap.model.journey import Journey
from journeymap.model.workshop_look import NOTE_WORDS
from journeymap.render.content import applies_to, format_number, metric_reading
from journeymap.render.glyphs import icon_name
from journeymap.render.slides.cards import CardFace, NoteFace
from journeymap.render.slides.look import NOTE_PAPER
from journeymap.util.i18n import number as written
from journeymap.util.i18n import tr, tr_noop

EMOTION_WORDS = {
    -2: tr_noop("very negative"),
    -1: tr_noop("negative"),
    0: tr_noop("neutral"),
    1: tr_noop("positive"),
    2: tr_noop("very positive"),
}
STATUS_WORDS = {
    "idea": tr_noop("idea"),
    "planned": tr_noop("planned"),
    "in_progress": tr_noop("in progress"),
    "done": tr_noop("done"),
    "dropped": tr_noop("dropped"),
}


@dataclass(frozen=True)
class ViewState:
    """How the slides read the map right now: the persona lens and the round shown."""

    lens: str | None = None
    voting_round: str | None = None


def participant_color(voting_round: VotingRound, participant: str) -> QColor:
    return QColor(workshop_look.participant_color(voting_round, participant))


def dots_on(journey: Journey, state: ViewState, element: str) -> tuple[QColor, ...]:
    """One colour per dot the shown round gave ``element``, participant by participant."""
    record = journey.get(state.voting_round) if state.voting_round else None
    if not isinstance(record, VotingRound):
        return ()
    colors: list[QColor] = []
    for vote in (journey[v] for v in journey.referring(element, "element", "vote")):
        if isinstance(vote, Vote) and vote.round == record.id:
            colors.extend([participant_color(record, vote.participant)] * vote.dots)
    return tuple(colors)


def notes_on(journey: Journey, element: str) -> list[Note]:
    return [
        n for n in (journey[i] for i in journey.referring(element, "card", "note")) if isinstance(n, Note)
    ]


def card_face(journey: Journey, ident: str, state: ViewState) -> CardFace:
    record = journey[ident]
    if isinstance(record, Touchpoint):
        face = _touchpoint_face(journey, record)
    elif isinstance(record, PainPoint):
        face = _pain_face(record)
    elif isinstance(record, Opportunity):
        face = _opportunity_face(record)
    else:
        raise KeyError(ident)
    return replace(
        face,
        notes=tuple(str(note.kind) for note in notes_on(journey, ident)),
        dots=dots_on(journey, state, ident),
        faded=not applies_to(record, state.lens),
    )


def _touchpoint_face(journey: Journey, tp: Touchpoint) -> CardFace:
    lane = journey.get(tp.lane)
    lane_name = lane.name if isinstance(lane, Lane) else ""
    icon = (
        icon_name(str(lane.kind), str(lane.channel) if lane.channel else None)
        if isinstance(lane, Lane)
        else ""
    )
    details = [tp.description, _labelled(tr("Does"), tp.action), _labelled(tr("Thinks"), tp.thoughts)]
    if tp.emotion is not None:
        details.append(_labelled(tr("Feels"), tr(EMOTION_WORDS[tp.emotion])))
    return CardFace(
        "touchpoint",
        tp.title,
        lane_name,
        icon,
        tp.emotion,
        details=tuple(details),
        heading=tr("Touchpoint · {lane}").format(lane=lane_name),
    )


def _pain_face(pain: PainPoint) -> CardFace:
    meta = tr("severity {n}/5").format(n=written(pain.severity))
    if pain.affected is not None:
        meta += " · " + tr("{pct} affected").format(pct=format_number(round(pain.affected * 100), "%"))
    details = (pain.description, _labelled(tr("Evidence"), pain.source))
    return CardFace("pain_point", pain.title, meta, details=details, heading=tr("Pain point"))


def _opportunity_face(opp: Opportunity) -> CardFace:
    meta = tr("impact {i} · effort {e} · {status}").format(
        i=opp.impact, e=opp.effort, status=tr(STATUS_WORDS.get(str(opp.status), str(opp.status)))
    )
    details = (opp.description, _labelled(tr("Owner"), opp.owner))
    return CardFace("opportunity", opp.title, meta, details=details, heading=tr("Opportunity"))


def _labelled(name: str, text: str) -> str:
    return f"{name}: {text}" if text else ""


def detail_face(journey: Journey, ident: str, state: ViewState) -> CardFace:
    """The zoomed card: its face, plus every sticky note written on it."""
    face = card_face(journey, ident, state)
    said = tuple(
        in_quotes(n.text) if n.kind == NoteKind.QUOTE else f"{tr(NOTE_WORDS[n.kind])}: {n.text}"
        for n in notes_on(journey, ident)
    )
    return replace(face, details=face.details + said, faded=False)


def note_face(journey: Journey, note: Note) -> NoteFace:
    card = journey.get(note.card) if note.card else None
    on = tr("on {card}").format(card=_title(card)) if card is not None else ""
    return NoteFace(
        str(note.kind), tr(NOTE_WORDS[note.kind]), note.text, NOTE_PAPER[note.kind], note.author, on
    )


def _title(record: Record) -> str:
    return str(getattr(record, "title", "") or getattr(record, "name", ""))


def metric_chips(journey: Journey, stage: str, touchpoints: tuple[str, ...]) -> list[tuple[str, str, bool]]:
    """(name, value against target, off target) for the metrics of a stage and its touchpoints."""
    targets = {stage, *touchpoints}
    chips = []
    for metric in journey.metrics:
        if metric.attached_to in targets and metric.value is not None:
            chips.append((metric.name, metric_reading(metric), metric.off_target()))
    return chips
