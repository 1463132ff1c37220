"""Docks whose panel is made the first time it shows: the start-up needs none of them.

The personas, insights, metrics and comments panels sit behind other tabs or are hidden when
the window opens; building them (and loading what they import: the analyses, networkx, the
metric presets) would only delay the first sight of the map. A :class:`LazyDock` holds an
empty placeholder until it becomes visible — its tab is raised, View > Panels shows it, or a
restored layout has it open — or until code asks for its widget(), and then builds its panel
once.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from journeymap.ui.document import Document

PanelFactory = Callable[[Document], QWidget]


class LazyDock(QDockWidget):
    built_panel = Signal(QWidget)
    """The panel was just built (a window may make room for it)."""

    def __init__(self, title: str, name: str, build: Callable[[], QWidget], parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName(name)  # the key of its place in the saved layout
        self._build: Callable[[], QWidget] | None = build
        self.setWidget(QWidget())
        self.visibilityChanged.connect(self._on_visibility_changed)

    def panel(self) -> QWidget:
        """The panel, built now if it was not yet."""
        if self._build is not None:
            build, self._build = self._build, None
            self.setWidget(build())
            self.built_panel.emit(super().widget())
        return super().widget()

    def widget(self) -> QWidget:
        """The panel (not the placeholder), as for any dock: built when first asked for."""
        return self.panel()

    @property
    def built(self) -> bool:
        return self._build is None

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.panel()


def lazy_panel(document: Document, parent: QWidget, *, name: str, path: str, title: str) -> LazyDock:
    """A :class:`LazyDock` for the panel class at ``path`` ("package.module:Class"), made
    with ``document``; ``title`` is translated in the class's own context, as its tr() does."""
    module, _, cls = path.partition(":")

    def build() -> QWidget:
        panel: QWidget = getattr(importlib.import_module(module), cls)(document)
        return panel

    return LazyDock(QCoreApplication.translate(cls, title), name, build, parent)
