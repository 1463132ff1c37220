"""A stage slide: the stage's name, goal and customers, then its cards track by track
(touchpoints, pain points, opportunities, the notes the room wrote), then a band with the
emotion along the stage and its metrics.

Everything is placed from the reading edge and mirrored for right-to-left maps. The card
items are children of the slide, so hit tests find them and the deck can update one card's
dots without redrawing the slide.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.glyphs import draw_face
from journeymap.render.slides.cards import CardFace, NoteFace, NoteItem, SlideCardItem
from journeymap.render.slides.look import HEADING_PX, MARGIN, SLIDE_H, SLIDE_W, SUBTITLE_PX, TITLE_PX, Look
from journeymap.render.slides.plan import Track
from journeymap.render.text import TextBlock, reading_side
from journeymap.util.i18n import number, tr, tr_noop

HEADER_BOTTOM = 196.0
CARDS_TOP = 244.0
BAND_H = 172.0
GAP = 24.0
ROW_GAP = 16.0
MAX_COLUMN_W = 600.0

TRACK_TITLES = {
    "touchpoint": tr_noop("Touchpoints"),
    "pain_point": tr_noop("Pain points"),
    "opportunity": tr_noop("Opportunities"),
    "note": tr_noop("Notes from the room"),
}


@dataclass(frozen=True)
class StageHeader:
    name: str
    number: int
    color: QColor
    goal: str = ""
    customers: str = ""
    share: str = ""
    page: str = ""


@dataclass(frozen=True)
class Band:
    """The emotion along the stage (touchpoint emotions in order) and its metric chips."""

    emotions: tuple[int, ...] = ()
    metrics: tuple[tuple[str, str, bool], ...] = ()


class SlideFrame(QGraphicsItem):
    """What every slide has: its background, from which card items hang."""

    def __init__(self, look: Look, *, rtl: bool) -> None:
        super().__init__()
        self.look = look
        self.rtl = rtl
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, False)

    def boundingRect(self) -> QRectF:
        return QRectF(0.0, 0.0, SLIDE_W, SLIDE_H)

    def mirror(self, x: float, width: float = 0.0) -> float:
        return SLIDE_W - x - width if self.rtl else x

    def text(self, text: str, px: int, width: float, *, lines: int = 1, bold: bool = False) -> TextBlock:
        return TextBlock(
            text, self.look.font(px, bold=bold), width, max_lines=lines, align=reading_side(self.rtl)
        )

    def draw_at(self, painter: QPainter, block: TextBlock, x: float, y: float, color: QColor) -> None:
        block.draw(painter, QPointF(self.mirror(x, block.width), y), color)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self.boundingRect(), self.look.background)


class StageSlide(SlideFrame):
    """One page of one stage."""

    def __init__(
        self,
        look: Look,
        header: StageHeader,
        tracks: tuple[Track, ...],
        faces: dict[str, CardFace | NoteFace],
        band: Band | None,
        rows: int,
        *,
        rtl: bool = False,
    ) -> None:
        super().__init__(look, rtl=rtl)
        self.header = header
        self.band = band
        self.cards: dict[str, SlideCardItem] = {}
        self._headings: list[tuple[TextBlock, float]] = []
        self._layout_header()
        self._place(tracks, faces, rows)

    # ---- layout ------------------------------------------------------------------------

    def _layout_header(self) -> None:
        h = self.header
        side = 520.0
        self._name = self.text(f"{number(h.number)}  {h.name}", TITLE_PX, SLIDE_W - 2 * MARGIN - side, bold=True)
        self._goal = self.text(h.goal, SUBTITLE_PX, SLIDE_W - 2 * MARGIN - side)
        self._customers = self.text(h.customers, 32, side, bold=True)
        self._share = self.text(h.share, 22, side)
        self._page = self.text(h.page, 22, side)

    def _place(self, tracks: tuple[Track, ...], faces: dict[str, CardFace | NoteFace], rows: int) -> None:
        bottom = SLIDE_H - MARGIN - (BAND_H + GAP if self.band is not None else 0)
        card_h = (bottom - CARDS_TOP - (rows - 1) * ROW_GAP) / rows
        units = sum(t.columns for t in tracks)
        column_w = min(MAX_COLUMN_W, (SLIDE_W - 2 * MARGIN - (units - 1) * GAP) / max(1, units))
        x = MARGIN
        for track in tracks:
            width = track.columns * column_w + (track.columns - 1) * GAP
            count = (
                f"{tr(TRACK_TITLES[track.kind])} · {number(len(track.ids))}"
                if track.ids
                else tr(TRACK_TITLES[track.kind])
            )
            self._headings.append((self.text(count.upper(), HEADING_PX, width, bold=True), x))
            for n, ident in enumerate(track.ids):
                column, row = divmod(n, rows)
                left = x + column * (column_w + GAP)
                self._add_card(
                    ident, faces[ident], left, CARDS_TOP + row * (card_h + ROW_GAP), column_w, card_h
                )
            x += width + GAP

    def _add_card(
        self, ident: str, face: CardFace | NoteFace, x: float, y: float, w: float, h: float
    ) -> None:
        if isinstance(face, NoteFace):
            item: SlideCardItem | NoteItem = NoteItem(self.look, w, h, face, rtl=self.rtl)
        else:
            item = SlideCardItem(self.look, w, h, face, rtl=self.rtl)
            self.cards[ident] = item
        item.element_id = ident
        item.setParentItem(self)
        item.setPos(self.mirror(x, w), y)

    # ---- painting ----------------------------------------------------------------------

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look, h = self.look, self.header
        painter.fillRect(self.boundingRect(), look.background)
        painter.fillRect(QRectF(0, 0, SLIDE_W, 16), h.color)
        self.draw_at(painter, self._name, MARGIN, 44, look.text)
        self.draw_at(painter, self._goal, MARGIN, 44 + self._name.height + 6, look.muted)
        right = SLIDE_W - MARGIN - self._customers.width
        self.draw_at(painter, self._customers, right, 52, look.text)
        self.draw_at(painter, self._share, right, 52 + self._customers.height + 4, look.muted)
        self.draw_at(
            painter, self._page, right, 52 + self._customers.height + self._share.height + 8, look.muted
        )
        painter.fillRect(QRectF(MARGIN, HEADER_BOTTOM, SLIDE_W - 2 * MARGIN, 2), look.line)
        for block, x in self._headings:
            self.draw_at(painter, block, x, HEADER_BOTTOM + 12, look.muted)
        if self.band is not None:
            self._paint_band(painter, self.band)

    def _paint_band(self, painter: QPainter, band: Band) -> None:
        top = SLIDE_H - MARGIN - BAND_H
        painter.fillRect(QRectF(MARGIN, top - GAP / 2, SLIDE_W - 2 * MARGIN, 2), self.look.line)
        metrics_w = 2 * 360.0 + GAP if band.metrics else 0.0
        emotion_w = SLIDE_W - 2 * MARGIN - metrics_w - (GAP * 2 if band.metrics else 0)
        if band.emotions:
            self._paint_emotions(painter, band.emotions, QRectF(MARGIN, top, emotion_w, BAND_H))
        x = SLIDE_W - MARGIN - metrics_w
        for n, (name, value, off) in enumerate(band.metrics[:4]):
            column, row = divmod(n, 2)
            self._paint_metric(
                painter, QRectF(x + column * (360 + GAP), top + row * 88, 360, 78), name, value, off=off
            )

    def _paint_emotions(self, painter: QPainter, emotions: tuple[int, ...], rect: QRectF) -> None:
        label = self.text(tr("EMOTION"), HEADING_PX, 200, bold=True)
        self.draw_at(painter, label, rect.left(), rect.top(), self.look.muted)
        area = rect.adjusted(230, 18, -20, -18)
        step = area.width() / max(1, len(emotions) - 1) if len(emotions) > 1 else 0.0
        points = []
        for n, emotion in enumerate(emotions):
            x = area.left() + n * step if len(emotions) > 1 else area.center().x()
            y = area.bottom() - (emotion + 2) / 4 * area.height()
            points.append(QPointF(self.mirror(x), y))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath(points[0])
        for point in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(self.look.muted, 3.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for point, emotion in zip(points, emotions, strict=True):
            draw_face(painter, point, 18, emotion, self.look.theme.emotion_color(emotion))

    def _paint_metric(self, painter: QPainter, rect: QRectF, name: str, value: str, *, off: bool) -> None:
        rect = QRectF(self.mirror(rect.left(), rect.width()), rect.top(), rect.width(), rect.height())
        painter.setPen(QPen(self.look.pain if off else self.look.line, 2.0))
        painter.setBrush(self.look.card)
        painter.drawRoundedRect(rect, 10, 10)
        title = self.text(name, 20, rect.width() - 28)
        number = self.text(value + ("  ↓" if off else ""), 26, rect.width() - 28, bold=True)
        title.draw(painter, QPointF(rect.left() + 14, rect.top() + 8), self.look.muted)
        number.draw(
            painter,
            QPointF(rect.left() + 14, rect.top() + 8 + title.height),
            self.look.pain if off else self.look.text,
        )
