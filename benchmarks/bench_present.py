"""Benchmark of presenting: the time to frame the next view of the walk, animation excluded.

For N = 100 and 1,000 touchpoints (``benchmarks.generate.synthetic_map``: 8 stages, so a
1,000-touchpoint stage holds about 125 touchpoints and takes several slides), an audience
window of 1920 x 1080 with transitions off walks the whole map from the first view to the
last. For each step it times the key press handled (``session.next()``), the slide built
if it was not yet, the camera cut to it and the repaint of the window: what a person waits
for between pressing the clicker and seeing the next view (the 0.38 s glide comes on top
when motion is on). Cold: the first walk, every slide built on the way. Warm: the walk
again, slides built. Also a sticky note captured on a stage of the 1,000 map, with the
slides rebuilt and the view redrawn.

The baseline, measured in the same run, is a repaint of the same window with nothing
changed; the ratios are to it. Best of 3 walks for warm, the mean and worst of every
step for cold; ``time.perf_counter``, offscreen platform.

Run from the repository root: ``python3 -m benchmarks.bench_present``. Prints a markdown
table; nothing here is a test.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import time
from dataclasses import dataclass

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("JOURNEYMAP_REDUCED_MOTION", "1")

from PySide6.QtWidgets import QApplication

from benchmarks.generate import synthetic_map
from journeymap.model.elements import NoteKind
from journeymap.model.journey import Journey
from journeymap.ui.document import Document
from journeymap.ui.present.audience import AudienceWindow
from journeymap.ui.present.session import Presentation


def repaint(window: AudienceWindow) -> float:
    start = time.perf_counter()
    window.view.viewport().repaint()
    return time.perf_counter() - start


def walk(window: AudienceWindow) -> list[float]:
    """Every step from the first view to the last: key handled, framed, repainted."""
    session = window.session
    session.first()
    QApplication.processEvents()
    times = []
    while session.index < len(session.steps) - 1:
        gc.collect()
        start = time.perf_counter()
        session.next()
        window.view.viewport().repaint()
        times.append(time.perf_counter() - start)
    return times


def capture(window: AudienceWindow) -> float:
    """A note captured on the current stage: the edit, the deck's rebuild, the repaint."""
    session = window.session
    session.jump_to_stage(2)
    QApplication.processEvents()
    start = time.perf_counter()
    session.capture(NoteKind.IDEA, "Show the delivery date next to the price")
    QApplication.processEvents()  # the deck says once per turn of the loop that slides changed
    window.view.viewport().repaint()
    return time.perf_counter() - start


@dataclass(frozen=True)
class Result:
    n: int
    steps: int
    baseline: float
    cold: list[float]
    warm: list[float]
    capture: float | None


def measure(n: int) -> Result:
    document = Document(Journey(synthetic_map(n)))
    window = AudienceWindow(Presentation(document), animate=False)
    window.resize(1920, 1080)
    window.show()
    QApplication.processEvents()
    cold = walk(window)
    warm_walks = [walk(window) for _ in range(3)]
    warm = [min(step) for step in zip(*warm_walks, strict=True)]
    baseline = min(repaint(window) for _ in range(10))
    result = Result(
        n, len(window.session.steps), baseline, cold, warm, capture(window) if n >= 1000 else None
    )
    window.session.leave()
    window.close()
    return result


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    print(f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cores\n")
    print(
        "| touchpoints | views | repaint (baseline) | next view, cold: mean / worst | next view, warm: mean / worst | note captured |"
    )
    print("|---:|---:|---:|---:|---:|---:|")
    for n in args.sizes:
        r = measure(n)

        def cell(times: list[float], base: float = r.baseline) -> str:
            mean, worst = statistics.mean(times), max(times)
            return f"{ms(mean)} ({mean / base:.1f}×) / {ms(worst)} ({worst / base:.1f}×)"

        note = f"{ms(r.capture)} ({r.capture / r.baseline:.1f}×)" if r.capture is not None else "–"
        print(f"| {n:,} | {r.steps} | {ms(r.baseline)} | {cell(r.cold)} | {cell(r.warm)} | {note} |")


if __name__ == "__main__":
    main()
