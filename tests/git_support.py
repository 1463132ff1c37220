"""Real git repositories for tests: set up with ``journeymap git-setup``, holding the example
map, and branches that edit it (shared by the command-line and the editor's tests)."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from journeymap.cli import main
from journeymap.formats import journey_file
from journeymap.model.operations import Update
from journeymap.util.paths import resource


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=check)


def make_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository set up with ``journeymap git-setup``, holding the example map on main."""
    for key, value in {
        "GIT_AUTHOR_NAME": "Ada", "GIT_AUTHOR_EMAIL": "ada@example.invalid",
        "GIT_COMMITTER_NAME": "Ada", "GIT_COMMITTER_EMAIL": "ada@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1",
    }.items():  # fmt: skip
        monkeypatch.setenv(key, value)
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q", "-b", "main")
    monkeypatch.chdir(root)
    assert main(["git-setup"]) == 0
    (root / "shop.journey").write_bytes(resource("examples", "online-shop.journey").read_bytes())
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "the shop's map")
    return root


def commit_edit(repo: Path, branch: str, *ops: Any, start: str = "main") -> None:
    git(repo, "checkout", "-q", "-B", branch, start)
    path = repo / "shop.journey"
    journey = journey_file.load(path)
    for op in ops:
        journey.apply(op(journey) if callable(op) else op)
    journey_file.save(journey, path, backup=False)
    git(repo, "commit", "-q", "-am", f"{branch} edits the map")


def retitle(ident: str, title: str) -> Any:
    return lambda journey: Update(journey[ident], journey[ident].updated(title=title))
