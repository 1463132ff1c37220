"""The presenter console, on the laptop while the room sees the projector.

The current view (large) and the next one; the stage's presenter notes; the time since
the start, a countdown for a chosen duration that turns amber and then red near the end,
and the time of day; the capture box (notes go on the current stage, or on the zoomed
card); and the vote: the round shown, who is voting and their dots left. The keys of the
audience view work here too, except while typing in a box.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journeymap.model.elements import NoteKind
from journeymap.ui.present.audience import SlideView
from journeymap.ui.present.camera import CameraView
from journeymap.ui.present.capture import CaptureBox
from journeymap.ui.present.clock import Phase, PresentationClock, clock_text
from journeymap.ui.present.keys import HELP, PresentationKeys
from journeymap.ui.present.session import Presentation
from journeymap.util.i18n import digits, number

FRAME = QColor("#3a3e46")
PHASE_COLORS = {Phase.CALM: "", Phase.WARNING: "#e8a317", Phase.URGENT: "#e03131", Phase.OVER: "#e03131"}


class PresenterConsole(QWidget):
    def __init__(self, session: Presentation, clock: PresentationClock | None = None) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenter-console")
        self.setWindowTitle(self.tr("Presenter console"))
        self.session = session
        self.clock = clock or PresentationClock(parent=self)
        self.keys = PresentationKeys(session, on_capture=self.focus_capture)
        self.current = SlideView(session, self, animate=False)
        self.current.setObjectName("console-current")
        self.next = CameraView(session.deck, self, animate=False)
        self.next.setObjectName("console-next")
        self.position = self._label("console-position", 20, bold=True)
        self.next_title = self._label("console-next-title", 14)
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("console-notes")
        self.notes.setStyleSheet("QTextBrowser { font-size: 20px; }")
        self.elapsed = self._label("console-elapsed", 28, bold=True)
        self.countdown = self._label("console-countdown", 28, bold=True)
        self.time_of_day = self._label("console-clock", 28, bold=True)
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("console-minutes")
        self.minutes.setRange(1, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(self.clock.minutes)
        self.minutes.valueChanged.connect(self.clock.set_minutes)
        self.capture = CaptureBox(self)
        self.capture.submitted.connect(self._on_submitted)
        self.capture.closed.connect(self.setFocus)
        self.rounds = QComboBox(self)
        self.rounds.setObjectName("console-rounds")
        self.rounds.activated.connect(self._on_round_chosen)
        self.people = QComboBox(self)
        self.people.setObjectName("console-participants")
        self.people.activated.connect(self._on_participant_chosen)
        self.voting = QCheckBox(self.tr("Voting (V)"), self)
        self.voting.setObjectName("console-voting")
        self.voting.toggled.connect(self.session.set_voting)
        self.lens = self._label("console-lens", 14)
        self.message = self._label("console-message", 14)
        self._layout()
        session.step_changed.connect(self._show_step)
        session.zoom_changed.connect(self._show_step)
        session.voting_changed.connect(self._show_voting)
        session.message.connect(self.message.setText)
        session.document.lens_changed.connect(self._show_lens)
        self.clock.ticked.connect(self._tick)
        self._show_step()
        self._show_voting()
        self._show_lens()
        self._tick()

    def _label(self, name: str, px: int, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setStyleSheet(f"QLabel {{ font-size: {px}px; {'font-weight: 700;' if bold else ''} }}")
        return label

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 16, 16, 16)
        grid.setHorizontalSpacing(16)
        grid.addWidget(self.position, 0, 0)
        grid.addWidget(self.current, 1, 0, 2, 1)
        side = QVBoxLayout()
        side.addWidget(self._caption(self.tr("Next")))
        side.addWidget(self.next, 1)
        side.addWidget(self.next_title)
        side.addLayout(self._clocks())
        grid.addLayout(side, 0, 1, 3, 1)
        grid.addWidget(self._caption(self.tr("Presenter notes")), 3, 0)
        grid.addWidget(self.notes, 4, 0)
        grid.addLayout(self._tools(), 3, 1, 2, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(1, 5)
        grid.setRowStretch(2, 1)
        grid.setRowStretch(4, 3)

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet("QLabel { font-size: 13px; font-weight: 700; text-transform: uppercase; }")
        return label

    def _clocks(self) -> QGridLayout:
        grid = QGridLayout()
        for column, (caption, value) in enumerate(
            (
                (self.tr("Elapsed"), self.elapsed),
                (self.tr("Left"), self.countdown),
                (self.tr("Clock"), self.time_of_day),
            )
        ):
            grid.addWidget(self._caption(caption), 0, column)
            grid.addWidget(value, 1, column)
        duration = QHBoxLayout()
        duration.addWidget(QLabel(self.tr("Duration"), self))
        duration.addWidget(self.minutes)
        duration.addStretch(1)
        grid.addLayout(duration, 2, 0, 1, 3)
        return grid

    def _tools(self) -> QVBoxLayout:
        tools = QVBoxLayout()
        tools.addWidget(self._caption(self.tr("Capture (N)")))
        tools.addWidget(self.capture)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        tools.addWidget(line)
        tools.addWidget(self._caption(self.tr("Vote")))
        row = QHBoxLayout()
        row.addWidget(self.rounds, 2)
        row.addWidget(self.people, 2)
        row.addWidget(self.voting)
        tools.addLayout(row)
        tools.addWidget(self.lens)
        tools.addWidget(self.message)
        tools.addStretch(1)
        rows = "".join(
            f"<tr><td><b>{key}</b>&nbsp;&nbsp;</td><td>{self.tr(str(what))}</td></tr>" for key, what in HELP
        )
        keys = QLabel(f"<table>{rows}</table>", self)
        keys.setWordWrap(True)
        keys.setObjectName("console-keys")
        tools.addWidget(keys)
        return tools

    # ---- following the session ---------------------------------------------------------

    def _show_step(self, *_args: object) -> None:
        session = self.session
        for view in (self.current, self.next):  # a frame around the slide, in either look
            view.set_background(FRAME)
        self.current.frame(session.frame_rect(), glide=False)
        upcoming = session.next_step()
        if upcoming is not None:
            self.next.frame(session.rect(upcoming), glide=False)
            self.next_title.setText(self._step_name(upcoming))
        else:
            self.next.frame(session.rect(), glide=False)
            self.next_title.setText(self.tr("The end"))
        self.position.setText(
            self.tr("{where}   ({n} of {total})").format(
                where=self._step_name(session.step), n=number(session.index + 1), total=number(len(session.steps))
            )
        )
        stage = session.stage()
        notes = stage.presenter_notes if stage is not None else ""
        self.notes.setPlainText(notes or self.tr("(no presenter notes for this view)"))
        stage_id, card = session.capture_target()
        record = session.journey.get(card or stage_id or "")
        where = getattr(record, "title", None) or getattr(record, "name", "")
        self.capture.set_target(
            self.tr("Note on: {where}").format(where=where)
            if where
            else self.tr("Go to a stage to capture notes")
        )

    def _step_name(self, step: object) -> str:
        stage_id = getattr(step, "stage", None)
        if stage_id is None:
            return self.tr("The whole map")
        stage = self.session.journey.get(stage_id)
        name = getattr(stage, "name", "")
        pages = getattr(step, "pages", 1)
        page = getattr(step, "page", 0)
        return (
            self.tr("{name}, page {n} of {pages}").format(name=name, n=number(page + 1), pages=number(pages))
            if pages > 1
            else str(name)
        )

    def _show_voting(self) -> None:
        session = self.session
        self.rounds.clear()
        self.rounds.addItem(self.tr("No round shown"), None)
        for each in session.journey.voting_rounds:
            state = self.tr(" (closed)") if each.closed else ""
            self.rounds.addItem(each.name + state, each.id)
        self.rounds.setCurrentIndex(max(0, self.rounds.findData(session.round_id)))
        self.people.clear()
        voting_round = session.voting_round()
        if voting_round is not None:
            for person in voting_round.participants:
                left = session.dots_left(person.id)
                label = self.tr("{who}: %Ln dots left", "", left).format(who=session.participant_name(person.id))
                self.people.addItem(label, person.id)
            self.people.setCurrentIndex(max(0, self.people.findData(session.participant)))
        self.voting.blockSignals(True)
        self.voting.setChecked(session.voting)
        self.voting.blockSignals(False)

    def _on_round_chosen(self, index: int) -> None:
        self.session.set_round(self.rounds.itemData(index))

    def _on_participant_chosen(self, index: int) -> None:
        participant = self.people.itemData(index)
        if participant:
            self.session.set_participant(participant)

    def _show_lens(self, *_args: object) -> None:
        self.lens.setText(self.tr("Persona lens (L): {name}").format(name=self.session.lens_name()))

    def _tick(self) -> None:
        clock = self.clock
        self.elapsed.setText(digits(clock_text(clock.elapsed())))
        self.countdown.setText(digits(clock_text(clock.left())))
        color = PHASE_COLORS[clock.phase()]
        self.countdown.setStyleSheet(
            f"QLabel {{ font-size: 28px; font-weight: 700; {f'color: {color};' if color else ''} }}"
        )
        self.countdown.setProperty("phase", clock.phase().value)
        self.time_of_day.setText(digits(clock.time_of_day()))

    # ---- input -------------------------------------------------------------------------

    def focus_capture(self) -> None:
        self.capture.focus()

    def _on_submitted(self, kind: NoteKind, text: str) -> None:
        self.session.capture(kind, text)

    def _typing(self) -> bool:
        focus = self.focusWidget()
        return isinstance(focus, (QLineEdit, QSpinBox, QComboBox))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self._typing() or not self.keys.handle(event):
            super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        keys = getattr(self, "keys", None)  # Qt sends events while __init__ runs
        if keys is not None and not self._typing() and keys.steals_tab(event):
            return True
        return super().event(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
