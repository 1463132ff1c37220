"""Three-way merge of maps (``journeymap merge``, git's merge driver), element by element
and field by field.

What only one side changed is taken; what both changed the same way is taken once. Two
people who add cards, even in the same cell, or edit different fields of one card, do
not conflict; lists of ids (a card's personas, a pain point's touchpoints) and text
cells merge item by item. A conflict is the same field changed two ways, an element one
side changed and the other removed, or one element moved (or reordered) to two places.

The result is always a valid map. Where the two sides cannot both be had, ours is kept
and the conflict is recorded in the map (:class:`~journeymap.model.elements.Conflict`):
both values and the base. That includes what only a whole map can see: a card their side
added in a stage ours removed, a flow to a removed card, a pain point on a removed
touchpoint — each a conflict, never a dangling reference (:mod:`.merge_repair`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from journeymap.model.data import JourneyData
from journeymap.model.diff import GROUP, JOURNEY, Names, flat_fields, group_key, json_record
from journeymap.model.elements import COLLECTION, KINDS, Conflict, ConflictReason, JourneyInfo, Record
from journeymap.model.merge_repair import repair
from journeymap.model.merge_values import (
    ABSENT,
    build,
    is_place,
    merge_value,
    split_unit,
    unit_of,
    unit_value,
)
from journeymap.model.sequences import Anchor, anchors, merge_order
from journeymap.util.collector import collector_paused

ORDER = "order"  # the conflict field of an element put at two places in its group


@dataclass(frozen=True)
class MergeResult:
    data: JourneyData
    conflicts: tuple[Conflict, ...]  # the conflicts this merge found (also in ``data``)

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge(base: JourneyData, ours: JourneyData, theirs: JourneyData) -> MergeResult:
    """Merge ``ours`` and ``theirs``, both descended from ``base``."""
    with collector_paused():
        return _Merge(base, ours, theirs).run()


class _Merge:
    """One merge: the three maps by id, the merged records and the conflicts found."""

    def __init__(self, base: JourneyData, ours: JourneyData, theirs: JourneyData) -> None:
        self.maps = (base, ours, theirs)
        self.base, self.ours, self.theirs = (_by_id(m) for m in self.maps)
        self.names = Names.over(self.ours, self.theirs, self.base)
        self.result: dict[str, Record] = {}
        self.conflicts: dict[tuple[str | None, str | None], dict[str, Any]] = {}

    def run(self) -> MergeResult:
        info = self._merge_info()
        for ident in self._ids():
            self._merge_element(ident)
        repair(self)
        present: dict[str, list[str]] = {kind: [] for kind in KINDS}
        for ident, record in self.result.items():
            present[record.KIND].append(ident)
        collections: dict[str, Any] = {COLLECTION[kind]: self._ordered(kind, present[kind]) for kind in KINDS}
        found = tuple(self._conflict_records())
        collections["conflicts"] = (*collections["conflicts"], *found)
        return MergeResult(JourneyData.model_construct(journey=info, **collections), found)

    # ---- conflicts --------------------------------------------------------------------

    def conflict(
        self,
        reason: ConflictReason,
        record: Record | None,
        field: str | None,
        *,
        ours: Any,
        theirs: Any,
        base: Any,
        related: str | None = None,
    ) -> None:
        """Record a conflict (the first one found for an element and field stands)."""
        element = record.id if record is not None else None
        key = (element, field)
        if key in self.conflicts:
            return
        self.conflicts[key] = {
            "kind": record.KIND if record is not None else JOURNEY,
            "element": element,
            "title": self.names.name(record) if record is not None else self.maps[1].journey.title,
            "field": field,
            "reason": reason,
            "related": related,
            "base": None if base is ABSENT else base,
            "ours": None if ours is ABSENT else ours,
            "theirs": None if theirs is ABSENT else theirs,
        }

    def _lookups(self) -> tuple[dict[str, Record], ...]:
        return (self.result, self.base, self.ours, self.theirs)

    def has_conflict(self, element: str, field: str | None = None) -> bool:
        return (element, field) in self.conflicts

    def _conflict_records(self) -> Iterator[Conflict]:
        rank = {kind: n for n, kind in enumerate((JOURNEY, *KINDS))}
        position = {ident: n for n, ident in enumerate(self.result)}
        taken: set[str] = set()
        entries = sorted(
            self.conflicts.values(),
            key=lambda e: (
                rank[e["kind"]],
                position.get(e["element"], len(position)),
                e["element"] or "",
                e["field"] or "",
            ),
        )
        for entry in entries:
            seed = f"{entry['kind']}:{entry['element']}:{entry['field']}"
            ident = _conflict_id(seed, lambda i: i in taken or any(i in m for m in self._lookups()))
            taken.add(ident)
            yield Conflict.model_validate({"id": ident, **entry})

    # ---- the map's own fields ---------------------------------------------------------

    def _merge_info(self) -> JourneyInfo:
        base, ours, theirs = (m.journey.model_dump(mode="json") for m in self.maps)
        merged = dict(ours)
        for name in JourneyInfo.model_fields:
            value, clash = merge_value(base[name], ours[name], theirs[name])
            merged[name] = value
            if clash:
                self.conflict(
                    ConflictReason.CHANGED, None, name, ours=ours[name], theirs=theirs[name], base=base[name]
                )
        return JourneyInfo.model_validate(merged)

    # ---- elements ---------------------------------------------------------------------

    def _ids(self) -> list[str]:
        """Every id, ours in our order first, then what only their side or the base has."""
        return list(self.ours | self.theirs | self.base)

    def _merge_element(self, ident: str) -> None:
        base, ours, theirs = self.base.get(ident), self.ours.get(ident), self.theirs.get(ident)
        if ours is None and theirs is None:
            return
        if ours is None or theirs is None:
            self._one_side_has(base, ours, theirs)
        elif ours == theirs or theirs == base:
            self.result[ident] = ours
        elif ours == base:
            self.result[ident] = theirs
        elif ours.KIND != theirs.KIND or (base is not None and base.KIND != ours.KIND):
            self.result[ident] = ours
            self.conflict(
                ConflictReason.ADDED_BOTH, ours, None,
                ours=json_record(ours), theirs=json_record(theirs),
                base=json_record(base) if base is not None else None,
            )  # fmt: skip
        else:
            self.result[ident] = self._merge_fields(base, ours, theirs)

    def _one_side_has(self, base: Record | None, ours: Record | None, theirs: Record | None) -> None:
        """Added on one side, or removed on one side (a conflict if the other changed it)."""
        kept = ours if ours is not None else theirs
        assert kept is not None
        if base is None:
            self.result[kept.id] = kept
        elif ours is None and theirs != base:
            self.conflict(
                ConflictReason.DELETED_OURS, kept, None,
                ours=None, theirs=json_record(kept), base=json_record(base),
            )  # fmt: skip
        elif theirs is None and ours != base:
            self.result[kept.id] = kept
            self.conflict(
                ConflictReason.DELETED_THEIRS, kept, None,
                ours=json_record(kept), theirs=None, base=json_record(base),
            )  # fmt: skip

    def _merge_fields(self, base: Record | None, ours: Record, theirs: Record) -> Record:
        flats = (flat_fields(base) if base is not None else None, flat_fields(ours), flat_fields(theirs))
        merged: dict[str, Any] = {}
        for name in dict.fromkeys([*flats[1], *flats[2]]):
            if name in merged:
                continue
            unit = unit_of(ours.KIND, name)
            values = [unit_value(flat, unit) for flat in flats]
            value, clash = merge_value(*values)
            if clash:
                reason = ConflictReason.MOVED if is_place(ours.KIND, unit) else ConflictReason.CHANGED
                self.conflict(reason, ours, ",".join(unit), ours=values[1], theirs=values[2], base=values[0])
            merged.update(split_unit(unit, value))
        return build(ours.KIND, ours.id, merged)

    # ---- order --------------------------------------------------------------------------

    def _ordered(self, kind: str, present: list[str]) -> tuple[Record, ...]:
        orders = [[r.id for r in getattr(m, COLLECTION[kind])] for m in self.maps]
        merged = merge_order(orders[0], orders[1], orders[2], present)
        if kind in GROUP:
            order = self._order_groups(merged.order, orders)
        else:
            order = merged.order
            self._order_conflicts(merged.conflicts, orders[0])
        return tuple(self.result[i] for i in order)

    def _order_groups(self, order: list[str], orders: list[list[str]]) -> list[str]:
        """Within each group (a card's cell or stage) the merged order of that group, in the
        places the group holds in the collection's merged order."""
        side_groups = []
        for ids, lookup in zip(orders, (self.base, self.ours, self.theirs), strict=True):
            groups: dict[Any, list[str]] = {}
            for ident in ids:
                groups.setdefault(group_key(lookup[ident]), []).append(ident)
            side_groups.append(groups)
        slots: dict[Any, list[int]] = {}
        for index, ident in enumerate(order):
            slots.setdefault(group_key(self.result[ident]), []).append(index)
        out = list(order)
        for key, places in slots.items():
            lists = [groups.get(key, []) for groups in side_groups]
            merged = merge_order(lists[0], lists[1], lists[2], [order[i] for i in places])
            self._order_conflicts(merged.conflicts, lists[0])
            for index, ident in zip(places, merged.order, strict=True):
                out[index] = ident
        return out

    def _order_conflicts(self, conflicts: dict[str, tuple[Anchor, Anchor]], base: list[str]) -> None:
        was = anchors(base)
        for ident, (mine, other) in sorted(conflicts.items()):
            record = self.result[ident]
            self.conflict(
                ConflictReason.REORDERED, record, ORDER, ours=mine, theirs=other, base=was.get(ident)
            )


def _by_id(data: JourneyData) -> dict[str, Record]:
    return {record.id: record for record in data.records()}


def _conflict_id(seed: str, taken: Callable[[str], bool]) -> str:
    """A stable id for a conflict: the same merge gives the same file."""
    for salt in range(1000):
        digest = hashlib.sha1(f"{seed}#{salt}".encode(), usedforsecurity=False).hexdigest()
        ident = f"cf-{digest[:8]}"
        if not taken(ident):
            return ident
    raise AssertionError("no free conflict id")  # pragma: no cover
