"""Where cards live: which kind of card a lane holds, the cards of one cell, and the place
in a collection where a card lands as the n-th card of a cell (pure, read-only).

A cell is a ``(stage, lane)`` pair. Channel lanes hold touchpoints; a pain-point or
opportunity lane holds the pain points or opportunities of each stage; text, emotion and
metric lanes hold no cards.
"""

from __future__ import annotations

from journeymap.model.elements import Lane, LaneKind
from journeymap.model.journey import Journey

CARD_KIND: dict[str, str] = {
    LaneKind.CHANNEL: "touchpoint",
    LaneKind.PAIN_POINTS: "pain_point",
    LaneKind.OPPORTUNITIES: "opportunity",
}
"""Which kind of card a lane of each kind holds (other lanes hold no cards)."""


def card_kind(journey: Journey, lane: str) -> str | None:
    """The kind of card that ``lane`` holds, or None (text, emotion and metric lanes)."""
    record = journey.find(Lane, lane)
    return CARD_KIND.get(record.kind) if record is not None else None


def is_text_lane(journey: Journey, lane: str) -> bool:
    """Whether ``lane`` is a text lane (one note per stage, edited in place)."""
    record = journey.find(Lane, lane)
    return record is not None and record.kind == LaneKind.TEXT


def lane_of_kind(journey: Journey, card: str) -> str | None:
    """The first lane that holds cards of kind ``card``, if the map has one."""
    return next((lane.id for lane in journey.lanes if CARD_KIND.get(lane.kind) == card), None)


def cards_in(journey: Journey, stage: str, lane: str) -> list[str]:
    """Ids of the cards of one cell, in map order."""
    kind = card_kind(journey, lane)
    if kind == "touchpoint":
        return [t.id for t in journey.touchpoints_in(stage, lane)]
    if kind is None:
        return []
    return [i for i in journey.referring(stage, "stage") if journey.kind_of(i) == kind]


def cell_insertion_index(journey: Journey, stage: str, lane: str, position: int) -> int:
    """Collection index at which a card lands as the ``position``-th card of a cell."""
    cards = cards_in(journey, stage, lane)
    if position < len(cards):
        return journey.index_of(cards[max(0, position)])
    if cards:
        return journey.index_of(cards[-1]) + 1
    kind = card_kind(journey, lane) or "touchpoint"
    return journey.count(kind)
