#!/usr/bin/env python3
"""The longer fuzz run (issue 16): the checks of tests/test_fuzz.py with more tries, plus
PNG export of the mutants that validate, in a child process so that a crash (a signal)
is caught and reported instead of ending the run.

    .venv/bin/python scripts/fuzz.py                       # 1,000 / 300 / 1,000 tries, seed 16
    .venv/bin/python scripts/fuzz.py --journeys 5000 --seed 7 --png 50

Prints the counts as a markdown table (record them in docs/fuzzing.md) and exits 1 when a
mutant broke the contract, after saving it under --keep for reproduction.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzzing import (  # noqa: E402  (after the path is set)
    BrokenContract,
    Tally,
    check_journey,
    check_mermaid,
    check_workbook,
    example_mermaid,
    example_text,
    example_workbook,
    journey_mutant,
)


def _png_crashes(rng: random.Random, folder: Path, tally: Tally, base: str, count: int) -> None:
    """PNG export of mutants that validate, each in a fresh process (Qt draws them)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = 0
    while done < count:
        path = folder / "png-mutant.journey"
        path.write_bytes(journey_mutant(rng, base))
        command = [sys.executable, "-m", "journeymap", "validate", "-q", str(path)]
        if subprocess.run(command, capture_output=True, env=env, timeout=120).returncode != 0:
            continue
        command = [
            sys.executable,
            "-m",
            "journeymap",
            "export",
            str(path),
            str(folder / "out.png"),
            "--force",
        ]
        result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=300)
        if result.returncode not in (0, 1, 2) or "internal error" in result.stderr:
            raise BrokenContract(f"png export of {path}: exit {result.returncode}: {result.stderr[-2000:]}")
        tally.count("export .png", result.returncode)
        done += 1


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--journeys", type=int, default=1000)
    parser.add_argument("--workbooks", type=int, default=300)
    parser.add_argument("--mermaid", type=int, default=1000)
    parser.add_argument("--png", type=int, default=20, help="validated mutants exported to PNG")
    parser.add_argument("--keep", type=Path, default=Path("fuzz-failures"), help="where a failing input goes")
    args = parser.parse_args()
    plan = (
        ("journey", args.journeys, check_journey, example_text()),
        ("workbook", args.workbooks, check_workbook, example_workbook()),
        ("mermaid", args.mermaid, check_mermaid, example_mermaid()),
    )
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for kind, tries, check, base in plan:
            rng = random.Random(f"{args.seed}-{kind}")
            tally = Tally()
            start = time.perf_counter()
            try:
                for _ in range(tries):
                    check(rng, folder, tally, base)
                if kind == "journey" and args.png:
                    _png_crashes(rng, folder, tally, str(base), args.png)
            except BrokenContract as error:
                args.keep.mkdir(parents=True, exist_ok=True)
                for mutant in folder.glob("*mutant*"):
                    (args.keep / mutant.name).write_bytes(mutant.read_bytes())
                print(
                    f"BROKEN ({kind}, seed {args.seed}): {error}\ninput kept in {args.keep}/", file=sys.stderr
                )
                return 1
            seconds = time.perf_counter() - start
            rows.append((kind, tries, tally, seconds))
            print(f"{kind}: {tally.outcomes}", file=sys.stderr)
    print(f"Seed {args.seed}.\n")
    print(
        "| input | mutants | commands run | clean rejections (exit 1) | usage (exit 2) | accepted (exit 0) | time |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind, tries, tally, seconds in rows:
        print(
            f"| {kind} | {tries:,} | {tally.tries:,} | {tally.rejected:,} | {tally.usage:,} | "
            f"{tally.accepted:,} | {seconds:.0f} s |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
