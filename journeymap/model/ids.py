"""Element ids: their pattern and their generation.

Ids are short, stable strings (``tp-3f9a1c2b``): created once, never reused or renumbered,
so that files diff and merge well. The prefix names the kind for people reading a file.

An id is a plain ``str``, not a type per kind: ids reach the model from the selection, the
scene, files and the clipboard as strings of any kind, so a per-kind type would be an
unchecked cast at each of those doors. The kind is checked where it matters, by the lookup
that also types the result: ``journey.find(Touchpoint, ident)`` / ``journey.require(...)``.
"""

from __future__ import annotations

import secrets
from collections.abc import Container

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}$"

PREFIXES: dict[str, str] = {
    "stage": "st",
    "lane": "ln",
    "touchpoint": "tp",
    "pain_point": "pp",
    "opportunity": "op",
    "persona": "pe",
    "metric": "me",
    "flow": "fl",
    "comment": "co",
    "note": "nt",
    "voting_round": "vr",
    "vote": "vo",
    "conflict": "cf",
}


def new_id(kind: str, taken: Container[str] = ()) -> str:
    """A fresh random id for an element of ``kind``, not in ``taken`` (a journey, a set...)."""
    prefix = PREFIXES[kind]
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if candidate not in taken:
            return candidate
