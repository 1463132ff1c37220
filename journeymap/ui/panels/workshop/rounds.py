"""Voting rounds: open one, change, close, reopen, reset or delete it, and read its results.

A new round asks for its name, its participants (names and colours, or just how many
people), the dots each may give (3 unless changed) and what can be voted on; Change… asks
the same of the round shown (:mod:`.round_dialog`). The results list the cards with dots,
most first; a click selects the card. Every change is one undo step; the votes themselves
are given while presenting (View > Present, V).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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
from journeymap.model.analysis.votes import round_result
from journeymap.model.builders import delete
from journeymap.model.elements import VotingRound
from journeymap.model.problems import JourneyError
from journeymap.model.voting import dots_given, participant_label, shown_round
from journeymap.model.workshop_records import CardKind
from journeymap.ui.document import Document
from journeymap.ui.panels.common import kind_name
from journeymap.ui.panels.workshop.round_dialog import RoundDialog, open_round_dialog
from journeymap.ui.relay import JourneyRelay
from journeymap.util.i18n import number as written

ID_ROLE = Qt.ItemDataRole.UserRole


class RoundsPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rounds_panel")
        self._document = document
        self.rounds = QComboBox(self)
        self.rounds.setObjectName("rounds_combo")
        self.rounds.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.rounds.setMinimumContentsLength(12)
        self.rounds.currentIndexChanged.connect(lambda _i: self._show_result())
        self.rounds.activated.connect(lambda _i: document.set_round_pick(self.rounds.currentData()))
        self.rounds.setToolTip(self.tr("The round picked here is the one whose dots the canvas shows"))
        self.on_canvas = QLabel(self)
        self.on_canvas.setObjectName("round_on_canvas")
        self.on_canvas.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.results = QTreeWidget(self)
        self.results.setObjectName("round_results")
        self.results.setHeaderLabels([self.tr("Dots"), self.tr("Card"), self.tr("Kind")])
        self.results.setRootIsDecorated(False)
        header = self.results.header()  # the card's title gets the room the narrow dock has
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.itemClicked.connect(self._on_clicked)
        self.buttons = {
            "new": QPushButton(self.tr("New Round…"), self),
            "edit": QPushButton(self.tr("Change…"), self),
            "close": QPushButton(self.tr("Close"), self),
            "reset": QPushButton(self.tr("Reset"), self),
            "delete": QPushButton(self.tr("Delete"), self),
        }
        self.buttons["new"].clicked.connect(lambda _c=False: self.ask_new_round())
        self.buttons["edit"].clicked.connect(lambda _c=False: self.ask_change_round())
        self.buttons["edit"].setToolTip(self.tr("Rename the round, change who votes, their colours and dots"))
        self.dialog: RoundDialog | None = None
        """The round dialog while it is open."""
        self.buttons["close"].clicked.connect(lambda _c=False: self.toggle_closed())
        self.buttons["reset"].clicked.connect(lambda _c=False: self.reset())
        self.buttons["delete"].clicked.connect(lambda _c=False: self.delete_round())
        row = QGridLayout()  # two by two: the dock stays narrow beside the canvas
        for number, button in enumerate(self.buttons.values()):
            row.addWidget(button, *divmod(number, 2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.rounds)
        layout.addWidget(self.on_canvas)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._relay = JourneyRelay(document, self)
        for signal in (self._relay.added, self._relay.removed, self._relay.changed):
            signal.connect(self._on_event)
        self._relay.reset.connect(self.refill)
        document.round_pick_changed.connect(lambda _r: self._show_on_canvas())
        self.refill()

    def current(self) -> VotingRound | None:
        record = self._document.journey.get(self.rounds.currentData() or "")
        return record if isinstance(record, VotingRound) else None

    def _on_event(self, kind: str, _ident: str, *_rest: object) -> None:
        if kind == "voting_round":
            self.refill()
        elif kind in ("vote", "touchpoint", "pain_point", "opportunity"):
            self._show_result()

    def refill(self) -> None:
        chosen = self.rounds.currentData()
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for voting_round in self._document.journey.voting_rounds:
            state = self.tr(" (closed)") if voting_round.closed else ""
            self.rounds.addItem(voting_round.name + state, voting_round.id)
        found = self.rounds.findData(chosen)
        self.rounds.setCurrentIndex(found if found >= 0 else self.rounds.count() - 1)
        self.rounds.blockSignals(False)
        self._show_result()

    def _show_on_canvas(self) -> None:
        """Say whose dots the canvas shows: the round picked, else the rule's."""
        shown = shown_round(self._document.journey.voting_rounds, self._document.round_pick)
        self.on_canvas.setVisible(shown is not None)
        if shown is not None:
            self.on_canvas.setText(self.tr("On the canvas: the dots of “{round}”").format(round=shown.name))

    def _pick_new(self, round_id: str) -> None:
        """A new round is shown in the list; the canvas follows it if a round was picked."""
        self.rounds.setCurrentIndex(self.rounds.findData(round_id))
        if self._document.round_pick is not None:
            self._document.set_round_pick(round_id)

    def _show_result(self) -> None:
        self._show_on_canvas()
        voting_round = self.current()
        for name in ("edit", "close", "reset", "delete"):
            self.buttons[name].setEnabled(voting_round is not None)
        self.results.clear()
        if voting_round is None:
            self.summary.setText(self.tr("No voting round yet: New Round… opens one."))
            return
        self.buttons["close"].setText(self.tr("Reopen") if voting_round.closed else self.tr("Close"))
        journey = self._document.journey
        result = round_result(journey, voting_round)
        votes = journey.votes_in(voting_round.id)
        people = ", ".join(
            f"{participant_label(voting_round, p.id)} {written(dots_given(votes, p.id))}/{written(voting_round.dots)}"
            for p in voting_round.participants
        )
        every = result.participants * result.dots_each
        self.summary.setText(
            self.tr("{given} of %Ln dots given. {people}", "", every).format(
                given=written(result.dots_given), people=people
            )
        )
        for card in result.cards:
            item = QTreeWidgetItem(self.results, [written(card.dots), card.title, kind_name(card.kind)])
            item.setData(0, ID_ROLE, card.element_id)
            item.setToolTip(1, card.title)
        self.results.resizeColumnToContents(0)
        self.results.resizeColumnToContents(2)

    def _on_clicked(self, item: QTreeWidgetItem) -> None:
        self._document.selection.set([str(item.data(0, ID_ROLE))])

    # ---- changes, one undo step each -----------------------------------------------------

    def ask_new_round(self) -> RoundDialog:
        """The round dialog for a new round (it does not block: OK makes the round)."""
        return self._open_dialog(None, self.tr("New Voting Round"))

    def ask_change_round(self) -> RoundDialog | None:
        """The round dialog on the round shown: OK changes it, as one undo step."""
        voting_round = self.current()
        return self._open_dialog(voting_round, self.tr("Change Voting Round")) if voting_round else None

    def _open_dialog(self, voting_round: VotingRound | None, text: str) -> RoundDialog:
        if self.dialog is not None:
            self.dialog.reject()

        def push(dialog: RoundDialog) -> None:
            self.dialog = None
            edit = dialog.edit()
            problem = self._document.try_push(text, edit.ops)
            if problem is not None:
                self.summary.setText(problem)
            elif voting_round is None:
                self._pick_new(edit.select[0])

        self.dialog = open_round_dialog(self._document.journey, voting_round, self, push)
        self.dialog.rejected.connect(self._forget_dialog)
        return self.dialog

    def _forget_dialog(self) -> None:
        self.dialog = None

    def new_round(
        self,
        name: str,
        participants: list[tuple[str, str | None]] | int,
        dots: int,
        votable: tuple[CardKind, ...],
    ) -> str | None:
        try:
            edit = workshop.new_round(
                self._document.journey, name=name, participants=participants, dots=dots, votable=votable
            )
        except JourneyError as error:
            self.summary.setText(str(error))
            return str(error)
        problem = self._document.try_push(self.tr("New Voting Round"), edit.ops)
        self._pick_new(edit.select[0])
        return problem

    def toggle_closed(self) -> str | None:
        voting_round = self.current()
        if voting_round is None:
            return None
        text = self.tr("Reopen Round") if voting_round.closed else self.tr("Close Round")
        edit = workshop.change_round(self._document.journey, voting_round.id, closed=not voting_round.closed)
        return self._document.try_push(text, edit.ops)

    def reset(self) -> str | None:
        voting_round = self.current()
        if voting_round is None:
            return None
        edit = workshop.reset_round(self._document.journey, voting_round.id)
        return self._document.try_push(self.tr("Reset Round"), edit.ops)

    def delete_round(self) -> str | None:
        voting_round = self.current()
        if voting_round is None:
            return None
        return self._document.try_push(
            self.tr("Delete Round"), delete(self._document.journey, [voting_round.id]).ops
        )
