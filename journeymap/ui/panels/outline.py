"""The outline dock: the map as a tree (stages with their touchpoints, lanes, pain points,
opportunities), filterable, its selection kept in step with the document's both ways.

It follows the model by ids: an addition inserts one item where the map order puts it, a
removal takes one out, a move or a change of stage moves one, a rename sets one text; only
Open and New rebuild the tree. What still grows with the map is Qt's: after an insertion or
removal the tree lays out its shown rows again (about 5 ms for 10,000 touchpoints,
benchmarks/bench_edits.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.elements import Touchpoint
from journeymap.model.journey import Journey
from journeymap.ui.document import Document
from journeymap.ui.panels.common import child_items, element_label, kind_name

ID_ROLE = Qt.ItemDataRole.UserRole
GROUPS = ("stage", "lane", "pain_point", "opportunity")
SHOWN = frozenset((*GROUPS, "touchpoint"))
_LABEL_FIELDS = frozenset(("name", "title"))


class OutlinePanel(QWidget):
    activated = Signal(str)  # an element id the user double-clicked or pressed Enter on

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._items: dict[str, QTreeWidgetItem] = {}
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._collapsed: set[str] = set()
        self._syncing = False
        self._journey: Journey | None = None
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.itemSelectionChanged.connect(self._on_tree_selection)
        self.tree.itemActivated.connect(self._on_item_activated)
        self.tree.itemCollapsed.connect(lambda item: self._collapsed.add(self._key(item)))
        self.tree.itemExpanded.connect(lambda item: self._collapsed.discard(self._key(item)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        document.selection.changed.connect(self._on_document_selection)
        document.journey_replaced.connect(self._on_journey_replaced)
        self._on_journey_replaced()

    # ---- queries (tests and the window) -------------------------------------------------

    def item_for(self, ident: str) -> QTreeWidgetItem | None:
        return self._items.get(ident)

    def visible_ids(self) -> list[str]:
        return [i for i, item in self._items.items() if not self._hidden(item)]

    @staticmethod
    def _hidden(item: QTreeWidgetItem) -> bool:
        shown: QTreeWidgetItem | None = item
        while shown is not None:
            if shown.isHidden():
                return True
            shown = shown.parent()
        return False

    # ---- building -----------------------------------------------------------------------

    def rebuild(self) -> None:
        """Fill the tree afresh. Only the groups and the stages, the items with children, are
        expanded: Qt keeps a persistent index for every expanded item, which it renumbers on
        each insertion or removal and visits on each layout, so expanding the touchpoints (no
        children to show) made every edit cost more on a bigger map."""
        journey = self.document.journey
        self._syncing = True
        self.tree.clear()
        self._items, self._groups = {}, {}
        for kind in GROUPS:
            group = QTreeWidgetItem([kind_name(kind, plural=True)])
            group.setData(0, ID_ROLE, None)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            self._groups[kind] = group
            group.addChildren([self._make_item(journey, r.id) for r in journey.records(kind)])
        by_stage: dict[str, list[QTreeWidgetItem]] = {}
        for touchpoint in journey.touchpoints:
            by_stage.setdefault(touchpoint.stage, []).append(self._make_item(journey, touchpoint.id))
        for stage_id, children in by_stage.items():
            self._items[stage_id].addChildren(children)
        self.tree.addTopLevelItems(list(self._groups.values()))
        stages = [(stage.id, self._items[stage.id]) for stage in journey.stages]
        for key, item in [*self._groups.items(), *stages]:
            item.setExpanded(key not in self._collapsed)
        self._syncing = False
        self._on_document_selection(self.document.selection.ids)
        self.apply_filter()

    def _make_item(self, journey: Journey, ident: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem([element_label(journey, ident)])
        item.setData(0, ID_ROLE, ident)
        item.setToolTip(0, self._tooltip(journey, ident))
        self._items[ident] = item
        return item

    def _tooltip(self, journey: Journey, ident: str) -> str:
        record = journey[ident]
        stage = getattr(record, "stage", None)
        if stage is None:
            return kind_name(record.KIND)
        return self.tr("{kind} in {stage}").format(
            kind=kind_name(record.KIND), stage=element_label(journey, stage)
        )

    def _key(self, item: QTreeWidgetItem) -> str:
        ident = item.data(0, ID_ROLE)
        if ident:
            return str(ident)
        return next((k for k, g in self._groups.items() if g is item), "")

    # ---- filter -------------------------------------------------------------------------

    def apply_filter(self) -> None:
        needle = self.filter_edit.text().strip().casefold()
        for group in self._groups.values():
            any_shown = False
            for child in child_items(group):
                any_shown |= self._filter(child, needle, parent_matches=False)
            group.setHidden(bool(needle) and not any_shown)

    def _filter(self, item: QTreeWidgetItem, needle: str, *, parent_matches: bool) -> bool:
        matches = not needle or needle in item.text(0).casefold()
        child_shown = False
        for child in child_items(item):
            child_shown |= self._filter(child, needle, parent_matches=matches or parent_matches)
        shown = matches or child_shown or parent_matches
        item.setHidden(not shown)
        if needle and child_shown:
            item.setExpanded(True)
        return shown

    # ---- selection, both ways -----------------------------------------------------------

    def _on_tree_selection(self) -> None:
        if self._syncing:
            return
        ids = [str(item.data(0, ID_ROLE)) for item in self.tree.selectedItems() if item.data(0, ID_ROLE)]
        self._syncing = True
        try:
            self.document.selection.set(ids)
        finally:
            self._syncing = False

    def _on_document_selection(self, ids: list[str]) -> None:
        if self._syncing:
            return
        self._syncing = True
        try:
            self.tree.clearSelection()
            for ident in ids:
                item = self._items.get(ident)
                if item is not None:
                    item.setSelected(True)
            first = next((self._items[i] for i in ids if i in self._items), None)
            if first is not None:
                self.tree.scrollToItem(first)
        finally:
            self._syncing = False

    def _on_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ident = item.data(0, ID_ROLE)
        if ident:
            self.activated.emit(str(ident))

    # ---- following the model ------------------------------------------------------------

    def _on_journey_replaced(self) -> None:
        if self._journey is not None:
            self._connect(self._journey, connect=False)
        self._journey = self.document.journey
        self._connect(self._journey, connect=True)
        self._collapsed.clear()
        self.rebuild()

    def _connect(self, journey: Journey, *, connect: bool) -> None:
        pairs = (
            (journey.element_added, self._on_added),
            (journey.element_removed, self._on_removed),
            (journey.element_moved, self._on_moved),
            (journey.element_changed, self._on_changed),
        )
        for signal, slot in pairs:
            if connect:
                signal.connect(slot)
            else:
                signal.disconnect(slot, missing_ok=True)

    def _on_added(self, kind: str, ident: str) -> None:
        if kind not in SHOWN:
            return
        journey = self.document.journey
        parent = self._parent_for(journey, ident)
        if parent is None:  # cannot happen while references hold; stay correct regardless
            self.rebuild()
            return
        item = self._make_item(journey, ident)
        self._place(journey, parent, item)
        if kind == "stage":  # only stages have children (see rebuild)
            item.setExpanded(ident not in self._collapsed)
        if self.filter_edit.text().strip():
            self._filter_one(item)

    def _on_removed(self, kind: str, ident: str) -> None:
        item = self._items.get(ident)
        if kind not in SHOWN or item is None:
            return
        parent = item.parent()
        self._syncing = True  # the document's selection follows the model, not this tree
        try:
            if parent is not None:
                parent.removeChild(item)
        finally:
            self._syncing = False
        self._forget(item)

    def _forget(self, item: QTreeWidgetItem) -> None:
        self._items.pop(str(item.data(0, ID_ROLE)), None)
        for index in range(item.childCount()):
            child = item.child(index)
            if child is not None:
                self._forget(child)

    def _on_moved(self, kind: str, ident: str, _index: int) -> None:
        item = self._items.get(ident)
        if kind in SHOWN and item is not None:
            self._reparent(item, self._parent_for(self.document.journey, ident))

    def _on_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        item = self._items.get(ident)
        if item is None:
            return
        journey = self.document.journey
        if kind == "touchpoint" and "stage" in fields:
            self._reparent(item, self._parent_for(journey, ident))
            item.setToolTip(0, self._tooltip(journey, ident))
        if _LABEL_FIELDS.intersection(fields):
            item.setText(0, element_label(journey, ident))
            if kind == "stage":  # its touchpoints' tooltips name it
                for index in range(item.childCount()):
                    child = item.child(index)
                    if child is not None:
                        child.setToolTip(0, self._tooltip(journey, str(child.data(0, ID_ROLE))))
            if self.filter_edit.text().strip():
                self._filter_one(item)

    def _parent_for(self, journey: Journey, ident: str) -> QTreeWidgetItem | None:
        record = journey[ident]
        if isinstance(record, Touchpoint):
            return self._items.get(record.stage)
        return self._groups.get(record.KIND)

    def _reparent(self, item: QTreeWidgetItem, parent: QTreeWidgetItem | None) -> None:
        old = item.parent()
        if parent is None or old is None:
            self.rebuild()
            return
        selected, expanded = item.isSelected(), item.isExpanded()
        self._syncing = True  # taking a selected item out is no selection change of the user's
        try:
            old.takeChild(old.indexOfChild(item))
            self._place(self.document.journey, parent, item)
            item.setExpanded(expanded)
            item.setSelected(selected)
        finally:
            self._syncing = False
        if self.filter_edit.text().strip():
            self._filter_one(item)

    def _place(self, journey: Journey, parent: QTreeWidgetItem, item: QTreeWidgetItem) -> None:
        """Insert ``item`` among ``parent``'s children where the map order puts it: a binary
        search over the children, which are in map order (O(log n) positions looked up)."""
        position = journey.index_of(str(item.data(0, ID_ROLE)))
        low, high = 0, parent.childCount()
        while low < high:
            middle = (low + high) // 2
            sibling = parent.child(middle)
            assert sibling is not None  # middle < childCount()
            if journey.index_of(str(sibling.data(0, ID_ROLE))) < position:
                low = middle + 1
            else:
                high = middle
        parent.insertChild(low, item)

    def _filter_one(self, item: QTreeWidgetItem) -> None:
        """Apply the filter to one item that changed (and show the parents it needs)."""
        needle = self.filter_edit.text().strip().casefold()
        parent = item.parent()
        parent_matches = (
            parent is not None and parent.data(0, ID_ROLE) is not None and needle in parent.text(0).casefold()
        )
        if self._filter(item, needle, parent_matches=parent_matches):
            while parent is not None:
                parent.setHidden(False)
                parent = parent.parent()
