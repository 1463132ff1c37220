"""How a stage looks wherever it is drawn: its colour, as a plain "#rrggbb" string.

The stage's own colour, else the calm default palette's by the stage's place in the map.
The canvas (render/theme.py), the slide deck and the handout share this rule, so a stage
has one colour on the map, on its slide and on its page.
"""

from __future__ import annotations

from journeymap.model.elements import Stage

STAGE_PALETTE = ("#4f7cac", "#5e9e8a", "#c08b3e", "#8a6fb0", "#c0616b", "#4a9bb5", "#8a9a4b", "#b5735a")
"""A calm default stage palette: muted blue, sage, ochre, lavender, rose, teal, olive, clay."""


def stage_color_at(stage: Stage, index: int) -> str:
    """The stage's own colour, or the palette's colour for place ``index`` in its map."""
    return stage.color or STAGE_PALETTE[index % len(STAGE_PALETTE)]
