"""Dragging a touchpoint's point on the emotion curve up or down sets its emotion.

The point follows the pointer from level to level (very negative at the bottom to very
positive at the top) while the model stays as it is; the release makes ONE edit. A press
that does not move selects the touchpoint; Escape cancels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPen

from journeymap.render.glyphs import draw_face
from journeymap.render.items.emotion import FACE_R, EmotionCurve
from journeymap.ui.canvas.interactions import Interaction

if TYPE_CHECKING:
    from journeymap.ui.canvas.view import JourneyView


class EmotionDragInteraction(Interaction):
    cursor = Qt.CursorShape.SizeVerCursor

    def __init__(self, view: JourneyView, event: QMouseEvent, ident: str, curve: EmotionCurve) -> None:
        super().__init__(view, event)
        self.ident = ident
        self.curve = curve
        self.active = False
        view.document.selection.set([ident])
        start = curve.point_of(ident)
        self.start = curve.mapToScene(start) if start is not None else QPointF(self.press_scene)
        self.level = curve.emotion_at(curve.mapFromScene(self.press_scene).y())

    def move(self, event: QMouseEvent) -> None:
        super().move(event)
        self.active = self.active or self.moved_far(event)
        self.level = self.curve.emotion_at(self.curve.mapFromScene(self.scene_pos).y())

    def target(self) -> QPointF:
        """Where the point goes: its own x, at the level under the pointer."""
        y = self.curve.mapToScene(QPointF(0.0, self.curve.y_of(self.level))).y()
        return QPointF(self.start.x(), y)

    def release(self, event: QMouseEvent) -> None:
        self.move(event)
        record = self.journey.get(self.ident)
        if self.active and record is not None and getattr(record, "emotion", None) != self.level:
            self.view.editor.set_emotion(self.ident, self.level)

    def paint(self, painter: QPainter) -> None:
        if not self.active:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.accent(), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(self.start, self.target())
        theme = self.scene.theme
        draw_face(painter, self.target(), FACE_R + 2, self.level, theme.emotion_color(self.level))
