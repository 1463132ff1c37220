"""The differences between two maps as a list people read (File > Compare With…, and an
edited Excel workbook brought into the open map), and the dialog that asks before a whole
list of them is applied."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.formats.map_text import change_text
from journeymap.model.diff import Change, Names

OP_COLORS = {
    "add": "#2e7d32",
    "remove": "#c62828",
    "change": "#c77700",
    "move": "#c77700",
    "reorder": "#c77700",
}
"""Added green, removed red, changed (moved, reordered) amber: the list and the canvas agree."""
INDEX_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("ChangeList", text)


def dot(color: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def summary_text(changes: list[Change]) -> str:
    """``12 differences: 3 added, 1 removed, 8 changed``."""
    if not changes:
        return _tr("No differences: the two maps mean the same.")
    count = Counter("change" if c.op in ("move", "reorder") else c.op for c in changes)
    translate = QCoreApplication.translate
    parts = [
        translate("ChangeList", "%Ln added", None, count["add"]) if count["add"] else "",
        translate("ChangeList", "%Ln removed", None, count["remove"]) if count["remove"] else "",
        translate("ChangeList", "%Ln changed", None, count["change"]) if count["change"] else "",
    ]
    head = translate("ChangeList", "%Ln differences", None, len(changes))
    return f"{head}: {', '.join(p for p in parts if p)}"


class ChangeList(QListWidget):
    """One row per change, in words, marked by its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.setSpacing(1)
        self._changes: list[Change] = []
        self._icons = {op: dot(color) for op, color in OP_COLORS.items()}

    def set_changes(self, changes: list[Change], names: Names) -> None:
        self._changes = list(changes)
        self.clear()
        for index, change in enumerate(changes):
            item = QListWidgetItem(self._icons[change.op], change_text(change, names))
            item.setData(INDEX_ROLE, index)
            self.addItem(item)

    def changes(self) -> list[Change]:
        return list(self._changes)

    def change_of(self, item: QListWidgetItem | None) -> Change | None:
        return self._changes[int(item.data(INDEX_ROLE))] if item is not None else None

    def current_change(self) -> Change | None:
        return self.change_of(self.currentItem())

    def show_element(self, ident: str) -> None:
        """Make the first change about ``ident`` the current row (a click on the canvas)."""
        for row, change in enumerate(self._changes):
            if change.id == ident:
                self.setCurrentRow(row)
                self.scrollToItem(self.item(row))
                return


class ChangesDialog(QDialog):
    """What will change, before it is applied: the list, and Apply or Cancel."""

    def __init__(
        self, title: str, intro: str, changes: list[Change], names: Names, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(720, 480)
        heading = QLabel(f"{intro}\n{summary_text(changes)}", self)
        heading.setWordWrap(True)
        self.list = ChangeList(self)
        self.list.set_changes(changes, names)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(_tr("Apply Changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
