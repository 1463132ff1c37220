"""A value worked out once per key while a cache is open: for work done many times over a
span in which its inputs stand still (the cards of a grid during one aiming pass)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def cached(cache: dict[K, V] | None, key: K, make: Callable[[K], V]) -> V:
    """``make(key)``, kept in ``cache`` while there is one (None: made afresh every time)."""
    if cache is None:
        return make(key)
    if key not in cache:
        cache[key] = make(key)
    return cache[key]
