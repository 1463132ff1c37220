"""Find on the map: which elements and text-lane cells contain a piece of text.

Matching ignores case and accents the way people type on a keyboard without their
language's layout: text is case-folded and decomposed (NFKD) with the combining marks
dropped, so "satin" finds "Satın alma" and "zasieg" finds "Zasięg". Letters that do not
decompose (Turkish dotless ı, Polish ł) are folded to their plain Latin letter too.

Matches come in reading order (lane headers, then column by column: the stage header,
then each lane's cards and text cell), so "next" walks the map the way it is read.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from journeymap.model.elements import Lane, LaneKind, Record
from journeymap.model.journey import Journey

SEARCHED_FIELDS: dict[str, tuple[str, ...]] = {
    "stage": ("name", "description", "goal"),
    "lane": ("name",),
    "touchpoint": ("title", "description", "action", "thoughts"),
    "pain_point": ("title", "description"),
    "opportunity": ("title", "description"),
}
"""The fields that find looks at, per kind of element drawn on the canvas."""

CARD_LANE_KIND = {"pain_point": LaneKind.PAIN_POINTS, "opportunity": LaneKind.OPPORTUNITIES}

# Letters that NFKD leaves whole but that a keyboard without the language types plainly.
_PLAIN = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ß": "ss", "æ": "ae", "œ": "oe"})


@dataclass(frozen=True, order=True)
class Match:
    """One hit: an element (``stage`` None), or a text lane's cell (``element`` = the lane id)."""

    element: str
    stage: str | None = None

    @property
    def is_cell(self) -> bool:
        return self.stage is not None


def fold(text: str) -> str:
    """``text`` without case and accents: what find compares."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.translate(_PLAIN)


def find(journey: Journey, query: str) -> list[Match]:
    """Every element or text cell whose searched text contains ``query``, in reading order.

    An empty or blank query finds nothing.
    """
    needle = fold(query.strip())
    if not needle:
        return []
    found: list[tuple[tuple[int, int, int], Match]] = []
    stage_at = {ident: i for i, ident in enumerate(journey.ids("stage"))}
    lane_at = {ident: i for i, ident in enumerate(journey.ids("lane"))}
    first_lane = _first_lane_of_kind(journey.lanes)
    for kind, fields in SEARCHED_FIELDS.items():
        for index, record in enumerate(journey.records(kind)):
            if _contains(record, fields, needle):
                key = _reading_key(record, index, stage_at, lane_at, first_lane)
                found.append((key, Match(record.id)))
    for lane in journey.lanes:
        if lane.kind == LaneKind.TEXT:
            for stage, text in lane.cells.items():
                if stage in stage_at and needle in fold(text):
                    found.append(((stage_at[stage], lane_at[lane.id], -1), Match(lane.id, stage)))
    found.sort(key=lambda pair: pair[0])
    return [match for _, match in found]


def _contains(record: Record, fields: tuple[str, ...], needle: str) -> bool:
    return any(needle in fold(str(getattr(record, name, "") or "")) for name in fields)


def _first_lane_of_kind(lanes: list[Lane]) -> dict[str, str]:
    first: dict[str, str] = {}
    for lane in lanes:
        first.setdefault(lane.kind, lane.id)
    return first


def _reading_key(
    record: Record,
    index: int,
    stage_at: dict[str, int],
    lane_at: dict[str, int],
    first_lane: dict[str, str],
) -> tuple[int, int, int]:
    """(column, row, order): lane headers come first, a stage header heads its column."""
    kind = record.KIND
    if kind == "lane":
        return (-1, lane_at.get(record.id, 0), 0)
    if kind == "stage":
        return (stage_at.get(record.id, 0), -1, 0)
    column = stage_at.get(getattr(record, "stage", ""), len(stage_at))
    lane = getattr(record, "lane", None) or first_lane.get(CARD_LANE_KIND.get(kind, ""), "")
    return (column, lane_at.get(lane, len(lane_at)), index)
