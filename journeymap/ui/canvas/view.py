"""JourneyView: the canvas widget. Zoom, pan, selection and every mouse/keyboard gesture.

The view owns a JourneyScene for the document's journey and keeps the scene's selection
and ``document.selection`` in step both ways. Mouse presses start a small
:mod:`interaction <journeymap.ui.canvas.interactions>`; keys and double-clicks call the
view's :class:`CanvasEditor`, which builds ONE undo step per gesture. The keyboard is
:mod:`.keys`, typing over items :mod:`.inline_editing`. Nothing here edits the model
directly, and nothing assumes left-to-right.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QMenu, QToolTip, QWidget

from journeymap.model import cells
from journeymap.model.elements import NAME_FIELD, ReadingDirection
from journeymap.render.items.base import HIGHLIGHT
from journeymap.render.scene import JourneyScene
from journeymap.render.theme import Theme
from journeymap.ui.canvas import interactions as gestures
from journeymap.ui.canvas.drops import PersonaDrops
from journeymap.ui.canvas.editor import CARD_KINDS, CanvasEditor
from journeymap.ui.canvas.inline_editing import InlineEditing
from journeymap.ui.canvas.inline_editor import CellTextEditor, InlineEditor
from journeymap.ui.canvas.keys import CanvasKeys
from journeymap.ui.canvas.overlays import MessageOverlay
from journeymap.ui.canvas.zoom import ViewZoom
from journeymap.ui.commands import MergeKey
from journeymap.ui.document import Document

if TYPE_CHECKING:
    from journeymap.ui.canvas.find_bar import FindBar

MIN_ZOOM, MAX_ZOOM = 0.1, 6.0
ZOOM_STEP = 1.25


class JourneyView(QGraphicsView):
    zoom_changed = Signal(float)
    context_menu_requested = Signal(QMenu, str)  # menu to fill, what was clicked (see _menu_subject)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.journey_scene = JourneyScene(
            document.journey, theme=Theme.from_palette(self.palette()), parent=self
        )
        if document.lens is not None:
            self.journey_scene.set_persona_lens(document.lens)
        self.setScene(self.journey_scene)
        self.editor = CanvasEditor(document, self)
        self._interaction: gestures.Interaction | None = None
        self.inline = InlineEditing(self)
        self.keys = CanvasKeys(self)
        self._find_bar: FindBar | None = None
        self._highlighted_cells: list[tuple[str, str]] = []
        self.drops = PersonaDrops(self)
        self.messages = MessageOverlay(self)
        self.fitting = ViewZoom(self)
        self._syncing = False
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.editor.problem_reported.connect(self._show_problem)
        self.journey_scene.selectionChanged.connect(self._on_scene_selection_changed)
        document.selection.changed.connect(self._on_document_selection_changed)
        self.journey_scene.laid_out.connect(lambda: self.ensure_visible(document.selection.landing or ""))
        document.journey_replaced.connect(self._on_journey_replaced)
        document.lens_changed.connect(self._on_lens_changed)
        document.round_pick_changed.connect(self.journey_scene.set_round_pick)
        self.editor.current_cell_changed.connect(lambda _cell: self.viewport().update())

    # ---- state -----------------------------------------------------------------------

    @property
    def rtl(self) -> bool:
        return self.document.journey.info.direction == ReadingDirection.RTL

    @property
    def interaction(self) -> gestures.Interaction | None:
        """The mouse gesture in progress, if any."""
        return self._interaction

    def zoom(self) -> float:
        return self.transform().m11()

    def cell_rect(self, stage: str, lane: str) -> QRectF:
        """A cell's rectangle from its stage header's columns and its lane header's row."""
        column, row = self.journey_scene.element_rect(stage), self.journey_scene.element_rect(lane)
        return QRectF(column.left(), row.top(), column.width(), row.height())

    def insertion_index(self, stage: str, lane: str, pos: QPointF) -> int:
        """Collection index for a card dropped or created at ``pos`` in the cell.

        The scene answers for touchpoint cells; pain point and opportunity cells are
        answered here from the cards' rectangles, in reading order.
        """
        journey = self.document.journey
        if cells.card_kind(journey, lane) == "touchpoint":
            return int(self.journey_scene.insertion_index(stage, lane, pos))
        cards = cells.cards_in(journey, stage, lane)
        forward = -1.0 if self.rtl else 1.0
        for card in cards:
            rect = self.journey_scene.element_rect(card)
            above = pos.y() < rect.top()
            same_row = rect.top() <= pos.y() <= rect.bottom()
            if above or (same_row and (pos.x() - rect.center().x()) * forward < 0):
                return journey.index_of(card)
        return cells.cell_insertion_index(journey, stage, lane, len(cards))

    # ---- zoom and pan ----------------------------------------------------------------

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self.zoom()) > 1e-9:
            self.scale(factor / self.zoom(), factor / self.zoom())
            self._zoomed()

    def _zoomed(self) -> None:
        self.inline.follow()
        self.zoom_changed.emit(self.zoom())

    def zoom_in(self) -> None:
        self.zoom_to(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_to(self.zoom() / ZOOM_STEP)

    def zoom_reset(self) -> None:
        self.zoom_to(1.0)

    def zoom_to(self, factor: float) -> None:
        """The user's zoom (keys, menu, the status bar's field), about the view's centre."""
        self.fitting.auto_fit = False
        self._zoom_centered(factor)

    def zoom_fit(self) -> None:
        """Fit Map: the map's width in the window, text readable; it stays fitted on resize."""
        self.fitting.fit_width()
        self.fitting.auto_fit = True

    def zoom_fit_whole(self) -> None:
        """Fit Whole Map: all of it in the window, however small."""
        self.fitting.auto_fit = False
        self.fitting.fit_whole()

    def resizeEvent(self, event: QResizeEvent) -> None:
        # A mirrored (right-to-left) window's view keeps its right edge where it was, as a
        # left-to-right one keeps its left edge: Qt's own resize would jump to the map's left end.
        right = self.mapToScene(self.viewport().width(), 0).x() if self.isRightToLeft() else None
        super().resizeEvent(event)
        if right is not None:
            moved = self.mapToScene(self.viewport().width(), 0).x() - right
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + round(moved * self.zoom()))
        self.fitting.on_resized()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fitting.apply_open_fit()

    def _zoom_centered(self, factor: float) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.set_zoom(factor)
        self.setTransformationAnchor(anchor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.fitting.auto_fit = False
                self.set_zoom(self.zoom() * ZOOM_STEP**steps)
            event.accept()
            return
        super().wheelEvent(event)

    # ---- find and messages ---------------------------------------------------------------

    @property
    def find_bar(self) -> FindBar:
        """The find bar over the top of the view (made when first asked for)."""
        if self._find_bar is None:
            from journeymap.ui.canvas.find_bar import FindBar  # and its search: when first asked for

            self._find_bar = FindBar(self)
        return self._find_bar

    @property
    def find_bar_open(self) -> bool:
        return self._find_bar is not None and self._find_bar.isVisible()

    def show_find(self) -> FindBar:
        self.find_bar.open()
        return self.find_bar

    def set_highlighted_cells(self, cells: list[tuple[str, str]]) -> None:
        """Text cells (stage, lane) that find matched, outlined like matched cards."""
        if cells != self._highlighted_cells:
            self._highlighted_cells = list(cells)
            self.viewport().update()

    def _show_problem(self, text: str) -> None:
        self.messages.show_message(text, rtl=self.rtl)

    # ---- selection in step with the document ---------------------------------------------

    def _on_scene_selection_changed(self) -> None:
        if not self._syncing:
            ids = self.journey_scene.selected_ids()
            kept = [i for i in self.document.selection.ids if i in ids]
            self._syncing = True
            try:
                self.document.selection.set(kept + [i for i in ids if i not in kept])
            finally:
                self._syncing = False

    def _on_document_selection_changed(self, ids: list[str]) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.journey_scene.select_ids(ids)
            finally:
                self._syncing = False
        if ids:
            self.ensure_visible(ids[-1])

    def _on_lens_changed(self, persona_id: str | None) -> None:
        self.journey_scene.set_persona_lens(persona_id)

    def ensure_visible(self, ident: str) -> None:
        if ident in self.document.journey and self.journey_scene.item_for(ident) is not None:
            self.ensureVisible(self.journey_scene.element_rect(ident), 24, 24)

    def _on_journey_replaced(self) -> None:
        self.end_interaction(cancel=True)
        self.close_inline_editor()
        self.journey_scene.set_journey(self.document.journey)
        self.viewport().update()
        self.fitting.on_opened()

    def click_element(
        self, ident: str, modifiers: Qt.KeyboardModifier, pos: QPointF, *, on_release: bool = False
    ) -> None:
        """Selection on a click: Ctrl toggles; a plain click selects the element alone.
        Clicking a card also makes its cell the current one (where paste goes)."""
        selection = self.document.selection
        cell = self.journey_scene.cell_at(pos)
        if cell is not None:
            self.editor.set_current_cell(cell)
        if modifiers & Qt.KeyboardModifier.ControlModifier:
            if on_release:
                return  # toggled on press already
            ids = selection.ids
            selection.set([i for i in ids if i != ident] if ident in ids else [*ids, ident])
        elif on_release or ident not in selection.ids:
            selection.set([ident])

    # ---- mouse -----------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.close_inline_editor()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.end_interaction(cancel=True)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self.keys.space_held
        ):
            self._begin(gestures.PanInteraction(self, event))
        elif button == Qt.MouseButton.LeftButton:
            self._begin(gestures.on_left_press(self, event))
        elif button == Qt.MouseButton.RightButton:
            event.accept()  # the context menu event follows
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._interaction is None:
            super().mouseMoveEvent(event)  # hover feedback from the items
            return
        self._interaction.move(event)
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        interaction = self._interaction
        if interaction is None:
            super().mouseReleaseEvent(event)
            return
        self._interaction = None
        try:
            interaction.release(event)
        finally:
            self.restore_cursor()
            self.viewport().update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.end_interaction(cancel=True)
        pos = self.mapToScene(event.position().toPoint())
        found = self.journey_scene.element_at(pos)
        if found is not None:
            if found[1] in self.document.journey and found[0] in NAME_FIELD:
                self.document.selection.set([found[1]])
                self.edit_title(found[1])
            return
        cell = self.journey_scene.cell_at(pos)
        if cell is not None and cells.card_kind(self.document.journey, cell[1]) is not None:
            index = self.insertion_index(cell[0], cell[1], pos)
            self.editor.add_card(*cell, index=index)
        elif cell is not None and cells.is_text_lane(self.document.journey, cell[1]):
            self.editor.set_current_cell(cell)
            self.edit_cell_text(*cell)

    def _begin(self, interaction: gestures.Interaction) -> None:
        self._interaction = interaction
        self.viewport().setCursor(interaction.cursor)

    def end_interaction(self, *, cancel: bool) -> None:
        if self._interaction is not None:
            if cancel:
                self._interaction.cancel()
            self._interaction = None
            self.restore_cursor()
            self.viewport().update()

    def restore_cursor(self) -> None:
        cursor = Qt.CursorShape.OpenHandCursor if self.keys.space_held else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(cursor)

    # ---- keyboard (see keys.py) -------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.keys.press(event):
            super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if not self.keys.release(event):
            super().keyReleaseEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.keys.space_held = False
        super().focusOutEvent(event)

    # ---- typing over items (see inline_editing.py) -----------------------------------------

    def edit_title(self, ident: str, *, merge: MergeKey | None = None) -> InlineEditor | None:
        """Open the inline editor over ``ident``; Enter renames in ONE step (merged into the
        step keyed ``merge`` when given, so that a new card and its title undo together)."""
        return self.inline.edit_title(ident, merge=merge)

    def edit_cell_text(self, stage: str, lane: str) -> CellTextEditor | None:
        """Open the multi-line editor over a text lane's cell; Ctrl+Enter or leaving it
        sets the cell's text in ONE step, Esc cancels."""
        return self.inline.edit_cell_text(stage, lane)

    @property
    def inline_editor(self) -> InlineEditor | CellTextEditor | None:
        return self.inline.current

    def close_inline_editor(self) -> None:
        self.inline.close()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.inline.follow()

    # ---- painting --------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        super().drawForeground(painter, rect)
        cell = self.editor.current_cell
        if cell is not None and self._interaction is None:
            color = self.palette().highlight().color()
            painter.setPen(QPen(color, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.cell_rect(*cell).adjusted(2, 2, -2, -2), 6, 6)
        self._paint_found_cells(painter)
        self.drops.paint(painter)
        if self._interaction is not None:
            self._interaction.paint(painter)

    def _paint_found_cells(self, painter: QPainter) -> None:
        journey = self.document.journey
        painter.setPen(QPen(HIGHLIGHT, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for stage, lane in self._highlighted_cells:
            if stage in journey and lane in journey:
                painter.drawRoundedRect(self.cell_rect(stage, lane).adjusted(5, 5, -5, -5), 6, 6)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.journey_scene.set_theme(Theme.from_palette(self.palette()))
        super().changeEvent(event)

    # ---- drops from elsewhere: personas onto cards; files go on to the window -------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.drops.enter(event):
            event.ignore()  # a .journey file: the window under us opens it

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.drops.move(event):
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drops.leave()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        if not self.drops.drop(event):
            event.ignore()

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip and self._header_hint(event):
            return True
        if isinstance(event, QPaintEvent) and self.journey_scene.grid.flows.lazy.pending:
            # flows that waited for idle time and are about to be seen re-route first
            exposed = self.mapToScene(event.rect()).boundingRect()
            self.journey_scene.grid.flows.lazy.aim_in(exposed)
        return super().viewportEvent(event)

    def _header_hint(self, event: QHelpEvent) -> bool:
        """Stage headers say what dragging them does (reorder; Shift: a stage flow)."""
        if self.journey_scene.stage_header_at(self.mapToScene(event.pos())) is None:
            return False
        hint = self.tr("Drag to reorder stages · Shift+drag onto another stage to draw a flow")
        QToolTip.showText(event.globalPos(), hint, self.viewport())
        return True

    # ---- context menu ----------------------------------------------------------------

    def context_menu_at(self, viewport_pos: QPoint) -> QMenu:
        """The menu for what is under ``viewport_pos`` (selecting it first), filled by the
        actions connected to :attr:`context_menu_requested`."""
        menu = QMenu(self)
        menu.setObjectName("canvas-context-menu")
        self.context_menu_requested.emit(menu, self._menu_subject(self.mapToScene(viewport_pos)))
        return menu

    def _menu_subject(self, pos: QPointF) -> str:
        scene, selection = self.journey_scene, self.document.selection
        found = scene.element_at(pos)
        if found is not None:
            kind, ident = found
            if ident not in selection.ids:
                selection.set([ident])
            return "card" if kind in CARD_KINDS else kind
        cell = scene.cell_at(pos)
        selection.set([])
        self.editor.set_current_cell(cell)
        if cell is None:
            return "canvas"
        return "cell" if cells.card_kind(self.document.journey, cell[1]) else "text-cell"

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu_at(event.pos())
        if not menu.isEmpty():
            menu.exec(event.globalPos())
        menu.deleteLater()

    def add_canvas_actions(self, actions: list[QAction]) -> None:
        """Let the view run these actions' shortcuts itself (see _trigger_action_for)."""
        for action in actions:
            if action not in self.actions():
                self.addAction(action)
