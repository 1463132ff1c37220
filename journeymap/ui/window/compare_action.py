"""File > Compare With…: the menu entry, which loads the comparison (:mod:`.compare`: the
differences, the canvas of both maps) when it is first used, not when the window starts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from journeymap.formats import journey_file
from journeymap.ui.dialogs import messages
from journeymap.ui.window.files import file_filter

if TYPE_CHECKING:
    from journeymap.ui.window.compare import CompareWindow
    from journeymap.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareAction", text)


class CompareAction:
    """File > Compare With…: choose a map file, then show the comparison window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.windows: list[CompareWindow] = []
        self.action = QAction(_tr("Compare &With…"), window)
        self.action.setStatusTip(_tr("Show the differences between this map and another file"))
        self.action.triggered.connect(lambda _checked=False: self.choose())
        menu = window.actions_.file_menu
        menu.insertAction(window.actions_.save, self.action)
        menu.insertSeparator(window.actions_.save)

    def choose(self) -> CompareWindow | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, _tr("Compare with"), self._folder(), file_filter()
        )
        return self.compare_with(Path(chosen)) if chosen else None

    def compare_with(self, path: Path) -> CompareWindow | None:
        try:
            other = journey_file.load_data(path)
        except journey_file.JourneyFileError as error:
            title = _tr("Cannot compare with {name}").format(name=path.name)
            messages.show_problems(self.window, title, [str(p) for p in error.problems], path=path)
            return None
        from journeymap.ui.window.compare import CompareWindow  # the diff and its canvas: when used

        compare = CompareWindow(self.window.document, other, path, self.window)
        compare.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        compare.destroyed.connect(
            lambda *_: self.windows.remove(compare) if compare in self.windows else None
        )
        self.windows.append(compare)
        compare.show()
        return compare

    def _folder(self) -> str:
        path = self.window.document.path
        return str(path.parent) if path is not None else ""
