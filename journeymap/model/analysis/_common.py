"""Small helpers shared by the analyses: names, stage positions, JSON-safe numbers."""

from __future__ import annotations

from journeymap.model.elements import Lane, Opportunity, PainPoint, Persona, Stage, Touchpoint
from journeymap.model.journey import Journey

DIGITS = 6
"""Numbers in ``to_json()`` are rounded to this many decimals (no 0.30000000000000004)."""


def rounded(value: float | None) -> float | None:
    return None if value is None else round(value, DIGITS)


def name_of(journey: Journey, ident: str) -> str:
    """What a person calls an element: a stage's or lane's name, a card's title, else its id."""
    record = journey.get(ident)
    if isinstance(record, (Stage, Lane, Persona)):
        return record.name
    if isinstance(record, (Touchpoint, PainPoint, Opportunity)):
        return record.title
    return ident


def stage_of(journey: Journey, ident: str) -> str | None:
    """The stage an element sits in (a stage is in itself); None for elements outside stages."""
    record = journey.get(ident)
    if isinstance(record, Stage):
        return record.id
    if isinstance(record, (Touchpoint, PainPoint, Opportunity)):
        return record.stage
    return None


def stage_positions(journey: Journey) -> dict[str, int]:
    """Stage id -> index in map order."""
    return {ident: index for index, ident in enumerate(journey.ids("stage"))}
