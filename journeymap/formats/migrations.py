"""Migrations of raw .journey dicts, one small step per version.

``MIGRATIONS[n]`` turns a version-n document into version n+1. Version 1 is the first
published format, so the table is empty; the machinery and its tests are in place for
the first change (each step gets a golden file under tests/formats/data).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_VERSION = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migrate(document: dict[str, Any], version: int) -> dict[str, Any]:
    """Bring a document of ``version`` (<= CURRENT_VERSION) up to the current version."""
    while version < CURRENT_VERSION:
        document = MIGRATIONS[version](document)
        version += 1
        document["version"] = version
    return document
