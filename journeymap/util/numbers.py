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


_PERCENT = re.compile(r"(?P<number>.*?)\s*[%\uff05\u066a]")


def share_number(text: str) -> float | None:
    """The share (0 to 1) that ``text`` means, as a person types one; else None.

    "40%", "40 %", "0.4" and "0,4" all mean 0.4. A bare number above 1 (up to 100) is read
    as a percentage too, since the map shows shares as percentages: "40" is 40%.
    Anything outside 0 to 100% is None.
    """
    text = text.strip()
    percent = _PERCENT.fullmatch(text)
    if percent is not None:
        text = percent.group("number")
    number = plain_number(text.replace(",", "."))
    if number is None:
        return None
    if percent is not None or number > 1:
        number /= 100
    return number if 0 <= number <= 1 else None
