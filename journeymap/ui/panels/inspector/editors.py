"""Editors for one field each, as the inspector shows them: text, numbers, choices, lists.

Every editor has the same small interface: ``widget`` to put in a form, ``edited`` emitted
only for the user's own changes, ``value()`` giving the typed value (or raising ValueError
with a message when it cannot even be read, e.g. "abc" for a number), and ``set_value``
that shows the model's value without emitting and without moving the text cursor when the
shown text already means that value (so a field keeps its cursor while the user types).
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPixmap, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from journeymap.ui.language import local_date_time, read_number, read_share, write_number, write_share
from journeymap.util.i18n import os_reason

MIN_LIST_ROWS, MAX_LIST_ROWS = 4, 8
Choice = tuple[str, Any]  # (label shown, value stored)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldEditor", text)


class FieldEditor(QObject):
    edited = Signal()

    widget: QWidget

    def value(self) -> Any:
        raise ValueError(_tr("this field cannot be edited"))

    def set_value(self, value: Any) -> None:
        """Show ``value`` (from the model) without emitting ``edited``."""

    def set_choices(self, choices: Sequence[Choice]) -> None:
        """Editors that offer choices (combos, check lists) take new ones here."""

    def shows(self, value: Any) -> bool:
        """True when the editor already shows ``value`` (then set_value leaves it alone)."""
        try:
            return bool(self.value() == value)
        except ValueError:
            return False


class LineEditor(FieldEditor):
    """One line of text; also the base of the typed line editors below."""

    def __init__(self, *, placeholder: str = "", read_only: bool = False) -> None:
        super().__init__()
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder)
        self.line.setReadOnly(read_only)
        self.line.setClearButtonEnabled(not read_only)
        self.line.textEdited.connect(lambda _text: self.edited.emit())
        self.widget = self.line

    def value(self) -> Any:
        return self.line.text()

    def set_value(self, value: Any) -> None:
        if self.shows(value):
            return
        position = self.line.cursorPosition()
        self.line.setText(self.format(value))
        self.line.setCursorPosition(min(position, len(self.line.text())))

    def format(self, value: Any) -> str:
        return "" if value is None else str(value)


class NumberEditor(LineEditor):
    """An optional number typed as text: empty means "not known"."""

    def __init__(self, *, integer: bool = False, placeholder: str = "") -> None:
        super().__init__(placeholder=placeholder or _tr("not set"))
        self._integer = integer

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        number = read_number(text)
        if number is None or (self._integer and not number.is_integer()):
            wanted = _tr("a whole number") if self._integer else _tr("a number")
            raise ValueError(_tr("“{text}” is not {wanted}").format(text=text, wanted=wanted))
        return int(number) if self._integer else number

    def format(self, value: Any) -> str:
        """The number in the interface language's way (1.234,5 in Turkish), as it is typed."""
        return "" if value is None else write_number(value)


class ShareEditor(LineEditor):
    """An optional share typed as people type one: 40%, 40 %, 0.4 or 0,4 (%40 and 0,4 in
    Turkish); shown as a percentage the interface language's way, as the canvas shows it."""

    def __init__(self) -> None:
        super().__init__(placeholder=_tr("e.g. 25% (not set)"))

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        share = read_share(text)
        if share is None:
            raise ValueError(_tr("“{text}” is not a share: type 0% to 100%, or 0 to 1").format(text=text))
        return share

    def format(self, value: Any) -> str:
        return "" if value is None else write_share(value)


class ListLineEditor(LineEditor):
    """A short list typed as comma-separated words (tags)."""

    def value(self) -> Any:
        return tuple(part.strip() for part in self.line.text().split(",") if part.strip())

    def format(self, value: Any) -> str:
        return ", ".join(value)


class DateTimeEditor(LineEditor):
    """A date and time as ISO 8601 text; empty means none."""

    def __init__(self, *, read_only: bool = False) -> None:
        super().__init__(placeholder="2025-01-31T14:00:00+00:00", read_only=read_only)

    def value(self) -> Any:
        text = self.line.text().strip()
        if not text:
            return None
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(_tr("not a date and time like 2025-01-31T14:00:00+00:00")) from None

    def format(self, value: Any) -> str:
        if not isinstance(value, datetime):
            return ""
        if self.line.isReadOnly():  # read, never typed: in the interface language's way
            return local_date_time(value)
        return value.isoformat()


class ColorEditor(LineEditor):
    """A colour as #rrggbb text with a swatch button that opens the colour picker."""

    def __init__(self) -> None:
        super().__init__(placeholder=_tr("automatic"))
        self.swatch = QToolButton()
        self.swatch.setToolTip(_tr("Choose a colour…"))
        self.swatch.clicked.connect(self._pick)
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.swatch)
        self.widget = box
        self.line.textChanged.connect(self._paint_swatch)

    def value(self) -> Any:
        return self.line.text().strip() or None

    def _paint_swatch(self) -> None:
        color = QColor(self.line.text().strip())
        pixmap = QPixmap(16, 16)
        pixmap.fill(color if color.isValid() else QColor(0, 0, 0, 0))
        self.swatch.setIcon(pixmap)

    def _pick(self) -> None:
        current = QColor(self.line.text().strip())
        color = QColorDialog.getColor(current if current.isValid() else QColor("#ffffff"), self.widget)
        if color.isValid():
            self.line.setText(color.name())
            self.edited.emit()


class TextEditor(FieldEditor):
    """Several lines of text; ``lines=True`` stores one list item per line."""

    def __init__(self, *, lines: bool = False, placeholder: str = "") -> None:
        super().__init__()
        self._lines = lines
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(placeholder)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        self.text.textChanged.connect(self.edited.emit)
        self.widget = self.text

    def value(self) -> Any:
        text = self.text.toPlainText()
        if self._lines:
            return tuple(line.strip() for line in text.splitlines() if line.strip())
        return text

    def set_value(self, value: Any) -> None:
        if self.shows(value):
            return
        position = self.text.textCursor().position()
        self.text.blockSignals(True)
        self.text.setPlainText("\n".join(value) if self._lines else str(value or ""))
        self.text.blockSignals(False)
        cursor = self.text.textCursor()
        cursor.setPosition(min(position, len(self.text.toPlainText())), QTextCursor.MoveMode.MoveAnchor)
        self.text.setTextCursor(cursor)


class SpinEditor(FieldEditor):
    """A whole number in a small range (severity, impact, effort 1–5)."""

    def __init__(self, minimum: int, maximum: int) -> None:
        super().__init__()
        self.spin = QSpinBox()
        self.spin.setRange(minimum, maximum)
        self.spin.valueChanged.connect(lambda _v: self.edited.emit())
        self.widget = self.spin

    def value(self) -> Any:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.spin.blockSignals(True)
        self.spin.setValue(int(value))
        self.spin.blockSignals(False)


class BoolEditor(FieldEditor):
    def __init__(self, text: str) -> None:
        super().__init__()
        self.check = QCheckBox(text)
        self.check.clicked.connect(lambda _checked: self.edited.emit())
        self.widget = self.check

    def value(self) -> Any:
        return self.check.isChecked()

    def set_value(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class ChoiceEditor(FieldEditor):
    """One of a list: an enum value or a reference to another element."""

    def __init__(self, choices: Sequence[Choice] = ()) -> None:
        super().__init__()
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(8)
        self.combo.activated.connect(lambda _index: self.edited.emit())
        self.widget = self.combo
        self.set_choices(choices)

    def value(self) -> Any:
        return self.combo.currentData()

    def set_choices(self, choices: Sequence[Choice]) -> None:
        current = self.combo.currentData()
        self.combo.blockSignals(True)
        self.combo.clear()
        for label, value in choices:
            self.combo.addItem(label, value)
        self.combo.blockSignals(False)
        self.set_value(current)

    def set_value(self, value: Any) -> None:
        if isinstance(value, StrEnum):
            value = value.value
        index = self.combo.findData(value)
        if index < 0 and value is not None:  # a value not offered (yet): show it anyway
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)


class CheckListEditor(FieldEditor):
    """Several of a list, as check boxes: personas, touchpoints, pain points, channels."""

    def __init__(self, choices: Sequence[Choice] = ()) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(lambda _item: self.edited.emit())
        self.widget = self.list
        self.set_choices(choices)

    def value(self) -> Any:
        return tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in map(self.list.item, range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_choices(self, choices: Sequence[Choice]) -> None:
        checked = self.value()
        self.list.blockSignals(True)
        self.list.clear()
        for label, value in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.set_value(checked)
        self.list.setFixedHeight(self.list_height())

    def list_height(self) -> int:
        """Room for at least four rows (more as there are choices, up to eight): a list
        never opens as a one-line slit, even before it has any choice to measure."""
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 6)
        rows = min(max(self.list.count(), MIN_LIST_ROWS), MAX_LIST_ROWS)
        return row * rows + 2 * self.list.frameWidth() + 4

    def set_value(self, value: Any) -> None:
        wanted = set(value or ())
        self.list.blockSignals(True)
        for item in map(self.list.item, range(self.list.count())):
            on = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)


class PhotoEditor(FieldEditor):
    """A persona's photo: a thumbnail, Choose… and Remove. Stored as base64 in the map."""

    def __init__(self) -> None:
        super().__init__()
        self._data: str | None = None
        self.preview = QLabel()
        self.preview.setFixedSize(48, 48)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose = QPushButton(_tr("Choose…"))
        self.clear = QPushButton(_tr("Remove"))
        self.choose.clicked.connect(self._choose)
        self.clear.clicked.connect(self._remove)
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.preview, self.choose, self.clear):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.widget = box
        self.error = ""

    def value(self) -> Any:
        if self.error:
            raise ValueError(self.error)
        return self._data

    def set_value(self, value: Any) -> None:
        self.error = ""
        self._data = value
        pixmap = QPixmap()
        if value:
            pixmap.loadFromData(base64.b64decode(value))
        self.preview.setPixmap(pixmap.scaled(48, 48, Qt.AspectRatioMode.KeepAspectRatio) if value else pixmap)
        self.clear.setEnabled(bool(value))

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self.widget, _tr("Choose a photo"), "", _tr("Images (*.png *.jpg *.jpeg *.gif *.webp)")
        )
        if not chosen:
            return
        try:
            self._data, self.error = base64.b64encode(Path(chosen).read_bytes()).decode("ascii"), ""
        except OSError as error:
            self.error = os_reason(error)
        self.edited.emit()

    def _remove(self) -> None:
        self._data, self.error = None, ""
        self.edited.emit()
