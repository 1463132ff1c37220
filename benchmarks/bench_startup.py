"""Benchmark of start-up: the window with the example map, and ``journeymap --version`` / ``--help``.

Two ratios, each against a baseline measured in the same run, the jobs taking turns in
every round so that a busy spell on the machine slows the baseline as much as journeymap:

- **window**: from starting ``journeymap resources/examples/online-shop.journey`` until its
  window, titled with the map's file name (set once the map is in it), is visible on the
  screen; against a bare PySide6 ``QMainWindow`` started the same way. Both run under one
  private Xvfb screen; a window is found with ``xdotool search --onlyvisible --name``, asked
  every 5 ms (``xdotool search --sync`` asks every half second, too coarse for a baseline
  of a few tenths of a second). Each run gets an empty HOME, as on a first start.
- **command line**: ``journeymap --version`` and ``journeymap --help`` (the console script
  that pip installed) against ``python -c pass`` of the same interpreter, to exit.

Needs Xvfb and xdotool (``apt-get install xvfb xdotool``). Run from the repository root:
``python -m benchmarks.bench_startup [--rounds 7]``. Prints a markdown table; not a test.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "resources" / "examples" / "online-shop.journey"
BARE_WINDOW = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setWindowTitle("bare-baseline-window")
window.resize(1200, 800)
window.show()
app.exec()
"""
POLL = 0.005
TIMEOUT = 60.0


def console_script() -> str:
    """The ``journeymap`` command of this interpreter's environment (what a user types)."""
    script = Path(sys.executable).with_name("journeymap")
    if not script.exists():
        sys.exit(f"{script} is missing: run ./scripts/bootstrap first")
    return str(script)


def time_exit(command: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def time_window(command: Sequence[str], title: str, env: dict[str, str]) -> float:
    """Seconds from starting ``command`` until a visible window whose name holds ``title``."""
    with tempfile.TemporaryDirectory() as home:
        env = {**env, "HOME": home, "XDG_CONFIG_HOME": f"{home}/c", "XDG_DATA_HOME": f"{home}/d"}
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            while time.perf_counter() - start < TIMEOUT:
                found = subprocess.run(
                    ["xdotool", "search", "--onlyvisible", "--name", title],
                    env=env,
                    capture_output=True,
                    check=False,
                )
                if found.stdout.strip():
                    return time.perf_counter() - start
                if process.poll() is not None:
                    raise RuntimeError(f"{command[0]} exited with {process.returncode} before its window")
                time.sleep(POLL)
            raise RuntimeError(f"no window {title!r} after {TIMEOUT} s")
        finally:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


class Xvfb:
    """A private virtual screen for the whole run."""

    def __enter__(self) -> str:
        for tool in ("Xvfb", "xdotool"):
            if shutil.which(tool) is None:
                sys.exit(f"{tool} is missing: apt-get install xvfb xdotool")
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as stream:
            self.display = ":" + stream.readline().strip()
        return self.display

    def __exit__(self, *exc: object) -> None:
        self.process.terminate()
        self.process.wait()


def rounds(count: int, jobs: dict[str, Callable[[], float]]) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {name: [] for name in jobs}
    for _ in range(count):
        for name, job in jobs.items():
            times[name].append(job())
    return times


def row(label: str, base: list[float], measured: list[float]) -> str:
    ratios = [m / b for m, b in zip(measured, base, strict=True)]
    best = min(measured) / min(base)
    return (
        f"| {label} | {min(base) * 1000:,.0f} ms | {min(measured) * 1000:,.0f} ms | {best:.2f}x | "
        f"{statistics.median(ratios):.2f}x | {min(ratios):.2f}–{max(ratios):.2f}x |"
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
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
        env["DISPLAY"] = display
        window = rounds(
            args.rounds,
            {
                "bare": lambda: time_window([sys.executable, "-c", BARE_WINDOW], "bare-baseline-window", env),
                "journeymap": lambda: time_window([journeymap, str(EXAMPLE)], EXAMPLE.name, env),
            },
        )
    print(
        f"Python {platform.python_version()}, {os.cpu_count()} cores, {args.rounds} rounds (CLI: twice as many)"
    )
    print()
    print("| what | baseline (best) | journeymap (best) | ratio of bests | median ratio | spread of ratios |")
    print("|---|---:|---:|---:|---:|---:|")
    print(row("window with the example map vs a bare QMainWindow", window["bare"], window["journeymap"]))
    print(row("`journeymap --version` vs `python -c pass`", cli["python -c pass"], cli["--version"]))
    print(row("`journeymap --help` vs `python -c pass`", cli["python -c pass"], cli["--help"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
