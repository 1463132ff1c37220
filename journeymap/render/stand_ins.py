"""Stand-in routes: where a card flow is drawn until it is routed again, made in microseconds.

Routing a flow exactly (ports, its own track, a free label spot, detours) takes about a
third of a millisecond; an edit on a big map can move thousands of flows at once. A flow a
view shows is drawn at once where its cards went, by one of two stand-ins, and routed
exactly in idle time (journeymap.render.lazy_flows):

- :func:`stretched`: its rows moved. Each point moves with the row it is in, so the line
  keeps its shape, and one that crosses a grown row gets a longer trunk.
- :func:`carried`: its cards moved within their cells (a card before them was added or
  taken out). The source's end, its label and its trunk move with the source card; the
  target's end with the target card. Only plain lines (straight, or out, along the trunk
  and in) are carried; the others are routed at once.

Pure geometry on points and rectangles in the grid's body coordinates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF

from journeymap.render.routing import ARROW, UNDER, trailing

Points = tuple[QPointF, ...]
Extent = tuple[QRectF, tuple[QRectF, ...]]
"""Where a flow was and will roughly be: a bounding rectangle, and the parts inside it."""


def segment_rects(points: Sequence[QPointF], grow: float) -> list[QRectF]:
    """A rectangle around each segment of a polyline, ``grow`` wider on every side."""
    return [QRectF(a, b).normalized().adjusted(-grow, -grow, grow, grow) for a, b in pairwise(points)]


def drawn_parts(points: Sequence[QPointF], *labels: QRectF) -> tuple[QRectF, ...]:
    """Where a flow is drawn: a thin rectangle around each segment (with room for its arrow
    head), and its label spots."""
    return (*segment_rects(points, ARROW * 1.3 + 2), *(rect for rect in labels if not rect.isNull()))


def crosses(rect: QRectF, points: Sequence[QPointF], *labels: QRectF) -> bool:
    """Whether a flow drawn along ``points`` with ``labels`` shows in ``rect``: what
    :func:`drawn_parts` covers, tested part by part until one meets it."""
    if any(not label.isNull() and label.intersects(rect) for label in labels):
        return True
    grow = ARROW * 1.3 + 2
    left, top, right, bottom = (
        rect.left() - grow,
        rect.top() - grow,
        rect.right() + grow,
        rect.bottom() + grow,
    )
    for a, b in pairwise(points):
        (x0, x1), (y0, y1) = sorted((a.x(), b.x())), sorted((a.y(), b.y()))
        if x0 <= right and left <= x1 and y0 <= bottom and top <= y1:
            return True
    return False


def extent(drawn: tuple[QRectF, ...], src: QRectF, dst: QRectF, far: float, forward: float) -> Extent:
    """Where a flow is drawn now (``drawn``) and the room its new path between the cards
    ``src`` and ``dst`` can use: the cards, the gutter after the source up to ``far`` (where
    the column after its own begins), and the run into the target. Cheap: nothing is routed."""
    edge = trailing(src, forward)
    low = max(src.bottom(), dst.bottom()) + UNDER + 2
    trunk = QRectF(QPointF(min(edge, far), min(src.top(), dst.top())), QPointF(max(edge, far), low))
    run = QRectF(
        QPointF(min(edge, dst.left()), dst.top()), QPointF(max(edge, dst.right()), dst.bottom() + UNDER + 2)
    )
    parts = (*drawn, src, trunk, run)
    bounds = QRectF(parts[0])
    for part in parts[1:]:
        bounds = bounds.united(part)
    return bounds, parts


def shifted(rect: QRectF, shift: Callable[[float], float]) -> QRectF:
    """``rect`` moved with the row its centre is in (``shift`` maps an old y to the new one)."""
    if rect.isNull():
        return rect
    middle = rect.center().y()
    return rect.translated(0.0, shift(middle) - middle)


def stretched(points: Points, shift: Callable[[float], float]) -> Points:
    """``points`` moved with their rows."""
    return tuple(QPointF(p.x(), shift(p.y())) for p in points)


def carried(points: Points, source: QPointF, target: QPointF) -> Points | None:
    """``points`` of a plain line whose source card moved by ``source`` and target card by
    ``target``; None for a line of another shape (a detour, a flow back under its target)."""
    if len(points) == 4:
        start, top, bottom, end = points
        return (
            start + source,
            top + source,
            QPointF(bottom.x() + source.x(), bottom.y() + target.y()),
            end + target,
        )
    if len(points) == 2 and source.y() == target.y():
        return (points[0] + source, points[1] + target)
    return None
