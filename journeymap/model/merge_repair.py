"""What makes a merged map valid although each side was only valid on its own.

Every element of the merge is checked as the Journey checks it: its references and the
rules between records. A reference that our side holds keeps its target (restored with a
conflict, if their side removed it). A reference that came from their side, to something
ours removed or changed, is taken out, ours kept and the conflict recorded: a list or a
text cell loses the item, a single reference goes back to our value, and an element only
their side has is left out of the map and kept, whole, in the conflict.

Last, every element that taking "theirs" for a conflict would need and that the map lacks
gets a conflict of its own holding their version, so that each conflict can be resolved
either way from what the file holds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from journeymap.model.data import rule_problems
from journeymap.model.diff import CELLS, flat_fields, json_record
from journeymap.model.elements import RECORD_TYPE, ConflictReason, Flow, Lane, Record, Touchpoint
from journeymap.model.merge_values import build, split_unit, unit_of, unit_value

if TYPE_CHECKING:
    from journeymap.model.merge import _Merge


def repair(merge: _Merge) -> None:
    while _repair_pass(merge):
        pass
    _make_restorable(merge)


def _repair_pass(merge: _Merge) -> bool:
    changed = False
    for ident in list(merge.result):
        record = merge.result.get(ident)
        if record is not None and _repair(merge, record):
            changed = True
    return changed


def _repair(merge: _Merge, record: Record) -> bool:
    """Fix the first problem of ``record``, if it has one; True if anything changed."""
    result = merge.result
    refs = record.REFS
    for field, target in record.referenced_ids():
        found = result.get(target)
        if found is None or found.KIND not in refs[field].kinds:
            _dangling(merge, record, field, target)
            return True
    if isinstance(record, (Touchpoint, Flow)) and rule_problems(record, result.get):
        _broken_rule(merge, record)
        return True
    return False


def _dangling(merge: _Merge, record: Record, field: str, target: str) -> None:
    ours = merge.ours.get(record.id)
    if ours is not None and ours.KIND == record.KIND and (field, target) in ours.referenced_ids():
        _restore_ours(merge, target, needed_by=record.id)
        return
    if record.REFS[field].many:
        _strip(merge, record, field)
    else:
        _revert_or_drop(merge, record, unit_of(record.KIND, field), related=target)
    theirs = merge.theirs.get(target)
    if target not in merge.result and theirs is not None:
        _keep_theirs(merge, theirs, related=record.id)


def _restore_ours(merge: _Merge, ident: str, *, needed_by: str) -> None:
    """Our side still uses what their side removed: keep it, and say so."""
    kept = merge.ours[ident]
    merge.result[ident] = kept
    theirs, base = merge.theirs.get(ident), merge.base.get(ident)
    merge.conflict(
        ConflictReason.DELETED_THEIRS, kept, None,
        ours=json_record(kept), theirs=_json(theirs), base=_json(base), related=needed_by,
    )  # fmt: skip


def _keep_theirs(merge: _Merge, record: Record, *, related: str) -> None:
    """Their version of what our side removed, kept in a conflict so it can be restored."""
    merge.conflict(
        ConflictReason.DELETED_OURS, record, None,
        ours=None, theirs=json_record(record), base=_json(merge.base.get(record.id)), related=related,
    )  # fmt: skip


def _strip(merge: _Merge, record: Record, field: str) -> None:
    """Take every missing target out of a list or the cells, one conflict per field."""
    result = merge.result
    kinds = record.REFS[field].kinds
    theirs, base = (_flat(m.get(record.id), record.KIND) for m in (merge.theirs, merge.base))
    value = getattr(record, field)
    missing = [t for t in value if result.get(t) is None or result[t].KIND not in kinds]
    if field == "cells":
        for stage in missing:
            name = CELLS + stage
            merge.conflict(
                ConflictReason.BLOCKED, record, name,
                ours="", theirs=unit_value(theirs, (name,)), base=unit_value(base, (name,)),
                related=stage,
            )  # fmt: skip
        kept: Any = {k: v for k, v in value.items() if k not in missing}
    else:
        kept = tuple(t for t in value if t not in missing)
        merge.conflict(
            ConflictReason.BLOCKED, record, field,
            ours=list(kept), theirs=unit_value(theirs, (field,)), base=unit_value(base, (field,)),
            related=missing[0],
        )  # fmt: skip
    merge.result[record.id] = record.updated(**{field: kept})


def _revert_or_drop(merge: _Merge, record: Record, unit: tuple[str, ...], *, related: str) -> None:
    """Our value for the unit if our side has the element; else leave it out of the map."""
    ours = merge.ours.get(record.id)
    theirs, base = (_flat(m.get(record.id), record.KIND) for m in (merge.theirs, merge.base))
    if ours is None or ours.KIND != record.KIND:
        del merge.result[record.id]
        merge.conflict(
            ConflictReason.BLOCKED, record, None,
            ours=None, theirs=json_record(merge.theirs.get(record.id) or record),
            base=_json(merge.base.get(record.id)), related=related,
        )  # fmt: skip
        return
    mine = unit_value(flat_fields(ours), unit)
    merge.conflict(
        ConflictReason.BLOCKED, record, ",".join(unit),
        ours=mine, theirs=unit_value(theirs, unit), base=unit_value(base, unit), related=related,
    )  # fmt: skip
    merge.result[record.id] = build(
        record.KIND, record.id, {**flat_fields(record), **dict(split_unit(unit, mine))}
    )


def _broken_rule(merge: _Merge, record: Touchpoint | Flow) -> None:
    """A card in a lane that is no longer a channel lane, or a flow whose ends are no
    longer of one kind: the side that did not cause it keeps its value."""
    if isinstance(record, Flow):
        _revert_or_drop(merge, record, unit_of("flow", "source"), related=record.source)
        return
    ours = merge.ours.get(record.id)
    lane = merge.result[record.lane]
    if isinstance(ours, Touchpoint) and ours.lane == record.lane:  # their side changed the lane's kind
        mine = merge.ours[lane.id]
        assert isinstance(mine, Lane)
        theirs, base = (_flat(m.get(lane.id), "lane") for m in (merge.theirs, merge.base))
        merge.conflict(
            ConflictReason.BLOCKED, lane, "kind",
            ours=flat_fields(mine)["kind"], theirs=unit_value(theirs, ("kind",)),
            base=unit_value(base, ("kind",)), related=record.id,
        )  # fmt: skip
        merge.result[lane.id] = lane.updated(kind=mine.kind)
        return
    _revert_or_drop(merge, record, unit_of("touchpoint", "lane"), related=lane.id)


# ---- every conflict can be resolved as "theirs" -------------------------------------------


def _make_restorable(merge: _Merge) -> None:
    pending = list(merge.conflicts.values())
    while pending:
        entry = pending.pop()
        for target in _needs(entry):
            record = merge.theirs.get(target)
            if target in merge.result or record is None or merge.has_conflict(target):
                continue
            _keep_theirs(merge, record, related=entry["element"])
            pending.append(merge.conflicts[(target, None)])


def _needs(entry: dict[str, Any]) -> Iterator[str]:
    """The ids that their value of a conflict refers to."""
    kind, field, theirs = entry["kind"], entry["field"], entry["theirs"]
    if kind not in RECORD_TYPE or theirs is None:
        return
    record_type = RECORD_TYPE[kind]
    if field is None:
        yield from (target for _, target in record_type.model_validate(theirs).referenced_ids())
    elif field.startswith(CELLS):
        if theirs:
            yield field[len(CELLS) :]
    else:
        unit = tuple(field.split(","))
        for name, value in split_unit(unit, theirs):
            if name in record_type.REFS and value is not None:
                yield from (value if isinstance(value, list) else [value])


def _flat(record: Record | None, kind: str) -> dict[str, Any] | None:
    return flat_fields(record) if record is not None and kind == record.KIND else None


def _json(record: Record | None) -> dict[str, Any] | None:
    return json_record(record) if record is not None else None
