"""The invertible operations every change to a journey is made of.

An operation is plain data. :meth:`Journey.apply` performs one and returns it fully
specified (indexes filled in), so that ``journey.apply(done.inverse())`` undoes it
exactly. Undo stacks, scripted edits and tests all speak this one small language.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from journeymap.model.elements import JourneyInfo, Record


@dataclass(frozen=True)
class Add:
    record: Record
    index: int | None = None  # None appends

    def inverse(self) -> Remove:
        return Remove(self.record, self.index)


@dataclass(frozen=True)
class Remove:
    record: Record
    index: int | None = None  # filled in when performed

    def inverse(self) -> Add:
        return Add(self.record, self.index)


@dataclass(frozen=True)
class Update:
    old: Record
    new: Record

    def inverse(self) -> Update:
        return Update(self.new, self.old)

    def fields(self) -> tuple[str, ...]:
        return tuple(
            name for name in type(self.new).model_fields if getattr(self.old, name) != getattr(self.new, name)
        )


@dataclass(frozen=True)
class Move:
    id: str
    old_index: int
    new_index: int

    def inverse(self) -> Move:
        return Move(self.id, self.new_index, self.old_index)


@dataclass(frozen=True)
class SetInfo:
    old: JourneyInfo
    new: JourneyInfo

    def inverse(self) -> SetInfo:
        return SetInfo(self.new, self.old)


Operation = Add | Remove | Update | Move | SetInfo


def cancels_out(ops: Sequence[Operation], kind_of: Callable[[str], str | None]) -> bool:
    """Whether ``ops``, applied in order, leave the journey exactly as they found it.

    Exact for updates, moves and info changes, which is what merged typing and nudges are
    made of: each record and the info must end as they began, and the moves of each
    collection (``kind_of`` tells which one an id belongs to) must compose to no
    reordering. A sequence that adds or removes is never taken to cancel out.
    """
    ends: dict[str, tuple[object, object]] = {}  # record id or "" for the info: (first, last)
    moves: dict[str | None, list[Move]] = {}
    for op in ops:
        if isinstance(op, Add | Remove):
            return False
        if isinstance(op, Move):
            moves.setdefault(kind_of(op.id), []).append(op)
            continue
        key = op.new.id if isinstance(op, Update) else ""
        ends[key] = (ends[key][0] if key in ends else op.old, op.new)
    return all(first == last for first, last in ends.values()) and all(
        _no_reordering(group) for group in moves.values()
    )


def _no_reordering(moves: list[Move]) -> bool:
    """Whether the moves, on one collection, put every element back where it was. A move
    shifts only the places between its two indexes, so a list as long as the largest
    index tells."""
    order = list(range(1 + max(max(m.old_index, m.new_index) for m in moves)))
    for move in moves:
        order.insert(move.new_index, order.pop(move.old_index))
    return order == sorted(order)
