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
        self._items: dict[str, QTreeWidgetItem] = {}
        self._relay = JourneyRelay(document, self)
        self._relay.added.connect(self._on_model_added)
        self._relay.removed.connect(self._on_model_removed)
        self._relay.changed.connect(self._on_model_changed)
        self._relay.moved.connect(self._on_model_moved)
        self._relay.reset.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        """Every comment anew (Open, New, Show resolved); edits change single rows."""
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        self._items = {}
        journey = self._document.journey
        ordered = sorted(journey.comments, key=lambda c: c.resolved)  # open ones first, else map order
        self.tree.addTopLevelItems([self._make(c) for c in ordered if self._shown(c)])
        del blocker
        self._update_button()

    def _shown(self, comment: Comment) -> bool:
        return not comment.resolved or self.show_resolved.isChecked()

    def _make(self, comment: Comment) -> QTreeWidgetItem:
        item = QTreeWidgetItem([comment.text, self._about(comment), comment.author])
        item.setData(0, ID_ROLE, comment.id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if comment.resolved else Qt.CheckState.Unchecked)
        item.setToolTip(0, self.tr("Tick when resolved"))
        self._items[comment.id] = item
        return item

    def _about(self, comment: Comment) -> str:
        journey = self._document.journey
        return element_name(journey, comment.attached_to) if comment.attached_to else self.tr("the whole map")

    def _update_button(self) -> None:
        self.delete_button.setEnabled(bool(self._items))

    # ---- following the model by ids ----------------------------------------------------------

    def _key(self, ident: str) -> tuple[bool, int]:
        journey = self._document.journey
        return journey.require(Comment, ident).resolved, journey.index_of(ident)

    def _insert(self, comment: Comment) -> None:
        """One row, where the order (open first, then map order) puts it: a binary search."""
        key, tree = self._key(comment.id), self.tree
        low, high = 0, tree.topLevelItemCount()
        while low < high:
            middle = (low + high) // 2
            row = tree.topLevelItem(middle)
            assert row is not None  # middle < topLevelItemCount()
            if self._key(str(row.data(0, ID_ROLE))) < key:
                low = middle + 1
            else:
                high = middle
        blocker = QSignalBlocker(self.tree)
        tree.insertTopLevelItem(low, self._make(comment))
        del blocker

    def _take(self, ident: str) -> None:
        item = self._items.pop(ident, None)
        if item is not None:
            blocker = QSignalBlocker(self.tree)
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(item))
            del blocker

    def _on_model_added(self, kind: str, ident: str) -> None:
        comment = self._document.journey.get(ident)
        if isinstance(comment, Comment) and self._shown(comment):
            self._insert(comment)
            self._update_button()

    def _on_model_removed(self, kind: str, ident: str) -> None:
        if kind == "comment":
            self._take(ident)
            self._update_button()

    def _on_model_moved(self, kind: str, ident: str, _index: int) -> None:
        self._on_model_changed(kind, ident, ("order",))

    def _on_model_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        journey = self._document.journey
        if kind != "comment":  # a renamed element: the rows about it say its new name
            for referrer, field in journey.referrers(ident):
                item = self._items.get(referrer)
                if field == "attached_to" and item is not None:
                    item.setText(1, self._about(journey.require(Comment, referrer)))
            return
        self._take(ident)
        self._on_model_added(kind, ident)

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
