"""Paths for flows: between cards, between stage headers, and loops over the top.

Flows between cards are drawn like lines on a metro map: out of the source's trailing
edge, along a vertical track in the gutter after its column (each flow gets its own track,
chosen by journeymap.render.flowplan), and into the target. Pure geometry on rectangles. ``forward`` is +1 when the journey reads to the right and -1
when it reads to the left, so routes leave a card on its trailing edge in either reading
direction without any other code knowing which side that is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

ARROW = 7.0
CORNER = 6.0
UNDER = 7.0
"""How far under its target a backward flow runs (inside the gap below the card)."""


@dataclass(frozen=True)
class Route:
    path: QPainterPath
    label_at: QPointF


def orthogonal(points: Sequence[QPointF], radius: float = CORNER) -> QPainterPath:
    """A polyline through ``points`` with its corners rounded (a metro-map line)."""
    path = QPainterPath(points[0])
    for before, corner, after in zip(points, points[1:], points[2:], strict=False):
        into, out = QLineF(corner, before), QLineF(corner, after)
        bend = min(radius, into.length() / 2, out.length() / 2)
        if bend < 0.5:
            path.lineTo(corner)
            continue
        path.lineTo(into.pointAt(bend / into.length()))
        path.quadTo(corner, out.pointAt(bend / out.length()))
    path.lineTo(points[-1])
    return path


@dataclass(frozen=True)
class CardPath:
    """A flow between cards: its corner points and, if it has one, its vertical trunk."""

    points: tuple[QPointF, ...]
    trunk: tuple[float, float, float] | None
    """(x, top, bottom) of the vertical run in the gutter, where a label can sit."""


def flow_kind(src: QRectF, dst: QRectF, forward: float) -> str:
    """ "ahead": into the target's leading edge; "beside": same column, back into its
    trailing edge; "back": behind, into its bottom from the band under it."""
    ahead = (dst.center().x() - src.center().x()) * forward
    if ahead > src.width() / 2:
        return "ahead"
    return "beside" if abs(ahead) <= src.width() / 2 else "back"


def trailing(rect: QRectF, forward: float) -> float:
    return rect.right() if forward > 0 else rect.left()


def leading(rect: QRectF, forward: float) -> float:
    return rect.left() if forward > 0 else rect.right()


def card_path(
    src: QRectF, dst: QRectF, forward: float, *, trunk_x: float, out_y: float, in_y: float
) -> CardPath:
    """Out of the source's trailing edge at ``out_y``, along the gutter at ``trunk_x``, into
    the target at ``in_y`` (its leading edge ahead, its trailing edge beside). Backward
    flows go down the gutter to the band under the target and come up into its bottom."""
    kind = flow_kind(src, dst, forward)
    start = QPointF(trailing(src, forward), out_y)
    if kind == "back":
        low = dst.bottom() + UNDER
        end = QPointF(dst.center().x(), dst.bottom())
        back = (start, QPointF(trunk_x, out_y), QPointF(trunk_x, low), QPointF(end.x(), low), end)
        return CardPath(back, (trunk_x, min(out_y, low), max(out_y, low)))
    end = QPointF(leading(dst, forward) if kind == "ahead" else trailing(dst, forward), in_y)
    if kind == "ahead" and abs(out_y - in_y) < 0.5:
        return CardPath((start, end), None)
    points = (start, QPointF(trunk_x, out_y), QPointF(trunk_x, in_y), end)
    return CardPath(points, (trunk_x, min(out_y, in_y), max(out_y, in_y)))


def stage_route(
    src: QRectF, dst: QRectF, forward: float, *, adjacent: bool, strip_y: float, loop_y: float
) -> Route:
    """Next stage: along the strip under the headers. Otherwise an arc over the top."""
    if adjacent:
        start = QPointF(src.center().x() + forward * src.width() * 0.2, strip_y)
        end = QPointF(dst.center().x() - forward * dst.width() * 0.2, strip_y)
        path = QPainterPath(start)
        path.lineTo(end)
        middle = QPointF((src.right() if forward > 0 else src.left()), strip_y)
        return Route(path, middle)
    start, end = QPointF(src.center().x(), src.top()), QPointF(dst.center().x(), dst.top())
    path = QPainterPath(start)
    path.cubicTo(
        QPointF(start.x(), loop_y), QPointF(start.x(), loop_y), QPointF((start.x() + end.x()) / 2, loop_y)
    )
    path.cubicTo(QPointF(end.x(), loop_y), QPointF(end.x(), loop_y), end)
    return Route(path, QPointF((start.x() + end.x()) / 2, loop_y))


def arrow_head(path: QPainterPath) -> QPainterPath:
    """A filled triangle at the end of ``path``, pointing along its last tangent."""
    count = path.elementCount()
    last, before = path.elementAt(count - 1), path.elementAt(max(0, count - 2))
    tip = QPointF(last.x, last.y)
    angle = QLineF(tip, QPointF(before.x, before.y)).angle() + 180.0
    head = QPainterPath()
    head.moveTo(0, 0)
    head.lineTo(-ARROW * 1.3, -ARROW * 0.6)
    head.lineTo(-ARROW * 1.3, ARROW * 0.6)
    head.closeSubpath()
    transform = QTransform()
    transform.translate(tip.x(), tip.y())
    transform.rotate(-angle)
    return transform.map(head)
