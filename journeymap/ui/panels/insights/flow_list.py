"""The what-if's list of flows as a Qt model that follows the map by ids.

One row per flow, in map order, reading "source → target" (← in a right-to-left language); the flow's id is its UserRole
data. Added, removed and moved flows insert, remove and move one row; a renamed card or
stage changes the rows of its flows (found through the journey's referrer index). Texts
are made when the combo box asks for them, so a map of 10,000 flows costs nothing up
front and an edit costs the same on any map.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from journeymap.model.elements import Flow
from journeymap.ui.document import Document
from journeymap.ui.panels.common import IdRows
from journeymap.ui.relay import JourneyRelay
from journeymap.util.i18n import arrow

_Index = QModelIndex | QPersistentModelIndex
_NAMES = frozenset(("name", "title"))


class FlowListModel(QAbstractListModel):
    def __init__(self, document: Document, relay: JourneyRelay, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows = IdRows(self, document.journey.ids("flow"))
        relay.added.connect(self._on_added)
        relay.removed.connect(self._on_removed)
        relay.changed.connect(self._on_changed)
        relay.moved.connect(self._on_moved)
        relay.reset.connect(self._on_reset)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows.ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows.ids):
            return None
        ident = self._rows.ids[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return ident
        if role == Qt.ItemDataRole.DisplayRole:
            flow = self._document.journey.get(ident)
            if not isinstance(flow, Flow):
                return ident
            return self._name(flow.source) + arrow() + self._name(flow.target)
        return None

    def _name(self, ident: str) -> str:
        record = self._document.journey.get(ident)
        return str(getattr(record, "title", None) or getattr(record, "name", ident))

    def _on_added(self, kind: str, ident: str) -> None:
        if kind == "flow":
            self._rows.insert(ident, self._document.journey.index_of(ident))

    def _on_removed(self, kind: str, ident: str) -> None:
        if kind == "flow":
            self._rows.remove(ident)

    def _on_moved(self, kind: str, ident: str, index: int) -> None:
        if kind == "flow":
            self._rows.move(ident, index)

    def _on_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        if kind == "flow":
            rows = [self._rows.row(ident)]
        elif _NAMES.intersection(fields):
            referrers = self._document.journey.referrers(ident)
            rows = [self._rows.row(r) for r, field in referrers if field in ("source", "target")]
        else:
            return
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row), self.index(row))

    def _on_reset(self) -> None:
        self._rows.reset(self._document.journey.ids("flow"))
