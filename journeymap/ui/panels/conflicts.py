"""The Conflicts panel: the merge conflicts a map holds, each resolved as one undoable step.

A map merged by ``journeymap merge`` (or git's merge driver) keeps ours for every
conflict and records base, ours and theirs (:class:`~journeymap.model.elements.Conflict`).
This panel lists them in map order; a click selects the element in question; the three
values are shown side by side; **Keep Ours**, **Take Theirs** or **Use This Value** (a value
typed by hand) resolves the conflict through the document, so Undo brings it back. The
list follows the model's signals by id: a resolution removes one row, an undo puts it back.
"""

from __future__ import annotations

import json
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from journeymap.formats.map_text import conflict_text, element_text, names_in, value_text, where_text
from journeymap.model.conflicts import Choice, resolve_ops
from journeymap.model.diff import Names
from journeymap.model.elements import NAME_FIELD, Conflict
from journeymap.model.merge import ORDER
from journeymap.model.problems import JourneyError
from journeymap.ui.document import Document
from journeymap.ui.panels.common import make_dock
from journeymap.ui.relay import JourneyRelay

ID_ROLE = Qt.ItemDataRole.UserRole


class ConflictsPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflicts_panel")
        self._document = document
        self._rows: dict[str, QListWidgetItem] = {}
        self.summary = QLabel(self)
        self.tree = QListWidget(self)
        self.tree.setWordWrap(True)
        self.tree.setResizeMode(QListView.ResizeMode.Adjust)
        self.tree.setSpacing(2)
        self.tree.setAlternatingRowColors(True)
        self.tree.currentItemChanged.connect(lambda current, _previous: self._show(current))
        self.tree.itemClicked.connect(lambda item: self._select_element(item))
        self.values = QLabel(self)
        self.values.setWordWrap(True)
        self.values.setTextFormat(Qt.TextFormat.RichText)
        self.values.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.keep_ours = QPushButton(self.tr("Keep Ours"), self)
        self.take_theirs = QPushButton(self.tr("Take Theirs"), self)
        self.keep_ours.setToolTip(self.tr("Leave the map as it is now and close the conflict"))
        self.take_theirs.setToolTip(self.tr("Put their value in the map (bringing back what it needs)"))
        self.keep_ours.clicked.connect(lambda _checked=False: self.resolve("ours"))
        self.take_theirs.clicked.connect(lambda _checked=False: self.resolve("theirs"))
        self.edited = QLineEdit(self)
        self.edited.setPlaceholderText(self.tr("or type a value of your own"))
        self.edited.returnPressed.connect(lambda: self.resolve("edited"))
        self.use_value = QPushButton(self.tr("Use This Value"), self)
        self.use_value.clicked.connect(lambda _checked=False: self.resolve("edited"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        self._layout()
        self._relay = JourneyRelay(document, self)
        self._relay.added.connect(self._on_added)
        self._relay.removed.connect(self._on_removed)
        self._relay.changed.connect(self._on_changed)
        self._relay.reset.connect(self.refill)
        self.refill()

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_ours)
        buttons.addWidget(self.take_theirs)
        buttons.addStretch(1)
        own = QHBoxLayout()
        own.addWidget(self.edited, 1)
        own.addWidget(self.use_value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.values)
        layout.addLayout(buttons)
        layout.addLayout(own)
        layout.addWidget(self.problem)

    # ---- the list, following the model ------------------------------------------------------

    def conflicts(self) -> list[Conflict]:
        return self._document.journey.records(Conflict)

    def refill(self) -> None:
        self.tree.clear()
        self._rows.clear()
        for index, conflict in enumerate(self.conflicts()):
            self._insert(index, conflict)
        self._after_change()

    def _insert(self, index: int, conflict: Conflict) -> None:
        item = QListWidgetItem(self._text(conflict))
        item.setData(ID_ROLE, conflict.id)
        self.tree.insertItem(index, item)
        self._rows[conflict.id] = item

    def _text(self, conflict: Conflict) -> str:
        return conflict_text(conflict, names_in(self._document.journey))

    def _on_added(self, kind: str, ident: str) -> None:
        if kind == "conflict":
            conflict = self._document.journey[ident]
            assert isinstance(conflict, Conflict)
            self._insert(self._document.journey.index_of(ident), conflict)
            self._after_change()

    def _on_removed(self, kind: str, ident: str) -> None:
        item = self._rows.pop(ident, None) if kind == "conflict" else None
        if item is not None:
            self.tree.takeItem(self.tree.row(item))
            self._after_change()

    def _on_changed(self, kind: str, ident: str, _fields: tuple[str, ...]) -> None:
        """A renamed element: the rows about it say its new name."""
        for conflict in self.conflicts():
            if conflict.element == ident or conflict.id == ident:
                self._rows[conflict.id].setText(self._text(conflict))
        if self.current() is not None:
            self._show(self.tree.currentItem())

    def _after_change(self) -> None:
        count = len(self._rows)
        if count == 0:
            self.summary.setText(self.tr("No merge conflicts in this map."))
        else:
            text = self.tr("%Ln unresolved merge conflicts: keep ours, take theirs, or type a value.", "", count)
            self.summary.setText(text)
        first = self.tree.item(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self._show(self.tree.currentItem())

    # ---- the chosen conflict --------------------------------------------------------------------

    def current(self) -> Conflict | None:
        item = self.tree.currentItem()
        record = self._document.journey.get(str(item.data(ID_ROLE))) if item is not None else None
        return record if isinstance(record, Conflict) else None

    def _show(self, _item: QListWidgetItem | None) -> None:
        conflict = self.current()
        self.problem.clear()
        for widget in (self.keep_ours, self.take_theirs, self.values):
            widget.setEnabled(conflict is not None)
        editable = conflict is not None and conflict.field not in (None, ORDER)
        self.edited.setEnabled(editable)
        self.use_value.setEnabled(editable)
        if conflict is None:
            self.values.clear()
            self.edited.clear()
            return
        self.values.setText(self._values_html(conflict))
        self.edited.setText(_as_text(conflict.ours) if editable else "")

    def _values_html(self, conflict: Conflict) -> str:
        names = names_in(self._document.journey)
        rows = []
        for label, value in (
            (self.tr("Ours (in the map now)"), conflict.ours),
            (self.tr("Theirs"), conflict.theirs),
            (self.tr("Base"), conflict.base),
        ):
            shown = self._value(conflict, value, names)
            rows.append(f"<tr><td><b>{escape(label)}</b>&nbsp;&nbsp;</td><td>{escape(shown)}</td></tr>")
        return "<table>" + "".join(rows) + "</table>"

    def _value(self, conflict: Conflict, value: Any, names: Names) -> str:
        if conflict.field is None:
            if not isinstance(value, dict):
                return self.tr("(not in the map)")
            return element_text(
                conflict.kind, conflict.element, str(value.get(NAME_FIELD[conflict.kind], ""))
            ) + (where_text(conflict.kind, value, names))
        if conflict.field == ORDER:
            return self.tr("first") if value is None else self.tr("after {name}").format(name=names.of(value))
        return value_text(conflict.kind, conflict.field, value, names)

    def _select_element(self, _item: QListWidgetItem) -> None:
        conflict = self.current()
        element = conflict.element if conflict is not None else None
        if element is not None and element in self._document.journey:
            self._document.selection.set([element])

    # ---- resolving ------------------------------------------------------------------------------

    def resolve(self, choice: Choice) -> bool:
        """Resolve the chosen conflict as one undoable step; a refusal is shown under the buttons."""
        conflict = self.current()
        if conflict is None:
            return False
        try:
            sides = (conflict.ours, conflict.theirs, conflict.base)
            like = next((v for v in sides if v is not None), None)
            value = _parse(self.edited.text(), like=like) if choice == "edited" else None
            ops = resolve_ops(self._document.journey, conflict.id, choice, value)
            text = {
                "ours": self.tr("Keep ours: {what}"),
                "theirs": self.tr("Take theirs: {what}"),
                "edited": self.tr("Resolve: {what}"),
            }[choice].format(what=conflict.title or conflict.kind)
            self._document.push(text, ops)
        except (JourneyError, ValueError) as error:
            self.problem.setText(str(error))
            return False
        return True


def _as_text(value: Any) -> str:
    """A value as the user edits it: text as it is, anything else as JSON."""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _parse(text: str, *, like: Any) -> Any:
    """What the user typed, as a value of the field's kind: text for a text field (one whose
    values are text on some side), else JSON (a number, null, a list), else the text itself."""
    if isinstance(like, str):
        return text
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        if like is None:
            return text
        raise ValueError(f"not a value: {error.msg}") from None


def create_dock(document: Document, main_window: QMainWindow | None) -> QDockWidget:
    """The conflicts list in a dock named ``conflicts_dock`` (its place persists)."""
    panel = ConflictsPanel(document)
    return make_dock(panel, main_window, title=QCoreApplication.translate("ConflictsPanel", "Conflicts"), name="conflicts_dock")
