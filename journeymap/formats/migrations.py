"""Migrations of raw .journey dicts, one small step per version.

``MIGRATIONS[n]`` turns a version-n document into version n+1, before any validation.
Each step has a golden file of the version it reads under tests/formats/data.

- 1 -> 2: version 2 adds ``conflicts``, the merge conflicts a three-way merge keeps in
  the file (``journeymap merge``). A version-1 file has none, so only the number changes.
- 2 -> 3: version 3 adds the workshop: ``notes``, ``voting_rounds``, ``votes`` and the
  stages' ``presenter_notes``. All are new and optional, so only the number changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 3

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _conflicts_collection(document: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: nothing to convert; a file without ``conflicts`` has none."""
    return document


def _workshop(document: dict[str, Any]) -> dict[str, Any]:
    """2 -> 3: the workshop (issue 12) adds sticky notes, voting rounds, votes and the
    stages' presenter notes. All of them are new and optional, so a version-2 map is
    already a valid version-3 map with no notes and no votes: nothing to rewrite."""
    return document


MIGRATIONS: dict[int, Migration] = {1: _conflicts_collection, 2: _workshop}


def migrate(document: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a document of ``version`` (<= CURRENT_VERSION) up to the current version."""
    while version < CURRENT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
        document["version"] = version
    return document
