"""The records a journey map is made of: immutable, validated pydantic models.

Each record kind declares which of its fields refer to other elements (``REFS``), so that
reference checking, cascading removal and the graph are written once for all kinds.
Positions and colours are plain numbers and strings; nothing here knows about Qt.
"""

from __future__ import annotations

import base64
import binascii
import re
from enum import StrEnum
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, JsonValue, field_validator

from journeymap.model.bounds import Amount, Count, Emotion, Moment, Scale, Share
from journeymap.model.ids import ID_PATTERN
from journeymap.model.record import COLOR_PATTERN as COLOR_PATTERN
from journeymap.model.record import LONG_TEXT as LONG_TEXT
from journeymap.model.record import SHORT_TEXT, name_field, strings_field, text_field
from journeymap.model.record import Record as Record
from journeymap.model.record import Ref as Ref
from journeymap.model.workshop_records import CARD_REF_KINDS as CARD_REF_KINDS
from journeymap.model.workshop_records import MAX_DOTS as MAX_DOTS
from journeymap.model.workshop_records import CardKind as CardKind
from journeymap.model.workshop_records import Note as Note
from journeymap.model.workshop_records import NoteKind as NoteKind
from journeymap.model.workshop_records import Participant as Participant
from journeymap.model.workshop_records import Vote as Vote
from journeymap.model.workshop_records import VotingRound as VotingRound
from journeymap.util.excerpt import excerpt
from journeymap.util.i18n import tr, tr_noop

MAX_PHOTO_BYTES = 512 * 1024
_SHORT = SHORT_TEXT
_LONG = LONG_TEXT


_name, _text, _strings = name_field, text_field, strings_field


class Channel(StrEnum):
    WEB = "web"
    EMAIL = "email"
    SOCIAL = "social"
    PHONE = "phone"
    STORE = "store"
    CHAT = "chat"
    APP = "app"
    ADS = "ads"
    WORD_OF_MOUTH = "word_of_mouth"
    OTHER = "other"


class LaneKind(StrEnum):
    CHANNEL = "channel"
    TEXT = "text"
    EMOTION = "emotion"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    METRICS = "metrics"


class Evidence(StrEnum):
    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class Layer(StrEnum):
    FRONTSTAGE = "frontstage"
    BACKSTAGE = "backstage"


class OpportunityStatus(StrEnum):
    IDEA = "idea"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class Better(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


class ReadingDirection(StrEnum):
    LTR = "ltr"
    RTL = "rtl"


VOCABULARY = (
    tr_noop("stage"),
    tr_noop("lane"),
    tr_noop("persona"),
    tr_noop("touchpoint"),
    tr_noop("pain point"),
    tr_noop("opportunity"),
    tr_noop("metric"),
    tr_noop("flow"),
    tr_noop("comment"),
    tr_noop("channel"),
    tr_noop("text"),
    tr_noop("emotion"),
    tr_noop("pain points"),
    tr_noop("opportunities"),
    tr_noop("metrics"),
    tr_noop("idea"),
    tr_noop("planned"),
    tr_noop("in progress"),
    tr_noop("done"),
    tr_noop("dropped"),
    tr_noop("web"),
    tr_noop("email"),
    tr_noop("social"),
    tr_noop("phone"),
    tr_noop("store"),
    tr_noop("chat"),
    tr_noop("app"),
    tr_noop("ads"),
    tr_noop("word of mouth"),
    tr_noop("other"),
    tr_noop("stages"),
    tr_noop("lanes"),
    tr_noop("flows"),
    tr_noop("comments"),
    tr_noop("conflict"),
    tr_noop("conflicts"),
    tr_noop("note"),
    tr_noop("notes"),
    tr_noop("voting round"),
    tr_noop("voting rounds"),
    tr_noop("vote"),
    tr_noop("votes"),
    tr_noop("pain"),
    tr_noop("quote"),
    tr_noop("question"),
)
"""What messages and the canvas call each record kind (and each collection: "stages"), lane kind, channel and opportunity
status: code that names one writes ``tr(value.replace("_", " "))``, and these marks put the
words in the catalogues (a test checks that every kind and value has its word)."""


class JourneyInfo(BaseModel):
    """Facts about the map as a whole."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(default="Untitled journey", min_length=1, max_length=_SHORT)
    description: str = _text()
    language: str = Field(default="en", pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
    direction: ReadingDirection = ReadingDirection.LTR
    created: Moment | None = None
    modified: Moment | None = None

    def updated(self, **changes: Any) -> JourneyInfo:
        data = self.model_dump()
        data.update(changes)
        return JourneyInfo.model_validate(data)


class Stage(Record):
    KIND: ClassVar[str] = "stage"

    name: str = _name()
    description: str = _text()
    goal: str = _text()
    customers: Count | None = None
    color: str | None = Field(default=None, pattern=COLOR_PATTERN)
    presenter_notes: str = _text()  # what the facilitator says at this stage (presenter console, deck)


class Lane(Record):
    """A row of the map. Channel lanes hold touchpoints; text lanes one text cell per stage."""

    KIND: ClassVar[str] = "lane"
    REFS: ClassVar[dict[str, Ref]] = {"cells": Ref("stage", many=True)}

    name: str = _name()
    kind: LaneKind = LaneKind.CHANNEL
    channel: Channel | None = None
    color: str | None = Field(default=None, pattern=COLOR_PATTERN)
    collapsed: bool = False
    cells: dict[str, str] = Field(default_factory=dict)

    @field_validator("cells")
    @classmethod
    def _sorted_cells(cls, cells: dict[str, str]) -> dict[str, str]:
        for key, text in cells.items():
            if not re.match(ID_PATTERN, key):
                raise ValueError(tr("not a valid stage id: {key}").format(key=excerpt(key)))
            if len(text) > _LONG:
                raise ValueError(tr("cell text is longer than %Ln characters", "", _LONG))
        # equal maps must save to equal bytes, whatever order the cells were edited in
        return {key: cells[key] for key in sorted(cells) if cells[key]}

    def referenced_ids(self) -> list[tuple[str, str]]:
        return [("cells", stage) for stage in self.cells]


class Touchpoint(Record):
    KIND: ClassVar[str] = "touchpoint"
    REFS: ClassVar[dict[str, Ref]] = {
        "stage": Ref("stage"),
        "lane": Ref("lane"),
        "personas": Ref("persona", many=True),
    }

    stage: str
    lane: str
    title: str = _name()
    description: str = _text()
    action: str = _text()
    thoughts: str = _text()
    emotion: Emotion | None = None
    owner: str = _text(_SHORT)
    layer: Layer = Layer.FRONTSTAGE
    personas: tuple[str, ...] = _strings()
    evidence: Evidence = Evidence.ASSUMED
    tags: tuple[str, ...] = _strings()


class PainPoint(Record):
    """A friction, drawn in its stage's column and linked to the touchpoints where it bites."""

    KIND: ClassVar[str] = "pain_point"
    REFS: ClassVar[dict[str, Ref]] = {
        "stage": Ref("stage"),
        "touchpoints": Ref("touchpoint", many=True),
        "personas": Ref("persona", many=True),
    }

    stage: str
    title: str = _name()
    description: str = _text()
    touchpoints: tuple[str, ...] = _strings()
    severity: Scale = 3
    affected: Share | None = None
    evidence: Evidence = Evidence.ASSUMED
    source: str = _text(_SHORT)
    personas: tuple[str, ...] = _strings()


class Opportunity(Record):
    KIND: ClassVar[str] = "opportunity"
    REFS: ClassVar[dict[str, Ref]] = {
        "stage": Ref("stage"),
        "pain_points": Ref("pain_point", many=True),
    }

    stage: str
    title: str = _name()
    description: str = _text()
    pain_points: tuple[str, ...] = _strings()
    impact: Scale = 3
    effort: Scale = 3
    owner: str = _text(_SHORT)
    status: OpportunityStatus = OpportunityStatus.IDEA


_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a")


def check_photo(photo: str) -> bytes:
    """Decode a base64 photo and check that it is a PNG, JPEG, GIF or WebP within the limit."""
    try:
        raw = base64.b64decode(photo, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(tr("photo is not valid base64 data")) from None
    if len(raw) > MAX_PHOTO_BYTES:
        raise ValueError(
            tr("photo is {size} KB; the limit is {limit} KB").format(
                size=len(raw) // 1024, limit=MAX_PHOTO_BYTES // 1024
            )
        )
    is_webp = raw[:4] == b"RIFF" and raw[8:12] == b"WEBP"
    if not (is_webp or raw.startswith(_IMAGE_MAGIC)):
        raise ValueError(tr("photo is not a PNG, JPEG, GIF or WebP image"))
    return raw


class Persona(Record):
    KIND: ClassVar[str] = "persona"

    name: str = _name()
    role: str = _text(_SHORT)
    photo: str | None = None  # base64; size and type checked below
    age_band: str = _text(_SHORT)
    gender: str = _text(_SHORT)
    income_band: str = _text(_SHORT)
    location: str = _text(_SHORT)
    goals: tuple[str, ...] = _strings()
    frustrations: tuple[str, ...] = _strings()
    motivations: tuple[str, ...] = _strings()
    preferred_channels: tuple[Channel, ...] = ()
    shops: tuple[str, ...] = _strings()
    sites: tuple[str, ...] = _strings()
    platforms: tuple[str, ...] = _strings()
    brands: tuple[str, ...] = _strings()
    quote: str = _text()
    color: str | None = Field(default=None, pattern=COLOR_PATTERN)

    @field_validator("photo")
    @classmethod
    def _photo_is_image(cls, photo: str | None) -> str | None:
        if photo is not None:
            check_photo(photo)
        return photo


class Metric(Record):
    """A measure attached to the journey (``attached_to`` None), a stage, a lane or a touchpoint."""

    KIND: ClassVar[str] = "metric"
    REFS: ClassVar[dict[str, Ref]] = {"attached_to": Ref("stage", "lane", "touchpoint")}

    name: str = _name()
    kind: str = Field(default="custom", pattern=r"^[a-z][a-z0-9_]{0,40}$")
    attached_to: str | None = None
    unit: str = _text(40)
    value: Amount | None = None
    target: Amount | None = None
    better: Better = Better.HIGHER
    period: str = _text(_SHORT)
    source: str = _text(_SHORT)

    def off_target(self) -> bool:
        """True when both value and target are known and the value is on the wrong side."""
        if self.value is None or self.target is None:
            return False
        if self.better is Better.HIGHER:
            return self.value < self.target
        return self.value > self.target


class Flow(Record):
    """A directed movement of customers: touchpoint to touchpoint, or stage to stage."""

    KIND: ClassVar[str] = "flow"
    REFS: ClassVar[dict[str, Ref]] = {
        "source": Ref("touchpoint", "stage"),
        "target": Ref("touchpoint", "stage"),
    }

    source: str
    target: str
    share: Share | None = None
    volume: Count | None = None
    label: str = _text(_SHORT)


class Comment(Record):
    KIND: ClassVar[str] = "comment"
    REFS: ClassVar[dict[str, Ref]] = {
        "attached_to": Ref(
            "stage", "lane", "touchpoint", "pain_point", "opportunity", "persona", "metric", "flow"
        )
    }

    attached_to: str | None = None
    text: str = Field(min_length=1, max_length=_LONG)
    author: str = _text(_SHORT)
    created: Moment | None = None
    resolved: bool = False


class ConflictReason(StrEnum):
    """Why a merge could not combine two edits (see :mod:`journeymap.model.merge`)."""

    CHANGED = "changed"  # the same field changed two ways
    MOVED = "moved"  # moved to two different places
    REORDERED = "reordered"  # put at two different places in its column, row or cell
    DELETED_OURS = "deleted_ours"  # removed on our side, changed or still used on theirs
    DELETED_THEIRS = "deleted_theirs"  # removed on their side, changed or still used on ours
    ADDED_BOTH = "added_both"  # both sides added the same id as different kinds
    BLOCKED = "blocked"  # their change needs what our side removed or changed


ConflictKind = Literal[
    "journey", "stage", "lane", "persona", "touchpoint", "pain_point",
    "opportunity", "metric", "flow", "comment", "note", "voting_round", "vote", "conflict",
]  # fmt: skip


class Conflict(Record):
    """An unresolved merge conflict, kept in the map until someone resolves it. The map
    holds "ours"; "theirs" and "base" are what the other side and the common ancestor had.
    "field" is a field name ("title"), fields moved as one ("stage,lane", whose values are
    objects), a text cell ("cells.<stage id>"), "order" (values: the id of the element it
    follows, null = first), or null for the whole element (values: records, null = absent)."""

    KIND: ClassVar[str] = "conflict"

    kind: ConflictKind  # the kind of the element in conflict; "journey" for the map's own fields
    element: str | None = Field(default=None, pattern=ID_PATTERN)  # null for the map's own fields
    title: str = _text(_SHORT)  # the element's name when the merge was made, for people
    field: str | None = Field(default=None, max_length=_SHORT)
    reason: ConflictReason
    related: str | None = Field(default=None, pattern=ID_PATTERN)  # the element needed, or needing it
    base: JsonValue = None
    ours: JsonValue = None
    theirs: JsonValue = None


RECORD_TYPES: tuple[type[Record], ...] = (
    Stage,
    Lane,
    Persona,
    Touchpoint,
    PainPoint,
    Opportunity,
    Metric,
    Flow,
    Comment,
    Note,
    VotingRound,
    Vote,
    Conflict,
)
"""Every record kind, in file order: an element only refers to kinds listed before it
(except comments and metrics, which refer across). Conflicts refer to nothing: they name
elements that may be gone."""

WORKSHOP_KINDS: tuple[str, ...] = ("note", "voting_round", "vote")
"""What a workshop adds to a map: captured notes and dot votes (not its structure)."""

Card = Touchpoint | PainPoint | Opportunity
"""The records drawn as cards in a cell: each has a ``stage``, a ``title`` and a ``description``."""
CARD_TYPES: tuple[type[Touchpoint], type[PainPoint], type[Opportunity]] = (Touchpoint, PainPoint, Opportunity)
"""For ``isinstance(record, CARD_TYPES)``, which narrows a record to a :data:`Card`."""

KINDS: tuple[str, ...] = tuple(t.KIND for t in RECORD_TYPES)
RECORD_TYPE: dict[str, type[Record]] = {t.KIND: t for t in RECORD_TYPES}
NAME_FIELD: dict[str, str] = {
    "stage": "name",
    "lane": "name",
    "persona": "name",
    "metric": "name",
    "touchpoint": "title",
    "pain_point": "title",
    "opportunity": "title",
    "flow": "label",
    "comment": "text",
    "note": "text",
    "voting_round": "name",
    "vote": "participant",  # a vote has no name of its own: diff and merge say whose dots on what
    "conflict": "title",
}
"""The field that names an element of each kind: what inline rename edits, and what
people write instead of an id."""
COLLECTION: dict[str, str] = {
    "stage": "stages",
    "lane": "lanes",
    "persona": "personas",
    "touchpoint": "touchpoints",
    "pain_point": "pain_points",
    "opportunity": "opportunities",
    "metric": "metrics",
    "flow": "flows",
    "comment": "comments",
    "note": "notes",
    "voting_round": "voting_rounds",
    "vote": "votes",
    "conflict": "conflicts",
}
