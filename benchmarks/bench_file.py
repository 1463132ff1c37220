"""Benchmark of the .journey file: load, save, validate and peak memory against pydantic alone.

For each N, a synthetic map of N touchpoints is saved to a temporary folder, then timed
(best of five rounds, ``time.perf_counter``, the jobs taking turns in each round) beside the same run's baseline: parsing and
validating the same bytes with pydantic alone (``JourneyFile.model_validate_json``).
Peak memory is the peak resident set (``VmHWM``) of a fresh process that only does
the one job, so the numbers include the interpreter and imports, as a user's process would.

Run from the repository root: ``python3 -m benchmarks.bench_file [--sizes 1000 10000]``.
Prints a markdown table; nothing here is a test.
"""

from __future__ import annotations

import argparse
import gc
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.generate import synthetic_map
from journeymap.formats import journey_file

SIZES = (1_000, 10_000, 50_000)
JOBS: dict[str, Callable[[Path], object]] = {
    "baseline": lambda path: journey_file.JourneyFile.model_validate_json(path.read_bytes()),
    "load": journey_file.load,
    "imports": lambda path: None,
}


def best_times(repeats: int, jobs: dict[str, Callable[[], object]]) -> dict[str, float]:
    """The fastest of ``repeats`` runs of each job, in seconds.

    The jobs take turns within each round, so that a busy spell on the machine slows
    the baseline as much as what is compared with it.
    """
    best = dict.fromkeys(jobs, float("inf"))
    for _ in range(repeats):
        for name, job in jobs.items():
            gc.collect()
            start = time.perf_counter()
            job()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def peak_rss_mb(job: str, path: Path) -> float:
    """Peak RSS, in MB, of a fresh interpreter that runs ``job`` on ``path`` and exits."""
    command = [sys.executable, "-m", "benchmarks.bench_file", "--peak-rss", job, str(path)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return float(output.strip()) / 1024


def _peak_rss_kb() -> int:
    # VmHWM belongs to this process's own memory map; ru_maxrss would also count the
    # parent's resident set at fork time, which Linux carries across exec
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux


def measure(n: int, folder: Path, repeats: int) -> dict[str, float]:
    path = folder / f"synthetic-{n}.journey"
    journey_file.save(synthetic_map(n), path, backup=False)
    raw = path.read_bytes()
    journey = journey_file.load(path)
    out = folder / f"saved-{n}.journey"
    jobs: dict[str, Callable[[], object]] = {
        "baseline": lambda: journey_file.JourneyFile.model_validate_json(raw),
        "load": lambda: journey_file.load(path),
        "validate": lambda: journey_file.load_data(path),
        "save": lambda: journey_file.save(journey, out),
    }
    return {
        "n": n,
        "mb": len(raw) / 2**20,
        **best_times(repeats, jobs),
        "rss_imports": peak_rss_mb("imports", path),
        "rss_baseline": peak_rss_mb("baseline", path),
        "rss_load": peak_rss_mb("load", path),
    }


def table(rows: Sequence[dict[str, float]]) -> str:
    lines = [
        "| N touchpoints | file | baseline: pydantic parse + validate | load | validate | save "
        "| peak RSS: imports only | peak RSS: baseline | peak RSS: load |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        base = row["baseline"]
        cells = [
            f"{int(row['n']):,}",
            f"{row['mb']:.1f} MB",
            _ms(base),
            *(f"{_ms(row[k])} ({row[k] / base:.2f}x)" for k in ("load", "validate", "save")),
            f"{row['rss_imports']:.0f} MB",
            f"{row['rss_baseline']:.0f} MB",
            f"{row['rss_load']:.0f} MB ({row['rss_load'] / row['rss_baseline']:.2f}x)",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms" if seconds >= 0.1 else f"{seconds * 1000:.1f} ms"


def _report_peak_rss(job: str, path: Path) -> None:
    JOBS[job](path)
    print(_peak_rss_kb())


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark .journey load, save and validate.")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES), metavar="N")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--peak-rss", nargs=2, metavar=("JOB", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.peak_rss:
        _report_peak_rss(args.peak_rss[0], Path(args.peak_rss[1]))
        return 0
    with tempfile.TemporaryDirectory(prefix="journeymap-bench-") as folder:
        rows = [measure(n, Path(folder), args.repeats) for n in args.sizes]
    print(f"Python {platform.python_version()}, best of {args.repeats}; times in ms, ratios to baseline.\n")
    print(table(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
