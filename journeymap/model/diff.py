"""What changed between two maps, in the map's own terms (``journeymap diff``, Compare With).

Elements are matched by id, so a renamed stage is a change of its name, not a removal
and an addition. A change is one of: ``add`` and ``remove`` of an element; ``change`` of
one field (a text lane's cell is the field ``cells.<stage id>``); ``move`` of an element
to another stage, lane or subject; ``reorder`` within its column, row or cell. The map's
own fields are changes of kind ``journey``. Only meaning counts: two files that read as
the same map have no differences, however they are formatted, and the order of cards
only counts within the cell (or stage) where they are shown.

Every add, move and reorder names its *anchor*: the element it now follows among its
group (None: first), so that the change can be applied to a map that has moved on
(:mod:`journeymap.model.patch`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Protocol

from journeymap.model.data import JourneyData
from journeymap.model.elements import KINDS, NAME_FIELD, Flow, JourneyInfo, Lane, Record, Vote
from journeymap.model.sequences import Anchor, anchors, stable_ids
from journeymap.util.collector import collector_paused

PLACE: dict[str, tuple[str, ...]] = {
    "touchpoint": ("stage", "lane"),
    "pain_point": ("stage",),
    "opportunity": ("stage",),
    "metric": ("attached_to",),
    "comment": ("attached_to",),
}
"""The fields that say where an element is: changing them moves it."""

GROUP: dict[str, tuple[str, ...]] = {
    "touchpoint": ("stage", "lane"),
    "pain_point": ("stage",),
    "opportunity": ("stage",),
}
"""Kinds whose order only means something within a group: a touchpoint's cell, a card's
stage. Every other kind is ordered as one collection (stage columns, lane rows...)."""

CELLS = "cells."
JOURNEY = "journey"  # the kind of a change to the map's own fields
OPS = ("add", "remove", "change", "move", "reorder")


@dataclass(frozen=True)
class Change:
    """One difference. ``before``/``after`` are JSON values: a field's value, a whole
    record for add and remove, the position in its group for reorder."""

    op: str
    kind: str
    id: str | None
    title: str
    field: str | None = None
    before: Any = None
    after: Any = None
    anchor: Anchor = None

    def as_json(self) -> dict[str, Any]:
        """The documented JSON shape: field, before and after only where they apply."""
        out: dict[str, Any] = {"op": self.op, "kind": self.kind, "id": self.id, "title": self.title}
        if self.field is not None:
            out["field"] = self.field
        if self.op != "add":
            out["before"] = self.before
        if self.op != "remove":
            out["after"] = self.after
        if self.places():
            out["anchor"] = self.anchor
        return out

    def places(self) -> bool:
        """Whether ``anchor`` says where the element now stands: additions, reorders and
        moves to another group (a card to another cell or stage)."""
        return self.op in ("add", "reorder") or (self.op == "move" and self.kind in GROUP)


_GROUP_KEY = {kind: attrgetter(*fields) for kind, fields in GROUP.items()}


def group_key(record: Record) -> Any:
    """What an element is ordered within: its cell or stage; () for a whole collection."""
    key = _GROUP_KEY.get(record.KIND)
    return key(record) if key is not None else ()


def flat_fields(record: Record) -> dict[str, Any]:
    """The record's fields as JSON values, a text lane's cells one field per stage."""
    values = record.model_dump(mode="json")
    del values["id"]
    if isinstance(record, Lane):
        for stage, text in values.pop("cells").items():
            values[CELLS + stage] = text
    return values


def json_record(record: Record) -> dict[str, Any]:
    """A record as the file writes it (fields at their default left out)."""
    return record.model_dump(mode="json", exclude_defaults=True)


class Lookup(Protocol):
    """Where records are found by id: a dict of them, or a live Journey."""

    def get(self, ident: str) -> Record | None: ...


class Names:
    """Names for people: each element's name in the first map that has it."""

    def __init__(self, *maps: JourneyData) -> None:
        self._extra: dict[str, Record] = {}
        self._lookups: list[Lookup] = [self._extra]
        self._maps = maps

    @classmethod
    def over(cls, *lookups: Lookup) -> Names:
        """Names from records already indexed by id, or from live journeys (nothing is copied)."""
        names = cls()
        names._lookups.extend(lookups)
        return names

    def add(self, record: Record) -> None:
        """Also know ``record`` (an element only a conflict keeps), unless already known."""
        if self.get(record.id) is None:
            self._extra[record.id] = record

    def get(self, ident: str) -> Record | None:
        if self._maps:  # indexed on first use: most diffs and merges name few elements
            self._lookups.extend({r.id: r for r in data.records()} for data in self._maps)
            self._maps = ()
        for lookup in self._lookups:
            found = lookup.get(ident)
            if found is not None:
                return found
        return None

    def of(self, ident: str | None) -> str:
        record = self.get(ident) if ident is not None else None
        return self.name(record) if record is not None else (ident or "")

    def name(self, record: Record) -> str:
        if isinstance(record, Flow) and not record.label:
            return f"{self.of(record.source)} → {self.of(record.target)}"
        if isinstance(record, Vote):  # whose dots, on what
            return f"{record.participant} → {self.of(record.element)}"
        text = str(getattr(record, NAME_FIELD[record.KIND]) or record.id)
        line = text.splitlines()[0] if text.strip() else record.id
        return line if len(line) <= 60 else line[:59] + "…"


def diff(old: JourneyData, new: JourneyData) -> list[Change]:
    """Every difference that turns ``old`` into ``new``: the map's fields, then kind by kind
    (in file order) the removals, then each element in its order in ``new``."""
    with collector_paused():
        changes = list(_info_changes(old.journey, new.journey))
        old_by_kind = _by_kind(old)
        new_by_kind = _by_kind(new)
        names = Names.over(*new_by_kind.values(), *old_by_kind.values())
        for kind in KINDS:
            changes.extend(_kind_changes(kind, old_by_kind[kind], new_by_kind[kind], names))
    return changes


def _by_kind(data: JourneyData) -> dict[str, dict[str, Record]]:
    found: dict[str, dict[str, Record]] = {kind: {} for kind in KINDS}
    for record in data.records():
        found[record.KIND][record.id] = record
    return found


def _info_changes(old: JourneyInfo, new: JourneyInfo) -> Iterator[Change]:
    if old == new:
        return
    before, after = old.model_dump(mode="json"), new.model_dump(mode="json")
    for name in JourneyInfo.model_fields:
        if before[name] != after[name]:
            yield Change("change", JOURNEY, None, new.title, name, before[name], after[name])


def _kind_changes(
    kind: str, old: dict[str, Record], new: dict[str, Record], names: Names
) -> Iterator[Change]:
    for ident, record in old.items():
        if ident not in new:
            yield Change("remove", kind, ident, names.name(record), before=json_record(record))
    placed, positions = _placements(kind, old, new)
    for ident, record in new.items():
        anchor = placed.get(ident)
        was = old.get(ident)
        if was is None:
            yield Change("add", kind, ident, names.name(record), after=json_record(record), anchor=anchor)
            continue
        if was != record:
            yield from _field_changes(was, record, names.name(record), anchor)
        if ident in positions:
            before, after = positions[ident]
            yield Change(
                "reorder", kind, ident, names.name(record), before=before, after=after, anchor=anchor
            )


def _field_changes(old: Record, new: Record, title: str, anchor: Anchor) -> Iterator[Change]:
    before, after = flat_fields(old), flat_fields(new)
    place = PLACE.get(new.KIND, ())
    for name in dict.fromkeys([*before, *after]):
        was, now = before.get(name, ""), after.get(name, "")
        if was != now:
            op = "move" if name in place else "change"
            placed = op == "move" and new.KIND in GROUP
            yield Change(op, new.KIND, new.id, title, name, was, now, anchor if placed else None)


def _placements(
    kind: str, old: dict[str, Record], new: dict[str, Record]
) -> tuple[dict[str, Anchor], dict[str, tuple[int, int]]]:
    """The anchor of every element that was added, moved to another group or reordered
    within its group, and (old, new) positions in the group of the reordered ones."""
    old_groups = _groups(old.values())
    placed: dict[str, Anchor] = {}
    positions: dict[str, tuple[int, int]] = {}
    for key, members in _groups(new.values()).items():
        before = old_groups.get(key, [])
        before_set, now_set = set(before), set(members)
        stable = stable_ids([i for i in before if i in now_set], [i for i in members if i in before_set])
        anchor_of = anchors(members)
        was_at = {ident: index for index, ident in enumerate(before)}
        for index, ident in enumerate(members):
            if ident in stable:
                continue
            placed[ident] = anchor_of[ident]
            if ident in before_set:
                positions[ident] = (was_at[ident], index)
    return placed, positions


def _groups(records: Iterable[Record]) -> dict[Any, list[str]]:
    groups: dict[Any, list[str]] = {}
    for record in records:
        groups.setdefault(group_key(record), []).append(record.id)
    return groups


def same_map(one: JourneyData, other: JourneyData) -> bool:
    """True when the two maps mean the same (no difference at all)."""
    return not diff(one, other)
