"""Undo commands: each wraps a list of model operations (see journeymap.model.operations).

A command is made from operations that were already applied once (by
:meth:`Document.push`), so an edit that breaks a rule is refused before it reaches the
stack. ``redo`` re-applies, ``undo`` applies the inverses in reverse. Commands never
touch scene items: views follow the Journey's signals. Commands with the same merge key
pushed one after another merge into one step (typing in a field, nudging with keys).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from journeymap.model.describe import describe
from journeymap.model.operations import Operation

if TYPE_CHECKING:
    from journeymap.ui.document import Document

_merge_ids: dict[str, int] = {}


def merge_id(key: str | None) -> int:
    """A stable small int per merge key, as QUndoCommand.id() wants; -1 means never merge."""
    if key is None:
        return -1
    return _merge_ids.setdefault(key, len(_merge_ids) + 1)


class OperationsCommand(QUndoCommand):
    def __init__(
        self,
        document: Document,
        text: str,
        done: Sequence[Operation],
        *,
        merge_key: str | None = None,
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
        self._merge = merge_id(merge_key)
        self._selection_before = list(selection_before)
        self._selection_after = list(selection_after)
        self._applied = True  # Document.push applied the operations already

    @property
    def operations(self) -> list[Operation]:
        return list(self._ops)

    def redo(self) -> None:
        if self._applied:
            self._applied = False
        else:
            self._ops = self._journey.apply_all(self._ops)
        self._selection.set(self._selection_after)

    def undo(self) -> None:
        for op in reversed(self._ops):
            self._journey.apply(op.inverse())
        self._selection.set(self._selection_before)

    def id(self) -> int:
        return self._merge

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, OperationsCommand) or other.id() != self.id() or self.id() < 0:
            return False
        self._ops.extend(other._ops)
        self._selection_after = other._selection_after
        self.setText(describe(self._ops, self._journey) or self.text())  # named after the result
        return True
