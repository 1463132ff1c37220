"""Benchmark of the Excel export (and import) against openpyxl's write-only mode on its own.

For each N, a synthetic map of N touchpoints (``benchmarks.generate.synthetic_map``) is
exported to xlsx in memory, beside the same run's baseline: a write-only openpyxl
workbook with the same sheets holding the same values as plain cells (lists already
joined, enumerations already strings: no styles, tables, escaping or chart). Both are
timed best of three, taking turns, with ``time.perf_counter``; the ratio is export time
over baseline time (the issue asks for at most 2). Reading the export back is timed too.

Run from the repository root: ``python3 -m benchmarks.bench_excel [--sizes 1000 10000]``.
``--xml-writers`` instead compares openpyxl's lxml writer with its pure-Python one.
Prints a markdown table; nothing here is a test.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from benchmarks.generate import synthetic_map
from journeymap.formats.excel_export import workbook_bytes
from journeymap.formats.excel_import import read_workbook
from journeymap.formats.excel_map import map_rows
from journeymap.formats.excel_schema import SHEETS
from journeymap.model.data import JourneyData
from journeymap.model.elements import COLLECTION

SIZES = (1_000, 10_000)


def _plain(value: Any) -> Any:
    if isinstance(value, tuple):
        return "\n".join(str(getattr(v, "value", v)) for v in value)
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value if value != "" else None


def plain_sheets(data: JourneyData) -> list[tuple[str, list[list[Any]]]]:
    """The export's cells as plain values, sheet by sheet (computed before timing)."""
    sheets = [("Map", [[label, *texts] for label, _, texts in map_rows(data)])]
    for spec in SHEETS:
        records = getattr(data, COLLECTION[spec.kind])
        rows = [[c.header for c in spec.columns]]
        rows += [[_plain(getattr(r, c.field)) for c in spec.columns] for r in records]
        sheets.append((spec.title, rows))
    return sheets


def baseline(sheets: list[tuple[str, list[list[Any]]]]) -> bytes:
    book = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    stream = io.BytesIO()
    book.save(stream)
    return stream.getvalue()


def best_times(repeats: int, jobs: dict[str, Callable[[], object]]) -> dict[str, float]:
    best = dict.fromkeys(jobs, float("inf"))
    for _ in range(repeats):
        for name, job in jobs.items():
            start = time.perf_counter()
            job()
            best[name] = min(best[name], time.perf_counter() - start)
    return best


def run(sizes: Sequence[int]) -> list[str]:
    lines = [
        "| touchpoints | cells | baseline (s) | export (s) | ratio | xlsx size (KB) | import (s) |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        data = synthetic_map(n)
        sheets = plain_sheets(data)
        cells = sum(len(row) for _, rows in sheets for row in rows)
        jobs: dict[str, Callable[[], object]] = {
            "baseline": lambda sheets=sheets: baseline(sheets),  # type: ignore[misc]
            "export": lambda data=data: workbook_bytes(data),  # type: ignore[misc]
        }
        times = best_times(3, jobs)
        raw = workbook_bytes(data)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "map.xlsx"
            path.write_bytes(raw)
            start = time.perf_counter()
            assert read_workbook(path) == data
            read = time.perf_counter() - start
        ratio = times["export"] / times["baseline"]
        lines.append(
            f"| {n:,} | {cells:,} | {times['baseline']:.2f} | {times['export']:.2f} | {ratio:.2f} "
            f"| {len(raw) // 1024:,} | {read:.2f} |"
        )
    return lines


def xml_writers(sizes: Sequence[int], repeats: int) -> list[str]:
    """openpyxl's XML writer with lxml against its pure-Python one (``OPENPYXL_LXML=False``):
    export and import of the same map in fresh processes, taking turns, best of ``repeats``."""
    lines = [
        "| touchpoints | export, lxml (s) | export, pure Python (s) | lxml / pure | "
        "import, lxml (s) | import, pure Python (s) | lxml / pure |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        best: dict[tuple[str, str], float] = {}
        for _ in range(repeats):
            for flag in ("True", "False"):
                command = [sys.executable, "-m", "benchmarks.bench_excel", "--time-once", str(n)]
                env = os.environ | {"OPENPYXL_LXML": flag}
                out = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
                for job, seconds in zip(("export", "import"), map(float, out.split()), strict=True):
                    best[job, flag] = min(best.get((job, flag), float("inf")), seconds)
        cells = [f"{n:,}"]
        for job in ("export", "import"):
            fast, slow = best[job, "True"], best[job, "False"]
            cells += [f"{fast:.2f}", f"{slow:.2f}", f"{fast / slow:.2f}"]
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _time_once(n: int) -> None:
    data = synthetic_map(n)
    start = time.perf_counter()
    raw = workbook_bytes(data)
    export = time.perf_counter() - start
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "map.xlsx"
        path.write_bytes(raw)
        start = time.perf_counter()
        read_workbook(path)
        read = time.perf_counter() - start
    print(export, read)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--xml-writers", action="store_true", help="lxml against pure Python, in turns")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--time-once", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.time_once:
        _time_once(args.time_once)
        return 0
    if args.xml_writers:
        print("\n".join(xml_writers(args.sizes, args.repeats)))
        return 0
    print(f"Python {platform.python_version()} on {platform.machine()}, {sys.platform}")
    print("\n".join(run(args.sizes)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
