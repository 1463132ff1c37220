"""The open document: one Journey, its undo stack, its file, and how it is viewed.

Widgets never call model mutators: they build operations and :meth:`Document.push`
them, with a :class:`MergeKey` when successive pushes are one gesture. "Modified" is
exactly "the undo stack is not clean". The view state that more than one part of the
window reads (the selection, the persona lens) lives here too, so that the canvas, the
panels and the exporters ask the document, never another widget.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from journeymap.model.describe import describe
from journeymap.model.elements import Persona, VotingRound
from journeymap.model.journey import Journey
from journeymap.model.operations import Operation, cancels_out
from journeymap.model.problems import JourneyError
from journeymap.ui.commands import MergeKey, OperationsCommand


class Selection(QObject):
    """The ids selected in the document, shared by the canvas, outline and inspector."""

    changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self.landing: str | None = None
        """While an edit that selects anew is applied: the element it selects last, which the
        canvas will scroll to show. The canvas goes there first, before it decides which of
        the lines the edit moved it shows at once (journeymap.render.lazy_flows)."""

    @property
    def ids(self) -> list[str]:
        return list(self._ids)

    @contextmanager
    def landing_on(self, ids: Sequence[str] | None) -> Iterator[None]:
        """Meanwhile an edit is applied that then selects ``ids`` (None: keeps the selection)."""
        new = list(dict.fromkeys(ids)) if ids is not None else []
        self.landing = new[-1] if new and new != self._ids else None
        try:
            yield
        finally:
            self.landing = None

    def set(self, ids: Iterable[str]) -> None:
        new = list(dict.fromkeys(ids))
        if new != self._ids:
            self._ids = new
            self.changed.emit(list(new))


class Document(QObject):
    journey_replaced = Signal()
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)
    lens_changed = Signal(object)  # the persona id, or None for everyone
    round_pick_changed = Signal(object)  # the voting round id picked, or None for the rule

    def __init__(
        self, journey: Journey | None = None, path: Path | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journey = journey if journey is not None else Journey()
        self._path = path
        self.undo_stack = QUndoStack(self)
        self.selection = Selection(self)
        self._lens: str | None = None
        self._round_pick: str | None = None
        self.undo_stack.cleanChanged.connect(self._on_stack_clean_changed)
        self._journey.element_removed.connect(self._on_element_removed)

    def _on_stack_clean_changed(self, clean: bool) -> None:
        self.modified_changed.emit(not clean)

    @property
    def journey(self) -> Journey:
        return self._journey

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit(path)

    @property
    def lens(self) -> str | None:
        """The persona the map is read through (the canvas fades the rest; exports leave it
        out), or None for everyone."""
        return self._lens

    def set_lens(self, persona_id: str | None) -> None:
        """Read the map through ``persona_id``; an id that names no persona means everyone."""
        if persona_id is not None and not isinstance(self._journey.get(persona_id), Persona):
            persona_id = None
        if persona_id != self._lens:
            self._lens = persona_id
            self.lens_changed.emit(persona_id)

    @property
    def round_pick(self) -> str | None:
        """The voting round whose dots the canvas shows, as picked in the Workshop panel's
        Votes tab; None for the rule (model.voting.shown_round: the last open round, else
        the last round)."""
        return self._round_pick

    def set_round_pick(self, round_id: str | None) -> None:
        """Show the dots of ``round_id`` on the canvas; an id that names no round means the rule."""
        if round_id is not None and not isinstance(self._journey.get(round_id), VotingRound):
            round_id = None
        if round_id != self._round_pick:
            self._round_pick = round_id
            self.round_pick_changed.emit(round_id)

    def _on_element_removed(self, kind: str, ident: str) -> None:
        if kind == "persona" and ident == self._lens:
            self.set_lens(None)
        elif kind == "voting_round" and ident == self._round_pick:
            self.set_round_pick(None)

    @property
    def modified(self) -> bool:
        return not self.undo_stack.isClean()

    def push(
        self,
        text: str,
        ops: Sequence[Operation],
        *,
        merge: MergeKey | None = None,
        select: Sequence[str] | None = None,
    ) -> bool:
        """Apply ``ops`` as one undoable step. Raises JourneyError (nothing changed) if refused.

        With ``merge``, the step joins the one before it when that one has an equal key
        (and a merged step whose changes cancel out leaves the stack). Returns False when
        the operations changed nothing: no empty step goes on the stack.
        """
        before = self.selection.ids
        with self.selection.landing_on(select):
            done = self._journey.apply_all(ops)
        if cancels_out(done, self._journey.kind_of):
            return False
        after = list(select) if select is not None else [i for i in before if i in self._journey]
        text = describe(done, self._journey) or text  # what changed, not just "Rename"
        command = OperationsCommand(
            self, text, done, merge=merge, selection_before=before, selection_after=after
        )
        self.undo_stack.push(command)
        return True

    def try_push(
        self,
        text: str,
        ops: Sequence[Operation],
        *,
        merge: MergeKey | None = None,
        select: Sequence[str] | None = None,
    ) -> str | None:
        """Like push, but returns the problem as text instead of raising (for UI gestures)."""
        try:
            self.push(text, ops, merge=merge, select=select)
        except JourneyError as error:
            return str(error)
        return None

    def replace(self, journey: Journey, path: Path | None) -> None:
        """Open or import: a new Journey, a clear stack, nothing selected. The lens stays on
        its persona if the new map has it (same id), else it shows everyone."""
        self.selection.set([])
        self._journey.element_removed.disconnect(self._on_element_removed, missing_ok=True)
        self._journey = journey
        journey.element_removed.connect(self._on_element_removed)
        self.set_lens(self._lens)
        self.set_round_pick(None)  # a round picked belongs to the map it was picked in
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.set_path(path)
        self.journey_replaced.emit()
