r"""Numbers as people type them and read them, in their own language's conventions.

:func:`plain_number` reads the numbers files hold: digits, a point, maybe an exponent;
nothing else. Python's ``float()`` also takes "inf", "nan" and "1_0"; in a map's text those
are typing mistakes, and taking them as numbers would put infinities into shares and emotions.
Digits are any script's decimal digits (``\d``): an Arabic team may type ٢.٥.

:func:`parse_number` reads what a person types in the editor, and :func:`format_number`
writes a number for a person; both take the language's separators as arguments (the
editor passes its QLocale's, the command line those of :mod:`journeymap.util.languages`),
so this module knows no language and stays pure.
"""

from __future__ import annotations

import math
import re
import unicodedata
from decimal import Decimal

_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?(?:\d{1,3}(?:_\d{3})+|\d+)(?:\.\d*)?(?:[eE][+-]?\d+)?|[+-]?\.\d+(?:[eE][+-]?\d+)?")
_SPACES = frozenset(" \u00a0\u202f\u2009")
"""A space of any width: where the separator is a no-break space, people type a plain one."""
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
"""Direction marks a right-to-left locale puts around signs and percent signs."""
_SIGNS = {"-": "-", "\u2212": "-", "+": "+"}


def plain_number(text: str) -> float | None:
    """The finite number ``text`` spells in plain decimal notation, else None."""
    text = text.strip()
    if not _PLAIN.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def parse_number(text: str, *, decimal: str = ".", group: str = ",") -> float | None:
    """The finite number a person typed in a language that writes ``decimal`` and ``group``
    ("1.234,5" in Turkish, "1 234,5" in Polish, "١٬٢٣٤٫٥" in Arabic), else None.

    Group separators must separate groups of three digits, so a Turkish "2.5" is refused
    rather than read as 25. Where the point is not the group separator (Polish, Arabic,
    English) it is a decimal point too: keyboards' number pads type it.
    """
    groups = _SPACES if group in _SPACES else frozenset(group)
    points = {decimal} | ({"."} if "." not in groups else set())
    normal = []
    for char in text.translate(_MARKS).strip():
        if char in points:
            normal.append(".")
        elif char in groups:
            normal.append("_")
        elif char.isdecimal():
            normal.append(str(unicodedata.decimal(char)))
        else:
            normal.append(_SIGNS.get(char, char))
    spelled = "".join(normal)
    if not _GROUPED.fullmatch(spelled):
        return None
    return plain_number(spelled.replace("_", ""))


def format_number(
    value: float,
    decimals: int | None = None,
    *,
    decimal: str = ".",
    group: str = ",",
    min_grouping: int = 1,
    zero: str = "0",
    minus: str = "-",
) -> str:
    """``value`` written for a person: ``decimals`` places (None: as few as it needs),
    thousands grouped once the whole part has ``3 + min_grouping`` digits, in the digits
    that start at ``zero``."""
    if not math.isfinite(value):
        return str(value)
    if decimals is None:
        digits = format(Decimal(repr(float(value))).normalize(), "f") if value != int(value) else str(int(value))
    else:
        digits = f"{value:.{decimals}f}"
    negative = digits.startswith("-")
    whole, _, fraction = digits.lstrip("-").partition(".")
    if len(whole) >= 3 + min_grouping:
        head = len(whole) % 3 or 3
        whole = group.join([whole[:head], *(whole[i : i + 3] for i in range(head, len(whole), 3))])
    text = whole + (decimal + fraction if fraction else "")
    if zero != "0":
        text = text.translate({ord(str(d)): chr(ord(zero) + d) for d in range(10)})
    if negative and any(c.isdecimal() and unicodedata.decimal(c) for c in text):
        text = minus + text
    return text


_PERCENT = re.compile(r"[%\uff05\u066a]")


def share_number(text: str, *, decimal: str = ".", group: str = ",") -> float | None:
    """The share (0 to 1) that ``text`` means, as a person types one; else None.

    "40%", "40 %", "%40" (Turkish writes the sign first), "٤٠٪", "0.4" and "0,4" all mean
    0.4; the number is read in the language that writes ``decimal`` and ``group``, and a
    comma is a decimal comma in any language (a share never needs thousands). A bare number
    above 1 (up to 100) is read as a percentage too, since the map shows shares as
    percentages: "40" is 40%. Anything outside 0 to 100% is None.
    """
    text = text.translate(_MARKS).strip()
    signs = len(_PERCENT.findall(text))
    if signs > 1 or (signs and not (_PERCENT.match(text) or _PERCENT.search(text[-1:]))):
        return None
    text = _PERCENT.sub("", text).strip()
    number = parse_number(text, decimal=decimal, group=group)
    if number is None:
        number = plain_number(text.replace(",", "."))
    if number is None:
        return None
    if signs or number > 1:
        number /= 100
    return number if 0 <= number <= 1 else None
