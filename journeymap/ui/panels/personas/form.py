"""The persona form: every field of one persona, edited in place through the undo stack.

Each edit builds a candidate with ``record.updated(...)``; a pydantic refusal is shown
beside the field and nothing is applied. Typing in one field merges into one undo step
(merge key: typing in that field of that persona). When the model changes (undo, another view), only the
fields it names are refreshed, and only where the widget does not already say the same
thing, so the caret never jumps while the user types.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.elements import Channel, Persona
from journeymap.model.operations import Update
from journeymap.model.persona_look import persona_color
from journeymap.ui.commands import MergeKey
from journeymap.ui.document import Document
from journeymap.ui.panels.personas.io import PhotoError, avatar, image_file_filter, load_photo
from journeymap.ui.relay import JourneyRelay

TEXT_FIELDS = ("name", "role", "age_band", "gender", "income_band", "location")
LINE_FIELDS = ("goals", "frustrations", "motivations")
COMMA_FIELDS = ("shops", "sites", "platforms", "brands")
AGE_BANDS = ("under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65+")
PHOTO_PREVIEW = 96


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _items(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def _set_line(edit: QLineEdit, text: str) -> None:
    edit.setText(text)
    edit.setCursorPosition(0)  # show the start of a long value, not its end


class PersonaForm(QWidget):
    """Edits the persona :meth:`show_persona` names; disabled when there is none."""

    message = Signal(str)  # a refusal or a note for the manager's status line

    def __init__(self, document: Document, relay: JourneyRelay, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._persona_id: str | None = None
        self._loading = False
        self._readers: dict[str, Callable[[], Any]] = {}
        self._writers: dict[str, Callable[[Any], None]] = {}
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build()
        relay.changed.connect(self._on_changed)
        self.show_persona(None)

    # ---- building ------------------------------------------------------------------------

    def _labels(self) -> dict[str, str]:
        return {
            "name": self.tr("&Name"),
            "role": self.tr("&Role"),
            "age_band": self.tr("&Age band"),
            "gender": self.tr("&Gender"),
            "income_band": self.tr("&Income band"),
            "location": self.tr("&Location"),
            "goals": self.tr("Goals"),
            "frustrations": self.tr("Frustrations"),
            "motivations": self.tr("Motivations"),
            "preferred_channels": self.tr("Preferred channels"),
            "shops": self.tr("Shops"),
            "sites": self.tr("Websites"),
            "platforms": self.tr("Platforms"),
            "brands": self.tr("Brands"),
            "quote": self.tr("&Quote"),
            "color": self.tr("Colour"),
            "photo": self.tr("Photo"),
        }

    def _build(self) -> None:
        labels = self._labels()
        self._add_photo_row(labels["photo"])
        for field in TEXT_FIELDS:
            self._add_line_edit(field, labels[field])
        for field in LINE_FIELDS:
            self._add_text_edit(field, labels[field], placeholder=self.tr("One per line"))
        self._add_channels(labels["preferred_channels"])
        for field in COMMA_FIELDS:
            self._add_line_edit(field, labels[field], many=True)
        self._add_text_edit("quote", labels["quote"], placeholder=self.tr("In their own words"))
        self._add_color_row(labels["color"])

    def _row(self, field: str, label: str, widget: QWidget) -> None:
        error = QLabel(self)
        error.setObjectName(f"error_{field}")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b3261e;")
        error.hide()
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        title = QLabel(label, self)
        title.setBuddy(widget)
        self._layout.addRow(title, box)
        self.errors[field] = error
        self.fields[field] = widget

    def _add_line_edit(self, field: str, label: str, *, many: bool = False) -> None:
        edit = QLineEdit(self)
        edit.setObjectName(f"field_{field}")
        if field == "age_band":
            edit.setCompleter(QCompleter(list(AGE_BANDS), edit))
        if many:
            edit.setPlaceholderText(self.tr("Separated by commas"))
            self._readers[field] = lambda: _items(edit.text())
            self._writers[field] = lambda value: _set_line(edit, ", ".join(value))
        else:
            self._readers[field] = lambda: edit.text().strip()
            self._writers[field] = lambda value: _set_line(edit, value)
        edit.textEdited.connect(lambda _text: self._edit(field, self._readers[field]()))
        self._row(field, label, edit)

    def _add_text_edit(self, field: str, label: str, *, placeholder: str) -> None:
        edit = QPlainTextEdit(self)
        edit.setObjectName(f"field_{field}")
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        if field == "quote":
            self._readers[field] = lambda: edit.toPlainText().strip()
            self._writers[field] = edit.setPlainText
        else:
            self._readers[field] = lambda: _lines(edit.toPlainText())
            self._writers[field] = lambda value: edit.setPlainText("\n".join(value))
        edit.textChanged.connect(lambda: self._edit(field, self._readers[field]()))
        self._row(field, label, edit)

    def _add_channels(self, label: str) -> None:
        box = QWidget(self)
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.channel_boxes: dict[Channel, QCheckBox] = {}
        for n, channel in enumerate(Channel):
            check = QCheckBox(self._channel_label(channel), box)
            check.setObjectName(f"channel_{channel.value}")
            check.toggled.connect(lambda _on: self._edit("preferred_channels", self._checked_channels()))
            grid.addWidget(check, n // 2, n % 2)
            self.channel_boxes[channel] = check
        self._readers["preferred_channels"] = self._checked_channels
        self._writers["preferred_channels"] = self._set_channels
        self._row("preferred_channels", label, box)

    def _channel_label(self, channel: Channel) -> str:
        labels = {
            Channel.WEB: self.tr("Web"),
            Channel.EMAIL: self.tr("Email"),
            Channel.SOCIAL: self.tr("Social"),
            Channel.PHONE: self.tr("Phone"),
            Channel.STORE: self.tr("Store"),
            Channel.CHAT: self.tr("Chat"),
            Channel.APP: self.tr("App"),
            Channel.ADS: self.tr("Ads"),
            Channel.WORD_OF_MOUTH: self.tr("Word of mouth"),
            Channel.OTHER: self.tr("Other"),
        }
        return labels[channel]

    def _checked_channels(self) -> tuple[Channel, ...]:
        return tuple(channel for channel, box in self.channel_boxes.items() if box.isChecked())

    def _set_channels(self, channels: tuple[Channel, ...]) -> None:
        for channel, box in self.channel_boxes.items():
            with QSignalBlocker(box):
                box.setChecked(channel in channels)

    def _add_color_row(self, label: str) -> None:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.color_button = QPushButton(self.tr("Choose colour…"), box)
        self.color_button.setObjectName("choose_color")
        self.color_button.clicked.connect(self._choose_color)
        self.clear_color_button = QPushButton(self.tr("Automatic"), box)
        self.clear_color_button.setToolTip(self.tr("Use a colour picked from the persona's id"))
        self.clear_color_button.clicked.connect(lambda: self._edit("color", None))
        row.addWidget(self.color_button)
        row.addWidget(self.clear_color_button)
        row.addStretch(1)
        self._readers["color"] = lambda: None
        self._writers["color"] = lambda _value: None  # shown on the avatar
        self._row("color", label, box)

    def _add_photo_row(self, label: str) -> None:
        box = QWidget(self)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.photo_label = QLabel(box)
        self.photo_label.setFixedSize(PHOTO_PREVIEW, PHOTO_PREVIEW)
        buttons = QVBoxLayout()
        self.photo_button = QPushButton(self.tr("Choose photo…"), box)
        self.photo_button.setObjectName("choose_photo")
        self.photo_button.clicked.connect(self._choose_photo)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"), box)
        self.remove_photo_button.clicked.connect(lambda: self._edit("photo", None))
        buttons.addWidget(self.photo_button)
        buttons.addWidget(self.remove_photo_button)
        buttons.addStretch(1)
        row.addWidget(self.photo_label)
        row.addLayout(buttons)
        row.addStretch(1)
        self._readers["photo"] = lambda: None
        self._writers["photo"] = lambda _value: None  # shown on the avatar
        self._row("photo", label, box)

    # ---- showing ---------------------------------------------------------------------------

    @property
    def persona_id(self) -> str | None:
        return self._persona_id

    def persona(self) -> Persona | None:
        record = self._document.journey.get(self._persona_id or "")
        return record if isinstance(record, Persona) else None

    def show_persona(self, persona_id: str | None) -> None:
        self._persona_id = persona_id
        persona = self.persona()
        self.setEnabled(persona is not None)
        for label in self.errors.values():
            label.clear()
            label.hide()
        self._load(persona, tuple(self._writers))

    def _load(self, persona: Persona | None, fields: tuple[str, ...]) -> None:
        self._loading = True
        try:
            for field in fields:
                if field not in self._writers:
                    continue
                value = getattr(persona, field) if persona is not None else self._empty(field)
                if persona is None or self._readers[field]() != value:
                    self._writers[field](value)
            self._refresh_avatar()
        finally:
            self._loading = False

    @staticmethod
    def _empty(field: str) -> Any:
        return "" if field in TEXT_FIELDS or field == "quote" else ()

    def _refresh_avatar(self) -> None:
        persona = self.persona()
        ratio = self.devicePixelRatioF()
        self.photo_label.setPixmap(
            avatar(
                persona,
                PHOTO_PREVIEW,
                color=persona_color(self._document.journey, persona),
                device_ratio=ratio,
            )
            if persona
            else QPixmap()
        )
        self.remove_photo_button.setEnabled(bool(persona and persona.photo))
        self.clear_color_button.setEnabled(bool(persona and persona.color))

    def _on_changed(self, kind: str, ident: str, fields: tuple[str, ...]) -> None:
        if kind == "persona" and ident == self._persona_id:
            self._load(self.persona(), fields)
            for field in fields:
                self._show_error(field, "")

    # ---- editing ---------------------------------------------------------------------------

    def _edit(self, field: str, value: Any) -> None:
        persona = self.persona()
        if persona is None or self._loading:
            return
        try:
            candidate = persona.updated(**{field: value})
        except ValidationError as error:
            self._show_error(field, self._validation_message(error))
            return
        self._show_error(field, "")
        if candidate == persona:
            return
        text = self.tr("Edit persona “{name}”").format(name=candidate.name)
        problem = self._document.try_push(
            text, [Update(persona, candidate)], merge=MergeKey.typing(persona.id, field)
        )
        if problem is not None:
            self._show_error(field, problem)

    def _show_error(self, field: str, message: str) -> None:
        label = self.errors.get(field)
        if label is None:
            return
        label.setText(f"⚠ {message}" if message else "")
        label.setVisible(bool(message))
        if message:
            self.message.emit(message)

    def _validation_message(self, error: ValidationError) -> str:
        first = error.errors()[0]
        context = first.get("ctx", {})
        kind = first["type"]
        if kind == "string_too_short":
            return self.tr("This cannot be empty.")
        if kind == "string_too_long":
            return self.tr("Too long: at most %Ln characters.", "", int(context.get("max_length", 0)))
        if kind == "too_long":
            return self.tr("Too many entries: at most %Ln.", "", int(context.get("max_length", 0)))
        return str(first["msg"]).removeprefix("Value error, ")

    def _choose_color(self) -> None:
        persona = self.persona()
        if persona is None:
            return
        initial = QColor(persona.color) if persona.color else QColor("#808080")
        color = QColorDialog.getColor(initial, self, self.tr("Persona colour"))
        if color.isValid():
            self._edit("color", color.name(QColor.NameFormat.HexRgb))

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a photo"), "", image_file_filter())
        if path:
            self.set_photo_from_file(path)

    def set_photo_from_file(self, path: str) -> bool:
        """Embed the image at ``path`` as the photo; False (with a message) if refused."""
        try:
            photo = load_photo(path)
        except PhotoError as error:
            self._show_error("photo", str(error))
            return False
        self._edit("photo", photo)
        return not self.errors["photo"].isVisible()

    def focus_name(self) -> None:
        edit = self.fields["name"]
        assert isinstance(edit, QLineEdit)
        edit.setFocus(Qt.FocusReason.OtherFocusReason)
        edit.selectAll()
