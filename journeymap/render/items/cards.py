"""Cards: touchpoints, pain points, opportunities and metric chips.

All cards share one width (layout.CARD_W) and size their height to their wrapped title.
A card lays its text out once, when its content changes; painting only draws. Inside a
card, "leading" and "trailing" follow the map's reading direction (``_lx``).
"""

from __future__ import annotations

from functools import partial
from typing import Any, ClassVar

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.context import RenderContext
from journeymap.render.glyphs import (
    draw_badge,
    draw_evidence,
    draw_face,
    draw_no_emotion,
    draw_off_target,
    draw_trend,
)
from journeymap.render.items.base import (
    COMMENT_H,
    ITEM_CLASSES,
    ElementItem,
    clipped_away,
    comment_mark_width,
    comment_tip,
    paint_comment_mark,
    register,
    rounded,
    shadow,
)
from journeymap.render.items.data import (
    Dots,
    MetricContent,
    OpportunityContent,
    PainPointContent,
    StickyNote,
    TouchpointContent,
)
from journeymap.render.items.marks import (
    MARK_H,
    dots_mark_width,
    note_mark_width,
    paint_dots_mark,
    paint_note_mark,
    workshop_tip,
)
from journeymap.render.layout import CARD_W
from journeymap.render.text import TextBlock, draw_label, fit_label, label_width, line_height
from journeymap.util.i18n import number, percent, tr, tr_noop

PAD = 10.0
FOOTER_H = 18.0
FACE_R = 11.0
HANDLE_R = 6.0
OUTSET = 8.0
TITLE_LINES = 3
READABLE_PX = 5.0
"""On screen, a card whose title would be drawn under this many device pixels high is
greeked: its outline, colour marks and grey bars where the text goes, so zooming out over
thousands of cards stays smooth. Only the screen greeks; a print or an image draws all text
at any size (the reader may zoom into the PDF)."""
TITLE_PX = 13

EVIDENCE_LABEL = {"observed": tr_noop("observed"), "assumed": tr_noop("assumed"), "proposed": tr_noop("proposed")}
STATUS_LABEL = {
    "idea": tr_noop("idea"),
    "planned": tr_noop("planned"),
    "in_progress": tr_noop("in progress"),
    "done": tr_noop("done"),
    "dropped": tr_noop("dropped"),
}


def greeked(scale: float, painter: QPainter) -> bool:
    """Whether a title drawn at ``scale`` scene-to-painter on ``painter``'s device would be too
    small to read there: measured in device pixels, so a high-density screen reads text
    that a plain one would not."""
    device = painter.device()
    ratio = device.devicePixelRatioF() if device is not None else 1.0
    return TITLE_PX * scale * ratio < READABLE_PX


def card_class(kind: str) -> type[CardItem]:
    """The registered item class that draws cards of ``kind``."""
    cls = ITEM_CLASSES[kind]
    if not issubclass(cls, CardItem):
        raise KeyError(kind)
    return cls


class CardItem(ElementItem):
    """A rounded card CARD_W wide; subclasses lay out and paint what is inside."""

    ACCENT: ClassVar[str] = ""
    EMPTY: ClassVar[partial[Any]]  # makes the content of a card not yet filled in

    def __init__(self, element_id: str, ctx: RenderContext, parent: QGraphicsItem | None = None) -> None:
        super().__init__(element_id, ctx, parent)
        self.content: Any = self.EMPTY()
        self._height = 56.0
        self._title_spec: tuple[str, float, int, int] | None = None
        self._title_made: TextBlock | None = None
        self.text_rects: list[QRectF] = []
        """Where the last paint put text (item coordinates): for checks that nothing overflows."""
        self.comment_mark: QRectF | None = None
        """Where the last paint put the open-comments marker, if it drew one."""
        self.note_mark: QRectF | None = None
        """Where the last paint put the sticky-notes marker, if it drew one."""
        self.dots_mark: QRectF | None = None
        """Where the last paint put the dots of the round shown, if it drew them."""

    @property
    def height(self) -> float:
        return self._height

    def body(self) -> QRectF:
        return QRectF(0.0, 0.0, CARD_W, self._height)

    def shape_rect(self) -> QRectF:
        return self.body()

    def boundingRect(self) -> QRectF:
        return self.body().adjusted(-OUTSET, -OUTSET, OUTSET, OUTSET)

    def set_content(self, content: Any) -> None:
        self.content = content
        self.relayout()

    def relayout(self) -> None:
        """The plain card: its title over one footer line."""
        self._set_title(self.content.title, CARD_W - 2 * PAD - 4)
        self._set_height(PAD + self._title_space() + 6 + FOOTER_H + PAD)

    def _lx(self, x: float, width: float = 0.0) -> float:
        """A leading-edge x inside the card, mirrored for right-to-left maps."""
        return CARD_W - x - width if self.ctx.rtl else x

    def _set_height(self, height: float) -> None:
        if height != self._height:
            self.prepareGeometryChange()
            self._height = height
        self.update()

    def _set_title(self, text: str, width: float, *, lines: int = TITLE_LINES, size: int = TITLE_PX) -> None:
        """The title, wrapped to ``width`` and elided after ``lines``; the full text is the
        tooltip. Shaped when first drawn: the card's height does not depend on it."""
        content = self.content
        tip = comment_tip(text, getattr(content, "comments", ()))
        tip = "\n".join([tip, *workshop_tip(getattr(content, "notes", ()), getattr(content, "dots", None))])
        if tip != self.toolTip():
            self.setToolTip(tip)
        spec = (text, width, lines, size)
        if spec != self._title_spec:
            self._title_spec, self._title_made = spec, None

    @property
    def _title(self) -> TextBlock | None:
        if self._title_made is None and self._title_spec is not None:
            text, width, lines, size = self._title_spec
            font = self.ctx.font(size, medium=True)
            self._title_made = TextBlock(text, font, width, max_lines=lines, align=self.ctx.align)
        return self._title_made

    def _title_space(self, *, lines: int = TITLE_LINES, size: int = TITLE_PX) -> float:
        """Room kept for the title whatever its length: cards of a kind share one height,
        so editing a title never moves another card (or a row, or a flow)."""
        return lines * line_height(self.ctx.font(size, medium=True))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if clipped_away(painter, self.boundingRect()):
            return
        theme = self.ctx.theme
        body = self.body()
        far = widget is not None and greeked(
            option.levelOfDetailFromTransform(painter.worldTransform()), painter
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not far:
            self.text_rects, self.comment_mark, self.note_mark, self.dots_mark = [], None, None, None
            shadow(painter, body, self.RADIUS, dark=theme.dark)
        painter.setPen(QPen(theme.line, 1.0))
        painter.setBrush(theme.surface)
        painter.drawRoundedRect(body, self.RADIUS, self.RADIUS)
        if self.ACCENT:
            self._paint_accent(painter, getattr(theme, self.ACCENT))
        if far:
            self.paint_far(painter)
        else:
            self.paint_body(painter)
        self.paint_states(painter, rounded(body, self.RADIUS))

    def paint_far(self, painter: QPainter, *, indent: float = 0.0) -> None:
        """The card seen from afar: a grey bar per title line (``indent`` leaves room for a mark)."""
        spec = self._title_spec
        if spec is None or not spec[0]:
            return
        lines = min(spec[2], 1 + len(spec[0]) // 24)
        step = line_height(self.ctx.font(spec[3], medium=True))
        width = CARD_W - 2 * PAD - 4 - indent
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.ctx.theme.line)
        for line in range(lines):
            bar = width if line < lines - 1 else width * 0.6
            painter.drawRect(
                QRectF(self._lx(PAD + 4 + indent, bar), PAD + line * step + step * 0.3, bar, step * 0.4)
            )

    def _paint_accent(self, painter: QPainter, color: QColor) -> None:
        painter.save()
        painter.setClipPath(rounded(self.body(), self.RADIUS))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawRect(QRectF(self._lx(0.0, 4.0), 0.0, 4.0, self._height))
        painter.restore()

    def paint_body(self, painter: QPainter) -> None:
        if self._title is not None:
            self._draw_block(painter, self._title, PAD + 4, PAD)

    def _draw_block(self, painter: QPainter, block: TextBlock, x: float, y: float) -> None:
        """A wrapped block at leading offset ``x``; its extent is recorded."""
        origin = QPointF(self._lx(x, block.width), y)
        block.draw(painter, origin, self.ctx.theme.text)
        over = max(0.0, block.natural_width() - block.width)
        left = origin.x() - (over if self.ctx.rtl else 0.0)
        self.text_rects.append(QRectF(left, y, block.width + over, block.height))

    def _text(
        self, painter: QPainter, text: str, font: QFont, color: QColor, rect: QRectF, *, fit: float = 0.0
    ) -> float:
        """One line centred in ``rect`` (elided to ``fit`` wide, if given); returns its width."""
        if fit:
            text = fit_label(text, font, fit)
        if not text:  # no room left at all beside the marks
            return 0.0
        width = draw_label(painter, text, font, color, rect)
        height = line_height(font)
        self.text_rects.append(
            QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height)
        )
        return width

    def _footer_rect(self) -> QRectF:
        return QRectF(PAD, self._height - PAD - FOOTER_H, CARD_W - 2 * PAD, FOOTER_H)

    def _paint_comments(self, painter: QPainter, right: float) -> float:
        """The open-comments marker in the footer, ending at trailing offset ``right``;
        returns the room it took (nothing without open comments)."""
        count = len(getattr(self.content, "comments", ()))
        width = comment_mark_width(self.ctx, count)
        if not width:
            return 0.0
        foot = self._footer_rect()
        rect = QRectF(self._lx(right - width, width), foot.center().y() - COMMENT_H / 2, width, COMMENT_H)
        self.text_rects.append(paint_comment_mark(painter, self.ctx, rect, count))
        self.comment_mark = rect
        return width + 5

    def _paint_workshop(self, painter: QPainter, right: float) -> float:
        """The sticky-notes marker, then the dots of the round shown, in the footer ending at
        trailing offset ``right``; returns the room they took (nothing without either)."""
        foot, taken = self._footer_rect(), 0.0
        notes: tuple[StickyNote, ...] = getattr(self.content, "notes", ())
        width = note_mark_width(self.ctx, notes)
        if width:
            rect = QRectF(self._lx(right - width, width), foot.center().y() - MARK_H / 2, width, MARK_H)
            self.text_rects.append(paint_note_mark(painter, self.ctx, rect, notes))
            self.note_mark, taken = rect, width + 5
        dots: Dots | None = getattr(self.content, "dots", None)
        width = dots_mark_width(self.ctx, dots)
        if dots is not None and width:
            at = right - taken - width
            rect = QRectF(self._lx(at, width), foot.center().y() - MARK_H / 2, width, MARK_H)
            self.text_rects.append(paint_dots_mark(painter, self.ctx, rect, dots))
            self.dots_mark, taken = rect, taken + width + 5
        return taken

    def _pill(self, painter: QPainter, text: str, x: float, fill: QColor, ink: QColor) -> float:
        """A rounded label at leading offset ``x`` in the footer; returns its width."""
        font = self.ctx.font(10, bold=True)
        width = label_width(text, font) + 10
        foot = self._footer_rect()
        rect = QRectF(self._lx(x, width), foot.top() + 1, width, FOOTER_H - 2)
        draw_badge(painter, rect, fill)
        self._text(painter, text, font, ink, rect)
        return width


@register("touchpoint")
class TouchpointCard(CardItem):
    """Title beside an emotion face; persona chips, evidence, pains and metric marks below."""

    EMPTY = partial(TouchpointContent, title="")

    def relayout(self) -> None:
        width = CARD_W - 2 * PAD - 2 * FACE_R - 8
        self._set_title(self.content.title, width)
        top = max(2 * FACE_R, self._title_space())
        self._set_height(PAD + top + 6 + FOOTER_H + PAD)

    def handle_rect(self) -> QRectF:
        """The flow handle on the trailing edge, in item coordinates."""
        x = 0.0 if self.ctx.rtl else CARD_W
        return QRectF(x - HANDLE_R, self._height / 2 - HANDLE_R, 2 * HANDLE_R, 2 * HANDLE_R)

    def paint_body(self, painter: QPainter) -> None:
        theme, content = self.ctx.theme, self.content
        center = QPointF(self._lx(PAD + FACE_R), PAD + FACE_R)
        if content.emotion is None:
            draw_no_emotion(painter, center, FACE_R, theme.muted)
        else:
            draw_face(painter, center, FACE_R, content.emotion, theme.emotion_color(content.emotion))
        assert self._title is not None
        self._draw_block(painter, self._title, PAD + 2 * FACE_R + 8, PAD)
        right = self._paint_marks(painter)
        self._paint_personas(painter, right)
        if self._hover or self.isSelected():
            self._paint_handle(painter)

    def paint_far(self, painter: QPainter, *, indent: float = 0.0) -> None:
        """From afar the emotion still shows: its colour in the face's place, and the pain badge."""
        theme, content = self.ctx.theme, self.content
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.muted if content.emotion is None else theme.emotion_color(content.emotion))
        painter.drawEllipse(QPointF(self._lx(PAD + FACE_R), PAD + FACE_R), FACE_R, FACE_R)
        if content.pains:
            painter.setBrush(theme.pain)
            foot = self._footer_rect()
            painter.drawEllipse(QPointF(self._lx(CARD_W - PAD - 8), foot.center().y()), 7.0, 7.0)
        super().paint_far(painter, indent=2 * FACE_R + 6)

    def _paint_personas(self, painter: QPainter, right: float) -> None:
        """Persona chips from the leading edge, as many as fit before ``right``, then "+n"."""
        x, chips = PAD, self.content.personas
        font = self.ctx.font(10, bold=True)
        more_w = label_width(f"+{len(chips)}", font) + 14
        for index, chip in enumerate(chips):
            width = label_width(chip.initials, font) + 14
            last = index == len(chips) - 1
            if x + width > right - (0 if last else more_w):
                rest = len(chips) - index
                self._pill(painter, f"+{rest}", x, self.ctx.theme.line, self.ctx.theme.text)
                return
            color = QColor(chip.color)
            x += self._pill(painter, chip.initials, x, color, self.ctx.theme.on_color(color)) + 4

    def _paint_marks(self, painter: QPainter) -> float:
        """From the trailing edge: pain badge, comments, off-target mark, evidence (label
        if room); returns the leading x they leave free."""
        theme, content, foot = self.ctx.theme, self.content, self._footer_rect()
        right = CARD_W - PAD
        if content.pains:
            right -= self._pill_trailing(painter, number(content.pains), right, theme.pain) + 5
        right -= self._paint_comments(painter, right)
        right -= self._paint_workshop(painter, right)
        if content.off_target:
            mark = QRectF(self._lx(right - 14, 14), foot.top() + 3, 14, 12)
            draw_off_target(painter, mark, theme.pain)
            right -= 14 + 6
        text = tr(EVIDENCE_LABEL.get(content.evidence, content.evidence))
        font = self.ctx.font(10)
        text_w = label_width(text, font)
        chips = sum(label_width(c.initials, self.ctx.font(10, bold=True)) + 14 for c in content.personas[:2])
        if right - text_w - 13 - 8 >= PAD + chips:
            rect = QRectF(self._lx(right - text_w, text_w), foot.top(), text_w, FOOTER_H)
            self._text(painter, text, font, theme.muted, rect)
            right -= text_w + 5
        draw_evidence(
            painter, QPointF(self._lx(right - 4), foot.center().y()), 3.5, content.evidence, theme.muted
        )
        right -= 8 + 5
        return right - 4

    def _pill_trailing(self, painter: QPainter, text: str, right: float, fill: QColor) -> float:
        font = self.ctx.font(10, bold=True)
        width = max(FOOTER_H, label_width(text, font) + 10)
        foot = self._footer_rect()
        rect = QRectF(self._lx(right - width, width), foot.top() + 1, width, FOOTER_H - 2)
        draw_badge(painter, rect, fill)
        self._text(painter, text, font, QColor("#ffffff"), rect)
        return width

    def _paint_handle(self, painter: QPainter) -> None:
        rect = self.handle_rect()
        painter.setPen(QPen(self.ctx.theme.surface, 1.5))
        painter.setBrush(self.ctx.theme.accent)
        painter.drawEllipse(rect)


@register("pain_point")
class PainPointCard(CardItem):
    """A red-edged card: title, severity dots, share of customers affected."""

    ACCENT = "pain"

    EMPTY = partial(PainPointContent, title="")

    def paint_body(self, painter: QPainter) -> None:
        super().paint_body(painter)
        theme, foot = self.ctx.theme, self._footer_rect()
        for i in range(5):
            filled = i < self.content.severity
            center = QPointF(self._lx(PAD + 8 + i * 11), foot.center().y())
            painter.setPen(QPen(theme.pain, 1.2))
            painter.setBrush(theme.pain if filled else Qt.BrushStyle.NoBrush)
            painter.drawEllipse(center, 3.8, 3.8)
        right = CARD_W - PAD - self._paint_comments(painter, CARD_W - PAD)
        right -= self._paint_workshop(painter, right)
        if self.content.affected is not None:
            text = tr("{pct} affected").format(pct=percent(self.content.affected))
            font = self.ctx.font(10)
            room = right - (PAD + 8 + 4 * 11 + 4 + 8)
            text = fit_label(text, font, room)
            width = label_width(text, font)
            rect = QRectF(self._lx(right - width, width), foot.top(), width, FOOTER_H)
            self._text(painter, text, font, theme.muted, rect)


@register("opportunity")
class OpportunityCard(CardItem):
    """A green-edged card: title, impact and effort, status."""

    ACCENT = "opportunity"

    EMPTY = partial(OpportunityContent, title="")

    def paint_body(self, painter: QPainter) -> None:
        super().paint_body(painter)
        theme, content, foot = self.ctx.theme, self.content, self._footer_rect()
        right = CARD_W - PAD - self._paint_comments(painter, CARD_W - PAD)
        right -= self._paint_workshop(painter, right)
        status = tr(STATUS_LABEL.get(content.status, content.status))
        status = fit_label(status, self.ctx.font(10, bold=True), CARD_W / 2 - PAD - 10)
        status_w = label_width(status, self.ctx.font(10, bold=True)) + 10
        self._pill(painter, status, right - status_w, theme.soft(theme.opportunity, 0.22), theme.text)
        text = tr("impact {impact} · effort {effort}").format(
            impact=number(content.impact), effort=number(content.effort)
        )
        font = self.ctx.font(10)
        text = fit_label(text, font, right - PAD - 4 - status_w - 6)
        width = label_width(text, font)
        rect = QRectF(self._lx(PAD + 4, width), foot.top(), width, FOOTER_H)
        self._text(painter, text, font, theme.muted, rect)


@register("metric")
class MetricChip(CardItem):
    """A compact chip: metric name, value against target, off-target marked."""

    EMPTY = partial(MetricContent, name="")

    def relayout(self) -> None:
        self._set_title(self.content.name, CARD_W - 2 * PAD - 4, lines=2, size=12)
        if self.content.reading:
            self.setToolTip(f"{self.toolTip()}\n{self.content.reading}")
        self._set_height(PAD + self._title_space(lines=2, size=12) + 4 + FOOTER_H + PAD)

    def paint_body(self, painter: QPainter) -> None:
        """The reading ("41 score (target 45)") and an arrow: up when the value is above its
        target, down below, red when that is worse (a cost too high, an NPS too low), green
        when better."""
        super().paint_body(painter)
        theme, content, foot = self.ctx.theme, self.content, self._footer_rect()
        room = CARD_W - 2 * PAD - 4 - (22 if content.trend else 0)
        text, font = self._fitting_reading(room)
        color = theme.pain if content.off_target else theme.text
        text = fit_label(text, font, room)
        width = label_width(text, font)
        self._text(painter, text, font, color, QRectF(self._lx(PAD + 4, width), foot.top(), width, FOOTER_H))
        if content.trend:
            mark = QRectF(self._lx(CARD_W - PAD - 16, 16), foot.top() + 2, 16, 14)
            worse = theme.pain if content.off_target else theme.opportunity
            draw_trend(painter, mark, up=content.trend == "up", color=worse)

    def _fitting_reading(self, room: float) -> tuple[str, QFont]:
        """The longest reading that fits ``room`` at 13, 12 or 11 px: the whole reading, the
        compact one, without its unit (the name says it), the value alone; else the
        shortest, elided."""
        texts = self.content.readings or (self.content.value or "–",)
        for text in texts:
            for size in (13, 12, 11):
                if label_width(text, font := self.ctx.font(size, bold=True)) <= room:
                    return text, font
        return texts[-1], self.ctx.font(11, bold=True)
