"""The persona manager dock: the map's personas in a list, one of them in a form.

Create, duplicate and delete personas (delete strips them from touchpoints and pain
points in the same undo step); copy them to the clipboard and paste them into another
map; import them from another .journey file; drag one onto a card. Every change is one
``document.push``. Wire it into a window with :func:`create_dock`.

A persona dragged out of the list is dropped on the canvas through
:mod:`journeymap.ui.persona_drag`, which both sides share.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QMimeData, QSignalBlocker, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.formats.journey_file import JourneyFileError, load_data
from journeymap.model.cascades import removal_plan
from journeymap.model.elements import Persona
from journeymap.model.ids import new_id
from journeymap.model.operations import Add, Operation
from journeymap.model.persona_look import persona_color_at
from journeymap.ui.document import Document
from journeymap.ui.panels.common import KeyHandler, make_dock
from journeymap.ui.panels.personas.form import PersonaForm
from journeymap.ui.panels.personas.io import (
    PERSONAS_MIME,
    avatar,
    paste_ops,
    persona_summary,
    personas_from_mime,
    personas_mime,
)
from journeymap.ui.persona_drag import PERSONA_MIME
from journeymap.ui.relay import JourneyRelay

ID_ROLE = Qt.ItemDataRole.UserRole
AVATAR_SIDE = 36


def _avatar_icon(persona: Persona, index: int, ratio: float = 1.0) -> QIcon:
    """``persona``'s avatar, coloured for its place ``index`` in its map (as on the cards)."""
    pixmap = avatar(persona, AVATAR_SIDE, color=persona_color_at(persona, index), device_ratio=ratio)
    icon = QIcon()
    icon.addPixmap(pixmap, QIcon.Mode.Normal)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # no selection tint over the face
    return icon


class PersonaList(QListWidget):
    """The personas, each with its avatar, name and role; drags carry the persona ids."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.setObjectName("persona_list")
        self.setIconSize(QSize(AVATAR_SIDE, AVATAR_SIDE))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSpacing(2)
        self.setUniformItemSizes(True)

    def mimeTypes(self) -> list[str]:
        return [PERSONA_MIME, PERSONAS_MIME, "text/plain"]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:
        journey = self._document.journey
        found = (journey.find(Persona, item.data(ID_ROLE)) for item in items)
        return personas_mime([persona for persona in found if persona is not None])

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def item_for(self, persona_id: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(ID_ROLE) == persona_id:
                return item
        return None

    def selected_ids(self) -> list[str]:
        rows = sorted(self.row(item) for item in self.selectedItems())
        return [self.item(row).data(ID_ROLE) for row in rows]

    def rebuild(self, personas: Sequence[Persona], selected: Sequence[str]) -> None:
        ratio = self.devicePixelRatioF()
        with QSignalBlocker(self):
            self.clear()
            for index, persona in enumerate(personas):
                text = f"{persona.name}\n{persona.role}" if persona.role else persona.name
                item = QListWidgetItem(_avatar_icon(persona, index, ratio), text)
                item.setData(ID_ROLE, persona.id)
                item.setToolTip(persona.quote or persona_summary(persona))
                self.addItem(item)
            self.select_ids(selected)

    def select_ids(self, ids: Sequence[str]) -> None:
        with QSignalBlocker(self):
            self.clearSelection()
            first = None
            for ident in ids:
                item = self.item_for(ident)
                if item is not None:
                    item.setSelected(True)
                    first = first or item
            if first is not None:
                self.setCurrentItem(first, QItemSelectionModel.SelectionFlag.NoUpdate)


class PersonaManager(QWidget):
    """List, form and actions for the document's personas."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("persona_manager")
        self._document = document
        self._relay = JourneyRelay(document, self)
        self.list = PersonaList(document, self)
        self.form = PersonaForm(document, self._relay, self)
        self.status = QLabel(self)
        self.status.setObjectName("persona_status")
        self.status.setWordWrap(True)
        self._make_actions()
        self._layout_widgets()
        self._connect()
        self._rebuild()

    # ---- building --------------------------------------------------------------------------

    def _make_actions(self) -> None:
        def action(text: str, tip: str, slot: object) -> QAction:
            act = QAction(text, self)
            act.setToolTip(tip)
            act.triggered.connect(slot)
            return act

        self.new_action = action(self.tr("New"), self.tr("Create a persona"), self.create_persona)
        self.duplicate_action = action(
            self.tr("Duplicate"), self.tr("Duplicate the selected personas"), self.duplicate_selected
        )
        self.delete_action = action(
            self.tr("Delete"),
            self.tr("Delete the selected personas and take them off every card"),
            self.delete_selected,
        )
        self.copy_action = action(
            self.tr("Copy"),
            self.tr("Copy the selected personas"),
            self.copy_selected,
        )
        self.paste_action = action(
            self.tr("Paste"),
            self.tr("Paste personas copied from a map"),
            self.paste,
        )
        self.import_action = action(
            self.tr("Import…"), self.tr("Import personas from another .journey file"), self.import_from_file
        )
        self.import_action.setText(self.tr("Import personas from file…"))
        self.import_action.setIconText(self.tr("Import…"))
        keys = QKeySequence.StandardKey
        self._keys = KeyHandler(
            self.list,
            {keys.Copy: self.copy_selected, keys.Paste: self.paste, keys.Delete: self.delete_selected},
        )

    def _layout_widgets(self) -> None:
        buttons = QGridLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        actions = (
            self.new_action,
            self.duplicate_action,
            self.delete_action,
            self.copy_action,
            self.paste_action,
            self.import_action,
        )
        for n, act in enumerate(actions):
            button = QToolButton(self)
            button.setDefaultAction(act)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, n // 3, n % 3)
            self.buttons[act.iconText()] = button
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        self.list.setMinimumHeight(AVATAR_SIDE * 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

    def _connect(self) -> None:
        self._relay.added.connect(self._on_element_event)
        self._relay.removed.connect(self._on_element_event)
        self._relay.moved.connect(self._on_element_event)
        self._relay.changed.connect(self._on_element_changed)
        self._relay.reset.connect(self._rebuild)
        self.list.itemSelectionChanged.connect(self._on_list_selection)
        self._document.selection.changed.connect(self._on_document_selection)
        self.form.message.connect(self._say)

    # ---- following the model -------------------------------------------------------------------

    def _rebuild(self) -> None:
        journey = self._document.journey
        selected = [i for i in self.list.selected_ids() if i in journey]
        from_document = [i for i in self._document.selection.ids if journey.kind_of(i) == "persona"]
        self.list.rebuild(journey.personas, from_document or selected)
        self._show_current()

    def _on_element_event(self, kind: str, *_args: object) -> None:
        if kind == "persona":
            self._rebuild()

    def _on_element_changed(self, kind: str, _ident: str, fields: tuple[str, ...]) -> None:
        if kind == "persona" and {"name", "role", "photo", "color", "quote"} & set(fields):
            self._rebuild()

    def _show_current(self) -> None:
        ids = self.list.selected_ids()
        current = ids[0] if ids else None
        if current != self.form.persona_id or current is None:
            self.form.show_persona(current)
        has = bool(ids)
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.copy_action.setEnabled(has)

    def _on_list_selection(self) -> None:
        self._show_current()
        ids = self.list.selected_ids()
        if ids:
            self._document.selection.set(ids)

    def _on_document_selection(self, ids: list[str]) -> None:
        journey = self._document.journey
        personas = [i for i in ids if journey.kind_of(i) == "persona"]
        if personas and personas != self.list.selected_ids():
            self.list.select_ids(personas)
            self._show_current()

    def _say(self, text: str) -> None:
        self.status.setText(text)

    # ---- actions -------------------------------------------------------------------------------

    def selected_personas(self) -> list[Persona]:
        journey = self._document.journey
        found = (journey.find(Persona, i) for i in self.list.selected_ids())
        return [persona for persona in found if persona is not None]

    def _push(self, text: str, ops: list[Operation], select: list[str]) -> bool:
        problem = self._document.try_push(text, ops, select=select)
        if problem is not None:
            self._say(problem)
            return False
        return True

    def create_persona(self) -> None:
        journey = self._document.journey
        persona = Persona(id=new_id("persona", journey), name=self.tr("New persona"))
        if self._push(self.tr("New persona"), [Add(persona)], [persona.id]):
            self.list.select_ids([persona.id])
            self._show_current()
            self.form.focus_name()

    def duplicate_selected(self) -> None:
        journey = self._document.journey
        ops: list[Operation] = []
        ids: list[str] = []
        taken = {r.id for r in journey}
        for persona in self.selected_personas():
            copy = persona.updated(
                id=new_id("persona", taken), name=self.tr("{name} (copy)").format(name=persona.name)
            )
            taken.add(copy.id)
            ops.append(Add(copy, journey.index_of(persona.id) + 1 + len(ops)))
            ids.append(copy.id)
        if ops and self._push(self.tr("Duplicate personas"), ops, ids):
            self.list.select_ids(ids)
            self._show_current()

    def delete_selected(self) -> None:
        ids = self.list.selected_ids()
        if not ids:
            return
        ops = removal_plan(self._document.journey, ids)
        text = self.tr("Delete persona") if len(ids) == 1 else self.tr("Delete %Ln personas", "", len(ids))
        self._push(text, ops, [])

    def copy_selected(self) -> None:
        personas = self.selected_personas()
        if personas:
            QGuiApplication.clipboard().setMimeData(personas_mime(personas))
            self._say(self.tr("Copied %Ln persona(s).", "", len(personas)))

    def paste(self) -> None:
        personas = personas_from_mime(QGuiApplication.clipboard().mimeData())
        if not personas:
            self._say(self.tr("The clipboard holds no personas."))
            return
        self.add_personas(personas, self.tr("Paste personas"))

    def add_personas(self, personas: Sequence[Persona], text: str) -> list[str]:
        """Add copies of ``personas`` (fresh ids where taken) as one step; their new ids."""
        ops, ids = paste_ops(self._document.journey, personas)
        if not self._push(text, ops, ids):
            return []
        self.list.select_ids(ids)
        self._show_current()
        self._say(self.tr("Added %Ln persona(s).", "", len(ids)))
        return ids

    def import_from_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import personas from"), "", self.tr("Journey maps (*.journey);;All files (*)")
        )
        if path:
            self.import_from_path(Path(path))

    def import_from_path(self, path: Path) -> list[str]:
        try:
            personas = load_data(path).personas
        except JourneyFileError as error:
            self._say(self.tr("Cannot import from “{name}”: {error}").format(name=path.name, error=error))
            return []
        if not personas:
            self._say(self.tr("“{name}” has no personas.").format(name=path.name))
            return []
        dialog = PersonaImportDialog(personas, path.name, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return []
        return self.add_personas(dialog.chosen(), self.tr("Import personas"))


class PersonaImportDialog(QDialog):
    """Pick which personas of another map to import (all are ticked to begin with)."""

    def __init__(self, personas: Sequence[Persona], source: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import personas from “{name}”").format(name=source))
        self._personas = list(personas)
        self.list = QListWidget(self)
        self.list.setIconSize(QSize(AVATAR_SIDE, AVATAR_SIDE))
        for index, persona in enumerate(self._personas):
            item = QListWidgetItem(_avatar_icon(persona, index), persona_summary(persona))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Personas to import:"), self))
        layout.addWidget(self.list)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[Persona]:
        return [
            persona
            for row, persona in enumerate(self._personas)
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]


def create_dock(document: Document, main_window: QMainWindow | None) -> QDockWidget:
    """The persona manager in a dock named ``personas_dock`` (its place persists)."""
    manager = PersonaManager(document)
    return make_dock(manager, main_window, title=QCoreApplication.translate("PersonaManager", "Personas"), name="personas_dock")
