"""View > Present (F5) and Present from This Stage (Shift+F5): the workshop presentation
of the open map, over the editor, which stays open underneath to save what the room said.

The presentation's modules (audience view, presenter console, slides) load when it first
starts, not with every window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from journeymap.ui.present.launch import Showing
    from journeymap.ui.window.main_window import MainWindow


class PresentActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.showing: Showing | None = None
        self.present = self._action(self.tr("P&resent"), "present", "F5", lambda: self.start())
        self.present_here = self._action(
            self.tr("Present from This &Stage"),
            "present-from-stage",
            "Shift+F5",
            lambda: self.start(stage=self.selected_stage()),
        )
        menu = window.actions_.view_menu
        menu.addSeparator()
        menu.addActions([self.present, self.present_here])

    def _action(self, text: str, name: str, shortcut: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(self.tr("Show the map to a room, stage by stage, full screen"))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def selected_stage(self) -> int | None:
        """The 1-based number of the stage of the first selected element, if any."""
        journey = self.window.document.journey
        for ident in self.window.document.selection.ids:
            record = journey.get(ident)
            stage = ident if journey.kind_of(ident) == "stage" else getattr(record, "stage", None)
            if stage in journey.ids("stage"):
                return journey.ids("stage").index(stage) + 1
        return None

    def start(
        self, *, screen: int | None = None, stage: int | None = None, minutes: int = 30
    ) -> Showing | None:
        if self.showing is not None:
            return self.showing
        from journeymap.ui.present.launch import Showing
        from journeymap.ui.present.screens import NoSuchScreen

        try:
            self.showing = Showing(self.window.document, screen=screen, stage=stage, minutes=minutes)
        except NoSuchScreen as error:
            QMessageBox.warning(self.window, self.tr("Present"), str(error))
            return None
        self.showing.finished.connect(self._on_finished)
        self.showing.show()
        return self.showing

    def _on_finished(self) -> None:
        self.showing = None
        self.window.activateWindow()
        self.window.raise_()
