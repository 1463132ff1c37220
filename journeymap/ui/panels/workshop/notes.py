"""The sticky notes the room wrote, and what becomes of them after the workshop.

A row per note: its kind, then its words wrapped to the dock's width and, under them in
smaller type, where it was said (the card, or the stage) and who said it, so that a note
reads whole in a narrow dock (:class:`NoteDelegate`). The buttons turn the selected notes into pain points, opportunities or comments, or
delete them; several notes at once make one undo step. A click selects the card or stage
the note is about, on the canvas and everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
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
from journeymap.render.text import TextBlock, reading_side
from journeymap.ui.document import Document
from journeymap.ui.panels.common import element_label, kind_name
from journeymap.ui.relay import JourneyRelay

ID_ROLE = Qt.ItemDataRole.UserRole
WORKSHOP_KINDS = ("note", "voting_round", "vote")
WORDS, WHERE, WHO = 1, 2, 3
"""The columns of a note's words, where it was said and who said it; the last two are
shown under the words (hidden as columns), and kept as columns for their tooltips."""
PAD = 4
Index = QModelIndex | QPersistentModelIndex


class NoteDelegate(QStyledItemDelegate):
    """A note's words wrapped to the column's width, and under them, smaller and muted,
    where it was said and who said it. Each text reads in its own direction."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def _blocks(self, option: QStyleOptionViewItem, index: Index) -> tuple[TextBlock, TextBlock]:
        width = self._tree.columnWidth(index.column()) - 2 * PAD
        align = reading_side(option.direction == Qt.LayoutDirection.RightToLeft)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        model, row = index.model(), index.row()
        where, who = (str(model.index(row, column, index.parent()).data() or "") for column in (WHERE, WHO))
        said = " · ".join(part for part in (where, who) if part)
        return (
            TextBlock(str(index.data() or ""), option.font, width, align=align),
            TextBlock(said, small, width, align=align),
        )

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        words, said = self._blocks(option, index)
        return QSize(self._tree.columnWidth(index.column()), round(words.height + said.height) + 3 * PAD)
        # (a gap under the words, and twice that under the row: the notes read apart)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        item.text = ""  # the background, selection and focus as the style draws them
        style = item.widget.style() if item.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, item.widget)
        words, said = self._blocks(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = text if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        origin = QPointF(option.rect.left() + PAD, option.rect.top())  # level with the kind
        painter.save()
        words.draw(painter, origin, text)
        said.draw(painter, origin + QPointF(0, words.height + PAD), muted)
        painter.restore()


class NotesPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_panel")
        self._document = document
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("notes_tree")
        self.tree.setHeaderLabels([self.tr("Kind"), self.tr("Note"), self.tr("On"), self.tr("By")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemDelegateForColumn(WORDS, NoteDelegate(self.tree))
        for column in (WHERE, WHO):
            self.tree.setColumnHidden(column, True)
        header = self.tree.header()  # the note's words get the room, wrapped to it
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WORDS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_column_resized)
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
            item.setToolTip(WORDS, note.text)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            item.setSelected(note.id in chosen)
        self.tree.resizeColumnToContents(0)
        self.empty.setVisible(not self.journey.notes)
        self._enable()

    def _on_column_resized(self, column: int, _old: int, _new: int) -> None:
        if column == WORDS:  # the words wrap anew: every row's height follows
            self.tree.doItemsLayout()

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
