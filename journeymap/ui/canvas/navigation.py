"""Spatial keyboard navigation: which card is "to the left" of another, on screen.

Works on the rectangles the scene drew, so it follows the layout in either reading
direction without knowing about it: Left always means the card visibly to the left.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QRectF

PERPENDICULAR_WEIGHT = 3.0  # staying in the same row or column matters more than distance


def neighbour(rects: Mapping[str, QRectF], current: str | None, dx: int, dy: int, *, rtl: bool) -> str | None:
    """The card nearest to ``current`` in direction (dx, dy); the first card when none is current."""
    if not rects:
        return None
    if current is None or current not in rects:
        return first_in_reading_order(rects, rtl=rtl)
    here = rects[current].center()
    best: tuple[float, str] | None = None
    for ident, rect in rects.items():
        if ident == current:
            continue
        delta = rect.center() - here
        along = delta.x() * dx + delta.y() * dy
        across = abs(delta.y()) if dx else abs(delta.x())
        if along <= 1.0:
            continue
        score = along + PERPENDICULAR_WEIGHT * across
        if best is None or score < best[0]:
            best = (score, ident)
    return best[1] if best else None


def first_in_reading_order(rects: Mapping[str, QRectF], *, rtl: bool) -> str:
    side = -1.0 if rtl else 1.0
    return min(rects, key=lambda i: (round(rects[i].top()), side * rects[i].left()))
