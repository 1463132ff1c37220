"""The capture box: the kind of note (pain, idea, quote, question) and what was said.

Enter adds the note and empties the box for the next one; Ctrl+1..4 (or the buttons)
choose the kind; Esc closes the box where it floats over the audience view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.elements import NoteKind
from journeymap.model.workshop_look import NOTE_INK, note_paper

KIND_CHECKED = (
    "QToolButton:checked {{ background: {paper}; color: {ink}; border: 2px solid {ink};"
    " border-radius: 4px; font-weight: 600; }}"
)
"""The kind chosen wears its note's paper (as its notes will on the slides): seen from the room."""


class CaptureBox(QWidget):
    submitted = Signal(object, str)  # NoteKind, text
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture-box")
        self.target = QLabel(self)
        self.target.setObjectName("capture-target")
        self.text = QLineEdit(self)
        self.text.setObjectName("capture-text")
        self.text.setPlaceholderText(self.tr("What did the room say? Enter adds it"))
        self.text.returnPressed.connect(self._submit)
        self.kinds = QButtonGroup(self)
        row = QHBoxLayout()
        labels = {
            NoteKind.PAIN: self.tr("Pain"),
            NoteKind.IDEA: self.tr("Idea"),
            NoteKind.QUOTE: self.tr("Quote"),
            NoteKind.QUESTION: self.tr("Question"),
        }
        for number, (kind, text) in enumerate(labels.items(), start=1):
            button = QToolButton(self)
            button.setText(text)
            button.setCheckable(True)
            button.setObjectName(f"capture-kind-{kind.value}")
            button.setStyleSheet(KIND_CHECKED.format(paper=note_paper(kind), ink=NOTE_INK))
            button.setToolTip(self.tr("{kind} (Ctrl+{n})").format(kind=text, n=number))
            self.kinds.addButton(button, number)
            row.addWidget(button)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(button.click)
        self.kinds.button(2).setChecked(True)
        self._kinds = list(labels)
        row.addWidget(self.text, 1)
        add = QPushButton(self.tr("Add"), self)
        add.setObjectName("capture-add")
        add.clicked.connect(self._submit)
        row.addWidget(add)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.target)
        self._layout.addLayout(row)

    def set_type_size(self, px: int, target_px: int) -> None:
        """Type the room reads from the back: what is typed, the kinds and Add at ``px``
        pixels, where the note goes at ``target_px``, with room around them in proportion."""
        font = QFont(self.font())
        font.setPixelSize(px)
        self.setFont(font)
        for button in self.kinds.buttons():  # styled buttons take no font from their parent
            button.setFont(font)
        small = QFont(font)
        small.setPixelSize(target_px)
        self.target.setFont(small)
        margin = round(px * 0.5)
        self._layout.setContentsMargins(margin, margin // 2, margin, margin)
        self._layout.setSpacing(margin // 2)

    def kind(self) -> NoteKind:
        return self._kinds[max(1, self.kinds.checkedId()) - 1]

    def set_kind(self, kind: NoteKind) -> None:
        self.kinds.button(self._kinds.index(kind) + 1).setChecked(True)

    def set_target(self, text: str) -> None:
        self.target.setText(text)

    def focus(self) -> None:
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _submit(self) -> None:
        text = self.text.text().strip()
        if text:
            self.submitted.emit(self.kind(), text)
            self.text.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.text.clear()
            self.closed.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the note was added; the walk must not take Enter as "next"
            return
        super().keyPressEvent(event)
