"""The main window: the canvas in the centre, the panels docked around it, menus, toolbar, files.

This module composes; the work lives elsewhere: the canvas, its gestures and its actions in
:mod:`journeymap.ui.canvas`, the docks in :mod:`journeymap.ui.panels`, the menus and
toolbar in :mod:`.actions`, New/Open/Save in :mod:`.files`, autosave in :mod:`.recovery`,
File > Import / Export in :mod:`.exchange`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QWidget

from journeymap.exchange import IMPORT_SUFFIXES
from journeymap.formats import journey_file
from journeymap.ui.canvas.actions import EditActions
from journeymap.ui.canvas.view import JourneyView
from journeymap.ui.document import Document
from journeymap.ui.panels.history import HistoryPanel
from journeymap.ui.panels.inspector.panel import InspectorPanel
from journeymap.ui.panels.outline import OutlinePanel
from journeymap.ui.window.actions import WindowActions
from journeymap.ui.window.compare import CompareAction
from journeymap.ui.window.docks import LazyDock, lazy_panel, tabs_width
from journeymap.ui.window.exchange import ExchangeActions
from journeymap.ui.window.files import FileController
from journeymap.ui.window.import_changes import ImportChangesAction
from journeymap.ui.window.present import PresentActions
from journeymap.ui.window.recovery import Autosaver, RecoveryEntry
from journeymap.ui.window.settings import AppSettings
from journeymap.ui.window.zoom_field import ZoomField

DOCK_AREA = Qt.DockWidgetArea
DROPPABLE = (journey_file.SUFFIX, *IMPORT_SUFFIXES)


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: Document | None = None,
        *,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("journeymap-main-window")
        self.document = document if document is not None else Document(parent=self)
        self.settings = settings if settings is not None else AppSettings()
        self.files = FileController(self.document, self, self.settings)
        self.autosaver = Autosaver(self.document, stamp_of=lambda: self.files.stamp, parent=self)
        self._build_views()
        self.document.modified_changed.connect(self.setWindowModified)
        self.document.path_changed.connect(self._on_path_changed)
        self.files.lock.read_only_changed.connect(lambda _on: self._update_title())
        self.document.journey_replaced.connect(self._update_title)
        self.document.journey_replaced.connect(self._show_conflicts)
        self._titled_journey = self.document.journey
        self._titled_journey.info_changed.connect(self._on_info_changed)
        self.document.journey_replaced.connect(self._on_journey_replaced)
        self.setAcceptDrops(True)
        self.winId()  # create the native window now, to watch the drags it receives
        self.windowHandle().installEventFilter(self)
        self._update_title()
        self._default_size()
        self._default_dock_sizes()
        self.restore_layout()

    def _build_views(self) -> None:
        """Everything that shows text: the canvas and its actions, the docks, the menus, the
        toolbar. They are built from the document alone (the map, its undo history, the
        selection and the persona lens live there), so a language change builds them again."""
        self._built_rtl = self.rtl_interface()
        self.view = JourneyView(self.document)
        self.setCentralWidget(self.view)
        self.edit_actions = EditActions(self.document, self.view)
        self.inspector = InspectorPanel(self.document)
        self.outline = OutlinePanel(self.document)
        self.history = HistoryPanel(self.document)
        self.inspector_dock = self._dock(
            self.inspector, self.tr("Inspector"), "inspector", DOCK_AREA.RightDockWidgetArea
        )
        self.outline_dock = self._dock(
            self.outline, self.tr("Outline"), "outline", DOCK_AREA.LeftDockWidgetArea
        )
        self.history_dock = self._dock(
            self.history, self.tr("History"), "history", DOCK_AREA.LeftDockWidgetArea
        )
        self.tabifyDockWidget(self.outline_dock, self.history_dock)
        self.outline_dock.raise_()
        self.personas_dock = self._lazy("personas_dock", "personas.panel:PersonaManager", "Personas")
        self.addDockWidget(self.mirrored(DOCK_AREA.RightDockWidgetArea), self.personas_dock)
        self.tabifyDockWidget(self.inspector_dock, self.personas_dock)
        self.inspector_dock.raise_()
        self.actions_ = WindowActions(self)
        self.insights_dock = self._lazy("insights_dock", "insights.panel:InsightsPanel", "Insights")
        self.add_dock(self.insights_dock, DOCK_AREA.RightDockWidgetArea, tabify_with=self.personas_dock)
        self.metrics_dock = self._lazy("metrics_dock", "metrics.panel:MetricsPanel", "Metrics")
        self.add_dock(self.metrics_dock, DOCK_AREA.BottomDockWidgetArea)
        self.metrics_dock.hide()  # first start: the map gets the room; View > Panels > Metrics
        self.comments_dock = self._lazy("comments_dock", "comments:CommentsPanel", "Comments")
        self.add_dock(self.comments_dock, DOCK_AREA.LeftDockWidgetArea, tabify_with=self.history_dock)
        # three tabs a side (four on the wider right), so that every title reads whole
        self.workshop_dock = self._lazy("workshop_dock", "workshop:WorkshopPanel", "Workshop")
        self.add_dock(self.workshop_dock, DOCK_AREA.RightDockWidgetArea, tabify_with=self.insights_dock)
        self.conflicts_dock = self._lazy("conflicts_dock", "conflicts:ConflictsPanel", "Conflicts")
        self.add_dock(self.conflicts_dock, DOCK_AREA.RightDockWidgetArea, tabify_with=self.workshop_dock)
        self.conflicts_dock.hide()  # shown when a merged map with conflicts is opened
        self.outline_dock.raise_()
        self.inspector_dock.raise_()
        self.exchange = ExchangeActions(self)
        self.files.importer = self.exchange.import_path
        self.compare = CompareAction(self)
        self.import_changes = ImportChangesAction(self)
        self.actions_.add_panel_adders(self.personas_dock, self.metrics_dock)
        for dock in (self.personas_dock, self.insights_dock):
            dock.built_panel.connect(lambda _panel: self._widen_right())
        self.zoom_field = ZoomField(self.view, self)
        self.statusBar().addPermanentWidget(self.zoom_field)
        self.presenting = PresentActions(self)
        self.outline.activated.connect(self._show_element)
        self.view.editor.problem_reported.connect(self._on_problem_reported)

    # ---- language ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Show the window in the language applied since it was built (ui.language): the
        views are built again, and the docks, zoom and scroll put back where they were."""
        was_rtl, state = self._built_rtl, self.saveState()
        self.settings.save_window(self.saveGeometry(), state, rtl=was_rtl)
        shown = {dock.objectName(): dock.isVisible() for dock in self.docks()}
        zoom = self.view.zoom()
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        scroll = [bar.value() for bar in bars]
        self._tear_down_views()
        self._build_views()
        if self._built_rtl != was_rtl:  # mirrored: the docks as last left in this direction
            state = self.settings.window_state(rtl=self._built_rtl) or QByteArray()
        if not self.restoreState(state):  # never left in this direction: the default, mirrored
            for dock in self.docks():
                dock.setVisible(shown.get(dock.objectName(), dock.isVisible()))
            self._default_dock_sizes()
        self.view.set_zoom(zoom)
        self._update_title()
        QTimer.singleShot(0, lambda: self._scroll_to(scroll))

    def _scroll_to(self, values: list[int]) -> None:
        """Scroll the canvas back to where it was, once the rebuilt window has its size."""
        bars = (self.view.horizontalScrollBar(), self.view.verticalScrollBar())
        for bar, value in zip(bars, values, strict=True):
            bar.setValue(value)

    def _tear_down_views(self) -> None:
        old: list[QObject] = [*self.docks(), *self.findChildren(QToolBar), self.actions_, self.exchange]
        old += [self.compare.action, self.import_changes.action, self.zoom_field]
        old += [self.presenting, self.presenting.present, self.presenting.present_here]
        self.statusBar().removeWidget(self.zoom_field)
        self.view.journey_scene.detach()
        old += [self.edit_actions, self.view]
        old += self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self.takeCentralWidget()
        self.menuBar().clear()
        for item in old:
            if isinstance(item, QDockWidget):
                self.removeDockWidget(item)
            elif isinstance(item, QToolBar):
                self.removeToolBar(item)
            item.setParent(None)
            item.deleteLater()
        # delete them now (the stack is clean: retranslate runs from the event loop) and
        # collect their Python halves, so no model signal reaches a widget that is gone
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()

    # ---- docks ---------------------------------------------------------------------------

    def _dock(self, widget: QWidget, title: str, name: str, area: DOCK_AREA) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(self.mirrored(area), dock)
        return dock

    def _lazy(self, name: str, path: str, title: str) -> LazyDock:
        """A panel of journeymap.ui.panels, made when its dock first shows (see docks.py)."""
        return lazy_panel(self.document, self, name=name, path=f"journeymap.ui.panels.{path}", title=title)

    def add_dock(
        self,
        dock: QDockWidget,
        area: DOCK_AREA = DOCK_AREA.RightDockWidgetArea,
        *,
        tabify_with: QDockWidget | None = None,
    ) -> None:
        """Add a panel (personas, metrics, insights…): placed, listed under View > Panels, and
        put back where the user left it last time (its objectName is its key in the layout)."""
        self.addDockWidget(self.mirrored(area), dock)
        if tabify_with is not None:
            self.tabifyDockWidget(tabify_with, dock)
        self.restoreDockWidget(dock)
        self.actions_.add_panel_toggle(dock)

    def mirrored(self, area: DOCK_AREA) -> DOCK_AREA:
        """``area`` as a right-to-left interface places it: Qt does not mirror dock areas, so
        an Arabic window puts the inspector on the left and the outline on the right."""
        if not self.rtl_interface():
            return area
        swap = {DOCK_AREA.LeftDockWidgetArea: DOCK_AREA.RightDockWidgetArea}
        swap.update({right: left for left, right in swap.items()})
        return swap.get(area, area)

    def rtl_interface(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def docks(self) -> list[QDockWidget]:
        return self.findChildren(QDockWidget)

    def _show_conflicts(self) -> None:
        """A map that holds merge conflicts opens with the Conflicts panel in front."""
        if self.document.journey.count("conflict"):
            self.conflicts_dock.show()
            self.conflicts_dock.raise_()
            self._widen_right()  # one more tab there

    def _on_problem_reported(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _show_element(self, ident: str) -> None:
        self.view.ensure_visible(ident)
        self.view.setFocus()

    # ---- file extension points ---------------------------------------------------------

    def add_file_actions(self, actions: Iterable[QAction], *, section: str) -> None:
        """Import and export entries of the File menu: ``section`` is "import" or "export"."""
        self.actions_.add_file_actions(actions, section=section)

    @property
    def import_menu(self) -> QMenu:
        return self.actions_.import_menu

    @property
    def export_menu(self) -> QMenu:
        return self.actions_.export_menu

    # ---- title ---------------------------------------------------------------------------

    def _update_title(self) -> None:
        name = self.files.display_name()
        if self.files.lock.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        title = self.document.journey.info.title
        self.setWindowTitle(self.tr("{name}[*] — {title} — journeymap").format(name=name, title=title))
        self.setWindowModified(self.document.modified)

    def _on_path_changed(self, _path: Path | None) -> None:
        self._update_title()

    def _on_journey_replaced(self) -> None:
        self._titled_journey.info_changed.disconnect(self._on_info_changed, missing_ok=True)
        self._titled_journey = self.document.journey
        self._titled_journey.info_changed.connect(self._on_info_changed)

    def _on_info_changed(self, fields: tuple[str, ...]) -> None:
        if "title" in fields:
            self._update_title()

    # ---- layout --------------------------------------------------------------------------

    def _right_width(self) -> int:
        """The right-hand panels open wide enough for their content (the persona form, the
        inspector's fields, the insights), a scroll bar included; at most 480 px, so the
        map keeps the room; and always wide enough for their tabs' titles. A panel not built
        yet (docks.py) counts once it is."""
        docks = (self.inspector_dock, self.personas_dock, self.insights_dock)
        built = [d.widget() for d in docks if not isinstance(d, LazyDock) or d.built]
        content = min(480, max(320, *(panel.sizeHint().width() + 24 for panel in built)))
        return max(content, tabs_width(self, self.mirrored(DOCK_AREA.RightDockWidgetArea)))

    def _default_dock_sizes(self) -> None:
        self.resizeDocks(
            [self.outline_dock, self.inspector_dock],
            [max(240, tabs_width(self, self.mirrored(DOCK_AREA.LeftDockWidgetArea))), self._right_width()],
            Qt.Orientation.Horizontal,
        )
        self.resizeDocks([self.metrics_dock], [190], Qt.Orientation.Vertical)

    def _widen_right(self) -> None:
        """A right-hand panel just built gets the room it needs (the area never shrinks)."""
        if self.inspector_dock.width() < self._right_width():
            self.resizeDocks([self.inspector_dock], [self._right_width()], Qt.Orientation.Horizontal)

    def _default_size(self) -> None:
        """First start: most of the screen, centred (the map wants room)."""
        screen = self.screen().availableGeometry()
        width, height = min(1600, int(screen.width() * 0.9)), min(1000, int(screen.height() * 0.9))
        self.resize(width, height)
        self.move(screen.center().x() - width // 2, screen.center().y() - height // 2)

    def restore_layout(self) -> None:
        geometry = self.settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state(rtl=self._built_rtl)
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), rtl=self._built_rtl)

    # ---- crash recovery ------------------------------------------------------------------

    def restore(self, entry: RecoveryEntry) -> bool:
        """Show a crashed session's unsaved map: marked modified, its file (if any) kept."""
        journey = self.files.read(entry.map_file)
        if journey is None:
            return False
        self.files.adopt(journey, entry.original, entry.stamp)
        self.document.undo_stack.resetClean()  # not what is on disk: unsaved until saved
        self.autosaver.autosave()  # our own recovery copy first, then the old one can go
        entry.discard()
        return True

    # ---- drag and drop of .journey files -------------------------------------------------

    @staticmethod
    def dropped_map(event: QDropEvent) -> Path | None:
        """The .journey file a drag or drop carries (enter and move events are drop events too)."""
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(DROPPABLE):
                return Path(url.toLocalFile())  # a workbook or Mermaid file is offered for import
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.dropped_map(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.dropped_map(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        path = self.dropped_map(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.files.open_path(path)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Watches the native window: a .journey file dragged anywhere over the window (the
        canvas, a text field in a dock) opens the map instead of being pasted as text."""
        if isinstance(event, QDropEvent) and self.dropped_map(event) is not None:
            if event.type() == QEvent.Type.Drop:
                self.dropEvent(event)
            else:
                event.acceptProposedAction()
            return True
        return super().eventFilter(watched, event)

    # ---- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.save_layout()
        self.autosaver.close()
        self.files.close_file()
        event.accept()
