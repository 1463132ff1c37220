"""Pausing Python's cyclic garbage collector around work that only makes objects that stay.

Reading a 10,000-touchpoint map, or diffing and merging two of them, makes hundreds of
thousands of objects that all live on and form no cycles; the collector's passes over them
(a full pass walks every object of the maps already loaded) are pure waste there.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic collection inside; the collector runs again after (if it ran before)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
