"""File > Compare With…: the differences between the open map and another file, on a canvas.

The canvas draws the other map with, as ghosts, what it no longer has (the union of the
two: :func:`journeymap.model.patch.union_map`). Elements only the other map has are
outlined in green, elements only the open map has are ghosts outlined in red, changed
(moved, reordered) ones are outlined in amber. Beside it, the list of changes in words:
a click selects the element on both canvases; **Take into My Map** brings one change into
the open map and **Take All** all of them, each one undoable step. The comparison follows
the open map: after a take, an undo or any edit, it is worked out again. The File menu's
entry is :mod:`.compare_action`, which imports this module when it is first used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPen, QShowEvent, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsRectItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journeymap.formats.map_text import change_text, names_for
from journeymap.model.data import JourneyData
from journeymap.model.diff import JOURNEY, Change, diff
from journeymap.model.journey import Journey
from journeymap.model.operations import Operation
from journeymap.model.patch import patch_ops, take_ops, union_map
from journeymap.model.problems import JourneyError
from journeymap.render.items.flows import FlowArrow
from journeymap.render.scene import JourneyScene
from journeymap.ui.document import Document
from journeymap.ui.window.changes import OP_COLORS, ChangeList, summary_text

OUTLINE_Z = 10_000.0  # above every card, header and flow
MIN_ZOOM = 0.55  # card titles stay readable


class CompareCanvas(QGraphicsView):
    """A canvas to look at, not edit: click to select, Ctrl+wheel to zoom, drag to pan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            event.accept()
            return
        super().wheelEvent(event)


def outline(scene: JourneyScene, rect: QRectF, color: str, *, dashed: bool) -> QGraphicsRectItem:
    """A rounded frame drawn over ``rect`` (it takes no clicks: they reach the element)."""
    frame = QGraphicsRectItem(rect.adjusted(-4, -4, 4, 4))
    pen = QPen(QColor(color), 3.0, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    frame.setPen(pen)
    frame.setBrush(Qt.BrushStyle.NoBrush)
    frame.setZValue(OUTLINE_Z)
    frame.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
    scene.addItem(frame)
    return frame


def decorate(scene: JourneyScene, changes: list[Change]) -> dict[str, str]:
    """Mark each changed element on ``scene``; returns the op shown for each id."""
    shown: dict[str, str] = {}
    for change in changes:
        if change.id is None or change.id in shown or change.kind == JOURNEY:
            continue
        item = scene.item_for(change.id)
        if item is None:
            continue
        shown[change.id] = change.op
        if change.op == "remove":
            item.set_faded(True)
        if isinstance(item, FlowArrow):
            item.set_highlighted(change.op != "remove")
            continue
        outline(scene, item.sceneBoundingRect(), OP_COLORS[change.op], dashed=change.op == "remove")
    return shown


def legend_html() -> str:
    swatches = (
        (OP_COLORS["add"], QCoreApplication.translate("CompareWindow", "only in the other map (added there)")),
        (OP_COLORS["remove"], QCoreApplication.translate("CompareWindow", "only in your map (a ghost: removed there)")),
        (OP_COLORS["change"], QCoreApplication.translate("CompareWindow", "changed, moved or reordered")),
    )
    return "&nbsp;&nbsp;&nbsp;".join(
        f'<span style="color:{color}; font-size:large">■</span>&nbsp;{text}' for color, text in swatches
    )


class CompareWindow(QDialog):
    """The comparison of the document's map with ``other`` (read from ``other_path``)."""

    def __init__(
        self, document: Document, other: JourneyData, other_path: Path, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_window")
        self.setWindowTitle(self.tr("Compare with {name}").format(name=other_path.name))
        self.setWindowFlag(Qt.WindowType.Window)
        self.resize(1400, 860)
        self.document = document
        self.other = other
        self.other_path = other_path
        self.scene: JourneyScene | None = None
        self.changes: list[Change] = []
        self.marks: dict[str, str] = {}
        self.canvas = CompareCanvas(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        legend = QLabel(legend_html(), self)
        legend.setWordWrap(True)
        self.list = ChangeList(self)
        self.list.itemClicked.connect(lambda _item: self.select_current())
        self.list.itemDoubleClicked.connect(lambda _item: self.take_current())
        self.take_button = QPushButton(self.tr("Take into My Map"), self)
        self.take_button.setToolTip(self.tr("Make this change in your map (Undo takes it back)"))
        self.take_button.clicked.connect(lambda _checked=False: self.take_current())
        self.take_all_button = QPushButton(self.tr("Take All"), self)
        self.take_all_button.clicked.connect(lambda _checked=False: self.take_all())
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self._layout(legend)
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        document.undo_stack.indexChanged.connect(self._on_map_changed)
        document.journey_replaced.connect(self._on_map_changed)
        self._shown = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown:  # the canvas has its size now
            self._shown = True
            self.fit()

    def _on_map_changed(self, *_args: object) -> None:
        self._refresh_soon.start()

    def _layout(self, legend: QLabel) -> None:
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.summary)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_button)
        buttons.addWidget(self.take_all_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.problem)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.canvas)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(legend)
        layout.addWidget(splitter, 1)

    # ---- the comparison ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Work the differences out again and redraw them (the open map may have changed)."""
        mine = self.document.journey.snapshot()
        self.changes = [c for c in diff(mine, self.other) if c.kind != "conflict"]
        current = self.list.current_change()
        self.list.set_changes(self.changes, names_for(self.other, mine))
        self.summary.setText(
            self.tr("From your map to {name}: {summary}").format(
                name=self.other_path.name, summary=summary_text(self.changes)
            )
        )
        old = self.scene
        self.scene = JourneyScene(Journey(union_map(mine, self.other)), parent=self)
        self.scene.selectionChanged.connect(self._on_canvas_selection)
        self.marks = decorate(self.scene, self.changes)
        centre = self.canvas.mapToScene(self.canvas.viewport().rect().center())
        self.canvas.setScene(self.scene)
        self.canvas.centerOn(centre)
        if old is not None:
            old.deleteLater()
        if current is not None and current.id is not None:
            self.list.show_element(current.id)
        self.take_button.setEnabled(bool(self.changes))
        self.take_all_button.setEnabled(bool(self.changes))

    def fit(self) -> None:
        """The map as wide as the canvas, but never so small that cards cannot be read;
        then the first change in view."""
        if self.scene is None:
            return
        width = self.scene.itemsBoundingRect().width() or 1.0
        zoom = max(MIN_ZOOM, min(1.0, self.canvas.viewport().width() / width))
        self.canvas.resetTransform()
        self.canvas.scale(zoom, zoom)
        first = next(
            (self.scene.item_for(c.id) for c in self.changes if c.id and self.scene.item_for(c.id)), None
        )
        if first is not None:
            self.canvas.centerOn(first)
        else:
            self.canvas.centerOn(self.scene.itemsBoundingRect().topLeft())

    def select_current(self) -> None:
        """The chosen change's element, selected on this canvas and in the open map."""
        change = self.list.current_change()
        if change is None or change.id is None or self.scene is None:
            return
        item = self.scene.item_for(change.id)
        if item is not None:
            self.scene.clearSelection()
            item.setSelected(True)
            self.canvas.centerOn(item)
        if change.id in self.document.journey:
            self.document.selection.set([change.id])

    def _on_canvas_selection(self) -> None:
        if self.scene is None:
            return
        selected = self.scene.selected_ids()
        if selected:
            self.list.show_element(selected[0])

    # ---- taking changes ------------------------------------------------------------------------

    def take_current(self) -> bool:
        change = self.list.current_change()
        if change is None:
            return False
        names = names_for(self.other, self.document.journey.snapshot())
        text = self.tr("Take from {name}: {change}").format(
            name=self.other_path.name, change=change_text(change, names)
        )
        return self._push(text, lambda: take_ops(self.document.journey, change, self.other))

    def take_all(self) -> bool:
        text = self.tr("Take all from {name}").format(name=self.other_path.name)
        return self._push(text, lambda: patch_ops(self.document.journey, self.changes))

    def _push(self, text: str, ops: Callable[[], list[Operation]]) -> bool:
        self.problem.clear()
        try:
            self.document.push(text, ops())
        except JourneyError as error:
            self.problem.setText(str(error))
            return False
        self.refresh()
        return True
