"""A diff applied to a map with dot votes applies and undoes, whatever the rounds and votes do
(a round loses the participant whose vote goes, the allowance goes down with the dots, a new
participant takes over a vote): the voting rules are the builders', so a patch's order of
operations never refuses it. Found by test_diff_applied_gives_the_other_map after merging
issue 13's patches with issue 12's rounds."""

from __future__ import annotations

import pytest

from journeymap.model.data import JourneyData
from journeymap.model.diff import diff
from journeymap.model.elements import Lane, Opportunity, Participant, Stage, Vote, VotingRound
from journeymap.model.journey import Journey
from journeymap.model.patch import patch_ops


def _map(dots: int, given: int, people: tuple[str, ...] = ("p1", "p2"), by: str = "p2") -> JourneyData:
    return JourneyData(
        stages=(Stage(id="st-0", name="Buy"),),
        lanes=(Lane(id="ln-0", name="Web", channel="web"),),
        opportunities=(Opportunity(id="op-0", stage="st-0", title="Show the fee"),),
        voting_rounds=(
            VotingRound(
                id="vr-1", name="Fix first", participants=tuple(Participant(id=p) for p in people), dots=dots
            ),
        ),
        votes=(
            Vote(id="vo-0", round="vr-1", participant="p1", element="op-0", dots=1),
            Vote(id="vo-1", round="vr-1", participant=by, element="op-0", dots=given),
        ),
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (_map(3, 3), _map(1, 1)),  # the allowance and the dots go down together
        (_map(1, 1), _map(3, 3)),  # and up
        (_map(3, 2), _map(3, 2, ("p1", "p3"), "p3")),  # p2 leaves, p3 joins and takes over the vote
        (
            _map(3, 2),
            _map(3, 2, ("p1",)).model_copy(update={"votes": _map(3, 2).votes[:1]}),
        ),  # p2 and the vote go
    ],
)
def test_a_diff_with_votes_applies_and_undoes(old: JourneyData, new: JourneyData) -> None:
    journey = Journey(old)
    done = journey.apply_all(patch_ops(journey, diff(old, new)))
    assert journey.snapshot() == new
    for op in reversed(done):
        journey.apply(op.inverse())
    assert journey.snapshot() == old
