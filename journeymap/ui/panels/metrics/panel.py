"""The metrics dock: every metric of the map in a sortable table, edited in place.

Combo boxes choose the kind (presets from :mod:`journeymap.model.metric_presets`, or a
typed custom kind), what the metric is attached to, and the better direction; numbers
are typed. Every edit is one undo step; a refused edit says why under the table. Add a
metric from a preset (attached to the selected stage, lane or touchpoint, else to the
whole journey) or a custom one; delete the selected rows. Wire it with :func:`create_dock`.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.cascades import removal_plan
from journeymap.model.elements import Better, Lane, LaneKind
from journeymap.model.ids import new_id
from journeymap.model.metric_presets import CUSTOM_KIND, PRESETS, kind_label, metric_from_preset, preset_name
from journeymap.model.operations import Add
from journeymap.ui.document import Document
from journeymap.ui.panels.common import KeyHandler, make_dock
from journeymap.ui.panels.metrics.table import COLUMNS, MetricsSortProxy, MetricsTableModel
from journeymap.ui.relay import JourneyRelay

_Index = QModelIndex | QPersistentModelIndex
ATTACHABLE = ("stage", "lane", "touchpoint")
MAX_COLUMN_WIDTH = 220
SHOWN_FIRST = ("name", "value", "target", "status", "unit", "attached_to")
"""The columns a reader wants first, left to right (the rest follow in table order): a
narrow panel shows name, value and target before anything else."""


class MetricsDelegate(QStyledItemDelegate):
    """Combo boxes for kind, attachment and direction; line edits for the rest."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        column = COLUMNS[index.column()]
        if column == "kind":
            return self._kind_combo(parent)
        if column == "attached_to":
            return self._attachment_combo(parent)
        if column == "better":
            combo = QComboBox(parent)
            combo.addItem(self.tr("Higher is better"), Better.HIGHER.value)
            combo.addItem(self.tr("Lower is better"), Better.LOWER.value)
            return combo
        return super().createEditor(parent, option, index)

    def _kind_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for preset in PRESETS:
            combo.addItem(preset_name(preset), preset.kind)
        combo.addItem(kind_label(CUSTOM_KIND), CUSTOM_KIND)
        return combo

    def _attachment_combo(self, parent: QWidget) -> QComboBox:
        combo = QComboBox(parent)
        journey = self._document.journey
        combo.addItem(self.tr("Whole journey"), "")
        labels = {
            "stage": self.tr("Stage: {name}"),
            "lane": self.tr("Lane: {name}"),
            "touchpoint": self.tr("Touchpoint: {name}"),
        }
        for kind in ATTACHABLE:
            for record in journey.records(kind):
                if isinstance(record, Lane) and record.kind != LaneKind.CHANNEL:
                    continue
                name = getattr(record, "name", None) or getattr(record, "title", "")
                combo.addItem(labels[kind].format(name=name), record.id)
        return combo

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setEditorData(editor, index)
            return
        value = index.data(Qt.ItemDataRole.EditRole)
        found = editor.findData(value)
        if found < 0 and editor.isEditable():
            editor.addItem(kind_label(str(value)), value)
            found = editor.count() - 1
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        if not isinstance(editor, QComboBox):
            super().setModelData(editor, model, index)
            return
        model.setData(index, self._combo_value(editor), Qt.ItemDataRole.EditRole)

    @staticmethod
    def _combo_value(combo: QComboBox) -> str:
        text = combo.currentText().strip()
        if combo.isEditable() and combo.findText(text) < 0:
            return text.lower().replace(" ", "_").replace("-", "_")  # a typed custom kind
        return str(combo.itemData(combo.findText(text) if combo.isEditable() else combo.currentIndex()))


class MetricsPanel(QWidget):
    """Toolbar, table and message line for the document's metrics."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metrics_panel")
        self._document = document
        self._fit_pending = False
        self._relay = JourneyRelay(document, self)
        self.model = MetricsTableModel(document, self._relay, self)
        self.proxy = MetricsSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()
        self.message = QLabel(self)
        self.message.setObjectName("metrics_message")
        self.message.setWordWrap(True)
        self._make_actions()
        self._layout_widgets()
        self.model.message.connect(self._say)
        self._relay.reset.connect(self.fit_columns)
        self.fit_columns()
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection)
        document.selection.changed.connect(self._on_document_selection)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._fit_pending:
            self.fit_columns()

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("metrics_table")
        table.setModel(self.proxy)
        table.setItemDelegate(MetricsDelegate(self._document, table))
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # map order until a header is clicked
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for place, column in enumerate(SHOWN_FIRST):
            header.moveSection(header.visualIndex(COLUMNS.index(column)), place)
        return table

    def fit_columns(self) -> None:
        """Size columns to their contents, but no column wider than a third of a wide dock.

        While the panel is hidden (as it is on a first start) this waits until it is shown:
        measuring a big map's thousands of cells is work nobody sees."""
        if not self.isVisible():
            self._fit_pending = True
            return
        self._fit_pending = False
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))

    def _make_actions(self) -> None:
        self.add_menu = QMenu(self)
        self.preset_actions: dict[str, QAction] = {}
        for preset in PRESETS:
            action = self.add_menu.addAction(preset_name(preset))
            action.triggered.connect(lambda _=False, kind=preset.kind: self.add_metric(kind))
            self.preset_actions[preset.kind] = action
        self.add_menu.addSeparator()
        custom = self.add_menu.addAction(self.tr("Custom metric"))
        custom.triggered.connect(lambda: self.add_metric(CUSTOM_KIND))
        self.preset_actions[CUSTOM_KIND] = custom
        self.delete_action = QAction(self.tr("Delete"), self)
        self.delete_action.setToolTip(self.tr("Delete the selected metrics"))
        self.delete_action.triggered.connect(self.delete_selected)
        self._keys = KeyHandler(self.table, {QKeySequence.StandardKey.Delete: self.delete_selected})

    def _layout_widgets(self) -> None:
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add metric"))
        self.add_button.setToolTip(self.tr("Add a metric to the selected stage, lane or touchpoint"))
        self.add_button.setMenu(self.add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.delete_button = QToolButton(self)
        self.delete_button.setDefaultAction(self.delete_action)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    # ---- actions ---------------------------------------------------------------------------

    def attach_target(self) -> str | None:
        """Where a new metric goes: the first selected stage, lane or touchpoint, else the journey."""
        journey = self._document.journey
        for ident in self._document.selection.ids:
            if journey.kind_of(ident) in ATTACHABLE:
                return ident
        return None

    def add_metric(self, kind: str) -> str | None:
        journey = self._document.journey
        metric = metric_from_preset(kind, ident=new_id("metric", journey), attached_to=self.attach_target())
        problem = self._document.try_push(
            self.tr("Add metric “{name}”").format(name=metric.name), [Add(metric)]
        )
        self._say(problem or "")
        if problem is not None:
            return None
        self.select_ids([metric.id])
        row = self.proxy.mapFromSource(self.model.index(self.model.row_of(metric.id), COLUMNS.index("value")))
        self.table.scrollTo(row)
        return metric.id

    def selected_ids(self) -> list[str]:
        rows = {self.proxy.mapToSource(index).row() for index in self.table.selectionModel().selectedRows()}
        return [self.model.metric_id(row) for row in sorted(rows)]

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = self.tr("Delete metric") if len(ids) == 1 else self.tr("Delete %Ln metrics", "", len(ids))
        problem = self._document.try_push(text, removal_plan(self._document.journey, ids), select=[])
        self._say(problem or "")

    def _say(self, text: str) -> None:
        self.message.setText(f"⚠ {text}" if text else "")
        self.message.setStyleSheet("color: #b3261e;" if text else "")

    # ---- selection ---------------------------------------------------------------------------

    def select_ids(self, ids: list[str]) -> None:
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        with QSignalBlocker(selection):
            selection.clearSelection()
            for ident in ids:
                row = self.model.row_of(ident)
                if row >= 0:
                    selection.select(self.proxy.mapFromSource(self.model.index(row, 0)), flags)
        self.table.viewport().update()

    def _on_table_selection(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._document.selection.set(ids)

    def _on_document_selection(self, ids: list[str]) -> None:
        metrics = [i for i in ids if self._document.journey.kind_of(i) == "metric"]
        if metrics and metrics != self.selected_ids():
            self.select_ids(metrics)


def create_dock(document: Document, main_window: QMainWindow | None) -> QDockWidget:
    """The metrics table in a dock named ``metrics_dock`` (its place persists)."""
    panel = MetricsPanel(document)
    return make_dock(panel, main_window, title=QCoreApplication.translate("MetricsPanel", "Metrics"), name="metrics_dock")
