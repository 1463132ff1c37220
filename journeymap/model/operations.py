"""The invertible operations every change to a journey is made of.

An operation is plain data. :meth:`Journey.apply` performs one and returns it fully
specified (indexes filled in), so that ``journey.apply(done.inverse())`` undoes it
exactly. Undo stacks, scripted edits and tests all speak this one small language.
"""

from __future__ import annotations

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
