"""The small vocabulary of workshops, shared by the records and the tools that use them:
what a sticky note says, which kinds of card notes and dots go on, and the bounds of a
participant's id and of dots. (Kept apart from elements.py, which holds the records.)"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

__all__ = ["CARD_REF_KINDS", "MAX_DOTS", "PARTICIPANT_PATTERN", "CardKind", "NoteKind"]


class NoteKind(StrEnum):
    """What a sticky note captured in a workshop says."""

    PAIN = "pain"
    IDEA = "idea"
    QUOTE = "quote"
    QUESTION = "question"


CardKind = Literal["touchpoint", "pain_point", "opportunity"]
CARD_REF_KINDS: tuple[CardKind, ...] = ("touchpoint", "pain_point", "opportunity")
"""The kinds drawn as cards: what a sticky note can be written on and what can be voted on."""


PARTICIPANT_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}$"
MAX_DOTS = 99
