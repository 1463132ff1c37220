"""Three-way merge of single values: a field, a group of fields moved as one, a list of ids.

Values are JSON values as :func:`journeymap.model.diff.flat_fields` gives them, so that a
text lane's cells merge one stage at a time and a conflict records exactly what a file holds.
"""

from __future__ import annotations

from typing import Any

from journeymap.model.diff import CELLS, PLACE
from journeymap.model.elements import RECORD_TYPE, Record
from journeymap.model.sequences import merge_order

JOINT: dict[str, tuple[str, ...]] = {"touchpoint": ("stage", "lane"), "flow": ("source", "target")}
"""Fields merged as one: a card's cell, a flow's two ends (half of each side's is no place)."""
ABSENT: Any = object()
"""The value of a field the element does not have (no base: both sides added it)."""


def unit_of(kind: str, field: str) -> tuple[str, ...]:
    """The fields merged together with ``field``."""
    joint = JOINT.get(kind, ())
    return joint if field in joint else (field,)


def is_place(kind: str, unit: tuple[str, ...]) -> bool:
    """Whether the unit says where the element is (a conflict there is a move)."""
    return all(name in PLACE.get(kind, ()) for name in unit)


def unit_value(flat: dict[str, Any] | None, unit: tuple[str, ...]) -> Any:
    """A unit's value as a conflict records it: the field's value, or an object of them."""
    if flat is None:
        return ABSENT
    if len(unit) == 1:
        return flat.get(unit[0], "" if unit[0].startswith(CELLS) else None)
    return {name: flat.get(name) for name in unit}


def merge_value(base: Any, ours: Any, theirs: Any) -> tuple[Any, bool]:
    """Three-way merge of one value: (the merged value, whether the two sides clashed).

    Lists of distinct strings (ids, tags) merge item by item and keep their order."""
    if ours == theirs or theirs == base:
        return ours, False
    if ours == base:
        return theirs, False
    if all(_distinct_strings(v) for v in (base, ours, theirs)):
        merged = merge_list(base, ours, theirs)
        if merged is not None:
            return merged, False
    return ours, True


def _distinct_strings(value: Any) -> bool:
    return (
        isinstance(value, list) and all(isinstance(v, str) for v in value) and len(set(value)) == len(value)
    )


def merge_list(base: list[str], ours: list[str], theirs: list[str]) -> list[str] | None:
    """What both kept and what either added, in merged order; None if the order clashes."""
    had, mine, other = set(base), set(ours), set(theirs)
    kept = (mine & other) | ((mine | other) - had)  # kept by both, or added by either
    merged = merge_order(base, ours, theirs, kept)
    return None if merged.conflicts else merged.order


def build(kind: str, ident: str, flat: dict[str, Any]) -> Record:
    """A record from flat JSON field values (``cells.<stage>`` gathered into ``cells``)."""
    data: dict[str, Any] = {"id": ident}
    cells: dict[str, str] = {}
    for name, value in flat.items():
        if name.startswith(CELLS):
            if value:
                cells[name[len(CELLS) :]] = value
        else:
            data[name] = value
    if kind == "lane":
        data["cells"] = cells
    return RECORD_TYPE[kind].model_validate(data)


def split_unit(unit: tuple[str, ...], value: Any) -> list[tuple[str, Any]]:
    """(field, value) pairs of a unit's value."""
    if len(unit) == 1:
        return [(unit[0], value)]
    return [(name, value[name]) for name in unit]
