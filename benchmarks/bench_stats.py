"""Benchmark of the insights: ``journeymap stats --json`` against ``journeymap validate`` of
the same file, and how each analysis scales with the map.

1. For each N, a synthetic map is saved, then ``journeymap validate FILE`` and ``journeymap
   stats --json FILE`` each run in a fresh interpreter, taking turns (best of the repeats).
   The time is the whole command as a user waits for it (start-up, read, analyse, print);
   the ratio is stats / validate of the same run. Peak memory is the child's ``VmHWM``.
2. The scaling table times each analysis of :mod:`journeymap.model.analysis` alone on the
   loaded map (best of the repeats), with its growth from the smaller size to the next:
   a linear analysis grows by the size ratio (10x from 1k to 10k, 5x from 10k to 50k).

Run from the repository root: ``python3 -m benchmarks.bench_stats [--sizes 1000 10000]``.
Prints markdown tables; nothing here is a test.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.bench_file import _peak_rss_kb, best_times
from benchmarks.generate import synthetic_map
from journeymap.formats import journey_file
from journeymap.model import analysis
from journeymap.model.analysis.flowgraph import flow_graph
from journeymap.model.counts import element_counts
from journeymap.model.journey import Journey

SIZES = (1_000, 10_000, 50_000)
COMMANDS = {"validate": ["validate"], "stats": ["stats", "--json"]}


def run_command(args: Sequence[str]) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of ``journeymap ARGS`` in a fresh interpreter."""
    command = [sys.executable, "-m", "benchmarks.bench_stats", "--run", *args]
    start = time.perf_counter()
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, float(done.stderr.strip().splitlines()[-1]) / 1024


def command_row(n: int, path: Path, repeats: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(repeats):
        for name, args in COMMANDS.items():
            seconds, rss = run_command([*args, str(path)])
            best[name] = min(best.get(name, float("inf")), seconds)
            best[f"rss_{name}"] = max(best.get(f"rss_{name}", 0.0), rss)
    return {"n": n, **best}


def analyses(journey: Journey) -> dict[str, Callable[[], object]]:
    graph = flow_graph(journey)
    return {
        "flow graph (read the flows once)": lambda: flow_graph(journey),
        "counts": lambda: element_counts(journey),
        "funnel": lambda: analysis.funnel(journey),
        "flow analysis (chain, reach per stage, top paths)": lambda: analysis.flow_analysis(
            journey, graph=graph
        ),
        "coverage": lambda: analysis.coverage(journey),
        "hot spots": lambda: analysis.hotspots(journey),
        "structural problems (betweenness included)": lambda: analysis.structural_problems(
            journey, graph=graph
        ),
        "all of stats (analyse + counts + JSON)": lambda: _whole(journey),
    }


def _whole(journey: Journey) -> None:
    import json

    json.dumps(element_counts(journey) | analysis.analyse(journey).to_json(), ensure_ascii=False, indent=2)


def scaling_rows(paths: dict[int, Path], repeats: int) -> dict[int, dict[str, float]]:
    found: dict[int, dict[str, float]] = {}
    for n, path in paths.items():
        journey = journey_file.load(path)
        found[n] = best_times(repeats, {"load": lambda p=path: journey_file.load(p)} | analyses(journey))
    return found


def command_table(rows: Sequence[dict[str, float]]) -> str:
    lines = [
        "| N touchpoints | validate | stats --json | stats / validate | peak RSS validate | peak RSS stats |",
        "|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(
            f"| {int(row['n']):,} | {row['validate']:.2f} s | {row['stats']:.2f} s "
            f"| {row['stats'] / row['validate']:.2f}x | {row['rss_validate']:.0f} MB | {row['rss_stats']:.0f} MB |"
        )
    return "\n".join(lines)


def scaling_table(found: dict[int, dict[str, float]]) -> str:
    sizes = sorted(found)
    head = " | ".join(f"{n:,}" for n in sizes)
    growth = " | ".join(f"{a:,} → {b:,} (size x{b / a:g})" for a, b in itertools.pairwise(sizes))
    lines = [f"| analysis | {head} | {growth} |", "|---" + "|---:" * (2 * len(sizes) - 1) + "|"]
    for name in found[sizes[0]]:
        times = [found[n][name] for n in sizes]
        cells = [f"{t * 1000:,.1f} ms" for t in times]
        cells += [f"x{b / a:.1f}" for a, b in itertools.pairwise(times)]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _run_cli(args: Sequence[str]) -> None:
    from journeymap.cli import main as cli_main

    with contextlib.redirect_stdout(io.StringIO()) as out:
        cli_main(list(args))
    sys.stdout.write(str(len(out.getvalue())))
    print(_peak_rss_kb(), file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark journeymap stats against validate.")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), metavar="N")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--run", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.run:
        _run_cli(args.run)
        return 0
    with tempfile.TemporaryDirectory(prefix="journeymap-bench-") as folder:
        paths = {}
        for n in args.sizes:
            paths[n] = Path(folder) / f"synthetic-{n}.journey"
            journey_file.save(synthetic_map(n), paths[n], backup=False)
        rows = [command_row(n, path, args.repeats) for n, path in paths.items()]
        print(f"Python {platform.python_version()}, best of {args.repeats}.\n")
        print(command_table(rows) + "\n")
        print(scaling_table(scaling_rows(paths, args.repeats)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
