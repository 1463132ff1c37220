"""JourneyData: an immutable snapshot of a whole map, and the check of its references.

The snapshot is what files read and write and what tests compare; the live, editable
form is :class:`journeymap.model.journey.Journey`. Reference checking works on typed
records and on raw dicts alike, so that a file with type errors still gets its dangling
references reported in the same pass.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from journeymap.model.elements import (
    COLLECTION,
    NAME_FIELD,
    RECORD_TYPE,
    RECORD_TYPES,
    Comment,
    Conflict,
    Flow,
    JourneyInfo,
    Lane,
    Metric,
    Note,
    Opportunity,
    PainPoint,
    Persona,
    Record,
    Stage,
    Touchpoint,
    Vote,
    VotingRound,
)
from journeymap.model.problems import Problem, location
from journeymap.util.excerpt import excerpt
from journeymap.util.i18n import number, tr


class JourneyData(BaseModel):
    """Every record of a map, each collection in its meaningful order."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    journey: JourneyInfo = Field(default_factory=JourneyInfo)
    stages: tuple[Stage, ...] = ()
    lanes: tuple[Lane, ...] = ()
    personas: tuple[Persona, ...] = ()
    touchpoints: tuple[Touchpoint, ...] = ()
    pain_points: tuple[PainPoint, ...] = ()
    opportunities: tuple[Opportunity, ...] = ()
    metrics: tuple[Metric, ...] = ()
    flows: tuple[Flow, ...] = ()
    comments: tuple[Comment, ...] = ()
    notes: tuple[Note, ...] = ()
    voting_rounds: tuple[VotingRound, ...] = ()
    votes: tuple[Vote, ...] = ()
    conflicts: tuple[Conflict, ...] = ()

    def records(self) -> Iterator[Record]:
        for record_type in RECORD_TYPES:
            yield from getattr(self, COLLECTION[record_type.KIND])


def ids_named(records: Sequence[Record], wanted: str) -> list[str]:
    """The ids of ``records`` that ``wanted`` may mean, as people write on a command line: the
    record with that id, else every record with that name (case and spaces ignored)."""
    if any(record.id == wanted for record in records):
        return [wanted]
    key = wanted.strip().casefold()
    return [r.id for r in records if str(getattr(r, NAME_FIELD[r.KIND])).strip().casefold() == key]


def _field(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def _targets(value: Any, *, many: bool) -> Iterator[tuple[str | int | None, Any]]:
    if not many:
        yield None, value
    elif isinstance(value, Mapping):
        yield from ((key, key) for key in value)
    elif isinstance(value, (list, tuple)):
        yield from enumerate(value)


def reference_problems(collections: Mapping[str, Sequence[Any]]) -> list[Problem]:
    """Duplicate ids and references to missing or wrong-kind elements, each located.

    ``collections`` maps collection names (``"touchpoints"``) to records or raw dicts. When a
    kind that references need is absent altogether (a file without ``stages``), that is said
    once, with what depends on it, instead of once per reference.
    """
    problems: list[Problem] = []
    kind_of: dict[str, str] = {}
    for kind, name in COLLECTION.items():
        for index, item in enumerate(collections.get(name, ())):
            ident = _field(item, "id")
            if not isinstance(ident, str):
                continue
            if ident in kind_of:
                problems.append(
                    Problem(location(name, index, "id"), tr("duplicate id {id}").format(id=excerpt(ident)))
                )
            else:
                kind_of[ident] = kind
    faults = [
        (name, index, fault)
        for kind, name in COLLECTION.items()
        for index, item in enumerate(collections.get(name, ()))
        for fault in _reference_faults(kind, item, kind_of.get)
    ]
    absent = absent_kinds(
        ((kinds, dangling) for _, _, (_, kinds, dangling, _) in faults), set(kind_of.values())
    )
    uses: Counter[str] = Counter()
    for name, index, (parts, kinds, dangling, message) in faults:
        if dangling and not absent.isdisjoint(kinds):
            uses[f"{name}.{parts[0]}"] += 1
        else:
            problems.append(Problem(location(name, index, *parts), message))
    if uses:
        problems.insert(0, _absent_problem(absent, uses))
    return problems


_Fault = tuple[tuple[str | int, ...], tuple[str, ...], bool, str]
"""A bad reference: (location parts below the record, the kinds it may point to, whether
its target is missing altogether, the message)."""


def absent_kinds(needs: Iterable[tuple[tuple[str, ...], bool]], present: Set[str]) -> set[str]:
    """The kinds a map has none of, though references need them: from each bad reference's
    (kinds it may point to, whether its target is missing), the kinds of those that could
    point to nothing else. Their dangling references are then one problem, not hundreds."""
    return {k for kinds, dangling in needs if dangling and present.isdisjoint(kinds) for k in kinds}


def _absent_problem(absent: set[str], uses: Counter[str]) -> Problem:
    """One problem for the kinds the map has none of, with how many references need them, where."""
    where = tr(" and ").join(COLLECTION[k] for k in COLLECTION if k in absent)
    message = tr("missing or empty, so %Ln references point nowhere: {uses}", "", uses.total()).format(
        uses=", ".join(f"{field} ({number(n)})" for field, n in uses.most_common())
    )
    return Problem(where, message)


def item_reference_problems(
    kind: str, item: Any, kind_of: Callable[[str], str | None]
) -> list[tuple[tuple[str | int, ...], str]]:
    """Problems with one record's references, as (location parts below the record, message)."""
    return [(parts, message) for parts, _, _, message in _reference_faults(kind, item, kind_of)]


def _reference_faults(kind: str, item: Any, kind_of: Callable[[str], str | None]) -> Iterator[_Fault]:
    for field, ref in RECORD_TYPE[kind].REFS.items():
        value = _field(item, field)
        if value is None:
            continue
        for sub, target in _targets(value, many=ref.many):
            if not isinstance(target, str):
                continue
            found = kind_of(target)
            message = _check_target(target, ref.kinds, found)
            if message:
                yield (field,) if sub is None else (field, sub), ref.kinds, found is None, message


def _check_target(target: str, kinds: tuple[str, ...], found: str | None) -> str:
    if found in kinds:  # the common case: no message to build
        return ""
    wanted = tr(" or ").join(tr(k.replace("_", " ")) for k in kinds)
    if found is None:
        return tr("no {kind} {id}").format(kind=wanted, id=excerpt(target))
    return tr("{id} is a {found}, not a {kind}").format(
        id=excerpt(target), found=tr(found.replace("_", " ")), kind=wanted
    )


def rule_problems(record: Record, get: Callable[[str], Record | None]) -> list[tuple[str, str]]:
    """Rules beyond fields and references, as (field, message): what a lane may hold, etc."""
    if isinstance(record, Touchpoint):
        lane = get(record.lane)
        if isinstance(lane, Lane) and lane.kind != "channel":
            message = tr("lane {id!r} is a {kind} lane; touchpoints go in channel lanes")
            return [("lane", message.format(id=lane.id, kind=tr(lane.kind.replace("_", " "))))]
    if isinstance(record, Flow):
        ends = [get(record.source), get(record.target)]
        if None not in ends and len({type(end) for end in ends}) > 1:
            return [("", tr("a flow links two touchpoints or two stages, not one of each"))]
    return []


def semantic_problems(data: JourneyData) -> list[Problem]:
    """:func:`rule_problems` for every record of a reference-clean snapshot, located."""
    by_id = {record.id: record for record in data.records()}
    problems: list[Problem] = []
    for name in COLLECTION.values():
        for index, record in enumerate(getattr(data, name)):
            for field, message in rule_problems(record, by_id.get):
                problems.append(Problem(location(name, index, *([field] if field else [])), message))
    return problems
