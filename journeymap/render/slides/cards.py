"""The items of a slide: cards, sticky notes, and the enlarged card a click zooms to.

Items hold plain faces (:class:`CardFace`, :class:`NoteFace`): strings, numbers and colours
made by the deck from the model, so they know no model class. Text is laid out once per
face (TextBlock: shaped, wrapped, elided) and only drawn in ``paint``; nothing is greeked,
whatever the zoom.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.glyphs import draw_face, draw_icon
from journeymap.render.items.marks import paint_note_paper
from journeymap.render.slides.look import (
    CARD_META_PX,
    CARD_TITLE_PX,
    DETAIL_TEXT_PX,
    DETAIL_TITLE_PX,
    NOTE_FOLD,
    NOTE_INK,
    NOTE_PX,
    Look,
)
from journeymap.render.text import TextBlock, label_width, reading_side
from journeymap.util.i18n import number

PAD = 16.0
STRIP = 8.0
DOT_R = 9.0
FACE_R = 17.0


@dataclass(frozen=True)
class CardFace:
    """What a slide card shows."""

    kind: str
    title: str
    meta: str = ""
    icon: str = ""
    emotion: int | None = None
    notes: tuple[str, ...] = ()  # the kind of each note written on it (pain, idea, ...)
    dots: tuple[QColor, ...] = ()
    faded: bool = False
    details: tuple[str, ...] = ()  # shown when zoomed in: description, action, thoughts...
    heading: str = ""  # shown when zoomed in: the kind and where it sits


@dataclass(frozen=True)
class NoteFace:
    kind: str  # the note kind's value: pain, idea, quote, question
    label: str  # the kind as people read it
    text: str
    paper: QColor
    by: str = ""
    on: str = ""  # the card it was written on, if any
    extra: tuple[str, ...] = field(default=())


class _Item(QGraphicsItem):
    """A fixed-size item drawn in its own coordinates, reading side aware."""

    def __init__(self, look: Look, width: float, height: float, *, rtl: bool) -> None:
        super().__init__()
        self.look = look
        self.rtl = rtl
        self._rect = QRectF(0.0, 0.0, width, height)
        self.element_id = ""

    def boundingRect(self) -> QRectF:
        return QRectF(self._rect)

    def _x(self, x: float, width: float = 0.0) -> float:
        """``x`` from the reading edge: mirrored for right-to-left maps."""
        return self._rect.width() - x - width if self.rtl else x

    def _block(
        self, text: str, px: int, width: float, lines: int, *, bold: bool = False, medium: bool = False
    ) -> TextBlock:
        font = self.look.font(px, bold=bold, medium=medium)
        return TextBlock(text, font, width, max_lines=lines, align=reading_side(self.rtl))

    def _draw(self, painter: QPainter, block: TextBlock, x: float, y: float, color: QColor) -> None:
        block.draw(painter, QPointF(self._x(x, block.width), y), color)


class SlideCardItem(_Item):
    """A card on a stage slide: kind strip, title, one line of facts, face, dots, notes."""

    def __init__(self, look: Look, width: float, height: float, face: CardFace, *, rtl: bool = False) -> None:
        super().__init__(look, width, height, rtl=rtl)
        self.setAcceptHoverEvents(False)
        self.set_face(face)

    def set_face(self, face: CardFace) -> None:
        self.face = face
        inner = self._rect.width() - 2 * PAD - STRIP
        title_w = inner - (2 * FACE_R + 10 if face.emotion is not None else 0)
        self._title = self._block(face.title, CARD_TITLE_PX, title_w, 2, medium=True)
        self._meta = self._block(face.meta, CARD_META_PX, inner - self._marks_width(), 1)
        self.setOpacity(0.28 if face.faded else 1.0)
        self.update()

    def _marks_width(self) -> float:
        shown = min(len(self.face.dots), 8)
        dots = shown * (2 * DOT_R + 4) + (
            label_width(f"+{len(self.face.dots) - 8}", self._mark_font()) if len(self.face.dots) > 8 else 0
        )
        return dots + (40.0 if self.face.notes else 0.0) + 8.0

    def _mark_font(self) -> QFont:
        return self.look.font(CARD_META_PX, bold=True)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look, rect = self.look, self._rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(look.line, 1.5))
        painter.setBrush(look.card)
        painter.drawRoundedRect(rect.adjusted(0.75, 0.75, -0.75, -0.75), 10, 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.kind_color(self.face.kind))
        painter.drawRoundedRect(QRectF(self._x(0, STRIP), 0, STRIP, rect.height()), 4, 4)
        left = STRIP + PAD
        self._draw(painter, self._title, left, PAD - 4, look.text)
        if self.face.emotion is not None:
            center = QPointF(self._x(rect.width() - PAD - FACE_R), PAD + FACE_R - 2)
            draw_face(painter, center, FACE_R, self.face.emotion, look.theme.emotion_color(self.face.emotion))
        baseline = rect.height() - PAD - self._meta.height
        if self.face.icon:
            size = CARD_META_PX + 2.0
            draw_icon(
                painter, self.face.icon, QRectF(self._x(left, size), baseline + 1, size, size), look.muted
            )
            meta_left = left + size + 8
        else:
            meta_left = left
        self._meta.draw(painter, QPointF(self._x(meta_left, self._meta.width), baseline), look.muted)
        self._paint_marks(painter, rect.height() - PAD - DOT_R - 2)

    def _paint_marks(self, painter: QPainter, y: float) -> None:
        """Vote dots and the sticky-note count, on the trailing side of the facts line."""
        x = self._rect.width() - PAD - DOT_R
        painter.setPen(QPen(self.look.background, 2.0))
        for color in self.face.dots[:8]:
            painter.setBrush(color)
            painter.drawEllipse(QPointF(self._x(x), y), DOT_R, DOT_R)
            x -= 2 * DOT_R + 4
        if len(self.face.dots) > 8:
            more = f"+{len(self.face.dots) - 8}"
            width = label_width(more, self._mark_font())
            block = self._block(more, CARD_META_PX, width + 2, 1, bold=True)
            block.draw(
                painter, QPointF(self._x(x + DOT_R - width, width), y - block.height / 2), self.look.text
            )
            x -= width + 8
        if self.face.notes:
            paper = QRectF(self._x(x - 22, 30), y - 14, 30, 28)
            paint_note_paper(painter, paper, self.face.notes, rtl=self.rtl, fold=NOTE_FOLD, edge_width=1.2)
            count = self._block(number(len(self.face.notes)), 18, 30, 1, bold=True)
            count.draw(
                painter,
                QPointF(
                    paper.center().x() - count.natural_width() / 2, paper.center().y() - count.height / 2
                ),
                NOTE_INK,
            )


class NoteItem(_Item):
    """A sticky note on a slide: paper coloured by kind, its words, who said it."""

    def __init__(self, look: Look, width: float, height: float, face: NoteFace, *, rtl: bool = False) -> None:
        super().__init__(look, width, height, rtl=rtl)
        self.face = face
        inner = width - 2 * PAD
        self.label = self._block(face.label.upper(), 17, inner, 1, bold=True)
        label_w = self.label.natural_width() + 10
        source = " · ".join(part for part in (face.by, face.on) if part)
        self.source = self._block(source, 18, inner - label_w, 1)
        self.footer_top = height - PAD - max(self.label.height, self.source.height) + 2
        """The kind, who said it and where share the last line: the words get the rest."""
        line = QFontMetricsF(self.look.font(NOTE_PX, medium=True)).height()
        lines = max(1, int((self.footer_top - 4 - (PAD - 4)) // line))
        self.words = self._block(face.text, NOTE_PX, inner, lines, medium=True)
        self._label_w = label_w

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self._rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 60))
        painter.drawRect(rect.translated(3, 4))
        painter.setBrush(self.face.paper)
        painter.drawRect(rect)
        self._draw(painter, self.words, PAD, PAD - 4, NOTE_INK)
        self._draw(painter, self.label, PAD, self.footer_top + 1, NOTE_INK)
        if self.source.text:
            self._draw(painter, self.source, PAD + self._label_w, self.footer_top, QColor("#3a3d45"))


class CardDetailItem(_Item):
    """The enlarged card a click zooms to: everything the card says, and what the room
    said and voted about it."""

    def __init__(self, look: Look, width: float, height: float, face: CardFace, *, rtl: bool = False) -> None:
        super().__init__(look, width, height, rtl=rtl)
        self.face = face
        inner = width - 2 * 36 - STRIP
        self._heading = self._block(face.heading, 22, inner, 1, bold=True)
        self._title = self._block(
            face.title, DETAIL_TITLE_PX, inner - (70 if face.emotion is not None else 0), 3, bold=True
        )
        self._lines = [self._block(text, DETAIL_TEXT_PX, inner, 4) for text in face.details if text]
        self._meta = self._block(face.meta, 24, inner - self._dots_width(), 1)
        self.setZValue(10)

    def _dots_width(self) -> float:
        return min(len(self.face.dots), 12) * 30.0 + 12

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look, rect = self.look, self._rect
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 90))
        painter.drawRoundedRect(rect.translated(6, 8), 18, 18)
        painter.setPen(QPen(look.line, 2.0))
        painter.setBrush(look.card)
        painter.drawRoundedRect(rect, 18, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(look.kind_color(self.face.kind))
        painter.drawRoundedRect(QRectF(self._x(0, STRIP * 1.5), 0, STRIP * 1.5, rect.height()), 6, 6)
        left, y = 36 + STRIP, 28.0
        self._draw(painter, self._heading, left, y, look.muted)
        y += self._heading.height + 8
        self._draw(painter, self._title, left, y, look.text)
        if self.face.emotion is not None:
            center = QPointF(self._x(rect.width() - 36 - 28), y + 28)
            draw_face(painter, center, 28, self.face.emotion, look.theme.emotion_color(self.face.emotion))
        y += self._title.height + 18
        bottom = rect.height() - 28 - self._meta.height - 12
        for block in self._lines:
            if y + block.height > bottom:
                break
            self._draw(painter, block, left, y, look.text)
            y += block.height + 10
        self._draw(painter, self._meta, left, rect.height() - 28 - self._meta.height, look.muted)
        x = rect.width() - 36 - 12
        painter.setPen(QPen(look.background, 2.0))
        for color in self.face.dots[:12]:
            painter.setBrush(color)
            painter.drawEllipse(QPointF(self._x(x), rect.height() - 28 - 14), 12, 12)
            x -= 30
