"""What every item needs to draw itself: the theme, the reading direction, fonts.

A scene holds one RenderContext and hands it to its items; changing the theme swaps it
in place, so items never ask the scene (or the model) anything while painting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from journeymap.render.text import reading_side
from journeymap.render.theme import Theme


class RenderContext:
    """The shared, mutable drawing state of one scene."""

    def __init__(self, theme: Theme, *, rtl: bool = False) -> None:
        self.theme = theme
        self.rtl = rtl

    @property
    def align(self) -> Qt.AlignmentFlag:
        """Alignment for every text on the map (titles, notes, names, our own labels): on the
        map's reading side, while each text reads in its own direction (text.reading_side)."""
        return reading_side(self.rtl)

    def font(self, pixel_size: int, *, bold: bool = False, medium: bool = False) -> QFont:
        return self.theme.font(pixel_size, bold=bold, medium=medium)
