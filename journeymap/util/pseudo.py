"""The pseudo-language: every text accented and about 40% longer, between ⟦ and ⟧.

It shows, before any translator has worked, where a layout clips or elides longer words
(Polish and Turkish run longer than English), where a glyph outside ASCII breaks, and
which text never went through ``tr()`` (it stays plain). Placeholders survive untouched:
``{name}`` fields, ``%n``/``%Ln``/``%1``, accelerator ampersands and markup tags.
"""

from __future__ import annotations

import math
import re

OPEN, CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "àƀçđéĝĥîķľñöŕšţüýžÀƁÇĐÉĜĤÎĶĽÑÖŔŠŢÜÝŽ",
)
_KEEP = re.compile(r"\{[^{}]*\}|%L?n|%\d|&(?:[a-z]+;|&)?|<[^<>]*>|\n")
GROWTH = 0.4


def pseudo(text: str) -> str:
    """``text`` in the pseudo-language (an empty text stays empty)."""
    if not text:
        return text
    parts, last, letters = [], 0, 0
    for match in _KEEP.finditer(text):
        plain = text[last : match.start()]
        parts.append(plain.translate(_ACCENTED))
        letters += len(plain)
        parts.append(match.group())
        last = match.end()
    tail = text[last:]
    parts.append(tail.translate(_ACCENTED))
    letters += len(tail)
    padding = "·" * math.ceil(letters * GROWTH)
    return f"{OPEN}{''.join(parts)}{padding}{CLOSE}"


def is_pseudo(text: str) -> bool:
    return text.startswith(OPEN) and text.endswith(CLOSE)
