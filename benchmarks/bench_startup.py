"""Benchmark of start-up: the window with the example map, and ``journeymap --version`` / ``--help``.

Ratios, each against a baseline measured in the same run, the jobs taking turns in every
round so that a busy spell on the machine slows the baseline as much as journeymap:

- **window mapped**: from starting ``journeymap online-shop.journey`` (the example map) until
  its window, titled with the map's file name, is mapped on the screen; against a bare
  PySide6 ``QMainWindow`` started the same way. journeymap shows its window's frame (menus,
  toolbar, docks, a canvas saying the map is opening) before it loads the model, so this is
  when a user sees the program answer. Both run under one private Xvfb screen; the map events
  come from ``xev -root`` as they happen (see :class:`MapWatcher`: ``xdotool search --sync``
  asks only every half second, too coarse for a baseline of a few tenths of a second), and
  ``xdotool getwindowname`` names the window.
- **map drawn**: until the map has been painted on the canvas, as journeymap itself notes it
  (``JOURNEYMAP_STARTUP_TRACE=FILE``: a line ``map-painted MONOTONIC PROCESSOR`` once the
  first paint of the map is done), against the bare window's own first paint, noted the same
  way by the baseline program. This is the whole start, nothing of it hidden behind the
  early window.

Each run gets an empty HOME, as on a first start, with its own copy of the example map
(journeymap locks a map it opens).
- **command line**: ``journeymap --version`` and ``journeymap --help`` (the console script
  that pip installed) against ``python -c pass`` of the same interpreter, to exit.

Beside the wall-clock ratios, the processor time of each process (user + system, from the
kernel: ``wait4`` for the commands, ``/proc/PID/stat`` read as the map event arrives, at
10 ms resolution; for the paints, the program's own ``time.process_time()``) gives a second
ratio, steadier on a machine that others share: a busy machine stretches the wall time of
the longer job more than that of the baseline.

Every job runs once unmeasured first, and with bytecode caching on (PYTHONDONTWRITEBYTECODE
is removed from the environment), so that Python's compiled-module cache is warm as on a
user's machine from the second start on; the rounds then take turns.

Needs Xvfb, xdotool and xev (``apt-get install xvfb xdotool x11-utils``). Run from the repository root:
``python -m benchmarks.bench_startup [--rounds 7]``. Prints a markdown table; not a test.
"""

from __future__ import annotations

import argparse
import os
import platform
import queue
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "online-shop.journey"
TRACE_VARIABLE = "JOURNEYMAP_STARTUP_TRACE"  # journeymap.app.TRACE_VARIABLE
BARE_WINDOW = """
import os, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

def note():  # as journeymap.app.note_startup does
    with open(os.environ["JOURNEYMAP_STARTUP_TRACE"], "a") as trace:
        trace.write(f"window-painted {time.monotonic():.6f} {time.process_time():.6f}\\n")

class Window(QMainWindow):
    painted = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, note)  # the next turn: the paint is on the screen

app = QApplication([])
window = Window()
window.setWindowTitle("bare-baseline-window")
window.resize(1200, 800)
window.show()
app.exec()
"""
TIMEOUT = 60.0


def console_script() -> str:
    """The ``journeymap`` command of this interpreter's environment (what a user types)."""
    script = Path(sys.executable).with_name("journeymap")
    if not script.exists():
        sys.exit(f"{script} is missing: run ./scripts/bootstrap first")
    return str(script)


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
T = TypeVar("T")


Timing = tuple[float, float]
"""(wall-clock seconds, processor seconds) of one run."""
WindowTiming = tuple[Timing, Timing]
"""One window run: (until the window was mapped, until it or its map was painted)."""
TICK = os.sysconf("SC_CLK_TCK")


def time_exit(command: Sequence[str]) -> Timing:
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{command} exited with {process.returncode}")
    return wall, usage.ru_utime + usage.ru_stime


def processor_time(pid: int) -> float:
    """User + system seconds the process ``pid`` has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime: fields 14 and 15


class MapWatcher:
    """The windows the X server maps, as they are mapped: ``xev`` on the root window streams
    its MapNotify events, read by a thread that notes the time of each. One process for the
    whole run, so that nothing polls (a polling loop of xdotool calls took CPU from the
    program being measured, and ``xdotool search --sync`` looks only every half second)."""

    def __init__(self, display: str) -> None:
        self.events: queue.Queue[tuple[float, float, str]] = queue.Queue()
        self.pid = 0
        """The process whose processor time is read at each map event (the one measured)."""
        self.process = subprocess.Popen(
            ["stdbuf", "-oL", "xev", "-display", display, "-root", "-event", "substructure"],
            stdout=subprocess.PIPE,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        mapped_at: float | None = None
        used = 0.0
        for line in self.process.stdout:
            if line.startswith("MapNotify event"):
                mapped_at = time.monotonic()
                try:
                    used = processor_time(self.pid)
                except (OSError, IndexError, ValueError):
                    used = 0.0
            elif mapped_at is not None and (found := re.search(r"window (0x[0-9a-f]+), override", line)):
                self.events.put((mapped_at, used, found.group(1)))
                mapped_at = None

    def wait_for(
        self, title: str, since: float, env: dict[str, str], process: subprocess.Popen[bytes]
    ) -> Timing:
        """When a window whose name holds ``title`` was mapped after ``since``, and the
        processor time its process had used by then."""
        deadline = since + TIMEOUT
        while time.monotonic() < deadline:
            try:
                mapped_at, used, window = self.events.get(timeout=0.1)
            except queue.Empty:
                if process.poll() is not None:
                    raise RuntimeError(f"exited with {process.returncode} before its window") from None
                continue
            name = subprocess.run(
                ["xdotool", "getwindowname", window], env=env, capture_output=True, text=True, check=False
            ).stdout
            if mapped_at >= since and title in name:
                return mapped_at, used
        raise RuntimeError(f"no window {title!r} after {TIMEOUT} s")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()


def time_window(
    command: Sequence[str],
    title: str,
    env: dict[str, str],
    watcher: MapWatcher,
    *,
    painted: str,
    map_file: Path | None = None,
) -> WindowTiming:
    """From starting ``command``: until its window named with ``title`` is mapped, and until
    the program notes the paint ``painted`` in its start-up trace; each as (seconds, processor
    seconds used by then). ``map_file`` is copied into the run's own HOME and given to the
    command, so that nothing (an open-file lock) is left beside the original."""
    with tempfile.TemporaryDirectory() as home:
        trace = Path(home, "startup-trace")
        env = {**env, "HOME": home, "XDG_CONFIG_HOME": f"{home}/c", "XDG_DATA_HOME": f"{home}/d"}
        env[TRACE_VARIABLE] = str(trace)
        if map_file is not None:
            command = [*command, shutil.copy(map_file, home)]
        with open(f"{home}/log", "wb") as log:
            start = time.monotonic()
            process = subprocess.Popen(command, env=env, stdout=log, stderr=log)
            watcher.pid = process.pid
            try:
                mapped_at, mapped_cpu = watcher.wait_for(title, start, env, process)
                painted_at, painted_cpu = wait_for_paint(trace, painted, start, process)
                return (mapped_at - start, mapped_cpu), (painted_at - start, painted_cpu)
            except RuntimeError as error:
                said = Path(f"{home}/log").read_text(errors="replace")[-2000:]
                raise RuntimeError(f"{command[0]}: {error}\n{said}") from None
            finally:
                process.terminate()
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def wait_for_paint(trace: Path, event: str, since: float, process: subprocess.Popen[bytes]) -> Timing:
    """The clock and processor time the program noted for ``event`` in its trace file. The
    times are the program's own, so looking every 20 ms costs the measure nothing."""
    while time.monotonic() < since + TIMEOUT:
        for line in trace.read_text().splitlines() if trace.exists() else []:
            name, at, used = line.split()
            if name == event:
                return float(at), float(used)
        if process.poll() is not None:
            raise RuntimeError(f"exited with {process.returncode} before {event}")
        time.sleep(0.02)
    raise RuntimeError(f"no {event} after {TIMEOUT} s")


class Xvfb:
    """A private virtual screen for the whole run, on a display number no one else uses."""

    def __enter__(self) -> str:
        for tool in ("Xvfb", "xdotool"):
            if shutil.which(tool) is None:
                sys.exit(f"{tool} is missing: apt-get install xvfb xdotool")
        for number in range(600 + os.getpid() % 200, 1000):
            if Path(f"/tmp/.X{number}-lock").exists():
                continue
            self.display = f":{number}"
            self.process = subprocess.Popen(
                ["Xvfb", self.display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp", "-noreset"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            if self._ready():
                return self.display
            self.__exit__()
        sys.exit("could not start Xvfb")

    def _ready(self) -> bool:
        deadline = time.perf_counter() + 10
        while time.perf_counter() < deadline and self.process.poll() is None:
            probe = subprocess.run(
                ["xdotool", "getdisplaygeometry"],
                env={**os.environ, "DISPLAY": self.display},
                capture_output=True,
                check=False,
            )
            if probe.returncode == 0:
                return True
            time.sleep(0.05)
        return False

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait()


def rounds(count: int, jobs: dict[str, Callable[[], T]]) -> dict[str, list[T]]:
    times: dict[str, list[T]] = {name: [] for name in jobs}
    for job in jobs.values():
        job()  # warm: compiled modules cached, files in the page cache
    for _ in range(count):
        for name, job in jobs.items():
            times[name].append(job())
    return times


def row(label: str, base: list[Timing], measured: list[Timing]) -> str:
    wall = [m[0] / b[0] for m, b in zip(measured, base, strict=True)]
    cpu = [m[1] / b[1] for m, b in zip(measured, base, strict=True) if b[1] > 0]
    best_base, best = min(b[0] for b in base), min(m[0] for m in measured)
    cpu_base, cpu_best = min(b[1] for b in base), min(m[1] for m in measured)
    return (
        f"| {label} | {best_base * 1000:,.0f} ms | {best * 1000:,.0f} ms | {best / best_base:.2f}x | "
        f"{statistics.median(wall):.2f}x | {min(wall):.2f}–{max(wall):.2f}x | "
        f"{cpu_base * 1000:,.0f} / {cpu_best * 1000:,.0f} ms | {statistics.median(cpu):.2f}x |"
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    journeymap = console_script()
    cli = rounds(
        args.rounds * 2,
        {
            "python -c pass": lambda: time_exit([sys.executable, "-c", "pass"]),
            "--version": lambda: time_exit([journeymap, "--version"]),
            "--help": lambda: time_exit([journeymap, "--help"]),
        },
    )
    with Xvfb() as display:
        env = {k: v for k, v in ENV.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env["DISPLAY"] = display
        watcher = MapWatcher(display)
        bare = [sys.executable, "-c", BARE_WINDOW]
        window = rounds(
            args.rounds,
            {
                "bare": lambda: time_window(
                    bare, "bare-baseline-window", env, watcher, painted="window-painted"
                ),
                "journeymap": lambda: time_window(
                    [journeymap], EXAMPLE.name, env, watcher, painted="map-painted", map_file=EXAMPLE
                ),
            },
        )
        watcher.close()
    bare_mapped, bare_painted = ([run[i] for run in window["bare"]] for i in (0, 1))
    mapped, drawn = ([run[i] for run in window["journeymap"]] for i in (0, 1))
    print(
        f"Python {platform.python_version()}, {os.cpu_count()} cores, {args.rounds} rounds (CLI: twice as many)"
    )
    print()
    print(
        "| what | baseline (best) | journeymap (best) | ratio of bests | median ratio | spread of ratios "
        "| processor time, best (baseline / journeymap) | median processor-time ratio |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    print(
        row(
            "window mapped (`journeymap` with the example map) vs a bare QMainWindow mapped",
            bare_mapped,
            mapped,
        )
    )
    print(row("map drawn (the example map painted) vs a bare QMainWindow painted", bare_painted, drawn))
    print(row("`journeymap --version` vs `python -c pass`", cli["python -c pass"], cli["--version"]))
    print(row("`journeymap --help` vs `python -c pass`", cli["python -c pass"], cli["--help"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
