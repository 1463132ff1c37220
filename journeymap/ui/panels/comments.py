"""The Comments panel: every review comment on the map, what it is about, resolved or not.

Teams review maps by leaving comments (Edit > Add Comment). This panel lists them all,
open ones first; a click selects the element a comment is about, the check box resolves or
reopens it, and Delete removes it, each one undoable step through the document.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QMainWindow,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.cascades import removal_plan
from journeymap.model.describe import element_name
from journeymap.model.elements import Comment
from journeymap.model.operations import Update
from journeymap.ui.document import Document
from journeymap.ui.panels.common import make_dock
from journeymap.ui.relay import JourneyRelay

ID_ROLE = Qt.ItemDataRole.UserRole


class CommentsPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comments_panel")
        self._document = document
        self.show_resolved = QCheckBox(self.tr("Show resolved"), self)
        self.show_resolved.setChecked(True)
        self.show_resolved.toggled.connect(lambda _on: self.refill())
        self.tree = QTreeWidget(self)
        self.tree.setHeaderLabels([self.tr("Comment"), self.tr("On"), self.tr("By")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemChanged.connect(self._on_changed)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_current())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.show_resolved)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.delete_button, 0, Qt.AlignmentFlag.AlignRight)
        self._relay = JourneyRelay(document, self)
        for signal in (self._relay.added, self._relay.removed, self._relay.changed, self._relay.moved):
            signal.connect(lambda *_args: self.refill())
        self._relay.reset.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        journey = self._document.journey
        comments: list[Comment] = journey.comments
        ordered = sorted(comments, key=lambda c: c.resolved)  # open ones first, else map order
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        for comment in ordered:
            if comment.resolved and not self.show_resolved.isChecked():
                continue
            about = (
                element_name(journey, comment.attached_to)
                if comment.attached_to
                else self.tr("the whole map")
            )
            item = QTreeWidgetItem([comment.text, about, comment.author])
            item.setData(0, ID_ROLE, comment.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if comment.resolved else Qt.CheckState.Unchecked)
            item.setToolTip(0, self.tr("Tick when resolved"))
            self.tree.addTopLevelItem(item)
        del blocker
        self.delete_button.setEnabled(self.tree.topLevelItemCount() > 0)

    def _comment(self, item: QTreeWidgetItem | None) -> Comment | None:
        if item is None:
            return None
        record = self._document.journey.get(str(item.data(0, ID_ROLE)))
        return record if isinstance(record, Comment) else None

    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        comment = self._comment(item)
        if comment is not None and comment.attached_to:
            self._document.selection.set([comment.attached_to])

    def _on_changed(self, item: QTreeWidgetItem, column: int) -> None:
        comment = self._comment(item)
        resolved = item.checkState(0) == Qt.CheckState.Checked
        if comment is None or column != 0 or resolved == comment.resolved:
            return
        text = self.tr("Resolve comment") if resolved else self.tr("Reopen comment")
        self._document.push(text, [Update(comment, comment.updated(resolved=resolved))])

    def delete_current(self) -> None:
        comment = self._comment(self.tree.currentItem())
        if comment is not None:
            journey = self._document.journey
            self._document.push(self.tr("Delete comment"), removal_plan(journey, [comment.id]))


def create_dock(document: Document, main_window: QMainWindow | None) -> QDockWidget:
    """The comments list in a dock named ``comments_dock`` (its place persists)."""
    panel = CommentsPanel(document)
    return make_dock(panel, main_window, title=QCoreApplication.translate("CommentsPanel", "Comments"), name="comments_dock")
