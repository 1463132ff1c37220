"""The metrics table's Qt model: one row per metric, edits pushed on the undo stack.

Rows follow the Journey's signals by id (insert, remove, change, move one row; only Open
resets the model). ``setData`` builds
a validated candidate with ``record.updated`` and pushes one Update; anything refused
(a word where a number belongs, an empty name) is reported through :attr:`message`
and changes nothing. Off-target rows carry a warning icon, a tint and the words
"Off target", so the mark does not rest on colour alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

from journeymap.model import metric_text
from journeymap.model.elements import Better, Metric
from journeymap.model.metric_presets import kind_label, preset_description, preset_for
from journeymap.model.operations import Update
from journeymap.ui.document import Document
from journeymap.ui.language import read_number, write_number
from journeymap.ui.panels.common import IdRows
from journeymap.ui.relay import JourneyRelay

# what a reader scans first comes first: which metric, where, how it stands
COLUMNS = ("name", "attached_to", "value", "target", "unit", "status", "better", "kind", "period", "source")
NUMBER_COLUMNS = frozenset({"value", "target"})
READ_ONLY = frozenset({"status"})
OFF_TARGET_COLOR = "#b3261e"
ON_TARGET_COLOR = "#2e7d32"
OFF_TARGET_TINT = "#fbe4e2"
_Index = QModelIndex | QPersistentModelIndex


@lru_cache(maxsize=4)
def status_icon(off: bool, side: int = 16) -> QIcon:
    """A red warning triangle with "!" (off target) or a green tick (on target)."""
    pixmap = QPixmap(side * 2, side * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        (_draw_warning if off else _draw_tick)(painter, side)
    finally:
        painter.end()
    return QIcon(pixmap)


def _round_pen(color: str, width: float) -> QPen:
    pen = QPen(QColor(color), width)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def _draw_warning(painter: QPainter, side: int) -> None:
    path = QPainterPath()
    path.moveTo(side / 2, 1.5)
    path.lineTo(side - 1, side - 1.5)
    path.lineTo(1, side - 1.5)
    path.closeSubpath()
    painter.fillPath(path, QColor(OFF_TARGET_COLOR))
    painter.setPen(_round_pen("#ffffff", side / 9))
    painter.drawLine(QPointF(side / 2, side * 0.4), QPointF(side / 2, side * 0.65))
    painter.drawPoint(QPointF(side / 2, side * 0.8))


def _draw_tick(painter: QPainter, side: int) -> None:
    painter.setPen(_round_pen(ON_TARGET_COLOR, side / 7))
    painter.drawPolyline(
        [
            QPointF(side * 0.2, side * 0.55),
            QPointF(side * 0.42, side * 0.75),
            QPointF(side * 0.8, side * 0.28),
        ]
    )


def format_number(value: float | None) -> str:
    """As the cards and exports read it ("1,000T", "1.2 × 10⁻⁷"), in the reader's digits."""
    return metric_text.format_number(value)


def parse_number(text: str) -> float | None:
    """``""`` means no value; numbers are read in the interface language ("2,5" in Polish;
    "2.5" too where the point groups nothing)."""
    if not text.strip():
        return None
    number = read_number(text)
    if number is None:
        raise ValueError(text)
    return number


class MetricsTableModel(QAbstractTableModel):
    message = Signal(str)  # why an edit was refused; "" after an edit that went through

    def __init__(self, document: Document, relay: JourneyRelay, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._rows = IdRows(self, document.journey.ids("metric"))
        relay.added.connect(self._on_added)
        relay.removed.connect(self._on_removed)
        relay.changed.connect(self._on_changed)
        relay.moved.connect(self._on_moved)
        relay.reset.connect(self._reset)

    # ---- shape --------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows.ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.column_titles()[COLUMNS[section]]

    def column_titles(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "kind": self.tr("Kind"),
            "attached_to": self.tr("Attached to"),
            "value": self.tr("Value"),
            "target": self.tr("Target"),
            "unit": self.tr("Unit"),
            "better": self.tr("Better"),
            "period": self.tr("Period"),
            "source": self.tr("Source"),
            "status": self.tr("Status"),
        }

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and COLUMNS[index.column()] not in READ_ONLY:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def metric(self, row: int) -> Metric:
        return self._document.journey.require(Metric, self._rows.ids[row])

    def metric_id(self, row: int) -> str:
        return self._rows.ids[row]

    def row_of(self, ident: str) -> int:
        return self._rows.row(ident)

    # ---- reading --------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        metric = self.metric(index.row())
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(metric, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(metric, column)
        return self._decoration(metric, column, role)

    def display(self, metric: Metric, column: str) -> str:
        if column in NUMBER_COLUMNS:
            return format_number(getattr(metric, column))
        if column == "kind":
            return kind_label(metric.kind)
        if column == "attached_to":
            return self.attachment_label(metric.attached_to)
        if column == "better":
            return self.better_label(metric.better)
        if column == "status":
            return self.status_text(metric)
        return str(getattr(metric, column))

    def _edit_value(self, metric: Metric, column: str) -> Any:
        if column in NUMBER_COLUMNS:
            value = getattr(metric, column)  # exact, and as the interface language types it
            return "" if value is None else write_number(value)
        if column == "better":
            return metric.better.value
        if column == "attached_to":
            return metric.attached_to or ""
        return getattr(metric, column) if column != "status" else None

    def _decoration(self, metric: Metric, column: str, role: int) -> Any:
        off = metric.off_target()
        known = metric.value is not None and metric.target is not None
        if role == Qt.ItemDataRole.DecorationRole and column == "status" and known:
            return status_icon(off)
        if role == Qt.ItemDataRole.DecorationRole and column == "name" and off:
            return status_icon(True)
        if role == Qt.ItemDataRole.ForegroundRole and column == "status" and known:
            return QBrush(QColor(OFF_TARGET_COLOR if off else ON_TARGET_COLOR))
        if role == Qt.ItemDataRole.BackgroundRole and off:
            return QBrush(QColor(OFF_TARGET_TINT))
        if role == Qt.ItemDataRole.ForegroundRole and off:
            return QBrush(QColor("#1f1f1f"))  # readable on the tint in a dark theme too
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(metric, column)
        return None

    def _tooltip(self, metric: Metric, column: str) -> str | None:
        if column == "status":
            return self.status_explanation(metric)
        if column in NUMBER_COLUMNS and getattr(metric, column) is not None:
            return repr(getattr(metric, column)).removesuffix(".0")  # the exact number behind "1,000T"
        preset = preset_for(metric.kind)
        if column == "kind" and preset is not None:
            return preset_description(preset)
        return None

    def attachment_label(self, ident: str | None) -> str:
        if ident is None:
            return self.tr("Whole journey")
        record = self._document.journey.get(ident)
        if record is None:
            return ident
        name = getattr(record, "name", None) or getattr(record, "title", ident)
        kinds = {"stage": self.tr("Stage"), "lane": self.tr("Lane"), "touchpoint": self.tr("Touchpoint")}
        return self.tr("{kind}: {name}").format(kind=kinds.get(record.KIND, record.KIND), name=name)

    def better_label(self, better: Better) -> str:
        return self.tr("Higher") if better is Better.HIGHER else self.tr("Lower")

    def status_text(self, metric: Metric) -> str:
        if metric.value is None or metric.target is None:
            return self.tr("No target") if metric.target is None else self.tr("No value")
        return self.tr("Off target") if metric.off_target() else self.tr("On target")

    def status_explanation(self, metric: Metric) -> str:
        if metric.value is None or metric.target is None:
            return self.tr("Give both a value and a target to compare them.")
        direction = (
            self.tr("higher is better") if metric.better is Better.HIGHER else self.tr("lower is better")
        )
        return self.tr("{status}: {value} against a target of {target} ({direction})").format(
            status=self.status_text(metric),
            value=format_number(metric.value),
            target=format_number(metric.target),
            direction=direction,
        )

    def sort_key(self, row: int, column: int) -> tuple[int, Any]:
        metric = self.metric(row)
        name = COLUMNS[column]
        if name in NUMBER_COLUMNS:
            value = getattr(metric, name)
            return (1, 0.0) if value is None else (0, value)
        if name == "status":
            order = {self.tr("Off target"): 0, self.tr("On target"): 1}
            return (order.get(self.status_text(metric), 2), metric.name.casefold())
        return (0, self.display(metric, name).casefold())

    # ---- editing ---------------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        metric = self.metric(index.row())
        column = COLUMNS[index.column()]
        try:
            candidate = metric.updated(**self._changes(metric, column, value))
        except ValueError as error:  # pydantic's ValidationError is a ValueError too
            self.message.emit(self._refusal(column, value, error))
            return False
        if candidate == metric:
            return True
        title = self.column_titles()[column]
        text = self.tr("Edit metric {field}").format(field=title.lower())
        problem = self._document.try_push(text, [Update(metric, candidate)])
        self.message.emit(problem or "")
        return problem is None

    def _changes(self, metric: Metric, column: str, value: Any) -> dict[str, Any]:
        if column in NUMBER_COLUMNS:
            return {column: parse_number(str(value if value is not None else ""))}
        if column == "attached_to":
            return {"attached_to": value or None}
        if column == "kind":
            return self._kind_changes(metric, str(value).strip())
        if column in READ_ONLY:
            raise ValueError(column)
        return {column: str(value).strip()}

    @staticmethod
    def _kind_changes(metric: Metric, kind: str) -> dict[str, Any]:
        changes: dict[str, Any] = {"kind": kind}
        preset = preset_for(kind)
        if preset is not None and not metric.unit:  # a fresh custom metric takes the preset's unit
            changes.update(unit=preset.unit, better=preset.better)
        return changes

    def _refusal(self, column: str, value: Any, error: ValueError) -> str:
        title = self.column_titles()[column]
        if column in NUMBER_COLUMNS and not isinstance(error, ValidationError):
            return self.tr("{field}: “{text}” is not a number.").format(field=title, text=value)
        if isinstance(error, ValidationError):
            first = error.errors()[0]
            if first["type"] == "string_too_short":
                return self.tr("{field} cannot be empty.").format(field=title)
            if first["type"] == "string_pattern_mismatch" and column == "kind":
                return self.tr("Kind: use lower-case letters, digits and _ (like “repeat_rate”).")
            return self.tr("{field}: {message}").format(field=title, message=first["msg"])
        return self.tr("{field}: {message}").format(field=title, message=error)

    # ---- following the journey -------------------------------------------------------------

    def _on_added(self, kind: str, ident: str) -> None:
        if kind == "metric":
            self._rows.insert(ident, self._document.journey.index_of(ident))

    def _on_removed(self, kind: str, ident: str) -> None:
        if kind == "metric":
            self._rows.remove(ident)

    def _on_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        if kind == "metric":
            row = self.row_of(ident)
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        elif kind in ("stage", "lane", "touchpoint") and {"name", "title"} & set(fields):
            referrers = self._document.journey.referrers(ident)  # the metrics attached, by index
            rows = [self.row_of(r) for r, field in referrers if field == "attached_to"]
            column = COLUMNS.index("attached_to")
            for row in rows:
                if row >= 0:
                    self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def _on_moved(self, kind: str, ident: str, index: int) -> None:
        if kind == "metric":
            self._rows.move(ident, index)

    def _reset(self) -> None:
        self._rows.reset(self._document.journey.ids("metric"))


class MetricsSortProxy(QSortFilterProxyModel):
    """Sorts by meaning: numbers as numbers with blanks last, status off-target first."""

    def lessThan(self, left: _Index, right: _Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MetricsTableModel)
        return model.sort_key(left.row(), left.column()) < model.sort_key(right.row(), right.column())
