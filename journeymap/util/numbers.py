r"""Numbers as people type them: digits, a point, maybe an exponent; nothing else.

Python's ``float()`` also takes "inf", "nan" and "1_0"; in a map's text those are typing
mistakes, and taking them as numbers would put infinities into shares and emotions.
Digits are any script's decimal digits (``\d``): an Arabic team may type ٢.٥.
"""

from __future__ import annotations

import math
import re

_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def plain_number(text: str) -> float | None:
    """The finite number ``text`` spells in plain decimal notation, else None."""
    text = text.strip()
    if not _PLAIN.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None
