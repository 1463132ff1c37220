"""The inspector dock: edits every field of the selected element, or the journey's own facts.

Each change is validated by the record itself (``record.updated``); an invalid value is not
applied and its message is shown in red under the field. Valid changes go through
``document.push`` with a merge key per element and field, so typing a word is one undo
step. The form follows the model (undo, canvas edits) without disturbing the field being
typed in: an editor that already shows the model's value is left alone.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.elements import JourneyInfo
from journeymap.model.journey import Journey
from journeymap.model.operations import SetInfo, Update
from journeymap.ui.commands import MergeKey
from journeymap.ui.document import Document
from journeymap.ui.panels.common import element_label, kind_name
from journeymap.ui.panels.inspector.editors import FieldEditor
from journeymap.ui.panels.inspector.fields import FieldSpec, info_specs, specs_for

JOURNEY = "journey"  # the pseudo-id of the journey's own facts
_CHOICE_KINDS = frozenset(("stage", "lane", "persona", "touchpoint", "pain_point", "metric", "flow"))


class FieldRow:
    """One field in the form: its spec, its editor and its inline message."""

    def __init__(self, spec: FieldSpec, editor: FieldEditor) -> None:
        self.spec = spec
        self.editor = editor
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("fieldMessage")
        self.message.setStyleSheet("color: #c62828;")
        self.message.hide()
        self.box = QWidget()
        layout = QVBoxLayout(self.box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor.widget)
        layout.addWidget(self.message)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class InspectorPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.rows: dict[str, FieldRow] = {}
        self.shown_id: str | None = None
        self._journey: Journey | None = None
        self.heading = QLabel()
        self.heading.setObjectName("inspectorHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.subheading = QLabel()
        self.subheading.setWordWrap(True)
        self.subheading.setEnabled(False)
        self._scroll = QScrollArea()
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self._scroll, 1)
        document.selection.changed.connect(self._on_selection_changed)
        document.journey_replaced.connect(self._on_journey_replaced)
        self._on_journey_replaced()

    # ---- what is shown ------------------------------------------------------------------

    def row(self, name: str) -> FieldRow:
        """The form row of field ``name`` (``cells.<stage id>`` for a text-lane cell)."""
        return self.rows[name]

    def editor(self, name: str) -> FieldEditor:
        return self.rows[name].editor

    def _on_selection_changed(self, _ids: list[str]) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        ids = [i for i in self.document.selection.ids if i in self.document.journey]
        journey = self.document.journey
        if len(ids) > 1:
            self._show_form(None, [], self.tr("%Ln elements selected", "", len(ids)))
            self.subheading.setText(self.tr("Select one element to edit its fields."))
            return
        if not ids:
            self._show_form(JOURNEY, info_specs(), self.tr("Journey"))
            self.subheading.setText(self.tr("Nothing selected: these are the facts of the whole map."))
            return
        record = journey[ids[0]]
        self._show_form(record.id, specs_for(journey, record), kind_name(record.KIND))
        self.subheading.setText(element_label(journey, record.id))

    def _show_form(self, ident: str | None, specs: list[FieldSpec], heading: str) -> None:
        self.shown_id = ident
        self.heading.setText(heading)
        self.rows = {}
        form_widget = QWidget()
        column = QVBoxLayout(form_widget)
        column.setContentsMargins(0, 4, 0, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # fields stay at the top; the spare height goes below them
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        for spec in specs:
            row = FieldRow(spec, spec.make_editor())
            row.editor.setParent(form_widget)  # goes with its form, and its connection with it
            row.editor.edited.connect(lambda row=row: self._on_edited(row))
            label = QLabel(spec.label)
            label.setBuddy(row.editor.widget)
            form.addRow(label, row.box)
            self.rows[spec.key] = row
        old = self._scroll.takeWidget()
        self._scroll.setWidget(form_widget)
        if old is not None:
            old.deleteLater()
        self._refresh_values(refresh_choices=True)

    def _current(self) -> Any:
        if self.shown_id == JOURNEY:
            return self.document.journey.info
        return self.document.journey.get(self.shown_id) if self.shown_id else None

    def _refresh_values(self, *, refresh_choices: bool = False) -> None:
        record = self._current()
        if record is None:
            return
        for row in self.rows.values():
            if refresh_choices and row.spec.choices is not None:
                row.editor.set_choices(row.spec.choices(self.document.journey, record))
            value = row.spec.get(record)
            if not row.editor.shows(value):
                row.show_message("")
            row.editor.set_value(value)

    # ---- editing ------------------------------------------------------------------------

    def _on_edited(self, row: FieldRow) -> None:
        old = self._current()
        if old is None or self.shown_id is None:
            return
        try:
            new = row.spec.put(old, row.editor.value())
        except ValueError as error:  # pydantic's ValidationError is a ValueError
            row.show_message(_message(error))
            return
        error_text = self.document.try_push(
            self.tr("Edit {field}").format(field=row.spec.label.lower()),
            [self._operation(old, new)],
            merge=MergeKey.typing(self.shown_id, row.spec.key),
        )
        row.show_message(error_text or "")

    def _operation(self, old: Any, new: Any) -> Update | SetInfo:
        if isinstance(old, JourneyInfo):
            return SetInfo(old, new)
        return Update(old, new)

    # ---- following the model ------------------------------------------------------------

    def _on_journey_replaced(self) -> None:
        if self._journey is not None:
            self._disconnect(self._journey)
        self._journey = journey = self.document.journey
        journey.element_changed.connect(self._on_element_changed)
        journey.element_added.connect(self._on_element_listed)
        journey.element_removed.connect(self._on_element_listed)
        journey.info_changed.connect(self._on_info_changed)
        self.rebuild()

    def _disconnect(self, journey: Journey) -> None:
        journey.element_changed.disconnect(self._on_element_changed)
        journey.element_added.disconnect(self._on_element_listed)
        journey.element_removed.disconnect(self._on_element_listed)
        journey.info_changed.disconnect(self._on_info_changed)

    def _on_element_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        if ident == self.shown_id:
            if kind == "lane" and "kind" in fields:
                self.rebuild()  # a lane that became a text lane gains its cell fields
                return
            self.subheading.setText(element_label(self.document.journey, ident))
            self._refresh_values()
        elif kind in _CHOICE_KINDS and self._uses_choices():
            self._refresh_values(refresh_choices=True)

    def _on_element_listed(self, kind: str, ident: str) -> None:
        if ident == self.shown_id:
            return  # the selection follows and rebuilds the form
        if kind == "stage" and self._is_text_lane():
            self.rebuild()
        elif kind in _CHOICE_KINDS and self._uses_choices():
            self._refresh_values(refresh_choices=True)

    def _on_info_changed(self, _fields: tuple[str, ...]) -> None:
        if self.shown_id == JOURNEY:
            self._refresh_values()

    def _uses_choices(self) -> bool:
        return any(row.spec.choices is not None for row in self.rows.values())

    def _is_text_lane(self) -> bool:
        return any(row.spec.cell_stage for row in self.rows.values())


def _message(error: ValueError) -> str:
    """The first reason of a validation error, in words a designer reads."""
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        message = str(first["msg"])
        return message.removeprefix("Value error, ")
    return str(error)
