"""Benchmark of diff and three-way merge against loading the maps involved, in one run.

For each N, a synthetic map of N touchpoints (``benchmarks.generate``) is the base; two
people edit copies of it (``edit_copy``: about 5% of the cards retitled, 1% moved to
another cell, 2% added, 1% removed with what depends on them, a stage renamed and one
reordered, and 50 cards both retitle differently, so the merge has conflicts to record).
The three are saved, then timed, best of five rounds with the jobs taking turns:

- **load 2** / **load 3**: ``journey_file.load_data`` of the two (diff) or three (merge) files;
- **diff**: ``diff(ours, theirs)`` of the loaded maps; **diff command**: load 2 + diff, as
  ``journeymap diff`` does before printing;
- **merge**: ``merge(base, ours, theirs)``; **merge command**: load 3 + merge + ``dumps``,
  as ``journeymap merge`` does before writing.

The ratios are to the load of the same maps in the same run. Run from the repository
root: ``python3 -m benchmarks.bench_teams [--sizes 1000 10000]``. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.bench_file import best_times
from benchmarks.generate import synthetic_map
from journeymap.formats import journey_file
from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.diff import diff
from journeymap.model.elements import Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.merge import merge
from journeymap.model.operations import Add, Move, Update

SIZES = (1_000, 10_000)


def edit_copy(base: JourneyData, *, seed: int, shared: list[str], tag: str) -> JourneyData:
    """One person's edits of ``base`` (see the module's docstring); ``shared`` cards are
    retitled by both people, each in their own words."""
    rng = random.Random(seed)
    journey = Journey(base)
    cards = journey.ids("touchpoint")
    stages, lanes = journey.ids("stage"), [lane.id for lane in journey.lanes if lane.kind == "channel"]
    n = len(cards)
    for ident in rng.sample(cards, n // 20) + shared:
        card = journey[ident]
        journey.apply(Update(card, card.updated(title=f"{card.title} ({tag})")))
    for ident in rng.sample(cards, n // 100):
        card = journey[ident]
        journey.apply(Update(card, card.updated(stage=rng.choice(stages), lane=rng.choice(lanes))))
    for index in range(n // 50):
        new = Touchpoint(
            id=f"tp-{tag}-{index}", stage=rng.choice(stages), lane=rng.choice(lanes), title="New"
        )
        journey.apply(Add(new, rng.randrange(journey.count("touchpoint"))))
    doomed = [i for i in rng.sample(cards, n // 100) if i not in shared and i in journey]
    journey.apply_all(removal_plan(journey, doomed))
    stage = journey[stages[rng.randrange(len(stages))]]
    journey.apply(Update(stage, stage.updated(name=f"{stage.name} ({tag})")))
    journey.apply(Move(stages[-1], journey.index_of(stages[-1]), rng.randrange(len(stages))))
    return journey.snapshot()


def measure(n: int, folder: Path, repeats: int) -> dict[str, Any]:
    start = synthetic_map(n)
    shared = random.Random(99).sample([t.id for t in start.touchpoints], 50)
    maps = {
        "base": start,
        "ours": edit_copy(start, seed=1, shared=shared, tag="ours"),
        "theirs": edit_copy(start, seed=2, shared=shared, tag="theirs"),
    }
    paths = {}
    for name, data in maps.items():
        paths[name] = folder / f"{name}-{n}.journey"
        journey_file.save(data, paths[name], backup=False)

    def load(*names: str) -> list[JourneyData]:
        return [journey_file.load_data(paths[name]) for name in names]

    base, ours, theirs = load("base", "ours", "theirs")  # as read from files: no record shared
    jobs = {
        "load 2": lambda: load("ours", "theirs"),
        "diff": lambda: diff(ours, theirs),
        "diff command": lambda: diff(*load("ours", "theirs")),
        "load 3": lambda: load("base", "ours", "theirs"),
        "merge": lambda: merge(base, ours, theirs),
        "merge command": lambda: journey_file.dumps(merge(*load("base", "ours", "theirs")).data),
    }
    times: dict[str, Any] = best_times(repeats, jobs)
    times["changes"] = len(diff(ours, theirs))
    times["conflicts"] = len(merge(base, ours, theirs).conflicts)
    times["size"] = paths["base"].stat().st_size
    return times


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def table(results: dict[int, dict[str, Any]]) -> str:
    lines = [
        "| N touchpoints | file | changes | conflicts | load 2 | diff | diff command | load 3 | merge | merge command |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n, r in results.items():
        two, three = r["load 2"], r["load 3"]
        cells = [
            f"{n:,}", f"{r['size'] / 2**20:.1f} MB", f"{r['changes']:,}", f"{r['conflicts']:,}",
            _ms(two), f"{_ms(r['diff'])} ({r['diff'] / two:.2f}x)", f"{_ms(r['diff command'])} ({r['diff command'] / two:.2f}x)",
            _ms(three), f"{_ms(r['merge'])} ({r['merge'] / three:.2f}x)", f"{_ms(r['merge command'])} ({r['merge command'] / three:.2f}x)",
        ]  # fmt: skip
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        results = {n: measure(n, Path(folder), args.repeats) for n in args.sizes}
    print(table(results))


if __name__ == "__main__":
    main()
