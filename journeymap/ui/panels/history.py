"""The History dock: the document's undo stack as a list; clicking a step undoes or redoes to it."""

from __future__ import annotations

from PySide6.QtWidgets import QUndoView, QWidget

from journeymap.ui.document import Document


class HistoryPanel(QUndoView):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document.undo_stack, parent)
        self.setEmptyLabel(self.tr("<opened>"))
