"""The set-up scripts a new user meets first: the progress that the first install shows, and
the `journeymap` command that scripts/run makes for the README's bare commands."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PIP_OUTPUT = """\
Collecting PySide6-Essentials==6.11.3 (from journeymap==0.1.0)
  Downloading pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl.metadata (3.7 kB)
Collecting networkx>=3.2 (from journeymap==0.1.0)
  Using cached networkx-3.6.1-py3-none-any.whl.metadata (6.3 kB)
Downloading pyside6_essentials-6.11.3-cp310-abi3-manylinux_2_34_x86_64.whl (80.3 MB)
Progress 41943040 of 84200000
Progress 84200000 of 84200000
Downloading networkx-3.6.1-py3-none-any.whl (2.1 MB)
Installing collected packages: networkx, shiboken6, PySide6-Essentials, journeymap
Successfully installed PySide6-Essentials-6.11.3 journeymap-0.1.0 networkx-3.6.1 shiboken6-6.11.3
"""
APT_OUTPUT = """\
Get:1 http://deb.debian.org/debian bookworm/main amd64 libxcb-cursor0 amd64 0.1.4-1 [10.8 kB]
Get:2 http://deb.debian.org/debian bookworm/main amd64 libxcb-icccm4 amd64 0.4.1-1.1 [26.4 kB]
Setting up libxcb-cursor0:amd64 (0.1.4-1) ...
Setting up libxcb-icccm4:amd64 (0.4.1-1.1) ...
"""


def follow(kind: str, output: str, log: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "show_progress.py"), kind, str(log)],
        input=output,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_pip_output_becomes_a_few_lines_with_the_big_download(tmp_path: Path) -> None:
    shown = follow("pip", PIP_OUTPUT, tmp_path / "log")
    assert "downloading pyside6_essentials-6.11.3 (80.3 MB)" in shown
    assert "(80.3 MB) 100%" in shown  # a log gets the big download's quarters, not every step
    assert "networkx-3.6.1 (2.1 MB)" in shown  # megabytes are worth a line
    assert "installing 4 packages" in shown and shown.rstrip().endswith("4 packages installed")
    assert "Collecting" not in shown and "Progress" not in shown
    assert (tmp_path / "log").read_text() == PIP_OUTPUT  # everything kept for a failure


def test_apt_output_counts_what_is_set_up(tmp_path: Path) -> None:
    shown = follow("apt", APT_OUTPUT + "E: Unable to fetch some archives\n", tmp_path / "log")
    assert "set up 2: libxcb-icccm4" in shown and "2 packages set up" in shown
    assert "E: Unable to fetch some archives" in shown  # a failure is always shown


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "journeymap").exists(), reason="needs scripts/bootstrap")
def test_the_launcher_puts_journeymap_where_path_finds_it(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    env.update(HOME=str(home), PATH="/usr/bin:/bin")

    def launcher(path: str = "/usr/bin:/bin") -> str:
        result = subprocess.run(
            [str(ROOT / "scripts" / "launcher")], env={**env, "PATH": path}, capture_output=True, text=True
        )
        assert result.returncode == 0, result.stderr
        return result.stdout

    said = launcher()
    link = home / ".local" / "bin" / "journeymap"
    assert link.resolve() == (ROOT / ".venv" / "bin" / "journeymap").resolve()
    assert "the journeymap command is now" in said
    assert "is not on your PATH" in said and 'export PATH="$HOME/.local/bin:$PATH"' in said
    assert launcher() == ""  # said once
    on_path = f"{link.parent}:/usr/bin:/bin"
    assert subprocess.run(
        ["journeymap", "--version"], env={**env, "PATH": on_path}, capture_output=True, text=True, check=True
    ).stdout.startswith("journeymap ")
    assert launcher(on_path) == ""


def test_a_journeymap_of_another_installation_is_left_alone(tmp_path: Path) -> None:
    home = tmp_path / "home"
    other = tmp_path / "other-journeymap"
    other.write_text("#!/bin/sh\n")
    (home / ".local" / "bin").mkdir(parents=True)
    (home / ".local" / "bin" / "journeymap").symlink_to(other)
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"HOME": str(home)}
    said = subprocess.run(
        [str(ROOT / "scripts" / "launcher")], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert "runs another installation" in said and "ln -sf" in said
    assert (home / ".local" / "bin" / "journeymap").resolve() == other


def test_ci_leaves_home_alone(tmp_path: Path) -> None:
    env = {**os.environ, "HOME": str(tmp_path), "CI": "true"}
    subprocess.run([str(ROOT / "scripts" / "launcher")], env=env, check=True)
    assert not (tmp_path / ".local").exists()


@pytest.mark.skipif(not (ROOT / ".venv" / "bin" / "python").exists(), reason="needs scripts/bootstrap")
def test_build_resources_check_runs_as_the_readme_says(tmp_path: Path) -> None:
    """`scripts/build_resources.py --check`, run as a program from anywhere: the run bit, and
    the checkout's Python (the shebang's python3 has no pydantic; the script re-runs itself)."""
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = "/usr/bin:/bin"
    result = subprocess.run(
        [str(ROOT / "scripts" / "build_resources.py"), "--check"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
