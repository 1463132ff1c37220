"""Dot-voting results: per round, the cards ranked by the dots they got.

Rules (see docs/insights.md):

- A card's score in a round is the sum of the dots every participant gave it there;
  ``voters`` is how many participants gave it at least one.
- Cards are ranked by dots, most first; ties keep map order (touchpoints, then pain points,
  then opportunities, each in the map's order). Cards with no dots are left out.
- Rounds come in map order, open and closed alike (``closed`` says which).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.model.elements import NAME_FIELD, VotingRound
from journeymap.model.journey import Journey


@dataclass(frozen=True)
class VotedCard:
    element_id: str
    kind: str
    title: str
    dots: int
    voters: int

    @property
    def ids(self) -> tuple[str, ...]:
        return (self.element_id,)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.element_id,
            "kind": self.kind,
            "title": self.title,
            "dots": self.dots,
            "voters": self.voters,
        }


@dataclass(frozen=True)
class RoundResult:
    round_id: str
    name: str
    date: str | None
    closed: bool
    participants: int
    dots_each: int
    dots_given: int
    cards: tuple[VotedCard, ...]

    @property
    def dots_left(self) -> int:
        return self.participants * self.dots_each - self.dots_given

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.round_id,
            "name": self.name,
            "date": self.date,
            "closed": self.closed,
            "participants": self.participants,
            "dots_each": self.dots_each,
            "dots_given": self.dots_given,
            "results": [card.to_json() for card in self.cards],
        }


def round_result(journey: Journey, voting_round: VotingRound) -> RoundResult:
    dots: dict[str, int] = {}
    voters: dict[str, set[str]] = {}
    for vote in journey.votes_in(voting_round.id):
        dots[vote.element] = dots.get(vote.element, 0) + vote.dots
        voters.setdefault(vote.element, set()).add(vote.participant)
    order = {
        ident: n
        for n, ident in enumerate(i for k in voting_round.votable for i in journey.ids(k) if i in dots)
    }
    cards = tuple(
        VotedCard(
            ident, kind, str(getattr(journey[ident], NAME_FIELD[kind])), dots[ident], len(voters[ident])
        )
        for ident in sorted(dots, key=lambda i: (-dots[i], order.get(i, len(order)), i))
        if (kind := journey.kind_of(ident)) is not None
    )
    return RoundResult(
        voting_round.id,
        voting_round.name,
        voting_round.date.isoformat().replace("+00:00", "Z") if voting_round.date else None,
        voting_round.closed,
        len(voting_round.participants),
        voting_round.dots,
        sum(dots.values()),
        cards,
    )


def vote_results(journey: Journey) -> tuple[RoundResult, ...]:
    """Every round's result, in map order."""
    return tuple(round_result(journey, voting_round) for voting_round in journey.voting_rounds)
