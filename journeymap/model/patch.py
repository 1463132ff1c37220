"""Differences applied to a live map, as operations for one undo step.

:func:`patch_ops` applies a whole diff (an edited Excel workbook brought into the open map;
``diff(a, b)`` applied to ``a`` gives ``b``); :func:`take_ops` takes one change from a
compared map, with what it needs (an added card brings its new stage along). Both work out
their operations on a scratch copy, so the operations replay exactly on the real journey
and nothing changes when one is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from journeymap.model.builders import changed
from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.diff import CELLS, GROUP, JOURNEY, Change, group_key
from journeymap.model.elements import KINDS, RECORD_TYPE, Record
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Move, Operation, SetInfo, Update
from journeymap.model.problems import JourneyError, Problem
from journeymap.model.sequences import Anchor, anchors
from journeymap.util.i18n import tr


class Scratch:
    """A copy of the journey that records every operation it performs."""

    def __init__(self, journey: Journey | JourneyData) -> None:
        self.journey = Journey(journey.snapshot() if isinstance(journey, Journey) else journey)
        self.done: list[Operation] = []

    def apply(self, op: Operation) -> None:
        self.done.append(self.journey.apply(op))

    def apply_all(self, ops: Iterable[Operation]) -> None:
        for op in ops:
            self.apply(op)


def patch_ops(journey: Journey, changes: Sequence[Change]) -> list[Operation]:
    """The operations that make ``journey`` what ``changes`` (a whole diff) lead to.

    Order: the map's fields; kind by kind in file order, additions then updates (so a
    card can move into a stage added before it); removals with what cannot live without
    them; last, every added, moved and reordered element after its anchor."""
    scratch = Scratch(journey)
    info = {c.field: c.after for c in changes if c.kind == JOURNEY and c.field is not None}
    if info:
        old = scratch.journey.info
        scratch.apply(SetInfo(old, old.updated(**info)))
    fields: dict[str, dict[str, Any]] = {}
    for change in changes:
        if change.op in ("change", "move") and change.id is not None and change.kind != JOURNEY:
            fields.setdefault(change.id, {})[change.field or ""] = change.after
    for kind in KINDS:
        for change in changes:
            if change.kind == kind and change.op == "add":
                scratch.apply(Add(RECORD_TYPE[kind].model_validate(change.after)))
        for change in changes:
            if change.kind == kind and change.id in fields:
                record = _expect(scratch.journey, change.id)
                scratch.apply(Update(record, updated(record, fields.pop(change.id))))
    removed = [c.id for c in changes if c.op == "remove" and c.id is not None]
    scratch.apply_all(removal_plan(scratch.journey, removed))
    _place_all(scratch, changes)
    return scratch.done


def _place_all(scratch: Scratch, changes: Sequence[Change]) -> None:
    placed: set[str] = set()
    for change in changes:
        if change.places() and change.id is not None and change.id not in placed:
            placed.add(change.id)
            place(scratch, change.id, change.anchor)


def take_ops(journey: Journey, change: Change, source: JourneyData) -> list[Operation]:
    """The operations that take one ``change`` (of a diff towards ``source``) into
    ``journey``. An added element brings the elements it needs that ``journey`` lacks."""
    scratch = Scratch(journey)
    if change.kind == JOURNEY:
        old = scratch.journey.info
        scratch.apply(SetInfo(old, old.updated(**{change.field or "": change.after})))
    elif change.op == "add":
        _bring(scratch, RECORD_TYPE[change.kind].model_validate(change.after), source)
        place(scratch, change.after["id"], change.anchor)
    elif change.op == "remove":
        scratch.apply_all(removal_plan(scratch.journey, [change.id or ""]))
    elif change.op in ("change", "move"):
        record = _expect(scratch.journey, change.id or "")
        for ident in _missing(scratch.journey, {change.field or "": change.after}, record):
            _bring(scratch, _from(source, ident), source)
        scratch.apply(Update(record, updated(record, {change.field or "": change.after})))
        if change.places():
            place(scratch, record.id, change.anchor)
    else:
        _expect(scratch.journey, change.id or "")
        place(scratch, change.id or "", change.anchor)
    return scratch.done


def _bring(scratch: Scratch, record: Record, source: JourneyData) -> None:
    """Add ``record``, first bringing from ``source`` what it refers to and is missing."""
    for _, target in record.referenced_ids():
        if target not in scratch.journey and target != record.id:
            _bring(scratch, _from(source, target), source)
    if record.id not in scratch.journey:
        scratch.apply(Add(record))


def _missing(journey: Journey, values: dict[str, Any], record: Record) -> list[str]:
    candidate = updated(record, values)
    return [target for _, target in candidate.referenced_ids() if target not in journey]


def _from(source: JourneyData, ident: str) -> Record:
    for record in source.records():
        if record.id == ident:
            return record
    raise JourneyError([Problem(ident, tr("no element {id!r} in the compared map").format(id=ident))])


def _expect(journey: Journey, ident: str) -> Record:
    record = journey.get(ident)
    if record is None:
        raise JourneyError([Problem(ident, tr("{id!r} is no longer in this map").format(id=ident))])
    return record


def updated(record: Record, values: dict[str, Any]) -> Record:
    """``record`` with field values (JSON values; ``cells.<stage>`` for a text cell),
    validated; a bad value is a located JourneyError."""
    changes: dict[str, Any] = {}
    for name, value in values.items():
        if name.startswith(CELLS):
            cells = changes.setdefault("cells", dict(getattr(record, "cells", {})))
            cells[name[len(CELLS) :]] = value
        else:
            changes[name] = value
    result: Record = changed(record, **changes)
    return result


def place(scratch: Scratch, ident: str, anchor: Anchor) -> None:
    """Move ``ident`` right after ``anchor`` among its group (None: before the group's
    first); nothing when the anchor is gone or the element is already there."""
    journey = scratch.journey
    record = journey[ident]
    order = journey.ids(record.KIND)
    rest = [i for i in order if i != ident]
    if record.KIND in GROUP:
        key = group_key(record)
        members = [i for i in rest if group_key(journey[i]) == key]
    else:
        members = rest
    if anchor is None:
        if not members:
            return
        target = rest.index(members[0])
    elif anchor in members:
        target = rest.index(anchor) + 1
    else:
        return
    if order.index(ident) != target:
        scratch.apply(Move(ident, journey.index_of(ident), target))


def union_map(old: JourneyData, new: JourneyData) -> JourneyData:
    """``new`` with every element only ``old`` has put back where it stood in ``old``: what
    a comparison draws (the other map, and as ghosts what it no longer has). An element
    that cannot stand in ``new`` (say, its lane became a text lane there) is left out."""
    scratch = Scratch(new)
    groups: dict[tuple[str, Any], list[str]] = {}
    for record in old.records():
        groups.setdefault((record.KIND, group_key(record)), []).append(record.id)
    for record in old.records():
        if record.id in scratch.journey:
            continue
        try:
            scratch.apply(Add(record))
        except JourneyError:
            continue
        members = groups[(record.KIND, group_key(record))]
        standing = {i for i in members if i in scratch.journey}
        place(scratch, record.id, anchors(members, standing)[record.id])
    return scratch.journey.snapshot()
