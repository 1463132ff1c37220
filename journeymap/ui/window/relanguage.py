"""A window built again in the interface language chosen since it was built (File >
Preferences): the frame and the editor's views go and are made anew from the same document,
then the docks, the zoom and the scroll position are put back. The document (the map, its
undo history, the selection, the persona lens), the file, its lock and autosave stay.
An Arabic window keeps its own dock layout apart from a left-to-right one (the settings
hold one per direction), since Qt does not mirror dock areas.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMenu, QScrollBar, QToolBar

if TYPE_CHECKING:
    from journeymap.ui.window.main_window import MainWindow


def retranslate(window: MainWindow) -> None:
    was_rtl, state = window.built_rtl, window.saveState()
    window.settings.save_window(window.saveGeometry(), state, rtl=was_rtl)
    shown = {dock.objectName(): dock.isVisible() for dock in window.docks()}
    zoom = window.view.zoom()
    scroll = [bar.value() for bar in _scroll_bars(window)]
    tear_down(window)
    window.composed = False
    window.build_frame("")
    window.fill_frame()
    if window.built_rtl != was_rtl:  # mirrored: the docks as last left in this direction
        state = window.settings.window_state(rtl=window.built_rtl) or QByteArray()
    if not window.restoreState(state):  # never left in this direction: the default, mirrored
        for dock in window.docks():
            dock.setVisible(shown.get(dock.objectName(), dock.isVisible()))
        window.default_dock_sizes()
    window.view.set_zoom(zoom)
    window.setWindowModified(window.document.modified)
    window._update_title()
    QTimer.singleShot(0, lambda: _scroll_to(window, scroll))


def _scroll_bars(window: MainWindow) -> tuple[QScrollBar, QScrollBar]:
    return window.view.horizontalScrollBar(), window.view.verticalScrollBar()


def _scroll_to(window: MainWindow, values: list[int]) -> None:
    """Scroll the canvas back to where it was, once the rebuilt window has its size."""
    for bar, value in zip(_scroll_bars(window), values, strict=True):
        bar.setValue(value)


def tear_down(window: MainWindow) -> None:
    """Remove and delete the frame and the views: docks, toolbar, menus, the canvas and the
    actions made for them."""
    old: list[QObject] = [*window.docks(), *window.findChildren(QToolBar), window.actions_, window.exchange]
    old += [window.compare.action, window.import_changes.action, window.zoom_field]
    old += [window.presenting, window.presenting.present, window.presenting.present_here]
    window.statusBar().removeWidget(window.zoom_field)
    window.view.journey_scene.detach()
    old += [window.edit_actions, window.view]
    old += window.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
    window.takeCentralWidget()
    window.menuBar().clear()
    for item in old:
        if isinstance(item, QDockWidget):
            window.removeDockWidget(item)
        elif isinstance(item, QToolBar):
            window.removeToolBar(item)
        item.setParent(None)
        item.deleteLater()
    # delete them now (the stack is clean: retranslate runs from the event loop) and
    # collect their Python halves, so no model signal reaches a widget that is gone
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
