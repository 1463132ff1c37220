"""Mouse gestures on the canvas, one small class each (after OCC's document/interactions).

The view starts an interaction on a mouse press and routes moves and the release to it
until it ends. An interaction never edits the model while the mouse moves: it paints a
preview over the scene (``paint``, in scene coordinates) and, on release, asks the
view's editor for ONE edit. Escape cancels any of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QApplication

from journeymap.model import builders, cells
from journeymap.render.glyphs import draw_face
from journeymap.render.items.emotion import FACE_R, EmotionCurve
from journeymap.ui.canvas.editor import CARD_KINDS

if TYPE_CHECKING:
    from journeymap.model.journey import Journey
    from journeymap.render.scene import JourneyScene
    from journeymap.ui.canvas.view import JourneyView


class Interaction:
    """One gesture in progress. Subclasses override what they need."""

    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, view: JourneyView, event: QMouseEvent) -> None:
        self.view = view
        self.press_viewport = event.position().toPoint()
        self.press_scene = view.mapToScene(self.press_viewport)
        self.scene_pos = QPointF(self.press_scene)
        self.modifiers = event.modifiers()

    @property
    def scene(self) -> JourneyScene:
        return self.view.journey_scene

    @property
    def journey(self) -> Journey:
        return self.view.document.journey

    def moved_far(self, event: QMouseEvent) -> bool:
        delta = event.position().toPoint() - self.press_viewport
        return delta.manhattanLength() >= QApplication.startDragDistance()

    def move(self, event: QMouseEvent) -> None:
        self.scene_pos = self.view.mapToScene(event.position().toPoint())

    def release(self, event: QMouseEvent) -> None:
        self.move(event)

    def cancel(self) -> None:
        """Escape or focus loss: leave everything as it was."""

    def paint(self, painter: QPainter) -> None:
        """Draw the preview in scene coordinates (called from drawForeground)."""

    def accent(self, alpha: int = 255) -> QColor:
        color = QColor(self.view.palette().highlight().color())
        color.setAlpha(alpha)
        return color


class PanInteraction(Interaction):
    """Middle-button drag, or Space + left drag: scroll the view with the hand."""

    cursor = Qt.CursorShape.ClosedHandCursor

    def __init__(self, view: JourneyView, event: QMouseEvent) -> None:
        super().__init__(view, event)
        self.last = QPoint(self.press_viewport)

    def move(self, event: QMouseEvent) -> None:
        now = event.position().toPoint()
        delta, self.last = now - self.last, now
        bars = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        bars[0].setValue(bars[0].value() - delta.x())
        bars[1].setValue(bars[1].value() - delta.y())


class RubberBandInteraction(Interaction):
    """Drag on empty canvas: select the cards the band touches (Ctrl adds to the selection)."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: JourneyView, event: QMouseEvent) -> None:
        super().__init__(view, event)
        extend = bool(self.modifiers & Qt.KeyboardModifier.ControlModifier)
        self.base = view.document.selection.ids if extend else []
        self.active = False

    def band(self) -> QRectF:
        return QRectF(self.press_scene, self.scene_pos).normalized()

    def move(self, event: QMouseEvent) -> None:
        super().move(event)
        self.active = self.active or self.moved_far(event)
        if self.active:
            found = [
                str(getattr(item, "element_id", ""))
                for item in self.scene.items(self.band(), Qt.ItemSelectionMode.IntersectsItemShape)
                if getattr(item, "element_kind", None) in CARD_KINDS
            ]
            self.view.document.selection.set([*self.base, *reversed(found)])

    def paint(self, painter: QPainter) -> None:
        if self.active:
            painter.setPen(QPen(self.accent(), 0))
            painter.setBrush(self.accent(40))
            painter.drawRect(self.band())


class CardDragInteraction(Interaction):
    """Drag cards to another cell: a translucent preview follows; ONE move on release."""

    def __init__(self, view: JourneyView, event: QMouseEvent, pressed: str) -> None:
        super().__init__(view, event)
        self.pressed = pressed
        selected = view.document.selection.ids
        kind = self.journey.kind_of(pressed)
        ids = selected if pressed in selected else [pressed]
        self.ids = [i for i in ids if self.journey.kind_of(i) == kind]
        self.rects = [self.scene.element_rect(i) for i in self.ids]
        self.active = False
        self.target: tuple[str, str] | None = None
        self.index: int | None = None

    def move(self, event: QMouseEvent) -> None:
        super().move(event)
        self.active = self.active or self.moved_far(event)
        if not self.active:
            return
        self.view.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
        cell = self.scene.cell_at(self.scene_pos)
        kind = self.journey.kind_of(self.pressed)
        if cell is not None and cells.card_kind(self.journey, cell[1]) == kind:
            self.target = cell
            self.index = self.view.insertion_index(cell[0], cell[1], self.scene_pos)
        else:
            self.target = self.index = None

    def release(self, event: QMouseEvent) -> None:
        self.move(event)
        if not self.active:
            self.view.click_element(self.pressed, self.modifiers, self.press_scene, on_release=True)
        elif self.target is not None:
            self.view.editor.move_cards(self.ids, *self.target, self.index)

    def paint(self, painter: QPainter) -> None:
        if not self.active:
            return
        if self.target is not None:
            painter.setPen(QPen(self.accent(), 2))
            painter.setBrush(self.accent(28))
            painter.drawRoundedRect(self.view.cell_rect(*self.target), 6, 6)
            self._paint_insertion(painter)
        offset = self.scene_pos - self.press_scene
        painter.setPen(QPen(self.accent(200), 1.5))
        painter.setBrush(self.accent(70))
        for rect in self.rects:
            painter.drawRoundedRect(rect.translated(offset), 8, 8)

    def _paint_insertion(self, painter: QPainter) -> None:
        """A bar where the cards will land: beside a card in a row of several, else above/below."""
        assert self.target is not None and self.index is not None
        cards = [c for c in cells.cards_in(self.journey, *self.target) if c not in self.ids]
        after = [c for c in cards if self.journey.index_of(c) >= self.index]
        if not cards:
            return
        rect = self.scene.element_rect(after[0] if after else cards[-1])
        leading = bool(after)
        tops = [round(self.scene.element_rect(c).top()) for c in cards]
        painter.setPen(_pen(self.accent(), 3))
        if len(set(tops)) < len(tops):  # several cards side by side: a vertical bar
            x = rect.left() - 5 if leading != self.view.rtl else rect.right() + 5
            painter.drawLine(QLineF(x, rect.top(), x, rect.bottom()))
        else:
            y = rect.top() - 5 if leading else rect.bottom() + 5
            painter.drawLine(QLineF(rect.left(), y, rect.right(), y))


class HeaderDragInteraction(Interaction):
    """Drag a stage or lane header along its axis to reorder; ONE move on release."""

    def __init__(self, view: JourneyView, event: QMouseEvent, ident: str) -> None:
        super().__init__(view, event)
        self.ident = ident
        self.kind = self.journey.kind_of(ident)
        self.rect = self.scene.element_rect(ident)
        self.active = False
        self.target: str | None = None

    def _under(self, pos: QPointF) -> str | None:
        if self.kind == "stage":
            found = self.scene.stage_header_at(pos)
            if found is None:
                cell = self.scene.cell_at(pos)
                found = cell[0] if cell else None
        else:
            found = self.scene.lane_header_at(pos)
            if found is None:
                cell = self.scene.cell_at(pos)
                found = cell[1] if cell else None
        return found

    def move(self, event: QMouseEvent) -> None:
        super().move(event)
        self.active = self.active or self.moved_far(event)
        if self.active:
            self.view.viewport().setCursor(
                Qt.CursorShape.SizeHorCursor if self.kind == "stage" else Qt.CursorShape.SizeVerCursor
            )
            self.target = self._under(self.scene_pos)

    def release(self, event: QMouseEvent) -> None:
        self.move(event)
        if not self.active:
            self.view.click_element(self.ident, self.modifiers, self.press_scene, on_release=True)
        elif self.target is not None and self.target != self.ident:
            self.view.editor.reorder(self.ident, self.journey.index_of(self.target))

    def paint(self, painter: QPainter) -> None:
        if not self.active:
            return
        delta = self.scene_pos - self.press_scene
        offset = QPointF(delta.x(), 0) if self.kind == "stage" else QPointF(0, delta.y())
        painter.setPen(QPen(self.accent(200), 1.5))
        painter.setBrush(self.accent(60))
        painter.drawRoundedRect(self.rect.translated(offset), 6, 6)
        if self.target is None or self.target == self.ident:
            return
        target = self.scene.element_rect(self.target)
        later = self.journey.index_of(self.target) > self.journey.index_of(self.ident)
        painter.setPen(_pen(self.accent(), 4))
        if self.kind == "stage":
            trailing = later != self.view.rtl
            x = target.right() if trailing else target.left()
            painter.drawLine(QLineF(x, target.top(), x, self.view.sceneRect().bottom()))
        else:
            y = target.bottom() if later else target.top()
            painter.drawLine(QLineF(target.left(), y, self.view.sceneRect().right(), y))


class NewFlowInteraction(Interaction):
    """Drag from a card's flow handle to another card, or Shift+drag from a stage header to
    another stage's header (or anywhere in its column): ONE new flow on release."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, view: JourneyView, event: QMouseEvent, source: str) -> None:
        super().__init__(view, event)
        self.source = source
        self.start = QPointF(self.press_scene)
        self.target: str | None = None
        self.valid = False

    def move(self, event: QMouseEvent) -> None:
        super().move(event)
        found = self.scene.element_at(self.scene_pos)
        target = found[1] if found else None
        if self.journey.kind_of(self.source) == "stage":
            cell = self.scene.cell_at(self.scene_pos)
            target = self.scene.stage_header_at(self.scene_pos) or (cell[0] if cell else None)
        self.target = target if target != self.source else None
        self.valid = self.target is not None and builders.can_connect(self.journey, self.source, self.target)

    def release(self, event: QMouseEvent) -> None:
        self.move(event)
        if self.target is not None:
            self.view.editor.add_flow(self.source, self.target)

    def paint(self, painter: QPainter) -> None:
        line = QLineF(self.start, self.scene_pos)
        if line.length() < 2:
            return
        bad = QColor("#c0504d")
        color = self.accent() if self.target is None or self.valid else bad
        if self.target is not None:
            painter.setPen(QPen(color, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.scene.element_rect(self.target).adjusted(-3, -3, 3, 3), 9, 9)
        painter.setPen(_pen(color, 2, Qt.PenStyle.DashLine))
        painter.drawLine(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawPath(_arrow_head(line))


class EmotionDragInteraction(Interaction):
    """Drag a touchpoint's point on the emotion curve up or down: the point follows the
    pointer from level to level while the model stays as it is; the release makes ONE edit.
    A press that does not move selects the touchpoint; Escape cancels."""

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


def on_left_press(view: JourneyView, event: QMouseEvent) -> Interaction:
    """The gesture a left press starts: a flow from a handle (or Shift on a stage header), a
    card or header drag, or a rubber band on empty canvas (which clears the selection)."""
    scene = view.journey_scene
    pos = view.mapToScene(event.position().toPoint())
    handle = scene.flow_handle_at(pos)
    if handle is not None:
        return NewFlowInteraction(view, event, handle)
    point = scene.emotion_point_at(pos)
    if point is not None:
        return EmotionDragInteraction(view, event, *point)
    found = scene.element_at(pos)
    if found is not None:
        kind, ident = found
        view.click_element(ident, event.modifiers(), pos)
        if kind in CARD_KINDS:
            return CardDragInteraction(view, event, ident)
        if kind == "stage" and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            return NewFlowInteraction(view, event, ident)
        if kind in ("stage", "lane"):
            return HeaderDragInteraction(view, event, ident)
        return Interaction(view, event)
    cell = scene.cell_at(pos)
    view.editor.set_current_cell(cell)
    if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        view.document.selection.set([])
    return RubberBandInteraction(view, event)


def _pen(color: QColor, width: float, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    pen = QPen(color, width, style)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def _arrow_head(line: QLineF, size: float = 10.0) -> QPainterPath:
    back = QLineF(line.p2(), line.p1())
    back.setLength(size)
    left, right = QLineF(back), QLineF(back)
    left.setAngle(back.angle() + 25)
    right.setAngle(back.angle() - 25)
    path = QPainterPath()
    path.addPolygon(QPolygonF([line.p2(), left.p2(), right.p2()]))
    path.closeSubpath()
    return path
