"""The direction a piece of text reads in, by the Unicode bidi paragraph rule (pure, stdlib)."""

from __future__ import annotations

import unicodedata


def starts_right_to_left(text: str) -> bool:
    """Whether the first strong character of ``text`` is right-to-left (Arabic, Hebrew...):
    the direction a paragraph of it takes when nothing else decides."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return False
        if kind in ("R", "AL"):
            return True
    return False
