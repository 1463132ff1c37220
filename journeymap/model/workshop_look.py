"""How a workshop's notes and dots look wherever they are drawn, as plain "#rrggbb" strings.

A sticky note is paper: one pastel per kind (pain, idea, quote, question) with dark ink,
the same in the light and the dark look, on the editor's canvas, the presentation's slides,
the slide deck and the handout. A participant's dots are their own colour, else the
palette's by their place in the round. The words for a note's kind are here too, untranslated
(callers say them through ``tr``). Like :mod:`.stage_look` and :mod:`.persona_look`: one
rule, so a note of one kind never has two colours.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from journeymap.model.workshop_records import NoteKind, VotingRound
from journeymap.util.i18n import tr_noop

NOTE_PAPER: dict[NoteKind, str] = {
    NoteKind.PAIN: "#ffd3cd",
    NoteKind.IDEA: "#fff0a0",
    NoteKind.QUOTE: "#cfe5ff",
    NoteKind.QUESTION: "#e4d5ff",
}
"""The paper of a sticky note of each kind (pastels: dark ink reads on each at 7:1 or more)."""

NOTE_INK = "#15171c"
"""The ink on every note's paper."""

NOTE_WORDS: dict[NoteKind, str] = {
    NoteKind.PAIN: tr_noop("Pain"),
    NoteKind.IDEA: tr_noop("Idea"),
    NoteKind.QUOTE: tr_noop("Quote"),
    NoteKind.QUESTION: tr_noop("Question"),
}
"""What each kind is called (marked for the catalogues: say it through ``tr``)."""

PARTICIPANT_PALETTE = (
    "#e8590c", "#1c7ed6", "#2f9e44", "#ae3ec9", "#f08c00", "#0c8599", "#d6336c", "#5c940d",
    "#7048e8", "#c92a2a", "#1098ad", "#e67700",
)  # fmt: skip
"""Dot colours for participants who have none of their own: distinct on light and dark."""


def note_paper(kind: NoteKind | str) -> str:
    """The paper colour of a note of ``kind`` (a NoteKind or its value, "pain")."""
    return NOTE_PAPER[NoteKind(kind)]


def note_bands(kinds: Iterable[NoteKind | str]) -> list[tuple[str, float]]:
    """The paper of a sticky marker counting notes of ``kinds`` (one entry a note): a band
    per kind, in the kinds' order (pain, idea, quote, question), as (paper, share of the
    width); the canvas, the slides and the overview's tiles draw their markers with it."""
    counts = Counter(NoteKind(kind) for kind in kinds)
    total = sum(counts.values())
    return [(note_paper(kind), counts[kind] / total) for kind in NoteKind if counts[kind]]


def participant_color(voting_round: VotingRound, participant: str) -> str:
    """A participant's own colour, else the palette's by their place in the round."""
    for number, person in enumerate(voting_round.participants):
        if person.id == participant:
            return person.color or PARTICIPANT_PALETTE[number % len(PARTICIPANT_PALETTE)]
    return PARTICIPANT_PALETTE[0]
