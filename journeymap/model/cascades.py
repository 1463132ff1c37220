"""Removal with its cascades, as a list of primitive operations (pure, no Qt).

Removing an element takes with it what cannot live without it and strips it from lists
that name it; the result is one list of operations that the editor pushes as one undo
step and that scripts, the persona lens and tests apply directly.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from journeymap.model.elements import Record
from journeymap.model.journey import Journey
from journeymap.model.operations import Operation, Remove, Update

# a record is removed only after every record that may refer to it
REMOVAL_ORDER = (
    "vote",
    "voting_round",
    "note",
    "comment",
    "flow",
    "metric",
    "opportunity",
    "pain_point",
    "touchpoint",
    "persona",
    "lane",
    "stage",
)


def removal_plan(journey: Journey, ids: Iterable[str]) -> list[Operation]:
    """Operations that remove ``ids`` and everything that cannot live without them.

    Records that require a removed element (a touchpoint its stage, a flow its ends, a
    comment its subject, a vote its card) go too; list references (a pain point's
    touchpoints, a persona on a touchpoint, a text lane's cell for a stage) are stripped
    instead, and detachable ones (the card a sticky note was written on) set to null.
    """
    doomed = {i for i in ids if i in journey}
    queue = list(doomed)
    while queue:
        target = queue.pop()
        for referrer, field in journey.referrers(target):
            ref = type(journey[referrer]).REFS[field]
            if referrer not in doomed and not (ref.many or ref.detach):
                doomed.add(referrer)
                queue.append(referrer)
    ops: list[Operation] = []
    survivors = {r for target in doomed for r, _ in journey.referrers(target)} - doomed
    for ident in sorted(survivors, key=lambda i: (journey.index_of(i), i)):
        old = journey[ident]
        ops.append(Update(old, _strip(old, doomed)))
    rank = {kind: n for n, kind in enumerate(REMOVAL_ORDER)}
    for ident in sorted(doomed, key=lambda i: (rank[journey[i].KIND], -journey.index_of(i))):
        ops.append(Remove(journey[ident]))
    return ops


def _strip(record: Record, gone: set[str]) -> Record:
    changes: dict[str, Any] = {}
    for field, ref in record.REFS.items():
        value = getattr(record, field)
        if ref.detach and value in gone:
            changes[field] = None
        if not ref.many or value is None:
            continue
        if isinstance(value, dict):
            kept: object = {k: v for k, v in value.items() if k not in gone}
        else:
            kept = tuple(v for v in value if v not in gone)
        if kept != value:
            changes[field] = kept
    return record.updated(**changes)
