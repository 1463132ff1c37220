"""Guard against the PySide6 6.12.0 / CPython 3.11 bug that leaks references to None.

That release drops one reference to None on each call that returns None; after ~5,000
calls the process aborts with "Fatal Python error: none_dealloc". None is immortal from
Python 3.12 on, so the check only bites on 3.11, where it matters.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_keep_the_refcount_of_none() -> None:
    obj = QObject()
    before = sys.getrefcount(None)
    for n in range(1000):
        obj.setObjectName(f"guard-{n}")  # returns None
        obj.blockSignals(False)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"refcount of None fell from {before} to {after}: a broken PySide6 build"
