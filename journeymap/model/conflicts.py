"""Resolving the merge conflicts a map holds: keep ours, take theirs, or set a value of
one's own, each as the operations of one undo step (the Conflicts panel pushes them).

Taking theirs brings back what their value needs and the map lacks, from the conflicts
that keep their version of it (a card their side edited in a stage ours removed brings
the stage back). A resolution that leaves other conflicts about nothing (a field of an
element it removed) resolves those too.
"""

from __future__ import annotations

from typing import Any, Literal

from journeymap.model.cascades import removal_plan
from journeymap.model.diff import JOURNEY
from journeymap.model.elements import RECORD_TYPE, Conflict, Lane, LaneKind, Record
from journeymap.model.journey import Journey
from journeymap.model.merge import ORDER
from journeymap.model.merge_values import split_unit
from journeymap.model.operations import Add, Operation, Remove, SetInfo, Update
from journeymap.model.patch import Scratch, place, updated
from journeymap.model.problems import JourneyError, Problem
from journeymap.util.i18n import tr

Choice = Literal["ours", "theirs", "edited"]


def conflicts_of(journey: Journey) -> list[Conflict]:
    return journey.records(Conflict)


def resolve_ops(journey: Journey, ident: str, choice: Choice, value: Any = None) -> list[Operation]:
    """The operations that resolve conflict ``ident``: the map keeps ours (it holds ours
    already), takes theirs, or takes ``value`` (a JSON value for the conflict's field)."""
    conflict = journey.get(ident)
    if not isinstance(conflict, Conflict):
        raise JourneyError([Problem(ident, tr("no conflict {id!r}").format(id=ident))])
    scratch = Scratch(journey)
    if choice == "theirs":
        _take(scratch, conflict, conflict.theirs)
    elif choice == "edited":
        if conflict.field is None or conflict.field == ORDER:
            raise JourneyError([Problem(ident, tr("only a field's value can be edited"))])
        _take(scratch, conflict, value)
    scratch.apply(Remove(scratch.journey[ident]))
    _drop_moot(scratch)
    return scratch.done


def _take(scratch: Scratch, conflict: Conflict, value: Any) -> None:
    journey = scratch.journey
    if conflict.kind == JOURNEY:
        old = journey.info
        scratch.apply(SetInfo(old, old.updated(**{conflict.field or "": value})))
        return
    element = conflict.element or ""
    present = journey.get(element)
    if conflict.field is None:
        _take_element(scratch, conflict, present, value)
        return
    if present is None:
        raise JourneyError([Problem(element, tr("{id!r} is no longer in this map").format(id=element))])
    if conflict.field == ORDER:
        place(scratch, element, value)
        return
    if conflict.field.startswith("cells."):
        changes = {conflict.field: value}
    else:
        changes = dict(split_unit(tuple(conflict.field.split(",")), value))
    record = updated(present, changes)
    _require(scratch, record)
    if isinstance(record, Lane) and record.kind != LaneKind.CHANNEL and journey.referring(element, "lane"):
        message = tr("lane {name!r} still holds touchpoints; move or remove them first")
        raise JourneyError([Problem(element, message.format(name=record.name))])
    scratch.apply(Update(present, record))


def _take_element(scratch: Scratch, conflict: Conflict, present: Record | None, value: Any) -> None:
    """Their whole element: removed (value null) or as their side has it."""
    if value is None:
        if present is not None:
            scratch.apply_all(removal_plan(scratch.journey, [present.id]))
        return
    record = RECORD_TYPE[conflict.kind].model_validate(value)
    if present is not None and present.KIND != record.KIND:
        scratch.apply_all(removal_plan(scratch.journey, [present.id]))
        present = None
    _require(scratch, record)
    scratch.apply(Update(present, record) if present is not None else Add(record))


def _require(scratch: Scratch, record: Record) -> None:
    """Bring back what ``record`` refers to and the map lacks, from the conflicts that keep
    their version of it."""
    journey = scratch.journey
    for _, target in record.referenced_ids():
        if target in journey or target == record.id:
            continue
        keeper = next(
            (c for c in conflicts_of(journey) if c.element == target and c.field is None and c.theirs),
            None,
        )
        if keeper is None:
            message = tr("needs {id!r}, which is not in this map").format(id=target)
            raise JourneyError([Problem(record.id, message)])
        needed = RECORD_TYPE[keeper.kind].model_validate(keeper.theirs)
        _require(scratch, needed)
        scratch.apply(Add(needed))
        scratch.apply(Remove(keeper))


def _drop_moot(scratch: Scratch) -> None:
    """Conflicts about a field of an element that is gone now."""
    journey = scratch.journey
    for conflict in conflicts_of(journey):
        if conflict.kind != JOURNEY and conflict.field is not None and conflict.element not in journey:
            scratch.apply(Remove(conflict))
