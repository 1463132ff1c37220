"""What every item needs to draw itself: the theme, the reading direction, fonts.

A scene holds one RenderContext and hands it to its items; changing the theme swaps it
in place, so items never ask the scene (or the model) anything while painting.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from journeymap.render.theme import Theme


class RenderContext:
    """The shared, mutable drawing state of one scene."""

    def __init__(self, theme: Theme, *, rtl: bool = False) -> None:
        self.theme = theme
        self.rtl = rtl

    @property
    def direction(self) -> Qt.LayoutDirection:
        """Paragraph direction for text: the map's, so Arabic maps align right."""
        return Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LayoutDirectionAuto

    @property
    def ui_align(self) -> Qt.AlignmentFlag:
        """Alignment for our own labels (numbers, units): on the map's reading side, while
        their own direction stays automatic so "1,000 customers" is not reordered."""
        side = Qt.AlignmentFlag.AlignRight if self.rtl else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignAbsolute

    def font(self, pixel_size: int, *, bold: bool = False, medium: bool = False) -> QFont:
        return self.theme.font(pixel_size, bold=bold, medium=medium)
