"""The main window: the canvas in the centre, the panels docked around it, menus, toolbar, files.

This module composes; the work lives elsewhere: the canvas, its gestures and its actions in
:mod:`journeymap.ui.canvas`, the docks in :mod:`journeymap.ui.panels`, the menus and
toolbar in :mod:`.actions`, New/Open/Save in :mod:`.files`, autosave in :mod:`.recovery`,
File > Import / Export in :mod:`.exchange`.

A window is built in two steps. Its **frame** — the menu bar, the toolbar, the docks'
frames where the saved layout puts them, the status bar, and a canvas that says which map
is opening — needs Qt alone, so this module imports nothing of the model or the editor, and
``MainWindow(opening=NAME)`` builds the frame only: at start-up it shows at once, before the
model is loaded (:func:`journeymap.app.run`). :meth:`MainWindow.compose` then puts the
editor into it (:mod:`.parts`: the document, the canvas, the panels, the actions).
``MainWindow()`` and ``MainWindow(document)`` do both at once.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMargins, QObject, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from journeymap.exchange import IMPORT_SUFFIXES
from journeymap.formats import MAP_SUFFIX
from journeymap.ui.window.docks import LazyDock, lazy_panel, mirrored, tabs_width
from journeymap.ui.window.settings import AppSettings

if TYPE_CHECKING:
    from journeymap.ui.window.parts import (
        Autosaver,
        CompareAction,
        Document,
        EditActions,
        ExchangeActions,
        FileController,
        HistoryPanel,
        ImportChangesAction,
        InspectorPanel,
        JourneyView,
        OutlinePanel,
        PresentActions,
        WindowActions,
        ZoomField,
    )
    from journeymap.ui.window.recovery import RecoveryEntry

DOCK_AREA = Qt.DockWidgetArea
DROPPABLE = (MAP_SUFFIX, *IMPORT_SUFFIXES)
TOOLBAR_ICON = 22
RIGHT_WIDTH = (320, 480)
"""The right-hand panels open at least this wide, at most that (the map keeps the room)."""


class MainWindow(QMainWindow):
    # the editor, put into the frame by compose() (see parts.py)
    document: Document
    view: JourneyView
    edit_actions: EditActions
    files: FileController
    autosaver: Autosaver
    inspector: InspectorPanel
    outline: OutlinePanel
    history: HistoryPanel
    actions_: WindowActions
    exchange: ExchangeActions
    compare: CompareAction
    import_changes: ImportChangesAction
    zoom_field: ZoomField
    presenting: PresentActions

    def __init__(
        self,
        document: Document | None = None,
        *,
        settings: AppSettings | None = None,
        parent: QWidget | None = None,
        opening: str | None = None,
    ) -> None:
        """The whole window; with ``opening`` (the name of the map being opened) only its
        frame, which says so in its canvas, until :meth:`compose` is called."""
        super().__init__(parent)
        self.setObjectName("journeymap-main-window")
        self.settings = settings if settings is not None else AppSettings()
        self.composed = False
        self.build_frame(opening or "")
        self.setAcceptDrops(True)
        self.winId()  # create the native window now, to watch the drags it receives
        self.windowHandle().installEventFilter(self)
        self._default_size()
        self.default_dock_sizes()
        self.restore_layout()
        if opening is None:
            self.compose(document)

    # ---- the frame (Qt only) -------------------------------------------------------------

    def build_frame(self, opening: str) -> None:
        """What shows before the editor is in: the menus' titles, the toolbar, the docks,
        the status bar. Built again when the interface language changes (:mod:`.relanguage`)."""
        self.built_rtl = self.rtl_interface()
        self._centre = QStackedWidget()  # stays: a new central widget would re-share the width
        self._opening = _opening_canvas(self.tr("Opening {name}…").format(name=opening))
        self._centre.addWidget(self._opening)
        self.setCentralWidget(self._centre)
        self.setWindowTitle(self.tr("{name} — journeymap").format(name=opening))
        titles = {"file": self.tr("&File"), "edit": self.tr("&Edit"), "view": self.tr("&View")}
        for name, title in {**titles, "help": self.tr("&Help")}.items():
            self.menuBar().addMenu(title).setObjectName(f"{name}-menu")
        self.toolbar = self._frame_toolbar()
        self.inspector_dock = self._dock(self.tr("Inspector"), "inspector", DOCK_AREA.RightDockWidgetArea)
        self.outline_dock = self._dock(self.tr("Outline"), "outline", DOCK_AREA.LeftDockWidgetArea)
        self.history_dock = self._dock(self.tr("History"), "history", DOCK_AREA.LeftDockWidgetArea)
        self.tabifyDockWidget(self.outline_dock, self.history_dock)
        self.personas_dock = self._lazy("personas_dock", "personas.panel:PersonaManager", "Personas")
        self.add_dock(self.personas_dock, DOCK_AREA.RightDockWidgetArea, tabify_with=self.inspector_dock)
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
        self._zoom_room = _room_for(QLineEdit())  # the zoom field's, so that nothing moves
        self.statusBar().addPermanentWidget(self._zoom_room)

    def _frame_toolbar(self) -> QToolBar:
        """The main toolbar, empty until the actions are made (:mod:`.actions`), already as
        tall as its buttons will be, so that nothing moves when they come."""
        bar = QToolBar(self.tr("Main toolbar"), self)
        bar.setObjectName("main-toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        bar.setIconSize(QSize(TOOLBAR_ICON, TOOLBAR_ICON))
        bar.setMovable(False)
        button = QToolButton()  # one of the buttons to come, to ask its height; never shown
        button.setToolButtonStyle(bar.toolButtonStyle())
        button.setIconSize(bar.iconSize())
        button.setIcon(QIcon(QPixmap(bar.iconSize())))
        button.setText("Xg")
        layout = bar.layout()
        margins = layout.contentsMargins() if layout is not None else QMargins()
        bar.setMinimumHeight(button.sizeHint().height() + margins.top() + margins.bottom())
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        return bar

    def menu(self, name: str) -> QMenu:
        """One of the menu bar's menus: "file", "edit", "view" or "help"."""
        found = self.menuBar().findChild(QMenu, f"{name}-menu")
        if found is None:
            raise KeyError(name)
        return found

    # ---- the editor --------------------------------------------------------------------

    def compose(self, document: Document | None = None) -> None:
        """Put the editor into the frame: the document (a new, empty one if None), the
        canvas, the panels, the menus' and the toolbar's actions. Once only."""
        if self.composed:
            raise RuntimeError("the window is composed already")
        with _plain_imports():
            from journeymap.ui.window import parts  # the model and the editor: after the frame shows

        self.document = document if document is not None else parts.Document(parent=self)
        self.files = parts.FileController(self.document, self, self.settings)
        self.autosaver = parts.Autosaver(self.document, stamp_of=lambda: self.files.stamp, parent=self)
        self.fill_frame()
        self.document.journey_replaced.connect(self._show_conflicts)
        self.document.modified_changed.connect(self.setWindowModified)
        self.document.path_changed.connect(lambda _path: self._update_title())
        self.files.lock.read_only_changed.connect(lambda _on: self._update_title())
        self.document.journey_replaced.connect(self._update_title)
        self._titled_journey = self.document.journey
        self._titled_journey.info_changed.connect(self._on_info_changed)
        self.document.journey_replaced.connect(self._on_journey_replaced)
        self._update_title()
        self._widen_right()

    def fill_frame(self) -> None:
        """Put the editor's views into the frame (the canvas, the panels, the actions); made
        from the document alone, so a language change makes them again."""
        from journeymap.ui.window import parts  # imported by compose()

        self.view = parts.JourneyView(self.document)
        self._centre.addWidget(self.view)
        self._centre.setCurrentWidget(self.view)
        self._centre.removeWidget(self._opening)
        self._opening.deleteLater()
        self.edit_actions = parts.EditActions(self.document, self.view)
        self.inspector = parts.InspectorPanel(self.document)
        self.outline = parts.OutlinePanel(self.document)
        self.history = parts.HistoryPanel(self.document)
        self.inspector_dock.setWidget(self.inspector)
        self.outline_dock.setWidget(self.outline)
        self.history_dock.setWidget(self.history)
        self.actions_ = parts.WindowActions(self)
        self.exchange = parts.ExchangeActions(self)
        self.files.importer = self.exchange.import_path
        self.compare = parts.CompareAction(self)
        self.import_changes = parts.ImportChangesAction(self)
        self.actions_.add_panel_adders(self.personas_dock, self.metrics_dock)
        self.toolbar.setMinimumHeight(0)  # its buttons are in it now
        for dock in (self.personas_dock, self.insights_dock):
            dock.built_panel.connect(lambda _panel: self._widen_right())
        self.zoom_field = parts.ZoomField(self.view, self)
        self.statusBar().removeWidget(self._zoom_room)
        self._zoom_room.deleteLater()
        self.statusBar().addPermanentWidget(self.zoom_field)
        self.presenting = parts.PresentActions(self)
        self.outline.activated.connect(self._show_element)
        self.view.editor.problem_reported.connect(self._on_problem_reported)
        self.composed = True
        for lazy in self.docks():
            if isinstance(lazy, LazyDock):
                lazy.attach(self.document)

    def retranslate(self) -> None:
        """Show the window in the language applied since it was built (:mod:`.relanguage`)."""
        from journeymap.ui.window import relanguage

        relanguage.retranslate(self)

    # ---- docks ---------------------------------------------------------------------------

    def _dock(self, title: str, name: str, area: DOCK_AREA) -> QDockWidget:
        """A dock of the frame; :meth:`compose` puts its panel in."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(QWidget())
        self.addDockWidget(self.mirrored(area), dock)
        return dock

    def _lazy(self, name: str, path: str, title: str) -> LazyDock:
        """A panel of journeymap.ui.panels, made when its dock first shows (see docks.py)."""
        return lazy_panel(self, name=name, path=f"journeymap.ui.panels.{path}", title=title)

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
        if self.composed:  # the frame's docks are listed when the menus are made
            self.actions_.add_panel_toggle(dock)

    def mirrored(self, area: DOCK_AREA) -> DOCK_AREA:
        """``area`` as this window's interface places it (docks.mirrored)."""
        return mirrored(area, rtl=self.rtl_interface())

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
        yet (docks.py), or not yet in the frame (:meth:`compose`), counts once it is."""
        docks = (self.inspector_dock, self.personas_dock, self.insights_dock)
        built = [d.widget() for d in docks if self.composed and (not isinstance(d, LazyDock) or d.built)]
        needed = max((panel.sizeHint().width() + 24 for panel in built), default=RIGHT_WIDTH[0])
        content = min(RIGHT_WIDTH[1], max(RIGHT_WIDTH[0], needed))
        return max(content, tabs_width(self, self.mirrored(DOCK_AREA.RightDockWidgetArea)))

    def default_dock_sizes(self) -> None:
        """Each side as wide as its tab row needs (or its panels, on the inspector's side)."""
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
        state = self.settings.window_state(rtl=self.built_rtl)
        if state is not None:
            self.restoreState(state)

    def save_layout(self) -> None:
        self.settings.save_window(self.saveGeometry(), self.saveState(), rtl=self.built_rtl)

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
        if self.composed:  # a map dropped on a window still opening its own is not taken
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
        if not self.composed:  # closed while its map was opening: nothing to keep
            event.accept()
            return
        if not self.files.confirm_discard():
            event.ignore()
            return
        self.save_layout()
        self.autosaver.close()
        self.files.close_file()
        event.accept()


@contextmanager
def _plain_imports() -> Iterator[None]:
    """Imports inside go through Python's own ``__import__``, not PySide6's wrapper of it.

    Once QtCore is loaded, PySide6 wraps ``__import__`` and reads the source of every module
    imported for the first time, to know whether it mentions PySide6 (for the opt-in
    ``__feature__`` switches, snake_case and true_property, which journeymap does not use).
    For the 230 modules of the model and the editor that was 30 ms of processor time of every
    start (docs/performance.md). A module imported through the original import is to PySide
    what a module imported before QtCore is: registered the day ``__feature__`` is first
    used (shibokensupport/feature.py keeps ``__orig_import__`` in builtins for this)."""
    wrapped = builtins.__import__
    original = getattr(builtins, "__orig_import__", None)
    if original is None or original is wrapped:
        yield
        return
    builtins.__import__ = original
    try:
        yield
    finally:
        builtins.__import__ = wrapped


def _room_for(widget: QWidget) -> QWidget:
    """``widget``, hidden, keeping its room in a layout (the frame's place for a part to come)."""
    policy = widget.sizePolicy()
    policy.setRetainSizeWhenHidden(True)
    widget.setSizePolicy(policy)
    widget.hide()
    return widget


def _opening_canvas(text: str) -> QLabel:
    """The frame's canvas: the name of the map being opened, on the canvas's background."""
    label = QLabel(text)
    label.setObjectName("opening-canvas")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setAutoFillBackground(True)
    label.setBackgroundRole(QPalette.ColorRole.Base)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
