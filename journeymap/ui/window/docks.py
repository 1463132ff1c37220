"""Docks whose panel is made the first time it shows: the start-up needs none of them.

The personas, insights, metrics and comments panels sit behind other tabs or are hidden when
the window opens; building them (and loading what they import: the analyses, networkx, the
metric presets) would only delay the first sight of the map. A :class:`LazyDock` holds an
empty placeholder until it becomes visible — its tab is raised, View > Panels shows it, or a
restored layout has it open — or until code asks for its widget(), and then builds its panel
once.

The docks are part of the window's frame, which shows before the model is loaded: a dock
gets the document its panel is made for later (:meth:`LazyDock.attach`), and one that is
visible by then builds its panel at once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

if TYPE_CHECKING:
    from journeymap.ui.document import Document

PanelFactory = Callable[["Document"], QWidget]


class LazyDock(QDockWidget):
    built_panel = Signal(QWidget)
    """The panel was just built (a window may make room for it)."""

    def __init__(self, title: str, name: str, factory: PanelFactory, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)  # the key of its place in the saved layout
        self._factory: PanelFactory | None = factory
        self._document: Document | None = None
        self._in_sight = False  # as visibilityChanged last said (a tab behind another is not)
        self.setWidget(QWidget())
        self.visibilityChanged.connect(self._on_visibility_changed)

    def attach(self, document: Document) -> None:
        """The document the panel is made for; a dock already in sight builds it now."""
        self._document = document
        if self._in_sight:
            self.panel()

    def panel(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._factory is not None:
            if self._document is None:
                raise RuntimeError(f"the {self.objectName()} dock has no document yet")
            factory, self._factory = self._factory, None
            self.setWidget(factory(self._document))
            self.built_panel.emit(super().widget())
        return super().widget()

    def widget(self) -> QWidget:
        """The panel (not the placeholder), as for any dock: built when first asked for."""
        return self.panel()

    @property
    def built(self) -> bool:
        return self._factory is None

    def _on_visibility_changed(self, visible: bool) -> None:
        self._in_sight = visible
        if visible and self._document is not None:
            self.panel()


def lazy_panel(parent: QWidget, *, name: str, path: str, title: str) -> LazyDock:
    """A :class:`LazyDock` for the panel class at ``path`` ("package.module:Class"), made
    with the document it is attached to; ``title`` is translated in the class's own
    context, as its tr() does."""
    module, _, cls = path.partition(":")

    def build(document: Document) -> QWidget:
        panel: QWidget = getattr(importlib.import_module(module), cls)(document)
        return panel

    return LazyDock(QCoreApplication.translate(cls, title), name, build, parent)


def mirrored(area: Qt.DockWidgetArea, *, rtl: bool) -> Qt.DockWidgetArea:
    """``area`` as a right-to-left interface places it: Qt does not mirror dock areas, so
    an Arabic window puts the inspector on the left and the outline on the right."""
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    return {left: right, right: left}.get(area, area) if rtl else area


def tabs_width(window: QMainWindow, area: Qt.DockWidgetArea) -> int:
    """The width the tab rows of ``area``'s panels need to show every title whole: the
    widest group of panels tabbed together (hidden panels have no tab), as Qt's own tab bar
    under the docks measures its tabs (0 when no panels there share a row)."""
    groups = []
    for dock in window.findChildren(QDockWidget):
        if window.dockWidgetArea(dock) != area or dock.isHidden():
            continue
        group = [dock, *(d for d in window.tabifiedDockWidgets(dock) if not d.isHidden())]
        if len(group) > 1:
            groups.append([d.windowTitle() for d in group])
    return max((_tab_row_width(window, titles) for titles in groups), default=0)


def _tab_row_width(window: QMainWindow, titles: list[str]) -> int:
    bar = QTabBar()  # measured as the window's dock tabs are drawn (at the bottom, its font)
    bar.setShape(QTabBar.Shape.RoundedSouth)
    bar.setDocumentMode(window.documentMode())
    bar.setFont(window.font())
    for title in titles:
        bar.addTab(title)
    width = sum(bar.tabSizeHint(index).width() for index in range(bar.count()))
    bar.deleteLater()
    return width
