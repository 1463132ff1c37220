"""The Workshop panel: the sticky notes captured in the room, and the voting rounds.

- :mod:`.notes`: every note, where it was said; each becomes a pain point, an opportunity
  or a comment with one action, or is deleted (each one undoable step).
- :mod:`.rounds`: open a round (participants, dots, what can be voted on), close, reopen,
  reset or delete it, and see its results ranked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QWidget

from journeymap.ui.document import Document
from journeymap.ui.panels.common import make_dock
from journeymap.ui.panels.workshop.notes import NotesPanel
from journeymap.ui.panels.workshop.rounds import RoundsPanel


class WorkshopPanel(QTabWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_panel")
        self.notes = NotesPanel(document, self)
        self.rounds = RoundsPanel(document, self)
        self.addTab(self.notes, self.tr("Notes"))
        self.addTab(self.rounds, self.tr("Votes"))


def create_dock(document: Document, main_window: QMainWindow | None) -> QDockWidget:
    """The workshop panel in a dock named ``workshop_dock`` (its place persists)."""
    panel = WorkshopPanel(document)
    title = QCoreApplication.translate("WorkshopPanel", "Workshop")
    return make_dock(panel, main_window, title=title, name="workshop_dock")
