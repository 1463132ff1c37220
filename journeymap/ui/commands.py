"""Undo commands: each wraps a list of model operations (see journeymap.model.operations).

A command is made from operations that were already applied once (by
:meth:`Document.push`), so an edit that breaks a rule is refused before it reaches the
stack. ``redo`` re-applies, ``undo`` applies the inverses in reverse. Commands never
touch scene items: views follow the Journey's signals.

Merging is explicit: a step pushed with a :class:`MergeKey` merges into the step before it
when that step has an equal key (typing in one field, repeated nudges of one selection,
naming what was just added). Qt asks ``id()`` first; every keyed command answers
:data:`MERGEABLE` and ``mergeWith`` compares the keys themselves, so whether two edits merge
depends on what they are, never on a counter or an object's address. A merged step whose
changes cancel out (typing back to the original text, a nudge there and back) is made
obsolete, and Qt drops it from the stack.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from journeymap.model.describe import describe
from journeymap.model.operations import Operation, cancels_out

if TYPE_CHECKING:
    from journeymap.ui.document import Document

MERGEABLE = 1
"""``QUndoCommand.id()`` of every command with a merge key (-1, Qt's default, never merges)."""


class Gesture(StrEnum):
    TYPING = "typing"  # successive values typed into one field of one element
    NUDGE = "nudge"  # Alt+arrow steps of one selection
    ADDING = "adding"  # an add, then naming (and filling) what it added


@dataclass(frozen=True)
class MergeKey:
    """What makes successive steps one: the same gesture, on the same elements, in the same field."""

    gesture: Gesture
    elements: frozenset[str]
    field: str = ""

    @classmethod
    def typing(cls, element: str, field: str) -> MergeKey:
        """Typing in ``field`` of ``element`` (an element id, or the inspector's "journey")."""
        return cls(Gesture.TYPING, frozenset((element,)), field)

    @classmethod
    def nudge(cls, ids: Iterable[str]) -> MergeKey:
        return cls(Gesture.NUDGE, frozenset(ids))

    @classmethod
    def adding(cls, element: str) -> MergeKey:
        """The step that added ``element``; renaming it right after joins that step."""
        return cls(Gesture.ADDING, frozenset((element,)))


class OperationsCommand(QUndoCommand):
    def __init__(
        self,
        document: Document,
        text: str,
        done: Sequence[Operation],
        *,
        merge: MergeKey | None = None,
        selection_before: Sequence[str] = (),
        selection_after: Sequence[str] = (),
    ) -> None:
        super().__init__(text)
        # the journey and selection, not the document: a command referring back to the
        # document that owns its stack makes a reference cycle, and a cycle of Qt wrappers
        # freed by the garbage collector can crash the process (the stack is cleared
        # whenever the document's journey is replaced, so these stay the right ones)
        self._journey = document.journey
        self._selection = document.selection
        self._ops = list(done)
        self._merge = merge
        self._selection_before = list(selection_before)
        self._selection_after = list(selection_after)
        self._applied = True  # Document.push applied the operations already

    @property
    def operations(self) -> list[Operation]:
        return list(self._ops)

    @property
    def merge_key(self) -> MergeKey | None:
        return self._merge

    def redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            with self._selection.landing_on(self._selection_after):
                self._ops = self._journey.apply_all(self._ops)
        self._selection.set(self._selection_after)

    def undo(self) -> None:
        with self._selection.landing_on(self._selection_before), self._journey.batch():
            for op in reversed(self._ops):
                self._journey.apply(op.inverse())
        self._selection.set(self._selection_before)

    def id(self) -> int:
        return MERGEABLE if self._merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OperationsCommand) or self._merge is None or other._merge != self._merge:
            return False
        self._ops.extend(other._ops)
        self._selection_after = other._selection_after
        self.setText(describe(self._ops, self._journey) or self.text())  # named after the result
        self.setObsolete(cancels_out(self._ops, self._journey.kind_of))
        return True
