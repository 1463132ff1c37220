"""Plain data that items show: what a card, header or flow needs, and nothing of the model.

The scene turns records into these (journeymap.render.content); items only ever see them,
so an item can be drawn, tested and benchmarked without a Journey.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PersonaChip:
    initials: str
    color: str
    name: str


@dataclass(frozen=True)
class StickyNote:
    """A note the room wrote, as a card's or a stage's marker counts it and its tooltip says it."""

    kind: str
    """"pain", "idea", "quote" or "question"."""
    text: str
    author: str = ""


@dataclass(frozen=True)
class Dots:
    """The dots one round gave a card: who gave how many, in the round's order."""

    round_name: str
    given: tuple[tuple[str, str, int], ...]
    """(participant's name, their "#rrggbb" colour, dots), for each who gave some."""

    @property
    def count(self) -> int:
        return sum(dots for *_, dots in self.given)


@dataclass(frozen=True)
class TouchpointContent:
    title: str
    emotion: int | None = None
    personas: tuple[PersonaChip, ...] = ()
    evidence: str = "assumed"
    pains: int = 0
    off_target: bool = False
    comments: tuple[str, ...] = ()
    """The open (unresolved) review comments, one line each: the marker and the tooltip."""
    notes: tuple[StickyNote, ...] = ()
    """The sticky notes written on the card in a workshop."""
    dots: Dots | None = None
    """The dots of the round the canvas shows (the open one, else the last)."""


@dataclass(frozen=True)
class PainPointContent:
    title: str
    severity: int = 3
    affected: float | None = None
    evidence: str = "assumed"
    touchpoints: int = 0
    comments: tuple[str, ...] = ()
    notes: tuple[StickyNote, ...] = ()
    """The sticky notes written on the card in a workshop."""
    dots: Dots | None = None
    """The dots of the round the canvas shows (the open one, else the last)."""


@dataclass(frozen=True)
class OpportunityContent:
    title: str
    impact: int = 3
    effort: int = 3
    status: str = "idea"
    owner: str = ""
    comments: tuple[str, ...] = ()
    notes: tuple[StickyNote, ...] = ()
    """The sticky notes written on the card in a workshop."""
    dots: Dots | None = None
    """The dots of the round the canvas shows (the open one, else the last)."""


@dataclass(frozen=True)
class MetricContent:
    name: str
    value: str = ""
    target: str = ""
    off_target: bool = False
    better: str = "higher"
    readings: tuple[str, ...] = ()
    """The reading in fewer and fewer characters, longest first ("1.85M impressions (target
    2M)", "1.85M (target 2M)", "1.85M"): the card shows the longest that fits."""
    reading: str = ""
    """Value against target as a person reads it: "41 score (target 45)"."""
    trend: str = ""
    """"up" when the value is above the target, "down" below, "" when level or unknown."""


@dataclass(frozen=True)
class StageContent:
    name: str
    index: int
    color: str | None = None
    customers: int | None = None
    share: float | None = None
    conversion: float | None = None
    comments: tuple[str, ...] = ()
    notes: tuple[StickyNote, ...] = ()
    """The sticky notes written on the stage itself (not on one of its cards)."""


@dataclass(frozen=True)
class LaneContent:
    name: str
    kind: str
    channel: str | None = None
    color: str | None = None


@dataclass(frozen=True)
class FlowContent:
    share: float | None = None
    volume: int | None = None
    label: str = ""


@dataclass(frozen=True)
class PersonaLine:
    """One persona's emotion curve: who, in which colour, through which touchpoints."""

    persona_id: str
    name: str
    color: str
    touchpoints: frozenset[str]
    """The touchpoints that apply to the persona: those naming it and those naming nobody."""
