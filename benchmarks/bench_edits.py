"""Benchmark of edits in the main window: what each kind of edit costs on a big map compared
with a small one, with every panel shown.

For N = 100 and 10,000 touchpoints (``benchmarks.generate.synthetic_map``), a main window
is opened on each map with the Outline, Metrics, Comments, Personas, Insights and History
docks all shown (floating, so no tab hides one), and the canvas shown. Each round then does,
in turn: add a touchpoint, duplicate one, move one to another cell, delete one (with its
flows), undo, redo. Each is timed from the push (or undo/redo) until the event loop has
nothing left to do: the journey's signals, the scene, every panel, the repaint and the
zero-delay timers they start. The Insights analysis runs in a worker process: it is not on
the UI thread. Flows away from the view re-route in idle time, in slices of 8 ms between
which the window answers (:mod:`journeymap.render.lazy_flows`): those slices are held while
an edit is timed, then run and timed apart, as "(idle)" rows. Rounds alternate between the two maps, so a busy spell on the machine slows
both alike; the first round warms caches up and is not counted.

Two views of the same edits (``--views``):

- ``same``: the view the user edits in is the same on both maps: 100% zoom, a 1400 x 900
  viewport, centred before each edit on the card it edits (for an add, on the last card of
  the cell the new card lands in; undo and redo stay where the edit before them left the
  view). This is what "an edit costs the same" claims.
- ``opened``: the window as it is opened here (both maps at 100%, the view at their start),
  then wherever the edits' selections scroll it: the measure recorded before the views were
  told apart.

The table gives the median of the rounds, the ratio 10,000 / 100, and the range of the
per-round ratios (each round's 10,000 time over the same round's 100 time). Times are wall
time (``time.perf_counter``) and CPU time of this process (``time.process_time``: not slowed
by other processes on a shared machine). Runs headless (offscreen platform).

Run from the repository root: ``python3 -m benchmarks.bench_edits [--rounds 7] [--views same opened]``.
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
from journeymap.model.elements import Touchpoint
from journeymap.model.journey import Journey
from journeymap.ui.document import Document
from journeymap.ui.window.main_window import MainWindow

EDITS = ("add", "duplicate", "move", "delete", "undo", "redo")


def settle() -> None:
    """Run the event loop until nothing is pending (signals, repaints, zero-delay timers)."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents()
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


VIEWPORT = (1400, 900)


def open_window(n: int, view: str) -> MainWindow:
    window = MainWindow(Document(Journey(synthetic_map(n))))
    window.resize(1600, 1000)
    window.show()
    for dock in window.findChildren(QDockWidget):
        dock.setFloating(True)
        dock.resize(360, 420)
        dock.show()
    settle()
    if view == "same":
        window.view.zoom_to(1.0)
        shown = window.view.viewport().size()
        window.resize(
            window.width() + VIEWPORT[0] - shown.width(), window.height() + VIEWPORT[1] - shown.height()
        )
        settle()
    return window


class Round:
    """One round of the six edits on the window's document."""

    def __init__(self, window: MainWindow, *, centre: bool) -> None:
        self.window = window
        self.document = window.document
        journey = self.document.journey
        self.stages = journey.ids("stage")
        self.lanes = [lane.id for lane in journey.lanes if cells.card_kind(journey, lane.id) == "touchpoint"]
        self.count = 0
        self.centre = centre

    def _middle(self) -> str:
        ids = self.document.journey.ids("touchpoint")
        return ids[len(ids) // 2]

    def _next_cell(self) -> tuple[str, str]:
        count = self.count + 1
        return self.stages[count % len(self.stages)], self.lanes[count % len(self.lanes)]

    def look_at(self, edit: str) -> None:
        """Centre the view on the card the edit is about (``same`` view only)."""
        if not self.centre or edit in ("undo", "redo"):
            return
        ident = self._middle()
        if edit == "add":
            here = cells.cards_in(self.document.journey, *self._next_cell())
            ident = here[-1] if here else ident
        view = self.window.view
        view.centerOn(view.journey_scene.element_rect(ident).center())
        settle()

    def jobs(self) -> dict[str, Callable[[], object]]:
        document = self.document

        def push(edit: builders.Edit, text: str) -> None:
            document.push(text, edit.ops, select=edit.select)

        def add() -> None:
            stage, lane = self._next_cell()
            self.count += 1
            push(builders.new_touchpoint(document.journey, stage, lane, title=f"New {self.count}"), "add")

        def duplicate() -> None:
            push(clipboard.duplicate(document.journey, [self._middle()]), "duplicate")

        def move() -> None:
            ident = self._middle()
            record = document.journey.require(Touchpoint, ident)
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


Found = dict[str, list[float]]
"""Edit (and "<edit> (idle)", "<edit> cpu") -> its times, one per round."""


def run_round(subject: Round, found: Found) -> None:
    jobs = subject.jobs()
    lazy = subject.window.view.journey_scene.grid.flows.lazy
    for name in EDITS:
        subject.look_at(name)
        gc.collect()
        with lazy.held():  # the edit until the window has painted it; idle slices wait
            cpu, start = time.process_time(), time.perf_counter()
            jobs[name]()
            settle()
            found.setdefault(name, []).append(time.perf_counter() - start)
            found.setdefault(f"{name} cpu", []).append(time.process_time() - cpu)
        start = time.perf_counter()  # the flows that waited for idle time, as the user pauses
        lazy.aim_all()
        settle()
        found.setdefault(f"{name} (idle)", []).append(time.perf_counter() - start)


def measure(sizes: list[int], rounds: int, view: str) -> dict[int, Found]:
    windows = {n: open_window(n, view) for n in sizes}
    subjects = {n: Round(window, centre=view == "same") for n, window in windows.items()}
    found: dict[int, Found] = {n: {} for n in sizes}
    for _ in range(rounds + 1):  # the first round warms caches up and is not counted
        for n in sizes:
            run_round(subjects[n], found[n])
    for window in windows.values():
        window.document.undo_stack.setClean()
        window.close()
    settle()
    return {n: {name: values[1:] for name, values in times.items()} for n, times in found.items()}


def table(small: int, large: int, found: dict[int, Found]) -> str:
    lines = [
        f"| edit | N = {small:,} (median) | N = {large:,} (median) | ratio | per-round ratios |",
        "|---|---:|---:|---:|---:|",
    ]
    names = [*EDITS, *(f"{edit} cpu" for edit in EDITS), *(f"{edit} (idle)" for edit in EDITS)]
    for name in names:
        a, b = found[small][name], found[large][name]
        if statistics.median(a) <= 0.0005:  # nothing waited on the small map: no ratio
            lines.append(f"| {name} | – | {statistics.median(b) * 1000:.1f} ms | – | – |")
            continue
        ratios = [y / x for x, y in zip(a, b, strict=True) if x > 0]
        lines.append(
            f"| {name} | {statistics.median(a) * 1000:.1f} ms | {statistics.median(b) * 1000:.1f} ms "
            f"| {statistics.median(b) / statistics.median(a):.2f}x | {min(ratios):.2f}x – {max(ratios):.2f}x |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[100, 10_000])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--views", nargs="+", choices=("same", "opened"), default=["same", "opened"])
    args = parser.parse_args()
    QApplication.instance() or QApplication([])
    small, large = args.sizes
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, {args.rounds} rounds", flush=True)
    for view in args.views:
        found = measure([small, large], args.rounds, view)
        print(f"\n{view} view\n\n{table(small, large, found)}", flush=True)


if __name__ == "__main__":
    main()
