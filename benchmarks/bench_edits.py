"""Benchmark of edits in the main window: what each kind of edit costs on a big map compared
with a small one, with every panel shown.

For N = 100 and 10,000 touchpoints (``benchmarks.generate.synthetic_map``), a main window
is opened on the map with the Outline, Metrics, Comments, Personas, Insights and History
docks all shown (floating, so no tab hides one), and the canvas shown. Each round then does,
in turn: add a touchpoint, duplicate one, move one to another cell, delete one (with its
flows), undo, redo. Each is timed from the push (or undo/redo) until the event loop has
nothing left to do: the journey's signals, the scene, every panel and the zero-delay
timers they start. The Insights panel recomputes on a worker thread after a pause in
editing, in a worker process: it is not on the UI thread. Flows far from the view
re-route in idle time (:mod:`journeymap.render.lazy_flows`): after each edit that work is
done and timed apart, as "(idle)" rows. The table gives the median of the rounds and the
ratio 10,000 / 100; runs headless (offscreen platform).

Run from the repository root: ``python3 -m benchmarks.bench_edits [--rounds 15]``.
Nothing here is a test.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication, QDockWidget

from benchmarks.generate import synthetic_map
from journeymap.model import builders, cells, clipboard
from journeymap.model.journey import Journey
from journeymap.ui.document import Document
from journeymap.ui.window.main_window import MainWindow

EDITS = ("add", "duplicate", "move", "delete", "undo", "redo")


def settle() -> None:
    """Run the event loop until nothing is pending (signals, repaints, zero-delay timers)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def open_window(n: int) -> MainWindow:
    window = MainWindow(Document(Journey(synthetic_map(n))))
    window.resize(1600, 1000)
    window.show()
    for dock in window.findChildren(QDockWidget):
        dock.setFloating(True)
        dock.resize(360, 420)
        dock.show()
    settle()
    return window


class Round:
    """One round of the six edits on the window's document."""

    def __init__(self, window: MainWindow) -> None:
        self.document = window.document
        journey = self.document.journey
        self.stages = journey.ids("stage")
        self.lanes = [lane.id for lane in journey.lanes if cells.card_kind(journey, lane.id) == "touchpoint"]
        self.count = 0

    def _middle(self) -> str:
        ids = self.document.journey.ids("touchpoint")
        return ids[len(ids) // 2]

    def jobs(self) -> dict[str, Callable[[], object]]:
        document = self.document

        def push(edit: builders.Edit, text: str) -> None:
            document.push(text, edit.ops, select=edit.select)

        def add() -> None:
            self.count += 1
            stage, lane = self.stages[self.count % len(self.stages)], self.lanes[self.count % len(self.lanes)]
            push(builders.new_touchpoint(document.journey, stage, lane, title=f"New {self.count}"), "add")

        def duplicate() -> None:
            push(clipboard.duplicate(document.journey, [self._middle()]), "duplicate")

        def move() -> None:
            ident = self._middle()
            record = document.journey[ident]
            stage = self.stages[(self.stages.index(record.stage) + 1) % len(self.stages)]
            lane = self.lanes[(self.lanes.index(record.lane) + 1) % len(self.lanes)]
            push(builders.move_cards(document.journey, [ident], stage, lane, None), "move")

        def delete() -> None:
            push(builders.delete(document.journey, [self._middle()]), "delete")

        return {
            "add": add,
            "duplicate": duplicate,
            "move": move,
            "delete": delete,
            "undo": document.undo_stack.undo,
            "redo": document.undo_stack.redo,
        }


def measure(n: int, rounds: int) -> dict[str, list[float]]:
    window = open_window(n)
    jobs = Round(window).jobs()
    lazy = window.view.journey_scene.grid.flows.lazy
    times: dict[str, list[float]] = {name: [] for name in EDITS}
    idle: dict[str, list[float]] = {name: [] for name in EDITS}
    for _ in range(rounds + 1):  # the first round warms caches up and is not counted
        for name in EDITS:
            gc.collect()
            start = time.perf_counter()
            jobs[name]()
            settle()
            times[name].append(time.perf_counter() - start)
            start = time.perf_counter()  # the flows that waited for idle time, as the user pauses
            lazy.aim_all()
            settle()
            idle[name].append(time.perf_counter() - start)
    window.document.undo_stack.setClean()
    window.close()
    settle()
    found = {name: values[1:] for name, values in times.items()}
    found |= {f"{name} (idle)": values[1:] for name, values in idle.items()}
    return found


def table(small: int, large: int, found: dict[int, dict[str, list[float]]]) -> str:
    lines = [
        f"| edit | N = {small:,} (median) | N = {large:,} (median) | ratio | ratio range over rounds |",
        "|---|---:|---:|---:|---:|",
    ]
    for name in [*EDITS, *(f"{edit} (idle)" for edit in EDITS)]:
        a, b = found[small][name], found[large][name]
        if statistics.median(a) <= 0.0005:  # nothing waited on the small map: no ratio
            lines.append(f"| {name} | – | {statistics.median(b) * 1000:.1f} ms | – | – |")
            continue
        low, high = min(b) / statistics.median(a), max(b) / statistics.median(a)
        lines.append(
            f"| {name} | {statistics.median(a) * 1000:.1f} ms | {statistics.median(b) * 1000:.1f} ms "
            f"| {statistics.median(b) / statistics.median(a):.2f}x | {low:.2f}x – {high:.2f}x |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[100, 10_000])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    small, large = args.sizes
    found = {n: measure(n, args.rounds) for n in (small, large)}
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {args.rounds} rounds\n")
    print(table(small, large, found))


if __name__ == "__main__":
    main()
