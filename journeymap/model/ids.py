"""Typed element ids and their generation.

Ids are short, stable strings (``tp-3f9a1c2b``): created once, never reused or renumbered,
so that files diff and merge well. The prefix names the kind for people reading a file.
"""

from __future__ import annotations

import secrets
from typing import NewType

StageId = NewType("StageId", str)
LaneId = NewType("LaneId", str)
TouchpointId = NewType("TouchpointId", str)
PainPointId = NewType("PainPointId", str)
OpportunityId = NewType("OpportunityId", str)
PersonaId = NewType("PersonaId", str)
MetricId = NewType("MetricId", str)
FlowId = NewType("FlowId", str)
CommentId = NewType("CommentId", str)
NoteId = NewType("NoteId", str)
VotingRoundId = NewType("VotingRoundId", str)
VoteId = NewType("VoteId", str)

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
}


def new_id(kind: str, taken: object = ()) -> str:
    """A fresh random id for an element of ``kind``, not in ``taken`` (any container)."""
    prefix = PREFIXES[kind]
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if candidate not in taken:  # type: ignore[operator]
            return candidate
