"""The base of every record: an id, immutability, no unknown fields, and the references
it declares (``REFS``); plus the field shapes the records share (names, texts, lists).

Kept apart from :mod:`.elements` (the map's records) and :mod:`.workshop_records` (what a
workshop adds) so that both build on it and neither module outgrows its room.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

from pydantic import BaseModel, ConfigDict, Field

from journeymap.model.ids import ID_PATTERN

COLOR_PATTERN = r"^#[0-9a-fA-F]{6}$"
SHORT_TEXT = 200
LONG_TEXT = 20_000


class Ref:
    """How a field refers to other elements: which kinds, and what removal of a target does.

    ``required`` single references remove the referring record with their target (a
    touchpoint goes with its stage); list and dict-key references are stripped instead,
    and a ``detach`` reference is set to null (a sticky note stays on its stage when the
    card it was written on goes).
    """

    __slots__ = ("detach", "kinds", "many")

    def __init__(self, *kinds: str, many: bool = False, detach: bool = False) -> None:
        self.kinds = kinds
        self.many = many
        self.detach = detach  # an optional single reference set to null when its target goes


class Record(BaseModel):
    """Common base: an id, immutability, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)

    KIND: ClassVar[str] = ""
    REFS: ClassVar[dict[str, Ref]] = {}

    id: str = Field(pattern=ID_PATTERN)

    def updated(self, **changes: Any) -> Self:
        """A validated copy with ``changes`` applied (model_copy would skip validation)."""
        data = self.model_dump()
        data.update(changes)
        return type(self).model_validate(data)

    def referenced_ids(self) -> list[tuple[str, str]]:
        """``(field, id)`` for every element this record refers to."""
        found: list[tuple[str, str]] = []
        for name, ref in self.REFS.items():
            value = getattr(self, name)
            if value is None:
                continue
            if ref.many:
                found.extend((name, target) for target in value)
            else:
                found.append((name, value))
        return found


def name_field() -> Any:
    """A short name that may not be empty."""
    return Field(min_length=1, max_length=SHORT_TEXT)


def text_field(limit: int = LONG_TEXT) -> Any:
    """Text, empty by default, at most ``limit`` characters."""
    return Field(default="", max_length=limit)


def strings_field() -> Any:
    """A list of strings, empty by default, at most 500 of them."""
    return Field(default=(), max_length=500)
