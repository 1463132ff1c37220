"""Synthetic journey maps of any size, for benchmarks: deterministic for a given seed.

``synthetic_map(n)`` lays ``n`` touchpoints over eight stages and eight channel lanes
(plus a text lane, the emotion curve and the pain point, opportunity and metric lanes),
with about n/5 pain points, n/10 opportunities, n flows, n/10 metrics and n/20 comments,
their text of realistic length. Run ``python3 -m benchmarks.generate N OUT.journey``.
"""

from __future__ import annotations

import argparse
import itertools
import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Channel,
    Comment,
    Evidence,
    Flow,
    JourneyInfo,
    Lane,
    LaneKind,
    Metric,
    Opportunity,
    PainPoint,
    Persona,
    Stage,
    Touchpoint,
)
from journeymap.model.ids import PREFIXES

STAGE_NAMES = ("Awareness", "Consideration", "Purchase", "Delivery", "Use", "Support", "Loyalty", "Advocacy")
CHANNELS = tuple(Channel)[:8]
# fmt: off
WORDS = (
    "customer", "order", "delivery", "checkout", "account", "basket", "price", "offer", "search",
    "review", "support", "email", "store", "app", "page", "payment", "return", "refund", "wait",
    "confusing", "slow", "clear", "helpful", "tracking", "parcel", "discount", "login", "password",
    "size", "stock", "question", "answer", "agent", "chat", "call", "invoice", "friend",
)
# fmt: on


class _Maker:
    """One generation run: a seeded random source and the ids handed out so far."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.taken: set[str] = set()

    def new_id(self, kind: str) -> str:
        while True:
            candidate = f"{PREFIXES[kind]}-{self.rng.getrandbits(32):08x}"
            if candidate not in self.taken:
                self.taken.add(candidate)
                return candidate

    def words(self, low: int, high: int) -> str:
        return " ".join(self.rng.choices(WORDS, k=self.rng.randint(low, high))).capitalize()

    def maybe(self, chance: float, value: Any, default: Any) -> Any:
        return value if self.rng.random() < chance else default


def synthetic_map(n: int, seed: int = 0) -> JourneyData:
    """A valid map with ``n`` touchpoints; the same ``n`` and ``seed`` give the same map."""
    maker = _Maker(seed)
    stages = _stages(maker, n)
    lanes = _lanes(maker, stages)
    personas = _personas(maker)
    touchpoints = _touchpoints(maker, n, stages, lanes[: len(CHANNELS)], personas)
    pain_points = _pain_points(maker, n, touchpoints)
    opportunities = _opportunities(maker, n, pain_points)
    metrics = _metrics(maker, n, stages, lanes, touchpoints)
    flows = _flows(maker, touchpoints, stages)
    targets = [*stages, *touchpoints, *pain_points, *opportunities, *flows]
    comments = _comments(maker, n, targets)
    info = JourneyInfo(title=f"Synthetic journey ({n} touchpoints)", description=maker.words(10, 20))
    return JourneyData(
        journey=info,
        stages=tuple(stages),
        lanes=tuple(lanes),
        personas=tuple(personas),
        touchpoints=tuple(touchpoints),
        pain_points=tuple(pain_points),
        opportunities=tuple(opportunities),
        metrics=tuple(metrics),
        flows=tuple(flows),
        comments=tuple(comments),
    )


def _stages(maker: _Maker, n: int) -> list[Stage]:
    customers = max(n, 1) * 100
    stages = []
    for name in STAGE_NAMES:
        stages.append(
            Stage(id=maker.new_id("stage"), name=name, goal=maker.words(4, 10), customers=customers)
        )
        customers = customers * maker.rng.randint(55, 90) // 100
    return stages


def _lanes(maker: _Maker, stages: Sequence[Stage]) -> list[Lane]:
    lanes = [
        Lane(id=maker.new_id("lane"), name=channel.value.replace("_", " ").title(), channel=channel)
        for channel in CHANNELS
    ]
    cells = {stage.id: maker.words(5, 15) for stage in stages}
    lanes.append(Lane(id=maker.new_id("lane"), name="Thoughts", kind=LaneKind.TEXT, cells=cells))
    for kind in (LaneKind.EMOTION, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.METRICS):
        lanes.append(Lane(id=maker.new_id("lane"), name=kind.value.replace("_", " ").title(), kind=kind))
    return lanes


def _personas(maker: _Maker) -> list[Persona]:
    return [
        Persona(
            id=maker.new_id("persona"),
            name=name,
            role=maker.words(2, 4),
            goals=(maker.words(3, 8), maker.words(3, 8)),
            frustrations=(maker.words(3, 8),),
            preferred_channels=tuple(maker.rng.sample(CHANNELS, 2)),
            quote=maker.words(6, 14),
        )
        for name in ("Ana", "Ben", "Chloe")
    ]


def _touchpoints(
    maker: _Maker, n: int, stages: Sequence[Stage], lanes: Sequence[Lane], personas: Sequence[Persona]
) -> list[Touchpoint]:
    rng = maker.rng
    touchpoints = []
    for index in range(n):
        stage = stages[index * len(stages) // n]
        touchpoints.append(
            Touchpoint(
                id=maker.new_id("touchpoint"),
                stage=stage.id,
                lane=rng.choice(lanes).id,
                title=maker.words(2, 6),
                description=maker.maybe(0.7, maker.words(8, 25), ""),
                action=maker.maybe(0.5, maker.words(3, 8), ""),
                emotion=maker.maybe(0.8, rng.randint(-2, 2), None),
                personas=maker.maybe(0.3, (rng.choice(personas).id,), ()),
                evidence=rng.choice(tuple(Evidence)),
                tags=maker.maybe(0.4, tuple(rng.sample(WORDS, 2)), ()),
            )
        )
    return touchpoints


def _pain_points(maker: _Maker, n: int, touchpoints: Sequence[Touchpoint]) -> list[PainPoint]:
    rng = maker.rng
    pains = []
    for _ in range(n // 5):
        start = rng.randrange(len(touchpoints))
        stage = touchpoints[start].stage
        nearby = [tp.id for tp in touchpoints[start : start + 3] if tp.stage == stage]
        pains.append(
            PainPoint(
                id=maker.new_id("pain_point"),
                stage=stage,
                title=maker.words(3, 7),
                description=maker.maybe(0.6, maker.words(8, 20), ""),
                touchpoints=tuple(nearby),
                severity=rng.randint(1, 5),
                affected=maker.maybe(0.5, round(rng.random(), 2), None),
            )
        )
    return pains


def _opportunities(maker: _Maker, n: int, pain_points: Sequence[PainPoint]) -> list[Opportunity]:
    rng = maker.rng
    opportunities = []
    for _ in range(n // 10):
        pain = rng.choice(pain_points)
        opportunities.append(
            Opportunity(
                id=maker.new_id("opportunity"),
                stage=pain.stage,
                title=maker.words(3, 7),
                pain_points=(pain.id,),
                impact=rng.randint(1, 5),
                effort=rng.randint(1, 5),
                owner=maker.maybe(0.5, maker.words(1, 2), ""),
            )
        )
    return opportunities


def _metrics(
    maker: _Maker, n: int, stages: Sequence[Stage], lanes: Sequence[Lane], touchpoints: Sequence[Touchpoint]
) -> list[Metric]:
    rng = maker.rng
    attachable = [None, *(s.id for s in stages), *(lane.id for lane in lanes)]
    metrics = []
    for index in range(max(n // 10, len(stages))):
        attached: str | None
        if index < len(stages):
            attached = stages[index].id
        else:
            attached = rng.choice(attachable) if rng.random() < 0.3 else rng.choice(touchpoints).id
        metrics.append(
            Metric(
                id=maker.new_id("metric"),
                name=maker.words(1, 3),
                kind=rng.choice(("conversion_rate", "csat", "nps", "custom")),
                attached_to=attached,
                unit="%",
                value=round(rng.uniform(0, 100), 1),
                target=maker.maybe(0.6, round(rng.uniform(0, 100), 1), None),
            )
        )
    return metrics


def _flows(maker: _Maker, touchpoints: Sequence[Touchpoint], stages: Sequence[Stage]) -> list[Flow]:
    rng = maker.rng
    flows = [
        Flow(id=maker.new_id("flow"), source=a.id, target=b.id, share=round(rng.uniform(0.3, 0.9), 2))
        for a, b in itertools.pairwise(stages)
    ]
    for index in range(len(touchpoints) - len(flows)):
        source = touchpoints[index]
        target = touchpoints[min(index + rng.randint(1, 20), len(touchpoints) - 1)]
        flows.append(
            Flow(
                id=maker.new_id("flow"),
                source=source.id,
                target=target.id,
                share=maker.maybe(0.5, round(rng.random(), 2), None),
                volume=maker.maybe(0.3, rng.randint(0, 10_000), None),
            )
        )
    return flows


def _comments(maker: _Maker, n: int, targets: Sequence[Any]) -> list[Comment]:
    rng = maker.rng
    start = datetime(2024, 1, 1, tzinfo=UTC)
    return [
        Comment(
            id=maker.new_id("comment"),
            attached_to=rng.choice(targets).id,
            text=maker.words(5, 20),
            author=rng.choice(("ana", "ben", "chloe")),
            created=start + timedelta(minutes=rng.randrange(500_000)),
            resolved=rng.random() < 0.3,
        )
        for _ in range(n // 20)
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a synthetic .journey map of N touchpoints.")
    parser.add_argument("n", type=int, help="number of touchpoints")
    parser.add_argument("out", type=Path, metavar="OUT.journey")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    journey_file.save(synthetic_map(args.n, seed=args.seed), args.out, backup=False)
    print(f"wrote {args.out} ({args.out.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
