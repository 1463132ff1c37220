"""The presentation look: colours and type sizes for a projector at the back of a room.

Sizes are scene pixels on a 1920 x 1080 slide, so they are screen pixels at 1080p and scale
with the screen. Card titles are 28 px (the floor for a room is 24 px); colours keep text
at a contrast of 7:1 or more on its background in the light and the dark look alike.
Sticky notes are paper: the same pastel per kind in both looks, with dark ink
(:mod:`journeymap.model.workshop_look`, shared with the canvas, the deck and the handout).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont

from journeymap.model import workshop_look
from journeymap.render.theme import Theme

SLIDE_W = 1920.0
SLIDE_H = 1080.0
MARGIN = 64.0

TITLE_PX = 60
SUBTITLE_PX = 28
HEADING_PX = 24
CARD_TITLE_PX = 28
CARD_META_PX = 21
NOTE_PX = 23
DETAIL_TITLE_PX = 40
DETAIL_TEXT_PX = 26

NOTE_PAPER = {kind: QColor(paper) for kind, paper in workshop_look.NOTE_PAPER.items()}
NOTE_INK = QColor(workshop_look.NOTE_INK)
NOTE_FOLD = 7.0
"""The folded corner of a note-count marker (its paper split by kind, as on the canvas)."""


@dataclass(frozen=True, eq=False)
class Look:
    """The presentation colours, derived from the editor's theme (its accent and stage
    palette), pushed to high contrast."""

    theme: Theme
    background: QColor
    card: QColor
    text: QColor
    muted: QColor
    line: QColor
    pain: QColor
    opportunity: QColor

    @classmethod
    def for_theme(cls, theme: Theme) -> Look:
        if theme.dark:
            return cls(
                theme,
                background=QColor("#0d0f13"),
                card=QColor("#1d2129"),
                text=QColor("#f5f6f8"),
                muted=QColor("#c5cad3"),
                line=QColor("#454c59"),
                pain=QColor("#ff7b7b"),
                opportunity=QColor("#5ddba5"),
            )
        return cls(
            theme,
            background=QColor("#ffffff"),
            card=QColor("#f1f2f5"),
            text=QColor("#101217"),
            muted=QColor("#394050"),
            line=QColor("#b9bec8"),
            pain=QColor("#b3261e"),
            opportunity=QColor("#17704a"),
        )

    @property
    def dark(self) -> bool:
        return self.theme.dark

    def font(self, pixel_size: int, *, bold: bool = False, medium: bool = False) -> QFont:
        return self.theme.font(pixel_size, bold=bold, medium=medium)

    def stage_color(self, index: int, color: str | None = None) -> QColor:
        return self.theme.stage_color(index, color)

    def kind_color(self, kind: str) -> QColor:
        """The strip on a card's reading edge: what kind of card it is at a glance."""
        if kind == "pain_point":
            return self.pain
        if kind == "opportunity":
            return self.opportunity
        return self.theme.accent
