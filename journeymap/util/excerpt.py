"""Short excerpts of bad values, so that a message never repeats a 50 MB value whole.

Messages quote what they refuse (``emotion: must be -2..2 (got 5)``). A value that
someone else's file holds can be anything: a 50 MB string, an integer of a million
digits (which Python will not even turn into text), a nested structure. :func:`excerpt`
is the one way a message quotes a value: at most :data:`LIMIT` characters, the cut marked.
"""

from __future__ import annotations

import math
from typing import Any

LIMIT = 60
"""The most characters of a value a message quotes."""
MESSAGE_LIMIT = 400
"""The most characters of one message or location (a last guard, for messages that
quote text without :func:`excerpt`)."""


class LongNumber:
    """Stands for a number written with far more digits than any field allows.

    Readers put it where the number was (see ``journey_file`` and the workbook reader), so
    that validation reports it at its location instead of Python failing to convert it
    (integers of more than 4,300 digits) or silently making it infinite."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits

    def __repr__(self) -> str:
        return f"a number of {self.digits:,} digits"


def _digits(value: int) -> int:
    """Decimal digits of ``value`` without turning it into text (which fails past 4,300)."""
    if value == 0:
        return 1
    estimate = int(abs(value).bit_length() * math.log10(2)) + 1
    return estimate if abs(value) >= 10 ** (estimate - 1) else estimate - 1


def excerpt(value: Any, limit: int = LIMIT) -> str:
    """``repr(value)`` cut to about ``limit`` characters; huge integers by their length."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**limit:
        return repr(LongNumber(_digits(value)))
    if isinstance(value, str) and len(value) > limit:
        return repr(value[:limit]) + f"… ({len(value):,} characters)"
    if isinstance(value, (list, tuple, dict, set)) and len(value) > 20:
        return f"a {type(value).__name__} of {len(value):,} items"
    try:
        text = repr(value)
    except ValueError:  # an integer too long for Python to write, deep inside
        return "a value too large to show"
    return text if len(text) <= limit else text[:limit] + "…"


def shortened(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """``text`` itself, or its start and end around a marked cut."""
    if len(text) <= limit:
        return text
    keep = limit // 2
    return f"{text[:keep]} … {text[-keep // 2 :]}"
