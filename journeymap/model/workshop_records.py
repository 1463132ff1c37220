"""What a workshop adds to a map: sticky notes captured in the room, voting rounds and
their votes, with the small vocabulary they share (what a note says, which kinds of card
notes and dots go on, the bounds of dots and participant ids).

They are records like the map's own (:mod:`.elements` lists them in ``RECORD_TYPES``), so
references, cascades, files, diff and merge treat them as any element. The rules that span
a round and its votes are in :mod:`.voting`.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from journeymap.model.bounds import Moment
from journeymap.model.record import COLOR_PATTERN, LONG_TEXT, SHORT_TEXT, Record, Ref, name_field, text_field
from journeymap.util.i18n import tr


class NoteKind(StrEnum):
    """What a sticky note captured in a workshop says."""

    PAIN = "pain"
    IDEA = "idea"
    QUOTE = "quote"
    QUESTION = "question"


CardKind = Literal["touchpoint", "pain_point", "opportunity"]
CARD_REF_KINDS: tuple[CardKind, ...] = ("touchpoint", "pain_point", "opportunity")
"""The kinds drawn as cards: what a sticky note can be written on and what can be voted on."""


PARTICIPANT_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$"
MAX_DOTS = 99


class Note(Record):
    """A sticky note captured in the room: on a stage, or on one card of that stage."""

    KIND: ClassVar[str] = "note"
    REFS: ClassVar[dict[str, Ref]] = {"stage": Ref("stage"), "card": Ref(*CARD_REF_KINDS, detach=True)}

    stage: str
    card: str | None = None
    kind: NoteKind = NoteKind.IDEA
    text: str = Field(min_length=1, max_length=LONG_TEXT)
    author: str = text_field(SHORT_TEXT)
    created: Moment | None = None


class Participant(BaseModel):
    """Someone voting in a round: ``id`` is local to the round; a head count has no names."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=PARTICIPANT_PATTERN)
    name: str = text_field(SHORT_TEXT)
    color: str | None = Field(default=None, pattern=COLOR_PATTERN)


class VotingRound(Record):
    """A dot-voting round: who votes, how many dots each, on which kinds of card."""

    KIND: ClassVar[str] = "voting_round"

    name: str = name_field()
    date: Moment | None = None
    participants: tuple[Participant, ...] = Field(default=(), max_length=500)
    dots: int = Field(default=3, ge=1, le=MAX_DOTS)
    votable: tuple[CardKind, ...] = ("pain_point", "opportunity")
    closed: bool = False

    @field_validator("participants")
    @classmethod
    def _unique_participants(cls, participants: tuple[Participant, ...]) -> tuple[Participant, ...]:
        ids = [participant.id for participant in participants]
        if twice := next((ident for ident in ids if ids.count(ident) > 1), None):
            raise ValueError(tr("duplicate participant id {id!r}").format(id=twice))
        return participants

    @field_validator("votable")
    @classmethod
    def _card_kinds(cls, kinds: tuple[CardKind, ...]) -> tuple[CardKind, ...]:
        if not kinds:
            raise ValueError(tr("a round needs at least one kind of card to vote on"))
        # the same choice must save to the same bytes, whatever order it was ticked in
        return tuple(k for k in CARD_REF_KINDS if k in kinds)

    def participant(self, ident: str) -> Participant | None:
        return next((p for p in self.participants if p.id == ident), None)


class Vote(Record):
    """The dots one participant of one round gave one card."""

    KIND: ClassVar[str] = "vote"
    REFS: ClassVar[dict[str, Ref]] = {"round": Ref("voting_round"), "element": Ref(*CARD_REF_KINDS)}

    round: str
    participant: str = Field(pattern=PARTICIPANT_PATTERN)
    element: str
    dots: int = Field(default=1, ge=1, le=MAX_DOTS)
