"""The whole map as one slide: the journey's title, then a tile per stage, in reading
order, with what each stage holds, how people feel there, the notes the room wrote on it,
and the funnel as bars along the bottom.

The editor's canvas fitted to a projector would shrink every title below what a room can
read; this slide says the same whole in type a room can read, and each tile leads to its
stage (a click on a tile, or the stage's number key).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.glyphs import draw_face
from journeymap.render.items.marks import paint_note_paper
from journeymap.render.slides.look import (
    MARGIN,
    NOTE_FOLD,
    NOTE_INK,
    SLIDE_H,
    SLIDE_W,
    SUBTITLE_PX,
    TITLE_PX,
    Look,
)
from journeymap.render.slides.stage import SlideFrame
from journeymap.render.text import TextBlock, reading_side
from journeymap.util.i18n import number, tr

TILES_TOP = 256.0
PER_ROW = 8
GAP = 24.0


@dataclass(frozen=True)
class StageTile:
    stage_id: str
    number: int
    name: str
    color: QColor
    customers: str = ""
    share: float | None = None  # of the widest stage, for the funnel bar
    share_text: str = ""
    counts: tuple[str, ...] = ()
    emotion: int | None = None  # the stage's average, rounded
    notes: tuple[str, ...] = ()  # the kind of each note written on the stage or its cards


class StageTileItem(QGraphicsItem):
    """One stage on the overview; clicking it goes to the stage."""

    def __init__(self, look: Look, tile: StageTile, width: float, height: float, *, rtl: bool) -> None:
        super().__init__()
        self.look = look
        self.tile = tile
        self.element_id = tile.stage_id
        self._rect = QRectF(0, 0, width, height)
        self.rtl = rtl
        align = reading_side(rtl)
        inner = width - 40
        scale = 1.0 if height > 500 else 0.8

        def block(text: str, px: float, lines: int = 1, *, bold: bool = False) -> TextBlock:
            return TextBlock(
                text, look.font(round(px * scale), bold=bold), inner, max_lines=lines, align=align
            )

        self._number = block(number(tile.number), 26, bold=True)
        self._name = block(tile.name, 34, 2, bold=True)
        self._customers = block(tile.customers, 26, bold=True)
        self._counts = [block(text, 23) for text in tile.counts]
        self._share = block(tile.share_text, 24, bold=True)
        notes = tr("notes from the room", "the words beside a count of sticky notes", len(tile.notes))
        self._notes = TextBlock(
            notes,
            look.font(round(21 * scale)),
            inner - 46,
            max_lines=2,
            align=align,
        )

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look, rect, tile = self.look, self._rect, self.tile
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(look.line, 1.5))
        painter.setBrush(look.card)
        painter.drawRoundedRect(rect, 14, 14)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tile.color)
        painter.drawRoundedRect(QRectF(0, 0, rect.width(), 14), 6, 6)
        y = 30.0
        self._number.draw(painter, QPointF(20, y), look.muted)
        if tile.emotion is not None:
            draw_face(
                painter,
                QPointF(rect.width() - 40, y + 16),
                18,
                tile.emotion,
                look.theme.emotion_color(tile.emotion),
            )
        y += self._number.height + 4
        self._name.draw(painter, QPointF(20, y), look.text)
        y += self._name.height + 10
        if tile.customers:
            self._customers.draw(painter, QPointF(20, y), look.text)
            y += self._customers.height + 6
        for block in self._counts:
            block.draw(painter, QPointF(20, y), look.muted)
            y += block.height + 2
        if tile.notes:
            self._paint_notes(painter, QPointF(20, y + 10))
            y += 50
        self._paint_bar(painter, max(y + 10, rect.height() * 0.55))

    def _paint_notes(self, painter: QPainter, at: QPointF) -> None:
        """The count on a sticky split by the notes' kinds, then the words, from the reading edge."""
        width = self._rect.width()
        left = width - at.x() - 36 if self.rtl else at.x()
        paper = QRectF(left, at.y(), 36, 34)
        paint_note_paper(painter, paper, self.tile.notes, rtl=self.rtl, fold=NOTE_FOLD, edge_width=1.2)
        count = TextBlock(number(len(self.tile.notes)), self.look.font(20, bold=True), 36)
        count.draw(
            painter, QPointF(paper.center().x() - count.natural_width() / 2, paper.top() + 3), NOTE_INK
        )
        words = QPointF(at.x() if self.rtl else at.x() + 46, paper.center().y() - self._notes.height / 2)
        self._notes.draw(painter, words, self.look.muted)

    def _paint_bar(self, painter: QPainter, top: float) -> None:
        """The funnel: a bar as tall as the stage's share of the widest stage."""
        if self.tile.share is None:
            return
        bottom = self._rect.height() - 20
        room = bottom - top - self._share.height - 8
        if room < 12:
            return
        height = max(4.0, room * self.tile.share)
        bar = QRectF(20, bottom - height, self._rect.width() - 40, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.tile.color)
        painter.drawRoundedRect(bar, 6, 6)
        self._share.draw(painter, QPointF(20, bar.top() - self._share.height - 4), self.look.text)


class OverviewSlide(SlideFrame):
    def __init__(
        self, look: Look, title: str, description: str, tiles: list[StageTile], *, rtl: bool = False
    ) -> None:
        super().__init__(look, rtl=rtl)
        self._title = self.text(title, TITLE_PX, SLIDE_W - 2 * MARGIN, bold=True)
        self._description = self.text(description, SUBTITLE_PX, SLIDE_W - 2 * MARGIN, lines=2)
        self.tiles: dict[str, StageTileItem] = {}
        self._place(tiles)

    def _place(self, tiles: list[StageTile]) -> None:
        if not tiles:
            return
        rows = math.ceil(len(tiles) / PER_ROW)
        per_row = math.ceil(len(tiles) / rows)
        width = (SLIDE_W - 2 * MARGIN - (per_row - 1) * GAP) / per_row
        height = (SLIDE_H - MARGIN - TILES_TOP - (rows - 1) * GAP) / rows
        for n, tile in enumerate(tiles):
            row, column = divmod(n, per_row)
            item = StageTileItem(self.look, tile, width, height, rtl=self.rtl)
            item.setParentItem(self)
            item.setPos(self.mirror(MARGIN + column * (width + GAP), width), TILES_TOP + row * (height + GAP))
            self.tiles[tile.stage_id] = item

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.boundingRect(), self.look.background)
        self.draw_at(painter, self._title, MARGIN, 52, self.look.text)
        self.draw_at(painter, self._description, MARGIN, 52 + self._title.height + 8, self.look.muted)
