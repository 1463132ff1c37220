"""The sticky notes the room wrote, and what becomes of them after the workshop.

A row per note: its kind, its words, where it was said (the card, or the stage), who said
it. The buttons turn the selected notes into pain points, opportunities or comments, or
delete them; several notes at once make one undo step. A click selects the card or stage
the note is about, on the canvas and everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.model import workshop
from journeymap.model.builders import delete
from journeymap.model.elements import Note, NoteKind
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError
from journeymap.ui.document import Document
from journeymap.ui.panels.common import element_label, kind_name
from journeymap.ui.relay import JourneyRelay

ID_ROLE = Qt.ItemDataRole.UserRole
WORKSHOP_KINDS = ("note", "voting_round", "vote")
SIDE_COLUMN_W = 80
"""The most that "On" and "By" take at first (the dock is narrow; the full text is the tooltip)."""


class NotesPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self._document = document
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("notes_tree")
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Note"), self.tr("On"), self.tr("By")])
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        header = self.tree.header()  # the note's words get the room; where and who are capped
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.tree.itemClicked.connect(self._on_clicked)
        self.tree.itemSelectionChanged.connect(self._enable)
        self.empty = QLabel(
            self.tr("No notes yet. While presenting (View > Present), N captures what the room says."), self
        )
        self.empty.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        row = QGridLayout()  # two by two: the dock stays narrow beside the canvas
        for number, (into, text) in enumerate(
            (
                ("pain_point", self.tr("Pain Point")),
                ("opportunity", self.tr("Opportunity")),
                ("comment", self.tr("Comment")),
                ("delete", self.tr("Delete")),
            )
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"note-{into}")
            button.clicked.connect(lambda _checked=False, into=into: self.convert_selected(into))
            row.addWidget(button, *divmod(number, 2))
            self.buttons[into] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.tree, 1)
        layout.addWidget(QLabel(self.tr("Turn the selected notes into:"), self))
        layout.addLayout(row)
        self._relay = JourneyRelay(document, self)
        for signal in (self._relay.added, self._relay.removed, self._relay.changed):
            signal.connect(self._on_event)
        self._relay.reset.connect(self.refill)
        self.refill()

    @property
    def journey(self) -> Journey:
        return self._document.journey

    def _on_event(self, kind: str, _ident: str, *_rest: object) -> None:
        if kind == "note" or kind in ("touchpoint", "pain_point", "opportunity", "stage"):
            self.refill()

    def refill(self) -> None:
        chosen = set(self.selected())
        self.tree.clear()
        for note in self.journey.notes:
            item = QTreeWidgetItem(
                self.tree, [self._kind(note.kind), note.text, self._where(note), note.author]
            )
            item.setData(0, ID_ROLE, note.id)
            for column in (1, 2, 3):
                item.setToolTip(column, item.text(column))
            item.setSelected(note.id in chosen)
        for column in (0, 2, 3):
            self.tree.resizeColumnToContents(column)
            if column:
                self.tree.setColumnWidth(column, min(self.tree.columnWidth(column), SIDE_COLUMN_W))
        self.empty.setVisible(not self.journey.notes)
        self._enable()

    def _kind(self, kind: NoteKind) -> str:
        return {
            NoteKind.PAIN: self.tr("Pain"),
            NoteKind.IDEA: self.tr("Idea"),
            NoteKind.QUOTE: self.tr("Quote"),
            NoteKind.QUESTION: self.tr("Question"),
        }[kind]

    def _where(self, note: Note) -> str:
        stage = element_label(self.journey, note.stage)
        if note.card is None:
            return stage
        card = self.journey.get(note.card)
        kind = kind_name(card.KIND) if card is not None else ""
        return f"{element_label(self.journey, note.card)} ({kind}, {stage})"

    def selected(self) -> list[str]:
        return [str(item.data(0, ID_ROLE)) for item in self.tree.selectedItems()]

    def _enable(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(bool(self.tree.selectedItems()))

    def _on_clicked(self, item: QTreeWidgetItem) -> None:
        note = self.journey.get(str(item.data(0, ID_ROLE)))
        if isinstance(note, Note):
            self._document.selection.set([note.card or note.stage])

    def convert_selected(self, into: str) -> str | None:
        """Turn every selected note into ``into`` ("pain_point", "opportunity", "comment"),
        or delete them ("delete"): one undo step. Returns the problem, if refused."""
        notes = self.selected()
        if not notes:
            return None
        if into == "delete":
            return self._document.try_push(self.tr("Delete Notes"), delete(self.journey, notes).ops)
        try:
            edit = workshop.convert_notes(self.journey, notes, into)
        except JourneyError as error:
            return str(error)
        text = {
            "pain_point": self.tr("Turn Notes into Pain Points"),
            "opportunity": self.tr("Turn Notes into Opportunities"),
        }.get(into, self.tr("Turn Notes into Comments"))
        return self._document.try_push(text, edit.ops, select=edit.select)
