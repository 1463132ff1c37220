"""How a persona looks wherever it is shown: its initials and its colour.

One rule for the cards' chips, the Personas panel's avatars, the lens box, the emotion
curves and their legend, so that one persona never reads "MF" in one place and "MN" in
another. Colours are plain "#rrggbb" strings: the persona's own, else the palette's by
the persona's place in the map (the first personas get clearly different colours).
"""

from __future__ import annotations

from journeymap.model.elements import Persona
from journeymap.model.journey import Journey

PERSONA_PALETTE = ("#6d5bd0", "#d0733f", "#2f8f9d", "#b8477a", "#5b8c3a", "#8c6d3a")


def initials(name: str) -> str:
    """Two letters: the first and last words' initials, or a single word's first two."""
    words = [w for w in name.replace("-", " ").split() if w]
    if not words:
        return "?"
    if len(words) == 1:
        return words[0][:2].upper()
    return (words[0][0] + words[-1][0]).upper()


def persona_color(journey: Journey, persona: Persona) -> str:
    """The persona's own colour, or the palette's colour for its place in ``journey``."""
    index = journey.index_of(persona.id) if persona.id in journey else len(journey.personas)
    return persona_color_at(persona, index)


def persona_color_at(persona: Persona, index: int) -> str:
    """The persona's own colour, or the palette's colour for place ``index`` in its map."""
    return persona.color or PERSONA_PALETTE[index % len(PERSONA_PALETTE)]
