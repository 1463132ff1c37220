"""Pure builders for what a workshop does to a map: capture sticky notes, turn them into
pain points, opportunities or comments, and run dot-voting rounds.

Each builder returns an :class:`~journeymap.model.builders.Edit` (the operations of one
undoable step and what to select), or refuses with a located :class:`JourneyError`
before anything changes, as the other builders do. The Journey itself keeps the voting
rules (:mod:`journeymap.model.voting`) after every operation; the builders say why in
words a facilitator understands ("Ana has given all 3 dots").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from journeymap.model.builders import Edit, build, changed, refused
from journeymap.model.cascades import removal_plan
from journeymap.model.elements import (
    CARD_REF_KINDS,
    CARD_TYPES,
    Card,
    Comment,
    Note,
    NoteKind,
    Opportunity,
    PainPoint,
    Participant,
    Stage,
    Vote,
    VotingRound,
)
from journeymap.model.ids import new_id
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Operation, Remove, Update
from journeymap.model.voting import dots_given, participant_label
from journeymap.model.workshop_records import CardKind
from journeymap.util.i18n import tr, tr_noop

_TITLE_LIMIT = 200

CONVERSIONS: dict[NoteKind, str] = {
    NoteKind.PAIN: "pain_point",
    NoteKind.IDEA: "opportunity",
    NoteKind.QUOTE: "comment",
    NoteKind.QUESTION: "comment",
}
"""What a note of each kind usually becomes after the workshop (the UI's first choice)."""


def now() -> datetime:
    """The time a note or round is stamped with: UTC, to the second (files stay short)."""
    return datetime.now(UTC).replace(microsecond=0)


# ---- sticky notes ------------------------------------------------------------------------


def _card(journey: Journey, ident: str) -> Card:
    record = journey.get(ident)
    if not isinstance(record, CARD_TYPES):
        wanted = tr(" or ").join(tr(k.replace("_", " ")) for k in CARD_REF_KINDS)
        raise refused(ident, tr("no {kind} {id!r}").format(kind=wanted, id=ident))
    return record


def capture_note(
    journey: Journey,
    *,
    stage: str | None = None,
    card: str | None = None,
    kind: NoteKind = NoteKind.IDEA,
    text: str,
    author: str = "",
    created: datetime | None = None,
) -> Edit:
    """A sticky note on ``card`` (then in the card's stage), or else on ``stage``."""
    if card is not None:
        stage = _card(journey, card).stage
    if stage is None:
        raise refused("stage", tr("a note goes on a stage or a card"))
    journey.require(Stage, stage)
    text = text.strip()
    if not text:
        raise refused("text", tr("a note needs some text"))
    ident = new_id("note", journey)
    fields: dict[str, Any] = {"id": ident, "stage": stage, "card": card, "kind": kind, "text": text}
    record = build(Note, **fields, author=author.strip(), created=created or now())
    return Edit([Add(record)], [ident])


def edit_note(journey: Journey, note: str, **changes: Any) -> Edit:
    """Change a note's text, kind or author."""
    old = journey.require(Note, note)
    if "text" in changes:
        changes["text"] = str(changes["text"]).strip()
        if not changes["text"]:
            raise refused(note, tr("a note needs some text"))
    new = changed(old, **changes)
    return Edit([Update(old, new)] if new != old else [], [note])


def convert_notes(journey: Journey, notes: Sequence[str], into: str) -> Edit:
    """:func:`convert_note` for several notes as one step."""
    ops: list[Operation] = []
    made: list[str] = []
    for note in dict.fromkeys(notes):
        edit = convert_note(journey, note, into, taken=made)
        ops.extend(edit.ops)
        made.extend(edit.select)
    return Edit(ops, made)


class _Taken:
    """The map's ids and the ones just made in the same step: for fresh ids."""

    def __init__(self, journey: Journey, extra: Sequence[str]) -> None:
        self.journey, self.extra = journey, extra

    def __contains__(self, ident: object) -> bool:
        return ident in self.journey or ident in self.extra


def convert_note(journey: Journey, note: str, into: str, *, taken: Sequence[str] = ()) -> Edit:
    """Turn a note into a pain point, an opportunity or a comment: one step that adds the
    new element where the note was (its stage, linked to its card) and removes the note."""
    record = journey.require(Note, note)
    known = ("pain_point", "opportunity", "comment")
    ident = new_id(into, _Taken(journey, taken)) if into in known else ""
    if into == "comment":
        made: Any = build(
            Comment,
            id=ident,
            attached_to=record.card or record.stage,
            text=record.text,
            author=record.author,
            created=record.created,
        )
    elif into in ("pain_point", "opportunity"):
        made = _card_from(journey, record, into, ident)
    else:
        raise refused(note, tr("a note becomes a pain point, an opportunity or a comment"))
    return Edit([Add(made), *removal_plan(journey, [note])], [ident])


def _card_from(journey: Journey, note: Note, into: str, ident: str) -> PainPoint | Opportunity:
    title, description = _title_and_description(note.text)
    card_kind = journey.kind_of(note.card) if note.card else None
    if into == "pain_point":
        touchpoints = (note.card,) if card_kind == "touchpoint" else ()
        pain: PainPoint = build(
            PainPoint,
            id=ident,
            stage=note.stage,
            title=title,
            description=description,
            touchpoints=touchpoints,
        )
        return pain
    pains = (note.card,) if card_kind == "pain_point" else ()
    idea: Opportunity = build(
        Opportunity, id=ident, stage=note.stage, title=title, description=description, pain_points=pains
    )
    return idea


def _title_and_description(text: str) -> tuple[str, str]:
    """A card title from a note's first line (shortened if need be); the whole note as the
    description when the title does not hold all of it."""
    first = " ".join(text.splitlines()[0].split()) if text.strip() else text
    title = first if len(first) <= _TITLE_LIMIT else first[: _TITLE_LIMIT - 1].rstrip() + "…"
    return title, ("" if title == text else text)


# ---- voting rounds -----------------------------------------------------------------------


def participants_from(people: Sequence[tuple[str, str | None]] | int) -> tuple[Participant, ...]:
    """Participants from ``(name, colour)`` pairs, or ``n`` unnamed ones (a head count)."""
    if isinstance(people, int):
        people = [("", None)] * people
    return tuple(
        Participant(id=f"p{number}", name=name.strip(), color=color)
        for number, (name, color) in enumerate(people, start=1)
    )


def participants_edited(
    voting_round: VotingRound, rows: Sequence[tuple[str | None, str, str | None]]
) -> tuple[Participant, ...]:
    """A round's participants after an edit, from rows of (their id, or None for someone
    new; name; colour or None): those kept keep their ids, and so their dots; someone new
    gets the first free "pN"."""
    taken = {ident for ident, _, _ in rows if ident} | {p.id for p in voting_round.participants}
    fresh = (f"p{n}" for n in range(1, len(taken) + len(rows) + 2) if f"p{n}" not in taken)
    return tuple(
        Participant(id=ident or next(fresh), name=name.strip(), color=color) for ident, name, color in rows
    )


def new_round(
    journey: Journey,
    *,
    name: str,
    participants: Sequence[tuple[str, str | None]] | int,
    dots: int = 3,
    votable: Sequence[CardKind] = ("pain_point", "opportunity"),
    date: datetime | None = None,
) -> Edit:
    """A new, open voting round."""
    if not name.strip():
        raise refused("name", tr("a round needs a name"))
    ident = new_id("voting_round", journey)
    people = participants_from(participants)
    if not people:
        raise refused("participants", tr("a round needs at least one participant"))
    record = build(
        VotingRound,
        id=ident,
        name=name.strip(),
        date=date or now(),
        participants=people,
        dots=dots,
        votable=tuple(votable),
    )
    return Edit([Add(record)], [ident])


def change_round(journey: Journey, voting_round: str, **changes: Any) -> Edit:
    """Rename a round, change its participants, dots or votable kinds, close or reopen it.

    Votes of participants taken out, and on kinds no longer votable, go in the same step;
    fewer dots than someone has already given is refused (reset the round first)."""
    old = journey.require(VotingRound, voting_round)
    new: VotingRound = changed(old, **changes)
    if not new.participants:
        raise refused(voting_round, tr("a round needs at least one participant"))
    keep = {p.id for p in new.participants}
    doomed = [
        v.id
        for v in journey.votes_in(voting_round)
        if v.participant not in keep or journey.kind_of(v.element) not in new.votable
    ]
    left = [v for v in journey.votes_in(voting_round) if v.id not in doomed]
    for person in new.participants:
        given = dots_given(left, person.id)
        if given > new.dots:
            message = tr("{who} has already given %Ln dots; reset the round to give fewer", "", given)
            raise refused(voting_round, message.format(who=participant_label(new, person.id)))
    ops: list[Operation] = [Remove(journey[v]) for v in doomed]
    if new != old:
        ops.append(Update(old, new))
    return Edit(ops, [voting_round])


def reset_round(journey: Journey, voting_round: str) -> Edit:
    """Take back every dot of a round (the round and its participants stay)."""
    journey.require(VotingRound, voting_round)
    return Edit([Remove(v) for v in reversed(journey.votes_in(voting_round))], [voting_round])


_NOT_VOTED_ON = {
    "touchpoint": tr_noop("this round does not vote on touchpoints"),
    "pain_point": tr_noop("this round does not vote on pain points"),
    "opportunity": tr_noop("this round does not vote on opportunities"),
}
"""What a dot on a card of a kind the round leaves out is told (one whole sentence a kind)."""


def _open_round(
    journey: Journey, voting_round: str, participant: str, element: str
) -> tuple[VotingRound, str]:
    record = journey.require(VotingRound, voting_round)
    if record.closed:
        raise refused(voting_round, tr("round {name!r} is closed").format(name=record.name))
    if record.participant(participant) is None:
        raise refused(voting_round, tr("no participant {id!r} in this round").format(id=participant))
    kind = _card(journey, element).KIND
    if kind not in record.votable:
        raise refused(element, tr(_NOT_VOTED_ON[kind]))
    return record, participant_label(record, participant)


def _vote_of(journey: Journey, voting_round: str, participant: str, element: str) -> Vote | None:
    return next(
        (v for v in journey.votes_in(voting_round) if v.participant == participant and v.element == element),
        None,
    )


def give_dot(journey: Journey, voting_round: str, participant: str, element: str) -> Edit:
    """One more dot from ``participant`` on ``element``, within their allowance."""
    record, who = _open_round(journey, voting_round, participant, element)
    if dots_given(journey.votes_in(voting_round), participant) >= record.dots:
        message = tr("{who} has given all %Ln dots", "", record.dots).format(who=who)
        raise refused(voting_round, message)
    vote = _vote_of(journey, voting_round, participant, element)
    if vote is not None:
        return Edit([Update(vote, vote.updated(dots=vote.dots + 1))], [element])
    ident = new_id("vote", journey)
    made = build(Vote, id=ident, round=voting_round, participant=participant, element=element)
    return Edit([Add(made)], [element])


def take_dot(journey: Journey, voting_round: str, participant: str, element: str) -> Edit:
    """Take one of ``participant``'s dots back from ``element``."""
    _, who = _open_round(journey, voting_round, participant, element)
    vote = _vote_of(journey, voting_round, participant, element)
    if vote is None:
        raise refused(element, tr("{who} has no dot here").format(who=who))
    if vote.dots == 1:
        return Edit([Remove(vote)], [element])
    return Edit([Update(vote, vote.updated(dots=vote.dots - 1))], [element])
