"""A workshop's marks on the editor's canvas: the sticky notes on a card or a stage, and the
dots of the round shown, each with its words in the tooltip.

The note marker is a small sticky note, its paper split between the kinds of the notes
(coloured as on the slides, :mod:`journeymap.model.workshop_look`), with their count; the
dots marker is up to three overlapping dots in the colours of those who gave them, and the
count. Both mirror on right-to-left maps. Items place them; this module only draws.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from journeymap.model.workshop_look import NOTE_INK, NOTE_WORDS, note_bands
from journeymap.model.workshop_records import NoteKind
from journeymap.render.context import RenderContext
from journeymap.render.items.data import Dots, StickyNote
from journeymap.render.text import draw_label, label_width
from journeymap.util.i18n import number, tr

MARK_H = 16.0
"""The height of a note or dots marker (a card's footer line is 18)."""
FOLD = 4.0
"""The folded corner of the note marker."""
DOT_R = 4.0
DOT_STEP = 6.5
MAX_DOTS_DRAWN = 3
TIP_NOTES = 12
"""A tooltip lists this many notes, then says how many more."""
TIP_CHARS = 140
"""A note longer than this is cut in the tooltip (the Workshop panel has it whole)."""


def mark_count(count: int) -> str:
    """A count as a marker writes it, in the language's digits: up to 99, then "99+"."""
    return number(count) if count < 100 else number(99) + "+"


def note_mark_width(ctx: RenderContext, notes: tuple[StickyNote, ...]) -> float:
    """How wide the marker for ``notes`` is (0 for none)."""
    if not notes:
        return 0.0
    return max(20.0, label_width(mark_count(len(notes)), ctx.font(10, bold=True)) + 12)


def paint_note_mark(
    painter: QPainter, ctx: RenderContext, rect: QRectF, notes: tuple[StickyNote, ...]
) -> QRectF:
    """A sticky note in ``rect``: its paper in a band per kind (in the kinds' order, by how
    many notes each has), its corner folded on the trailing side, the count in dark ink;
    returns the count's rect."""
    paint_note_paper(painter, rect, [note.kind for note in notes], rtl=ctx.rtl)
    font = ctx.font(10, bold=True)
    width = draw_label(painter, mark_count(len(notes)), font, QColor(NOTE_INK), rect)
    return QRectF(rect.center().x() - width / 2, rect.top(), width, rect.height())


def paint_note_paper(
    painter: QPainter, rect: QRectF, kinds: Sequence[str], *, rtl: bool, fold: float = FOLD, edge_width: float = 0.8
) -> None:
    """The paper of a sticky marker for notes of ``kinds`` in ``rect``: a band per kind (in
    the kinds' order from the reading edge, as wide as its share of the notes,
    :func:`~journeymap.model.workshop_look.note_bands`), its trailing corner folded."""
    paper = _paper_path(rect, rtl=rtl, fold=fold)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setClipPath(paper)
    painter.setPen(Qt.PenStyle.NoPen)
    bands = note_bands(kinds)
    x = rect.left()
    for color, share in reversed(bands) if rtl else bands:
        width = rect.width() * share
        painter.setBrush(QColor(color))
        painter.drawRect(QRectF(x, rect.top(), width + 0.5, rect.height()))
        x += width
    painter.setClipping(False)
    edge = QColor(NOTE_INK)
    edge.setAlphaF(0.45)
    painter.setPen(QPen(edge, edge_width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(paper)
    painter.setBrush(edge)
    painter.drawPath(_fold_path(rect, rtl=rtl, fold=fold))
    painter.restore()


def _paper_path(rect: QRectF, *, rtl: bool, fold: float) -> QPainterPath:
    """The note's outline with its bottom trailing corner cut where it folds."""
    left, right, top, bottom = rect.left(), rect.right(), rect.top(), rect.bottom()
    if rtl:
        points = [(right, top), (right, bottom), (left + fold, bottom), (left, bottom - fold), (left, top)]
    else:
        points = [(left, top), (right, top), (right, bottom - fold), (right - fold, bottom), (left, bottom)]
    path = QPainterPath(QPointF(*points[0]))
    for point in points[1:]:
        path.lineTo(QPointF(*point))
    path.closeSubpath()
    return path


def _fold_path(rect: QRectF, *, rtl: bool, fold: float) -> QPainterPath:
    corner = (
        QPointF(rect.left() + fold, rect.bottom() - fold)
        if rtl
        else QPointF(rect.right() - fold, rect.bottom() - fold)
    )
    side = 1.0 if rtl else -1.0
    path = QPainterPath(corner)
    path.lineTo(corner.x() - side * fold, corner.y())
    path.lineTo(corner.x(), corner.y() + fold)
    path.closeSubpath()
    return path


def dots_mark_width(ctx: RenderContext, dots: Dots | None) -> float:
    """How wide the marker for ``dots`` is (0 for none)."""
    if dots is None or not dots.count:
        return 0.0
    shown = min(MAX_DOTS_DRAWN, len(dots.given))
    return (
        2 * DOT_R + (shown - 1) * DOT_STEP + 3 + label_width(mark_count(dots.count), ctx.font(10, bold=True))
    )


def paint_dots_mark(painter: QPainter, ctx: RenderContext, rect: QRectF, dots: Dots) -> QRectF:
    """Up to three overlapping dots, in the colours of the first who gave some, from the
    leading edge of ``rect``, then the count; returns the count's rect."""
    theme, rtl = ctx.theme, ctx.rtl
    colors = [color for _, color, _ in dots.given[:MAX_DOTS_DRAWN]]
    y = rect.center().y()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(theme.surface, 1.2))
    for index in reversed(range(len(colors))):  # the first dot on top
        offset = DOT_R + index * DOT_STEP
        painter.setBrush(QColor(colors[index]))
        painter.drawEllipse(QPointF(rect.right() - offset if rtl else rect.left() + offset, y), DOT_R, DOT_R)
    painter.restore()
    font = ctx.font(10, bold=True)
    text = mark_count(dots.count)
    width = label_width(text, font)
    count = QRectF(rect.left() if rtl else rect.right() - width, rect.top(), width, rect.height())
    draw_label(painter, text, font, theme.text, count)
    return count


def workshop_tip(notes: tuple[StickyNote, ...], dots: Dots | None) -> list[str]:
    """The tooltip's lines for a card's or stage's notes and dots ([] for neither)."""
    lines: list[str] = []
    if dots is not None and dots.count:
        who = ", ".join(f"{name} {number(n)}" for name, _, n in dots.given)
        heading = tr("%Ln dots in “{round}”: {who}", "", dots.count)
        lines += ["", heading.format(round=dots.round_name, who=who)]
    if notes:
        lines += ["", tr("%Ln notes from the workshop:", "", len(notes))]
        for note in notes[:TIP_NOTES]:
            text = " ".join(note.text.split())
            text = text if len(text) <= TIP_CHARS else text[: TIP_CHARS - 1].rstrip() + "…"
            said = f"{tr(NOTE_WORDS[NoteKind(note.kind)])}: {text}"
            lines.append(f"• {said} ({note.author})" if note.author else f"• {said}")
        if len(notes) > TIP_NOTES:
            lines.append(tr("… and %Ln more", "", len(notes) - TIP_NOTES))
    return lines
