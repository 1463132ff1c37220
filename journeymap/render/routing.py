"""Paths for flows: between cards, between stage headers, and loops over the top.

Pure geometry on rectangles. ``forward`` is +1 when the journey reads to the right and -1
when it reads to the left, so routes leave a card on its trailing edge in either reading
direction without any other code knowing which side that is.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QPainterPath, QTransform

BEND = 44.0
ARROW = 8.0
GUTTER = 26.0


@dataclass(frozen=True)
class Route:
    path: QPainterPath
    label_at: QPointF


def _cubic(start: QPointF, c1: QPointF, c2: QPointF, end: QPointF) -> Route:
    """One cubic segment, labelled at its parametric middle (computed, not searched)."""
    path = QPainterPath(start)
    path.cubicTo(c1, c2, end)
    return Route(path, (start + 3 * c1 + 3 * c2 + end) / 8)


def _horizontal(start: QPointF, end: QPointF) -> Route:
    reach = max(BEND, abs(end.x() - start.x()) / 2)
    sign = 1.0 if end.x() >= start.x() else -1.0
    return _cubic(start, start + QPointF(sign * reach, 0), end - QPointF(sign * reach, 0), end)


def _beside(src: QRectF, dst: QRectF, forward: float) -> Route:
    """Same column: out of the trailing edge, down (or up) the gutter, into the trailing edge."""
    side = max(src.right(), dst.right()) if forward > 0 else min(src.left(), dst.left())
    start = QPointF(src.right() if forward > 0 else src.left(), src.center().y())
    end = QPointF(dst.right() if forward > 0 else dst.left(), dst.center().y())
    out = QPointF(side + forward * GUTTER, 0)
    return _cubic(start, QPointF(out.x(), start.y()), QPointF(out.x(), end.y()), end)


def card_route(src: QRectF, dst: QRectF, forward: float) -> Route:
    """From the source card to the target card, leaving edges, never crossing either card."""
    ahead = (dst.center().x() - src.center().x()) * forward
    if ahead > src.width() / 2:
        start = QPointF(src.right() if forward > 0 else src.left(), src.center().y())
        end = QPointF(dst.left() if forward > 0 else dst.right(), dst.center().y())
        return _horizontal(start, end)
    if abs(ahead) <= src.width() / 2:
        return _beside(src, dst, forward)
    # backwards: under both cards, entering the target from below
    start, end = QPointF(src.center().x(), src.bottom()), QPointF(dst.center().x(), dst.bottom())
    low = max(src.bottom(), dst.bottom()) + BEND
    return _cubic(start, QPointF(start.x(), low), QPointF(end.x(), low), end)


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
