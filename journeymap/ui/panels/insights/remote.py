"""The insights' side of the worker process: a mirror of the map, kept in step by changes,
analysed on request. No Qt here: the process imports only the model.

Why a process and not a thread: the analyses are pure Python, and a thread running them
would hold the interpreter's lock against the UI thread, which gives it up at every Qt
call; edits in the window then took twice as long while an analysis ran. A process runs
beside the UI on the other core.

What crosses between them is small. The first request carries the whole map as .journey
bytes; later ones carry only the records that changed since (and, for the kinds that gained,
lost or reordered elements, the new order of their ids). The answer carries what the panel
shows: the findings are cut to :data:`SHOWN` per list, with the true counts beside them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from journeymap.formats import journey_file
from journeymap.model.analysis import Insights, StructuralProblem, WhatIf, analyse, what_if
from journeymap.model.data import JourneyData
from journeymap.model.elements import COLLECTION, KINDS, Record
from journeymap.model.journey import Journey

SHOWN = 200
"""Findings per list (problems: per kind) that travel back; the panel says how many more."""


@dataclass(frozen=True)
class Changes:
    """What the worker's mirror needs to catch up with the map."""

    generation: int
    whole: bytes | None = None
    """The whole map as .journey bytes (the first request, and after Open)."""
    records: dict[str, Record | None] = field(default_factory=dict)
    """Id -> its record now, or None once removed."""
    orders: dict[str, list[str]] = field(default_factory=dict)
    """Kind -> its ids in map order, for the kinds whose membership or order changed."""


@dataclass(frozen=True)
class Request:
    changes: Changes
    full: bool
    """Analyse everything (else only the what-if)."""
    flow: str | None = None
    share: float = 0.0


@dataclass(frozen=True)
class Outcome:
    request: Request
    insights: Insights | None
    """The analysis, its lists cut to :data:`SHOWN` (see :attr:`counts`)."""
    counts: dict[str, int]
    """How many loops, pain points and problems of each kind (``problems:KIND``) there are."""
    what_if: WhatIf | None
    problem: str | None
    """Why there is no what-if (or no analysis), else None."""


class Mirror:
    """The worker's copy of the map: records by id and the order of each kind."""

    def __init__(self) -> None:
        self.generation = -1
        self._records: dict[str, Record] = {}
        self._orders: dict[str, list[str]] = {kind: [] for kind in KINDS}
        self._info: Any = None
        self._journey: Journey | None = None

    def catch_up(self, changes: Changes) -> Journey:
        if changes.whole is not None:
            data = journey_file.parse(changes.whole)
            self._records = {record.id: record for record in data.records()}
            self._orders = {kind: [r.id for r in getattr(data, COLLECTION[kind])] for kind in KINDS}
            self._info = data.journey
            self._journey = None
        if changes.whole is None and changes.generation < self.generation:
            raise ValueError("changes arrived out of order")
        for ident, record in changes.records.items():
            if record is None:
                self._records.pop(ident, None)
            else:
                self._records[ident] = record
        self._orders.update(changes.orders)
        if self._journey is None or changes.records or changes.orders:
            collections: dict[str, Any] = {
                COLLECTION[kind]: tuple(self._records[i] for i in ids) for kind, ids in self._orders.items()
            }
            self._journey = Journey(JourneyData.model_construct(None, journey=self._info, **collections))
        self.generation = changes.generation
        return self._journey


_mirror = Mirror()


def serve(request: Request) -> Outcome:
    """Runs in the worker process: catch up, analyse, answer."""
    journey = _mirror.catch_up(request.changes)
    insights = analyse(journey) if request.full else None
    counts: dict[str, int] = {}
    if insights is not None:
        insights, counts = _cut(insights)
    change, problem = None, None
    if request.flow is not None:
        try:
            change = what_if(journey, request.flow, request.share)
        except ValueError as error:
            problem = str(error)
    return Outcome(request, insights, counts, change, problem)


def _cut(insights: Insights) -> tuple[Insights, dict[str, int]]:
    """The lists cut to :data:`SHOWN` each (problems: of each kind), and their true sizes."""
    counts = {"loops": len(insights.funnel.loops), "pain_points": len(insights.hotspots.pain_points)}
    problems: list[StructuralProblem] = []
    for problem in insights.problems:
        key = f"problems:{problem.kind}"
        counts[key] = counts.get(key, 0) + 1
        if counts[key] <= SHOWN:
            problems.append(problem)
    cut = replace(
        insights,
        problems=tuple(problems),
        funnel=replace(insights.funnel, loops=insights.funnel.loops[:SHOWN]),
        hotspots=replace(insights.hotspots, pain_points=insights.hotspots.pain_points[:SHOWN]),
    )
    return cut, counts
