"""The voting round dialog: a new round, or an open or closed one changed.

One table of participants (a name and a colour each, both optional: a round of just a count
is rows with no names), how many people, the dots each may give, and what can be voted on.
Changing a round says, as it is edited, what the change would do with dots already given
("Takes back 3 dots: Omar 3"), and refuses, in the dialog, one that would leave someone over
their allowance ("Ana has already given 3 dots; reset the round to give fewer"): the dialog
stays open until the change can be made or is cancelled. The caller makes the undo step.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from journeymap.model import workshop
from journeymap.model.builders import Edit, refused
from journeymap.model.elements import CARD_REF_KINDS, MAX_DOTS, Vote, VotingRound
from journeymap.model.journey import Journey
from journeymap.model.operations import Remove
from journeymap.model.problems import JourneyError
from journeymap.model.record import COLOR_PATTERN
from journeymap.model.voting import participant_label
from journeymap.model.workshop_look import PARTICIPANT_PALETTE
from journeymap.model.workshop_records import CardKind
from journeymap.ui.panels.common import kind_name
from journeymap.util.i18n import number

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, COLOR = 0, 1
MAX_PEOPLE = 500
Row = tuple[str | None, str, str | None]
"""A participant as the table has them: (their id in the round, or None; name; colour)."""


class RoundDialog(QDialog):
    """A round's name, participants, dots each and votable kinds; :meth:`edit` is the change."""

    def __init__(
        self, journey: Journey, voting_round: VotingRound | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("round_dialog")
        self.journey, self.voting_round = journey, voting_round
        self.setWindowTitle(self.tr("Change Voting Round") if voting_round else self.tr("New Voting Round"))
        self.name = QLineEdit(voting_round.name if voting_round else self.tr("What matters most"), self)
        self.people = QTableWidget(0, 2, self)
        self.people.setObjectName("round_people")
        self.people.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Colour (#rrggbb)")])
        self.people.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.people.horizontalHeader().setSectionResizeMode(COLOR, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QSpinBox(self)
        self.count.setRange(1, MAX_PEOPLE)
        self.dots = QSpinBox(self)
        self.dots.setRange(1, MAX_DOTS)
        self.dots.setValue(voting_round.dots if voting_round else 3)
        votable = voting_round.votable if voting_round else ("pain_point", "opportunity")
        self.kinds = {kind: QCheckBox(kind_name(kind, plural=True), self) for kind in CARD_REF_KINDS}
        for kind, box in self.kinds.items():
            box.setChecked(kind in votable)
        self.remove = QPushButton(self.tr("Take Out"), self)
        self.remove.setToolTip(self.tr("Take the selected people out of the round"))
        self.pick = QPushButton(self.tr("Colour…"), self)
        self.message = QLabel(self)
        self.message.setObjectName("round_message")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self._lay_out()
        self._fill(voting_round)
        self._connect()
        self._explain()

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Participants"), self.people)
        row = QHBoxLayout()
        row.addWidget(self.count)
        row.addStretch(1)
        row.addWidget(self.pick)
        row.addWidget(self.remove)
        form.addRow(self.tr("How many people"), row)
        form.addRow(self.tr("Dots each"), self.dots)
        kinds = QHBoxLayout()
        for box in self.kinds.values():
            kinds.addWidget(box)
        form.addRow(self.tr("Vote on"), kinds)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.resize(460, 440)

    def _fill(self, voting_round: VotingRound | None) -> None:
        people = voting_round.participants if voting_round else ()
        self.people.setRowCount(0)
        for person in people:
            self._add_row(person.id, person.name, person.color or "")
        if not people:
            for _ in range(8):
                self._add_row(None, "", "")
        self.count.setValue(self.people.rowCount())

    def _connect(self) -> None:
        self.count.valueChanged.connect(self._on_count)
        self.people.itemChanged.connect(lambda _item: self._on_people_changed())
        self.remove.clicked.connect(lambda _c=False: self.take_out_selected())
        self.pick.clicked.connect(lambda _c=False: self.pick_colour())
        self.name.textChanged.connect(lambda _t: self._explain())
        self.dots.valueChanged.connect(lambda _v: self._explain())
        for box in self.kinds.values():
            box.toggled.connect(lambda _on: self._explain())
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    # ---- the table ---------------------------------------------------------------------

    def _add_row(self, ident: str | None, name: str, color: str) -> None:
        row = self.people.rowCount()
        self.people.blockSignals(True)
        self.people.insertRow(row)
        item = QTableWidgetItem(name)
        item.setData(ID_ROLE, ident)
        self.people.setItem(row, NAME, item)
        self.people.setItem(row, COLOR, QTableWidgetItem(color))
        self.people.blockSignals(False)
        self._show_swatch(row)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.people.item(row, column)
        if item is None:  # every row is made with both cells; a cell cleared by Qt comes back empty
            item = QTableWidgetItem("")
            self.people.setItem(row, column, item)
        return item

    def _show_swatch(self, row: int) -> None:
        """The colour cell shows the dot's colour: the one typed, else the palette's for the row."""
        item = self._cell(row, COLOR)
        text = item.text().strip()
        shown = text if re.match(COLOR_PATTERN, text) else PARTICIPANT_PALETTE[row % len(PARTICIPANT_PALETTE)]
        self.people.blockSignals(True)
        item.setData(Qt.ItemDataRole.DecorationRole, QColor(shown))
        self.people.blockSignals(False)

    def _on_count(self, count: int) -> None:
        while self.people.rowCount() < count:
            self._add_row(None, "", "")
        while self.people.rowCount() > count:
            self.people.removeRow(self.people.rowCount() - 1)
        self._explain()

    def _on_people_changed(self) -> None:
        for row in range(self.people.rowCount()):
            self._show_swatch(row)
        self._explain()

    def take_out_selected(self) -> None:
        rows = sorted({index.row() for index in self.people.selectedIndexes()}, reverse=True)
        if len(rows) >= self.people.rowCount():
            rows = rows[1:]  # a round keeps one participant at least
        for row in rows:
            self.people.removeRow(row)
        self.count.blockSignals(True)
        self.count.setValue(self.people.rowCount())
        self.count.blockSignals(False)
        self._explain()

    def pick_colour(self) -> None:
        row = self.people.currentRow()
        if row < 0:
            return
        item = self._cell(row, COLOR)
        chosen = QColorDialog.getColor(
            QColor(item.text() or PARTICIPANT_PALETTE[row % len(PARTICIPANT_PALETTE)]),
            self,
            self.tr("Participant's Colour"),
        )
        if chosen.isValid():
            item.setText(chosen.name())

    # ---- what the dialog says ----------------------------------------------------------------

    def rows(self) -> list[Row]:
        found: list[Row] = []
        for row in range(self.people.rowCount()):
            name = self._cell(row, NAME)
            color = self._cell(row, COLOR).text().strip()
            found.append((name.data(ID_ROLE), name.text(), color or None))
        return found

    def votable(self) -> tuple[CardKind, ...]:
        return tuple(kind for kind, box in self.kinds.items() if box.isChecked())

    def edit(self) -> Edit:
        """The new round, or the change to the round; a located problem if it cannot be."""
        rows = self.rows()
        bad = next((color for _, _, color in rows if color and not re.match(COLOR_PATTERN, color)), None)
        if bad is not None:
            message = self.tr("“{colour}” is not a colour: write it as #rrggbb, or leave it empty")
            raise refused("participants", message.format(colour=bad))
        if not self.votable():
            raise refused("votable", self.tr("Tick at least one kind of card to vote on."))
        name, dots = self.name.text(), self.dots.value()
        if self.voting_round is None:
            people = [(person, color) for _, person, color in rows]
            return workshop.new_round(
                self.journey, name=name, participants=people, dots=dots, votable=self.votable()
            )
        if not name.strip():
            raise refused("name", self.tr("a round needs a name"))
        participants = workshop.participants_edited(self.voting_round, rows)
        return workshop.change_round(
            self.journey,
            self.voting_round.id,
            name=name.strip(),
            participants=participants,
            dots=dots,
            votable=self.votable(),
        )

    def _explain(self) -> None:
        """Say what the change would do with the dots given, or why it cannot be made."""
        try:
            edit = self.edit()
        except JourneyError as error:
            self._say(str(error.problems[0].message), problem=True)
            return
        taken = self._taken_back(edit)
        self._say(taken)

    def _taken_back(self, edit: Edit) -> str:
        if self.voting_round is None:
            return ""
        removed = [op.record for op in edit.ops if isinstance(op, Remove) and isinstance(op.record, Vote)]
        if not removed:
            return ""
        by_person: dict[str, int] = {}
        for vote in removed:
            who = participant_label(self.voting_round, vote.participant)
            by_person[who] = by_person.get(who, 0) + vote.dots
        people = ", ".join(f"{who} {number(dots)}" for who, dots in by_person.items())
        total = sum(by_person.values())
        return self.tr("This takes back %Ln dots already given: {people}.", "", total).format(people=people)

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b3261e;" if problem else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        """Close only if the round can be made or changed as the dialog says."""
        try:
            self.edit()
        except JourneyError as error:
            self._say(str(error.problems[0].message), problem=True)
            return
        super().accept()


def open_round_dialog(
    journey: Journey,
    voting_round: VotingRound | None,
    parent: QWidget,
    on_accepted: Callable[[RoundDialog], None],
) -> RoundDialog:
    """Open the dialog without blocking (window-modal); ``on_accepted`` gets it on OK."""
    dialog = RoundDialog(journey, voting_round, parent)
    dialog.accepted.connect(lambda: on_accepted(dialog))
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
