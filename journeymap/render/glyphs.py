"""Small pictures drawn on the map: channel icons (bundled SVGs), emotion faces, marks.

Icons are line drawings in resources/icons, recoloured by rewriting their stroke colour
and rendered with QSvgRenderer, so they stay vector in SVG and PDF exports. Faces are
drawn with QPainter: the mouth's curve and the eyebrows carry the emotion as well as
the colour does, so the map reads without colour vision.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

from journeymap.util.paths import resource


@lru_cache(maxsize=256)
def _renderer(name: str, color: str) -> QSvgRenderer | None:
    path = resource("icons", f"{name}.svg")
    if not path.is_file():
        return None
    svg = path.read_text(encoding="utf-8").replace("#000000", color)
    return QSvgRenderer(QByteArray(svg.encode("utf-8")))


def icon_name(lane_kind: str, channel: str | None) -> str:
    """The icon of a lane: its channel's for channel lanes, its kind's otherwise."""
    if lane_kind == "channel":
        return f"channel-{channel or 'other'}"
    return f"lane-{lane_kind}"


def draw_icon(painter: QPainter, name: str, rect: QRectF, color: QColor) -> None:
    renderer = _renderer(name, color.name()) or _renderer("channel-other", color.name())
    if renderer is not None:
        renderer.render(painter, rect)


def draw_face(painter: QPainter, center: QPointF, radius: float, emotion: int, fill: QColor) -> None:
    """A round face for emotion -2..2: colour plus mouth curve (and brows at the extremes)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(fill.darker(135), max(1.0, radius * 0.12)))
    painter.setBrush(fill)
    painter.drawEllipse(center, radius, radius)
    ink = QColor("#1f2430")
    painter.setBrush(ink)
    painter.setPen(Qt.PenStyle.NoPen)
    eye = radius * 0.13
    for side in (-1, 1):
        painter.drawEllipse(QPointF(center.x() + side * radius * 0.36, center.y() - radius * 0.22), eye, eye)
    pen = QPen(ink, max(1.0, radius * 0.13), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    mouth = QPainterPath()
    half, base = radius * 0.45, center.y() + radius * 0.32
    bend = emotion * radius * 0.16
    mouth.moveTo(center.x() - half, base - bend / 2)
    mouth.quadTo(QPointF(center.x(), base + bend * 1.5), QPointF(center.x() + half, base - bend / 2))
    painter.drawPath(mouth)
    if emotion <= -2:
        for side in (-1, 1):
            x = center.x() + side * radius * 0.36
            y = center.y() - radius * 0.5
            painter.drawLine(
                QPointF(x - side * radius * 0.2, y), QPointF(x + side * radius * 0.15, y + radius * 0.1)
            )
    painter.restore()


def draw_no_emotion(painter: QPainter, center: QPointF, radius: float, color: QColor) -> None:
    """An empty dashed ring: the emotion is not known yet."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, 1.2, Qt.PenStyle.DashLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(center, radius - 0.5, radius - 0.5)
    painter.restore()


def draw_evidence(painter: QPainter, center: QPointF, radius: float, evidence: str, color: QColor) -> None:
    """Observed: a filled dot. Assumed: a ring. Proposed: a dashed ring."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    style = Qt.PenStyle.DotLine if evidence == "proposed" else Qt.PenStyle.SolidLine
    painter.setPen(QPen(color, 1.3, style))
    painter.setBrush(color if evidence == "observed" else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(center, radius, radius)
    painter.restore()


def draw_off_target(painter: QPainter, rect: QRectF, color: QColor) -> None:
    """A small falling-trend arrow: a metric misses its target."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(
        QPen(color, 1.6, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    )
    painter.setBrush(Qt.BrushStyle.NoBrush)
    w, h = rect.width(), rect.height()
    path = QPainterPath(QPointF(rect.left(), rect.top() + h * 0.2))
    path.lineTo(rect.left() + w * 0.4, rect.top() + h * 0.55)
    path.lineTo(rect.left() + w * 0.6, rect.top() + h * 0.35)
    path.lineTo(rect.right(), rect.bottom() - h * 0.1)
    painter.drawPath(path)
    tip = QPointF(rect.right(), rect.bottom() - h * 0.1)
    painter.drawLine(tip, tip + QPointF(-w * 0.35, 0))
    painter.drawLine(tip, tip + QPointF(0, -h * 0.35))
    painter.restore()


def draw_trend(painter: QPainter, rect: QRectF, *, up: bool, color: QColor) -> None:
    """An arrow up (the value is above its target) or down (below) in ``rect``; its colour
    says whether that is better or worse for the metric."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    x = rect.center().x()
    top, bottom = rect.top() + 1, rect.bottom() - 1
    tip, tail = (top, bottom) if up else (bottom, top)
    painter.drawLine(QPointF(x, tail), QPointF(x, tip))
    wing = rect.width() * 0.3
    back = wing if up else -wing
    painter.drawLine(QPointF(x, tip), QPointF(x - wing, tip + back))
    painter.drawLine(QPointF(x, tip), QPointF(x + wing, tip + back))
    painter.restore()


def draw_badge(painter: QPainter, rect: QRectF, fill: QColor) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.restore()


COMMENT_TAIL = 3.5
"""How far a comment bubble's tail reaches below its body."""


def comment_body(rect: QRectF) -> QRectF:
    """The rounded part of a comment bubble drawn in ``rect`` (where its count goes)."""
    return rect.adjusted(0.0, 0.0, 0.0, -COMMENT_TAIL)


def draw_comment(painter: QPainter, rect: QRectF, fill: QColor, *, rtl: bool) -> None:
    """A speech bubble filling ``rect``: a rounded body with a tail under its leading end
    (the right end on right-to-left maps)."""
    body = comment_body(rect)
    radius = min(5.0, body.height() / 2)
    path = QPainterPath()
    path.addRoundedRect(body, radius, radius)
    side = -1.0 if rtl else 1.0
    root = body.right() - radius if rtl else body.left() + radius
    tail = QPainterPath(QPointF(root, body.bottom() - 1.0))
    tail.lineTo(root - side * 1.5, rect.bottom())
    tail.lineTo(root + side * 5.0, body.bottom() - 1.0)
    tail.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawPath(path.united(tail))
    painter.restore()
