"""Operations: what a sequence of them amounts to (whether it cancels out)."""

from __future__ import annotations

import itertools

from journeymap.model.elements import JourneyInfo, Stage
from journeymap.model.operations import Add, Move, Remove, SetInfo, Update, cancels_out

A, B = Stage(id="a", name="A"), Stage(id="a", name="B")


def kinds(ident: str) -> str:
    return "stage" if ident.startswith("s") else "touchpoint"


def test_updates_cancel_out_when_each_record_ends_as_it_began() -> None:
    assert cancels_out([], kinds)
    assert cancels_out([Update(A, A)], kinds)
    assert cancels_out([Update(A, B), Update(B, A)], kinds)
    assert not cancels_out([Update(A, B)], kinds)
    assert not cancels_out([Update(A, B), Update(B, A), Update(A, B)], kinds)
    title = JourneyInfo(title="T")
    assert cancels_out([SetInfo(JourneyInfo(), title), SetInfo(title, JourneyInfo())], kinds)
    assert not cancels_out([SetInfo(JourneyInfo(), title)], kinds)


def test_adds_and_removes_never_count_as_cancelling_out() -> None:
    assert not cancels_out([Add(A, 0), Remove(A, 0)], kinds)


def test_moves_cancel_out_only_when_their_collection_is_back_in_order() -> None:
    assert cancels_out([Move("t1", 2, 3), Move("t1", 3, 2)], kinds)
    assert not cancels_out([Move("t1", 2, 3)], kinds)
    # each element ends at the index it was first moved from, yet the order changed
    tricky = [Move("t0", 0, 2), Move("t1", 0, 1), Move("t0", 2, 0), Move("t1", 2, 0)]
    assert not cancels_out(tricky, kinds)
    # equal indexes in two collections are two different places
    assert not cancels_out([Move("t1", 0, 1), Move("s1", 1, 0)], kinds)


def test_moves_agree_with_a_simulation_of_every_short_sequence() -> None:
    names = ["t0", "t1", "t2", "t3"]
    steps = [(i, j) for i in range(4) for j in range(4) if i != j]
    for sequence in itertools.product(steps, repeat=3):
        order, ops = list(names), []
        for old, new in sequence:
            ident = order.pop(old)
            order.insert(new, ident)
            ops.append(Move(ident, old, new))
        assert cancels_out(ops, kinds) == (order == names), sequence
