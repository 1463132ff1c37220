"""File > Import > Changes from an Excel Workbook…: an exported workbook, edited in Excel or
LibreOffice, brought back into the open map.

The workbook is read with the exchange service, compared with the open map element by
element (:func:`journeymap.model.diff.diff`; rows keep their ids), and the differences are
listed before anything happens. Apply makes them all, as one undo step; Cancel leaves the
map as it was. Merge conflicts the map holds are not in workbooks, so they are left alone.
The comparison and the preview are imported when the entry is first used, not at start.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from journeymap import exchange
from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.problems import JourneyError
from journeymap.ui.dialogs import messages

if TYPE_CHECKING:
    from journeymap.model.diff import Change
    from journeymap.ui.window.changes import ChangesDialog
    from journeymap.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportChangesAction", text)


class ImportChangesAction:
    """The File > Import entry, and the preview it shows before applying."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: ChangesDialog | None = None  # the preview while it is open
        self._theirs = JourneyData()
        self.action = QAction(_tr("Changes from an Excel Workbook…"), window)
        self.action.setStatusTip(_tr("Bring the edits made to an exported workbook into this map"))
        self.action.triggered.connect(lambda _checked=False: self.choose())
        window.add_file_actions([self.action], section="import")

    def choose(self) -> bool:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window,
            _tr("Changes from an Excel workbook"),
            "",
            _tr("Excel workbooks (*.xlsx)"),
        )
        return self.import_changes(Path(chosen)) if chosen else False

    def changes_in(self, source: Path) -> list[Change] | None:
        """The differences from the open map to the workbook; None (problems shown) if unreadable."""
        from journeymap.model.diff import diff  # with the preview: when the entry is used

        try:
            theirs = exchange.import_map(source)
        except (journey_file.JourneyFileError, JourneyError) as error:
            title = _tr("Cannot import {name}").format(name=source.name)
            messages.show_problems(self.window, title, [str(p) for p in error.problems], path=source)
            return None
        self._theirs = theirs
        mine = self.window.document.journey.snapshot()
        return [c for c in diff(mine, theirs) if c.kind != "conflict"]

    def import_changes(self, source: Path) -> bool:
        """Read ``source``, show what would change, and apply it all as one step if asked to."""
        changes = self.changes_in(source)
        if changes is None:
            return False
        if not changes:
            QMessageBox.information(
                self.window,
                _tr("No changes"),
                _tr("{name} holds no changes to this map.").format(name=source.name),
            )
            return False
        from journeymap.formats.map_text import names_for
        from journeymap.model.patch import patch_ops
        from journeymap.ui.window.changes import ChangesDialog

        names = names_for(self._theirs, self.window.document.journey.snapshot())
        intro = _tr("Bringing {name} into this map makes these changes:").format(name=source.name)
        self.dialog = ChangesDialog(
            _tr("Changes from {name}").format(name=source.name), intro, changes, names, self.window
        )
        try:
            if self.dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        finally:
            self.dialog = None
        document = self.window.document
        text = _tr("Import changes from {name}").format(name=source.name)
        try:
            document.push(text, patch_ops(document.journey, changes))
        except JourneyError as error:
            messages.show_problems(self.window, text, [str(p) for p in error.problems], path=source)
            return False
        return True
