"""Stage headers (columns), lane headers (rows), the title band and column washes.

Headers are sized by the scene from the layout; each can tell the height its wrapped
text needs (``needed_height``) so the header band and rows grow to fit, never clip.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.render.context import RenderContext
from journeymap.render.glyphs import COMMENT_TAIL, draw_icon, icon_name
from journeymap.render.items.base import (
    COMMENT_H,
    ElementItem,
    comment_mark_width,
    comment_tip,
    paint_comment_mark,
    register,
    rounded,
)
from journeymap.render.items.data import LaneContent, StageContent
from journeymap.render.items.marks import MARK_H, note_mark_width, paint_note_mark, workshop_tip
from journeymap.render.text import TextBlock
from journeymap.util.i18n import percent, tr, tr_noop

INSET = 6.0
PAD = 12.0
BAND = 5.0
STATS_GAP = 4.0

LANE_KIND_LABEL = {
    "channel": tr_noop("channel"),
    "text": tr_noop("notes"),
    "emotion": tr_noop("emotion"),
    "pain_points": tr_noop("pain points"),
    "opportunities": tr_noop("opportunities"),
    "metrics": tr_noop("metrics"),
}


def _percent(value: float) -> str:
    return percent(value, 0 if value >= 0.1 or value == 0 else 1)


class SizedItem(ElementItem):
    """An element item whose size the scene sets from the layout."""

    def __init__(self, element_id: str, ctx: RenderContext, parent: QGraphicsItem | None = None) -> None:
        super().__init__(element_id, ctx, parent)
        self._size = QRectF(0.0, 0.0, 100.0, 60.0)

    def set_size(self, width: float, height: float) -> None:
        if (width, height) != (self._size.width(), self._size.height()):
            self.prepareGeometryChange()
            self._size = QRectF(0.0, 0.0, width, height)
            self.relayout()

    def boundingRect(self) -> QRectF:
        return self._size

    def body(self) -> QRectF:
        return self._size.adjusted(INSET, INSET, -INSET, -INSET)

    def shape_rect(self) -> QRectF:
        return self.body()

    def relayout(self) -> None:
        """Re-wrap text for the current size."""


@register("stage")
class StageHeader(SizedItem):
    """The head of a stage column: colour band, name, customers, share and conversion."""

    def __init__(self, element_id: str, ctx: RenderContext, parent: QGraphicsItem | None = None) -> None:
        super().__init__(element_id, ctx, parent)
        self.content = StageContent(name="", index=0)
        self._name: TextBlock | None = None
        self._stats: list[TextBlock] = []

    def set_content(self, content: StageContent) -> None:
        self.content = content
        tip = ""
        if content.comments or content.notes:
            lines = [comment_tip(content.name, content.comments), *workshop_tip(content.notes, None)]
            tip = "\n".join(lines)
        if tip != self.toolTip():
            self.setToolTip(tip)
        self.relayout()

    def _mark_widths(self) -> tuple[float, float]:
        """(open comments, sticky notes): the widths of the markers beside the name."""
        ctx, content = self.ctx, self.content
        return comment_mark_width(ctx, len(content.comments)), note_mark_width(ctx, content.notes)

    def _mark_room(self) -> float:
        """Room the markers take beside the name (trailing corner)."""
        return sum(width + 6 for width in self._mark_widths() if width)

    def _mark_rect(self, width: float, before: float, height: float) -> QRectF:
        """A marker ``width`` wide, ``before`` in from the trailing edge of the name's line."""
        body = self.body()
        x = body.left() + PAD + before if self.ctx.rtl else body.right() - PAD - before - width
        return QRectF(x, body.top() + BAND + PAD + 2, width, height)

    def comment_mark_rect(self) -> QRectF | None:
        """Where the open-comments marker goes (item coordinates), if there is one."""
        width = self._mark_widths()[0]
        return self._mark_rect(width, 0.0, COMMENT_H) if width else None

    def note_mark_rect(self) -> QRectF | None:
        """Where the sticky-notes marker goes (item coordinates), if there is one: beside
        the comments marker, on its leading side."""
        comments, width = self._mark_widths()
        if not width:
            return None
        rect = self._mark_rect(width, comments + 6 if comments else 0.0, MARK_H)
        return rect.translated(0.0, (COMMENT_H - COMMENT_TAIL - MARK_H) / 2)  # level with the bubble

    def _stat_lines(self) -> list[str]:
        content, lines = self.content, []
        if content.customers is not None:
            line = tr("%Ln customers", "", content.customers)
            if content.share is not None:
                line += " · " + tr("{pct} of all").format(pct=_percent(content.share))
            lines.append(line)
        if content.conversion is not None:
            lines.append(tr("{pct} from previous stage").format(pct=_percent(content.conversion)))
        return lines

    def relayout(self) -> None:
        width = self.body().width() - 2 * PAD
        self._name = TextBlock(
            self.content.name,
            self.ctx.font(16, bold=True),
            max(1.0, width - self._mark_room()),
            max_lines=3,
            align=self.ctx.align,
        )
        font = self.ctx.font(11)
        self._stats = [
            TextBlock(t, font, width, max_lines=2, align=self.ctx.align) for t in self._stat_lines()
        ]
        self.update()

    def needed_height(self) -> float:
        assert self._name is not None
        stats = sum(block.height + STATS_GAP for block in self._stats)
        return 2 * INSET + BAND + 2 * PAD + self._name.height + (6 + stats if stats else 0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme, content, body = self.ctx.theme, self.content, self.body()
        strong = theme.stage_color(content.index, content.color)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = rounded(body, self.RADIUS)
        painter.setPen(QPen(theme.line, 1.0))
        painter.setBrush(theme.header)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.save()
        painter.setClipPath(path)
        painter.setBrush(strong)
        painter.drawRect(QRectF(body.left(), body.top(), body.width(), BAND))
        painter.restore()
        assert self._name is not None
        y = body.top() + BAND + PAD
        mark = self.comment_mark_rect()
        if mark is not None:
            paint_comment_mark(painter, self.ctx, mark, len(content.comments))
        notes = self.note_mark_rect()
        if notes is not None:
            paint_note_mark(painter, self.ctx, notes, content.notes)
        shift = self._mark_room() if self.ctx.rtl else 0.0
        self._name.draw(painter, QPointF(body.left() + PAD + shift, y), theme.text)
        y += self._name.height + 6
        for block in self._stats:
            block.draw(painter, QPointF(body.left() + PAD, y), theme.muted)
            y += block.height + STATS_GAP
        self.paint_states(painter, path)


SCALE_W = 24.0
"""The strip of an emotion lane's header, on the map's side, that shows the five faces."""


@register("lane")
class LaneHeader(SizedItem):
    """The head of a row: channel icon in the lane colour, name, kind."""

    ICON = 20.0

    def __init__(self, element_id: str, ctx: RenderContext, parent: QGraphicsItem | None = None) -> None:
        super().__init__(element_id, ctx, parent)
        self.content = LaneContent(name="", kind="channel")
        self._name: TextBlock | None = None
        self._kind: TextBlock | None = None

    def set_content(self, content: LaneContent) -> None:
        self.content = content
        self.relayout()

    def _text_width(self) -> float:
        scale = SCALE_W if self.content.kind == "emotion" else 0.0  # the five faces' strip
        return self.body().width() - 2 * PAD - self.ICON - 14 - scale

    def relayout(self) -> None:
        width = self._text_width()
        self._name = TextBlock(
            self.content.name, self.ctx.font(13, bold=True), width, max_lines=3, align=self.ctx.align
        )
        kind = (
            self.content.channel
            if self.content.kind == "channel" and self.content.channel
            else self.content.kind
        )
        text = tr(LANE_KIND_LABEL.get(kind, kind.replace("_", " ")))
        self._kind = TextBlock(text, self.ctx.font(11), width, max_lines=1, align=self.ctx.align)
        self.update()

    def needed_height(self) -> float:
        assert self._name is not None and self._kind is not None
        return 2 * INSET + 2 * PAD + max(self.ICON + 12, self._name.height + 2 + self._kind.height)

    def lane_color(self) -> QColor:
        theme = self.ctx.theme
        return QColor(self.content.color) if self.content.color else theme.muted

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        theme, body = self.ctx.theme, self.body()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = rounded(body, self.RADIUS)
        painter.setPen(QPen(theme.line, 1.0))
        painter.setBrush(theme.header)
        painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        color = self.lane_color()
        rtl = self.ctx.rtl
        disc = self.ICON + 12
        disc_x = body.right() - PAD - disc if rtl else body.left() + PAD
        disc_rect = QRectF(disc_x, body.top() + PAD, disc, disc)
        painter.setBrush(theme.soft(color, 0.22))
        painter.drawEllipse(disc_rect)
        icon = disc_rect.adjusted(6, 6, -6, -6)
        draw_icon(painter, icon_name(self.content.kind, self.content.channel), icon, color.darker(115))
        assert self._name is not None and self._kind is not None
        text_x = body.left() + PAD if rtl else disc_rect.right() + 10
        top = body.top() + PAD + max(0.0, (disc - self._name.height - self._kind.height) / 2)
        self._name.draw(painter, QPointF(text_x, top), theme.text)
        self._kind.draw(painter, QPointF(text_x, top + self._name.height + 2), theme.muted)
        self.paint_states(painter, path)


class ColumnWash(QGraphicsItem):
    """The soft colour behind one stage column, with faint row rules."""

    def __init__(self, ctx: RenderContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._rect = QRectF()
        self._color = QColor()
        self._rules: tuple[float, ...] = ()
        self.setZValue(-10)

    def set_geometry(self, rect: QRectF, rules: tuple[float, ...]) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = QRectF(rect)
        self._rules = rules
        self.update()

    def set_color(self, color: QColor) -> None:
        self._color = color
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = self._rect.adjusted(3, 0, -3, 0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawRoundedRect(body, 12, 12)
        rule = QColor(self.ctx.theme.line)
        rule.setAlphaF(0.7)
        painter.setPen(QPen(rule, 1.0))
        for y in self._rules:
            painter.drawLine(QPointF(body.left() + 10, y), QPointF(body.right() - 10, y))


class TitleItem(QGraphicsItem):
    """The map's title and description across the top, on the reading side."""

    def __init__(self, ctx: RenderContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._rect = QRectF()
        self._title: TextBlock | None = None
        self._subtitle: TextBlock | None = None

    def set_text(self, title: str, subtitle: str, rect: QRectF) -> None:
        self.prepareGeometryChange()
        self._rect = QRectF(rect)
        width, align = rect.width(), self.ctx.align
        self._title = TextBlock(title, self.ctx.font(24, bold=True), width, max_lines=1, align=align)
        self._subtitle = TextBlock(subtitle, self.ctx.font(12), width, max_lines=1, align=align)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._title is None or self._subtitle is None:
            return
        theme = self.ctx.theme
        self._title.draw(painter, self._rect.topLeft(), theme.text)
        self._subtitle.draw(painter, self._rect.topLeft() + QPointF(0, self._title.height + 4), theme.muted)
