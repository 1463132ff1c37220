"""Migrations of raw .journey dicts, one small step per version.

``MIGRATIONS[n]`` turns a version-n document into version n+1. Version 1 is the first
published format; each step has a golden file of the version it reads under
tests/formats/data and a test.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 2

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _workshop(document: dict[str, Any]) -> dict[str, Any]:
    """1 -> 2: the workshop (issue 12) adds sticky notes, voting rounds, votes and the
    stages' presenter notes. All of them are new and optional, so a version-1 map is
    already a valid version-2 map with no notes and no votes: nothing to rewrite."""
    return document


MIGRATIONS: dict[int, Migration] = {1: _workshop}


def migrate(document: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a document of ``version`` (<= CURRENT_VERSION) up to the current version."""
    while version < CURRENT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
        document["version"] = version
    return document
