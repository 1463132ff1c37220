"""One presentation of a map: where the walk is, what is zoomed, who is voting.

The windows (audience view, presenter console) only show this state and forward what
people press; every change to the map (a captured note, a dot) is built by the pure
workshop builders and pushed on the Document's undo stack as one step, so Ctrl+Z in the
editor takes it back after the workshop, and the map's signals redraw the slides.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Signal

from journeymap.model import workshop
from journeymap.model.elements import NoteKind, Stage, VotingRound
from journeymap.model.problems import JourneyError
from journeymap.model.voting import dots_given, participant_label
from journeymap.render.slides.deck import SlideDeck
from journeymap.render.slides.faces import ViewState
from journeymap.render.slides.look import Look
from journeymap.render.slides.plan import Step
from journeymap.render.theme import Theme
from journeymap.ui.document import Document


class Presentation(QObject):
    step_changed = Signal(int)
    zoom_changed = Signal(object)  # the zoomed card's id, or None
    blackout_changed = Signal(bool)
    voting_changed = Signal()  # the round, the participant or voting on/off
    message = Signal(str)  # something to tell the room or the presenter for a moment
    capture_requested = Signal()
    finished = Signal()

    def __init__(
        self, document: Document, *, theme: Theme | None = None, start_stage: int | None = None
    ) -> None:
        super().__init__()
        self.document = document
        self.journey = document.journey
        self.theme = theme or Theme.from_palette()
        self.voting = False
        self.round_id: str | None = self._latest_open_round()
        self.participant: str | None = None
        self.zoomed: str | None = None
        self.blacked = False
        self.deck = SlideDeck(self.journey, Look.for_theme(self.theme), self._view_state())
        self.deck.changed_slides.connect(self._on_slides_changed)
        document.lens_changed.connect(self._on_lens_changed)
        self.journey.element_added.connect(self._on_round_event)
        self.journey.element_removed.connect(self._on_round_event)
        self.journey.element_changed.connect(self._on_round_event)
        self._pick_participant()
        self.index = 0
        if start_stage is not None:
            self.index = self._stage_index(start_stage) or 0

    # ---- the walk ------------------------------------------------------------------------

    @property
    def steps(self) -> list[Step]:
        return self.deck.steps()

    @property
    def step(self) -> Step:
        return self.steps[self.index]

    def next_step(self) -> Step | None:
        return self.steps[self.index + 1] if self.index + 1 < len(self.steps) else None

    def rect(self, step: Step | None = None) -> QRectF:
        return self.deck.slide_rect(step or self.step)

    def stage(self) -> Stage | None:
        record = self.journey.get(self.step.stage) if self.step.stage else None
        return record if isinstance(record, Stage) else None

    def go_to(self, index: int) -> None:
        index = max(0, min(index, len(self.steps) - 1))
        if self.zoomed is not None:
            self.unzoom()
        if index != self.index:
            self.index = index
            self.step_changed.emit(index)

    def next(self) -> None:
        if self.zoomed is not None:  # the first press leaves the zoomed card
            self.unzoom()
            return
        self.go_to(self.index + 1)

    def previous(self) -> None:
        if self.zoomed is not None:
            self.unzoom()
            return
        self.go_to(self.index - 1)

    def first(self) -> None:
        self.go_to(0)

    def last(self) -> None:
        self.go_to(len(self.steps) - 1)

    def jump_to_stage(self, number: int) -> bool:
        """Go to the first page of stage ``number`` (1-based); False if there is none."""
        index = self._stage_index(number)
        if index is None:
            return False
        self.go_to(index)
        return True

    def _stage_index(self, number: int) -> int | None:
        stages = self.journey.ids("stage")
        if not 1 <= number <= len(stages):
            return None
        wanted = stages[number - 1]
        return next(i for i, step in enumerate(self.steps) if step.stage == wanted)

    def toggle_blackout(self) -> None:
        self.blacked = not self.blacked
        self.blackout_changed.emit(self.blacked)

    def leave(self) -> None:
        for signal in (
            self.journey.element_added,
            self.journey.element_removed,
            self.journey.element_changed,
        ):
            signal.disconnect(self._on_round_event, missing_ok=True)
        self.document.lens_changed.disconnect(self._on_lens_changed)
        self.deck.close()
        self.finished.emit()

    def _on_round_event(self, kind: str, ident: str, *_rest: object) -> None:
        if kind == "voting_round":
            self.refresh_round()

    def _on_slides_changed(self) -> None:
        """The map changed: keep the same stage and page (or the nearest) in view."""
        old = self.step
        steps = self.steps
        same = [i for i, s in enumerate(steps) if s.stage == old.stage and s.end == old.end]
        if same:
            self.index = same[min(old.page, len(same) - 1)]
        else:
            self.index = min(self.index, len(steps) - 1)
        self.zoomed = None
        self.step_changed.emit(self.index)

    # ---- cards -------------------------------------------------------------------------

    def click(self, element: str) -> None:
        """A click on a card: a dot while voting, else zoom in (and out again)."""
        kind = self.journey.kind_of(element)
        if kind == "stage":
            self.jump_to_stage(self.journey.ids("stage").index(element) + 1)
        elif self.voting and kind in ("touchpoint", "pain_point", "opportunity"):
            self.give_dot(element)
        elif self.zoomed == element:
            self.unzoom()
        elif kind in ("touchpoint", "pain_point", "opportunity"):
            self.zoom(element)

    def zoom(self, element: str) -> QRectF:
        rect = self.deck.show_detail(element, self.step)
        self.zoomed = element
        self.zoom_changed.emit(element)
        return rect

    def unzoom(self) -> None:
        self.deck.hide_detail()
        self.zoomed = None
        self.zoom_changed.emit(None)

    def frame_rect(self) -> QRectF:
        """What the audience should see now: the zoomed card, or the current slide."""
        if self.zoomed is not None and self.deck.detail == self.zoomed:
            rect = self.deck.show_detail(self.zoomed, self.step)
            return rect.adjusted(-80, -80, 80, 80)
        return self.rect()

    # ---- capture -----------------------------------------------------------------------

    def capture_target(self) -> tuple[str | None, str | None]:
        """(stage, card) a note would go on now: the zoomed card, else the current stage."""
        if self.zoomed is not None and self.zoomed in self.journey:
            return None, self.zoomed
        return self.step.stage, None

    def capture(self, kind: NoteKind, text: str) -> str | None:
        """Add a sticky note where :meth:`capture_target` says; returns the problem, if any."""
        stage, card = self.capture_target()
        if stage is None and card is None:
            return self._say(self.tr("Go to a stage (or zoom to a card) to capture a note on it."))
        try:
            edit = workshop.capture_note(self.journey, stage=stage, card=card, kind=kind, text=text)
            self.document.push(self.tr("Capture Note"), edit.ops)
        except JourneyError as error:
            return self._say(str(error.problems[0].message))
        return None

    # ---- voting ------------------------------------------------------------------------

    def voting_round(self) -> VotingRound | None:
        record = self.journey.get(self.round_id) if self.round_id else None
        return record if isinstance(record, VotingRound) else None

    def set_round(self, round_id: str | None) -> None:
        self.round_id = round_id
        self._pick_participant()
        self.deck.set_state(self._view_state())
        self.voting_changed.emit()

    def set_voting(self, on: bool) -> None:
        voting_round = self.voting_round()
        if on and (voting_round is None or voting_round.closed):
            self._say(self.tr("Open a voting round first (Workshop panel, or the console's Votes)."))
            on = False
        if on != self.voting:
            self.voting = on
            self.voting_changed.emit()

    def toggle_voting(self) -> None:
        self.set_voting(not self.voting)

    def set_participant(self, participant: str) -> None:
        voting_round = self.voting_round()
        if voting_round is not None and voting_round.participant(participant) is not None:
            self.participant = participant
            self.voting_changed.emit()

    def cycle_participant(self, step: int = 1) -> None:
        voting_round = self.voting_round()
        if voting_round is None or not voting_round.participants:
            return
        ids = [p.id for p in voting_round.participants]
        at = ids.index(self.participant) if self.participant in ids else -step
        self.set_participant(ids[(at + step) % len(ids)])

    def dots_left(self, participant: str | None = None) -> int:
        voting_round = self.voting_round()
        who = participant or self.participant
        if voting_round is None or who is None:
            return 0
        return voting_round.dots - dots_given(self.journey.votes_in(voting_round.id), who)

    def participant_name(self, participant: str | None = None) -> str:
        voting_round = self.voting_round()
        who = participant or self.participant
        return participant_label(voting_round, who) if voting_round is not None and who else ""

    def give_dot(self, element: str | None = None) -> str | None:
        return self._dot(element, give=True)

    def take_dot(self, element: str | None = None) -> str | None:
        return self._dot(element, give=False)

    def _dot(self, element: str | None, *, give: bool) -> str | None:
        element = element or self.zoomed
        if element is None:
            return self._say(self.tr("Click a card to give it a dot."))
        if self.round_id is None or self.participant is None:
            return self._say(self.tr("Open a voting round first (Workshop panel, or the console's Votes)."))
        builder = workshop.give_dot if give else workshop.take_dot
        try:
            edit = builder(self.journey, self.round_id, self.participant, element)
            self.document.push(self.tr("Give Dot") if give else self.tr("Take Dot Back"), edit.ops)
        except JourneyError as error:
            return self._say(str(error.problems[0].message))
        self.voting_changed.emit()
        return None

    def _latest_open_round(self) -> str | None:
        """The round picked in the Workshop panel if it is open, else the last open one."""
        rounds = [r for r in self.journey.voting_rounds if not r.closed]
        picked = [r for r in rounds if r.id == self.document.round_pick]
        return (picked or rounds)[-1].id if rounds else None

    def _pick_participant(self) -> None:
        voting_round = self.voting_round()
        ids = [p.id for p in voting_round.participants] if voting_round is not None else []
        if self.participant not in ids:
            self.participant = ids[0] if ids else None
        if voting_round is None or voting_round.closed:
            self.voting = False

    # ---- lens and look -----------------------------------------------------------------

    def cycle_lens(self) -> None:
        """Everyone, then each persona in turn, then everyone again."""
        personas = [None, *self.journey.ids("persona")]
        at = personas.index(self.document.lens) if self.document.lens in personas else 0
        self.document.set_lens(personas[(at + 1) % len(personas)])

    def lens_name(self) -> str:
        record = self.journey.get(self.document.lens) if self.document.lens else None
        return str(getattr(record, "name", "")) if record is not None else self.tr("Everyone")

    def _on_lens_changed(self, _persona: object) -> None:
        self.deck.set_state(self._view_state())

    def toggle_look(self) -> None:
        self.theme = Theme.light() if self.theme.dark else Theme.dark_theme()
        self.deck.set_look(Look.for_theme(self.theme))

    def _view_state(self) -> ViewState:
        return ViewState(self.document.lens, self.round_id)

    def refresh_round(self) -> None:
        """The rounds changed (opened, closed, removed): keep a valid round and participant."""
        if self.voting_round() is None:
            self.round_id = self._latest_open_round()
        self._pick_participant()
        self.deck.set_state(self._view_state())
        self.voting_changed.emit()

    def _say(self, text: str) -> str:
        self.message.emit(text)
        return text
