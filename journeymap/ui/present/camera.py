"""A view of the slide deck that frames one rectangle of it and glides to the next.

The camera keeps the framed rectangle whole and centred, whatever the window's shape
(letterboxed on the background colour). Moving to a new rectangle takes ``DURATION`` ms
with an ease in and out; a jump across the plane (not the slide next door) pulls back
a little on the way, so the room sees where it is going. With reduced motion, or while
another move is under way, it cuts straight to the new frame.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QPainter, QResizeEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from journeymap.render.slides.deck import SlideDeck
from journeymap.render.slides.look import SLIDE_W

DURATION = 380


def _lerp(a: QRectF, b: QRectF, t: float) -> QRectF:
    return QRectF(
        a.x() + (b.x() - a.x()) * t,
        a.y() + (b.y() - a.y()) * t,
        a.width() + (b.width() - a.width()) * t,
        a.height() + (b.height() - a.height()) * t,
    )


class CameraView(QGraphicsView):
    framed = Signal()  # a move finished (or a cut was made)

    def __init__(self, deck: SlideDeck, parent: QWidget | None = None, *, animate: bool = True) -> None:
        super().__init__(deck, parent)
        self.animate = animate
        self._target = QRectF()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setBackgroundBrush(deck.look.background)
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(DURATION)
        self._animation.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._animation.valueChanged.connect(self._on_frame)
        self._animation.finished.connect(self._on_finished)
        self._from = QRectF()

    @property
    def target(self) -> QRectF:
        """The rectangle framed, or being moved to."""
        return QRectF(self._target)

    def set_background(self, color: QColor) -> None:
        self.setBackgroundBrush(color)

    def frame(self, rect: QRectF, *, glide: bool = True) -> None:
        """Frame ``rect``: glide there, or cut when asked not to glide, when motion is
        reduced, when nothing was framed yet, or when a move is already under way."""
        previous = self._current()
        self._target = QRectF(rect)
        moving = self._animation.state() == QVariantAnimation.State.Running
        if not (glide and self.animate) or previous.isNull() or moving or previous == rect:
            self._animation.stop()
            self._show(rect)
            self.framed.emit()
            return
        self._from = previous
        self._animation.setStartValue(0.0)
        self._animation.setEndValue(1.0)
        self._animation.start()

    def moving(self) -> bool:
        return self._animation.state() == QVariantAnimation.State.Running

    def _current(self) -> QRectF:
        if self._target.isNull():
            return QRectF()
        if self.moving():
            return self.mapToScene(self.viewport().rect()).boundingRect()
        return QRectF(self._target)

    def _on_frame(self, value: float) -> None:
        t = float(value)
        rect = _lerp(self._from, self._target, t)
        distance = math.dist(
            (self._from.center().x(), self._from.center().y()),
            (self._target.center().x(), self._target.center().y()),
        )
        if distance > 1.5 * SLIDE_W:  # far: pull back on the way, to show the journey between
            pull = 1.0 + 0.35 * math.sin(math.pi * t)
            center = rect.center()
            rect.setSize(rect.size() * pull)
            rect.moveCenter(center)
        self._show(rect)

    def _on_finished(self) -> None:
        self._show(self._target)
        self.framed.emit()

    def _show(self, rect: QRectF) -> None:
        if rect.isNull() or self.viewport().width() < 2:
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._target.isNull():
            self._show(self._target)
