"""Who is voting and how many dots they have given: what the voting builders and views ask.

The rules of a round (a vote's participant belongs to the round, its card is of a kind the
round votes on, nobody gives more dots than the round allows) are kept by the builders in
:mod:`.workshop`, which refuse a dot beyond them. They are deliberately not invariants of
the Journey or the file: two copies of a map voted on separately must still merge and
open (issue 13), and then the Votes tab shows anyone over their allowance ("Ana 4/3").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from journeymap.model.elements import Vote, VotingRound
from journeymap.util.i18n import tr


def participant_label(voting_round: VotingRound, participant: str) -> str:
    """A participant's name, or "Participant N" for one of a round of just a count."""
    for number, person in enumerate(voting_round.participants, start=1):
        if person.id == participant:
            return person.name or tr("Participant {n}").format(n=number)
    return participant


def dots_given(votes: Iterable[Vote], participant: str) -> int:
    return sum(vote.dots for vote in votes if vote.participant == participant)


def shown_round(rounds: Sequence[VotingRound], picked: str | None = None) -> VotingRound | None:
    """The round whose dots the editor's canvas shows: the one ``picked`` (in the Workshop
    panel's Votes tab) while it exists, else the last open one, else the last one (after a
    workshop, its closed round's results stay on the map)."""
    chosen = next((r for r in rounds if r.id == picked), None) if picked is not None else None
    if chosen is not None:
        return chosen
    return next((r for r in reversed(rounds) if not r.closed), rounds[-1] if rounds else None)
