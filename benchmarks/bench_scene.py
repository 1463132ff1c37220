"""Benchmark of the drawn map: scene build, one edit plus undo, and PNG export.

For N = 100 and 10,000 touchpoints (``benchmarks.generate.synthetic_map``): the time to
build a JourneyScene, the cost of one edit plus its undo (``journey.update`` of a
touchpoint's title, then the inverse operation), which the scene follows through the
journey's signals, and the repaint of a 1400 x 900 view after one scroll step at three
zooms. Then the time to export a 1,000-touchpoint map to PNG at scale 1.
Best of several rounds, ``time.perf_counter``; runs headless (offscreen platform).

Run from the repository root: ``python3 -m benchmarks.bench_scene``. Prints a markdown
table; nothing here is a test.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QGraphicsView

from benchmarks.generate import synthetic_map
from journeymap import exchange
from journeymap.model.journey import Journey
from journeymap.render.images import ensure_app
from journeymap.render.scene import JourneyScene
from journeymap.render.theme import Theme


def best(job: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def edit_and_undo(journey: Journey, ident: str) -> Callable[[], object]:
    def job() -> None:
        op = journey.update(journey[ident].updated(title=journey[ident].title + " (edited)"))
        assert op is not None
        journey.apply(op.inverse())

    return job


def repaints(scene: JourneyScene) -> list[tuple[str, float]]:
    """A 1400 x 900 view of ``scene``: the time to repaint after one scroll step, at 100%,
    50% and 15% zoom (best of 10 steps each, down the middle of the map)."""
    view = QGraphicsView(scene)
    view.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    view.resize(1400, 900)
    view.show()
    QApplication.processEvents()  # mapped and exposed: repaint() paints from here on
    found = []
    for zoom in (1.0, 0.5, 0.15):
        view.resetTransform()
        view.scale(zoom, zoom)
        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)
        view.viewport().repaint()
        times = []
        for _ in range(10):
            bar.setValue(bar.value() + 120)
            start = time.perf_counter()
            view.viewport().repaint()
            times.append(time.perf_counter() - start)
        found.append((f"{zoom:.0%}", min(times)))
    view.close()
    return found


def bench(sizes: list[int], png_size: int) -> list[tuple[str, str]]:
    ensure_app()
    rows: list[tuple[str, str]] = []
    scenes = []
    for n in sizes:
        journey = Journey(synthetic_map(n))
        build = best(lambda journey=journey: JourneyScene(journey, theme=Theme.light()), 3)
        rows.append((f"scene build, N = {n:,}", f"{build * 1000:.0f} ms"))
        scene = JourneyScene(journey, theme=Theme.light())
        middle = journey.ids("touchpoint")[n // 2]
        edit = best(edit_and_undo(journey, middle), 50)
        rows.append((f"edit + undo (title), N = {n:,}", f"{edit * 1000:.2f} ms"))
        scenes.append((n, scene))
    for n, scene in scenes:  # after every build: a shown window would slow the builds after it
        for zoom, seconds in repaints(scene):
            rows.append((f"repaint after a scroll step at {zoom}, N = {n:,}", f"{seconds * 1000:.1f} ms"))
    del scenes
    journey = Journey(synthetic_map(png_size))
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "map.png"
        png = best(lambda: exchange.export(journey, out), 3)
        rows.append(
            (
                f"PNG export, N = {png_size:,}, scale 1",
                f"{png * 1000:.0f} ms ({out.stat().st_size // 1024:,} KB)",
            )
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 10_000])
    parser.add_argument("--png", type=int, default=1_000)
    args = parser.parse_args()
    rows = bench(args.sizes, args.png)
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {platform.platform()}\n")
    print("| measure | time |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


if __name__ == "__main__":
    main()
