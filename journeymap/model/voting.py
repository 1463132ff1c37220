"""The rules of dot voting, shared by the live Journey and the file check.

A vote names a participant of its round and a card of a kind the round lets people vote
on, and no participant gives more dots than the round allows. These rules span records
(a round and every vote in it), so they live here, beside neither record, and are checked
when a vote or a round changes and when a file is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from journeymap.model.elements import Vote, VotingRound
from journeymap.util.i18n import tr


@dataclass(frozen=True)
class VoteProblem:
    """What is wrong with one vote: its id, the field at fault, and why."""

    vote: str
    field: str
    message: str


def participant_label(voting_round: VotingRound, participant: str) -> str:
    """A participant's name, or "Participant N" for one of a round of just a count."""
    for number, person in enumerate(voting_round.participants, start=1):
        if person.id == participant:
            return person.name or tr("Participant {n}").format(n=number)
    return participant


def round_problems(
    voting_round: VotingRound, votes: Iterable[Vote], kind_of: Callable[[str], str | None]
) -> list[VoteProblem]:
    """Every broken rule among the ``votes`` of ``voting_round`` (votes of other rounds are
    ignored): unknown participants, cards of a kind not voted on, dots over the allowance."""
    problems: list[VoteProblem] = []
    given: dict[str, int] = {}
    known = {person.id for person in voting_round.participants}
    for vote in votes:
        if vote.round != voting_round.id:
            continue
        if vote.participant not in known:
            message = tr("no participant {id!r} in round {round!r}")
            problems.append(
                VoteProblem(
                    vote.id, "participant", message.format(id=vote.participant, round=voting_round.name)
                )
            )
            continue
        kind = kind_of(vote.element)
        if kind is not None and kind not in voting_round.votable:
            message = tr("round {round!r} does not vote on {kind}s")
            problems.append(
                VoteProblem(
                    vote.id,
                    "element",
                    message.format(round=voting_round.name, kind=tr(kind.replace("_", " "))),
                )
            )
        total = given.get(vote.participant, 0) + vote.dots
        given[vote.participant] = total
        if total > voting_round.dots:
            message = tr("{who} would give {n} dots; each participant has {dots}")
            who = participant_label(voting_round, vote.participant)
            problems.append(
                VoteProblem(vote.id, "dots", message.format(who=who, n=total, dots=voting_round.dots))
            )
    return problems


def dots_given(votes: Iterable[Vote], participant: str) -> int:
    return sum(vote.dots for vote in votes if vote.participant == participant)
