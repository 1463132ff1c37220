"""The funnel: customers per stage (``Stage.customers``) in map order, with shares,
conversion and drop-off, and the flows that loop back to an earlier stage.

Rules (see docs/insights.md):

- ``share`` = customers / basis, where the basis is the first stage (in map order) with a
  known, non-zero count: the customers who entered the journey. It is None for an unknown
  count or when no stage has a known, non-zero count.
- ``conversion`` = customers / the previous stage's customers; None for the first stage,
  when either count is unknown, or when the previous count is 0.
- ``drop_off`` = 1 - conversion (negative when a stage has more customers than the one
  before); ``lost`` = previous customers - customers (None when either is unknown).
- A lifecycle is a cycle: the funnel is read in stage order once, and every flow that goes
  back to an earlier stage (or from a stage to itself) is reported as a :class:`Loop`, never
  followed.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

from journeymap.model.analysis._common import rounded, stage_of, stage_positions
from journeymap.model.elements import Stage
from journeymap.model.journey import Journey


@dataclass(frozen=True)
class FunnelStep:
    stage_id: str
    name: str
    customers: int | None
    share: float | None
    conversion: float | None
    drop_off: float | None
    lost: int | None

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.stage_id,)

    def to_json(self) -> dict[str, Any]:
        return {
            "stage": self.stage_id,
            "name": self.name,
            "customers": self.customers,
            "share": rounded(self.share),
            "conversion": rounded(self.conversion),
            "drop_off": rounded(self.drop_off),
            "lost": self.lost,
        }


@dataclass(frozen=True)
class Loop:
    """A flow from a later stage back to an earlier one (or to the same stage)."""

    flow_id: str
    source: str
    target: str
    from_stage: str
    to_stage: str
    share: float | None

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.flow_id, self.source, self.target, self.from_stage, self.to_stage)))

    def to_json(self) -> dict[str, Any]:
        return {
            "flow": self.flow_id,
            "source": self.source,
            "target": self.target,
            "from_stage": self.from_stage,
            "to_stage": self.to_stage,
            "share": rounded(self.share),
        }


@dataclass(frozen=True)
class Funnel:
    basis: str | None
    """The stage whose customers count as 100 % (None: no known, non-zero count)."""
    steps: tuple[FunnelStep, ...]
    loops: tuple[Loop, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "basis": self.basis,
            "steps": [step.to_json() for step in self.steps],
            "loops": [loop.to_json() for loop in self.loops],
        }


def funnel(journey: Journey) -> Funnel:
    stages = journey.stages
    basis = next((s for s in stages if s.customers), None)
    total = basis.customers if basis is not None else None
    steps = [_step(stages[0], None, total)] if stages else []
    steps += [_step(stage, before, total) for before, stage in itertools.pairwise(stages)]
    return Funnel(basis.id if basis is not None else None, tuple(steps), _loops(journey))


def _step(stage: Stage, before: Stage | None, total: int | None) -> FunnelStep:
    customers = stage.customers
    previous = before.customers if before is not None else None
    conversion = customers / previous if customers is not None and previous else None
    return FunnelStep(
        stage.id,
        stage.name,
        customers,
        customers / total if customers is not None and total else None,
        conversion,
        1.0 - conversion if conversion is not None else None,
        previous - customers if previous is not None and customers is not None else None,
    )


def _loops(journey: Journey) -> tuple[Loop, ...]:
    position = stage_positions(journey)
    loops = []
    for flow in journey.flows:
        start, end = stage_of(journey, flow.source), stage_of(journey, flow.target)
        if start is None or end is None:
            continue
        same_stage_flow = flow.source == flow.target == start
        if position[end] < position[start] or same_stage_flow:
            loops.append(Loop(flow.id, flow.source, flow.target, start, end, flow.share))
    return tuple(loops)
