"""A map read through one persona, for exports: what concerns that persona, nothing else.

A touchpoint or pain point that names personas but not this one is left out, with what
cannot live without it (flows, comments, metrics on it); one that names no persona
concerns everyone and stays. The same rule as the canvas's persona lens.
"""

from __future__ import annotations

from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.journey import Journey


def through_persona(data: JourneyData, persona: str) -> JourneyData:
    gone = [t.id for t in data.touchpoints if t.personas and persona not in t.personas]
    gone += [p.id for p in data.pain_points if p.personas and persona not in p.personas]
    if not gone:
        return data
    journey = Journey(data)
    journey.apply_all(removal_plan(journey, gone))
    return journey.snapshot()
