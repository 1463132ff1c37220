"""Turns the output of ``apt-get install`` or ``pip install`` into a few lines a person can follow.

Used by scripts/bootstrap: ``pip install --progress-bar raw … | python3 show_progress.py pip LOG``.
Every line read is also written to LOG, so that a failure can be looked into; the lines
shown say what is being fetched and set up, with counts and a download percentage. On a
terminal one status line is rewritten in place; in a log (CI) each step is a line of its own.
Standard library only: it runs on the system's python3 before .venv exists.
"""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Iterator
from typing import TextIO

PIP_FOUND = re.compile(r"^(?:Collecting|Processing|Requirement already satisfied:) (\S+)")
PIP_DOWNLOAD = re.compile(r"^\s*Downloading (\S+?)(?:\.whl|\.tar\.gz|\.zip)?(?:\.metadata)? \(([^)]+)\)")
PIP_PROGRESS = re.compile(r"^Progress (\d+) of (\d+)")
PIP_INSTALLING = re.compile(r"^Installing collected packages: (.*)")
APT_GET = re.compile(r"^Get:\d+ \S+ \S+ \S+ (\S+)")
APT_SETUP = re.compile(r"^Setting up (\S+?)(?::\S+)? ")
FAILURE = re.compile(r"^(?:E:|ERROR:|error:)")


class Status:
    """One line that a terminal rewrites in place; elsewhere, one line per new step."""

    def __init__(self) -> None:
        self.live = sys.stdout.isatty()
        self.last = ""

    def show(self, text: str, *, step: bool = True) -> None:
        if text == self.last:
            return
        self.last = text
        if self.live:
            sys.stdout.write("\r\033[K      " + text)
        elif step:  # a percentage is not worth a line of its own in a log
            sys.stdout.write("      " + text + "\n")
        sys.stdout.flush()

    def done(self, text: str) -> None:
        if self.live:
            sys.stdout.write("\r\033[K")
        sys.stdout.write("      " + text + "\n")
        sys.stdout.flush()


def follow_pip(lines: list[str], status: Status, log: TextIO) -> None:
    found: list[str] = []
    downloading, installed = "", 0
    for line in read(log):
        lines.append(line)
        if match := PIP_FOUND.match(line):
            name = re.split(r"[<>=!~\[ ;(]", match.group(1).rsplit("/", 1)[-1], maxsplit=1)[0]
            found.append(name)
            status.show(f"found {len(found)} packages: {name}", step=False)
        elif (match := PIP_DOWNLOAD.match(line)) and ".metadata" not in line:
            wheel, size = "-".join(match.group(1).split("-")[:2]), match.group(2)
            downloading = f"downloading {wheel} ({size})"
            status.show(downloading, step=size.endswith(" MB"))  # a log names only the big ones
        elif (match := PIP_PROGRESS.match(line)) and downloading and int(match.group(2)):
            done, total = int(match.group(1)), int(match.group(2))
            percent = 100 * done // total
            status.show(f"{downloading} {percent}%", step=total > 20 * 2**20 and percent % 25 == 0)
        elif match := PIP_INSTALLING.match(line):
            installed = len(match.group(1).split(","))
            status.show(f"installing {_packages(installed)} (unpacking Qt takes most of this)…")
    if installed:
        status.done(f"{_packages(installed)} installed")
    elif found:
        status.done(f"all {len(found)} packages were in place")


def _packages(count: int) -> str:
    return f"{count} package" if count == 1 else f"{count} packages"


def follow_apt(lines: list[str], status: Status, log: TextIO) -> None:
    fetched = set_up = 0
    for line in read(log):
        lines.append(line)
        if match := APT_GET.match(line):
            fetched += 1
            status.show(f"downloaded {fetched}: {match.group(1)}")
        elif match := APT_SETUP.match(line):
            set_up += 1
            status.show(f"set up {set_up}: {match.group(1)}")
    if set_up:
        status.done(f"{_packages(set_up)} set up")


def read(log: TextIO) -> Iterator[str]:
    for raw in sys.stdin:
        log.write(raw)
        log.flush()
        yield raw.rstrip("\n")


def main() -> int:
    kind, log_name = sys.argv[1], sys.argv[2]
    lines: list[str] = []
    started = time.monotonic()
    with open(log_name, "a", encoding="utf-8") as log:
        (follow_pip if kind == "pip" else follow_apt)(lines, Status(), log)
    failures = [line for line in lines if FAILURE.match(line)]
    for line in failures[-5:]:  # what went wrong, without the rest of the noise
        sys.stdout.write("      " + line + "\n")
    if time.monotonic() - started > 5:
        sys.stdout.write(f"      ({time.monotonic() - started:.0f} s)\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
