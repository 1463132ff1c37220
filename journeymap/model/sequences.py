"""Orders of unique ids: which ids moved between two orders, and a three-way merge of orders.

Shared by the diff (what was reordered) and the merge (the order of every column, row,
cell and list field). An id "moved" when it is not among the ids that kept their
relative order, a longest increasing subsequence of their old positions; each moved or
new id is placed after its *anchor*, the id before it in the new order. Two people who
insert at the same place are no conflict (their insertions are ordered by id, the same
whichever side is "ours"); one id that both sides moved to different places is.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field

Anchor = str | None
"""The id an element follows, or None: first."""


def stable_ids(old: Sequence[str], new: Sequence[str]) -> set[str]:
    """The ids of ``new`` that are in ``old`` and keep their relative order (as many as can).

    Patience sorting over the old positions, O(n log n); ties cannot happen (ids are unique).
    """
    if len(old) == len(new) and list(old) == list(new):  # the common case: nothing moved
        return set(new)
    position = {ident: index for index, ident in enumerate(old)}
    common = [(position[ident], ident) for ident in new if ident in position]
    tail_values: list[int] = []  # smallest last old position of an increasing run of each length
    tail_index: list[int] = []  # where in ``common`` that run ends
    previous = [-1] * len(common)
    for index, (old_position, _) in enumerate(common):
        length = bisect_left(tail_values, old_position)
        if length == len(tail_values):
            tail_values.append(old_position)
            tail_index.append(index)
        else:
            tail_values[length] = old_position
            tail_index[length] = index
        previous[index] = tail_index[length - 1] if length else -1
    kept: set[str] = set()
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        kept.add(common[index][1])
        index = previous[index]
    return kept


def anchors(order: Sequence[str], present: Collection[str] | None = None) -> dict[str, Anchor]:
    """For each id of ``order`` (in ``present``, if given), the id before it that is present."""
    found: dict[str, Anchor] = {}
    before: Anchor = None
    for ident in order:
        if present is not None and ident not in present:
            continue
        found[ident] = before
        before = ident
    return found


def place_all(skeleton: Sequence[str], placed: dict[str, Anchor]) -> tuple[list[str], set[str]]:
    """The ``skeleton`` in its order with each placed id right after its anchor; the ids
    placed after the same anchor come in id order, each followed by what is placed after
    it. Returns the order and the placed ids that could not be reached (anchor cycles)."""
    children: dict[Anchor, list[str]] = {}
    for ident, anchor in placed.items():
        children.setdefault(anchor, []).append(ident)
    for ids in children.values():
        ids.sort(reverse=True)  # popped from the end: smallest first
    out: list[str] = []
    for point in (None, *skeleton):
        if point is not None:
            out.append(point)
        stack = list(children.get(point, ()))
        while stack:
            ident = stack.pop()
            out.append(ident)
            stack.extend(children.get(ident, ()))
    return out, set(placed) - set(out)


@dataclass
class _Side:
    """One side's view of an order: the ids it kept in place, and where it put the rest."""

    members: set[str]
    order: list[str]
    placed: dict[str, Anchor] = field(default_factory=dict)


def _side(base: Sequence[str], order: Sequence[str], present: Collection[str]) -> _Side:
    stable = stable_ids(base, order)
    side = _Side(set(order), list(order))
    for ident, anchor in anchors(order, present).items():
        if ident not in stable:
            side.placed[ident] = anchor
    return side


@dataclass
class OrderMerge:
    """The merged order and the ids both sides put at different places:
    ``conflicts[id] = (our anchor, their anchor)``; ours is the one taken."""

    order: list[str]
    conflicts: dict[str, tuple[Anchor, Anchor]]


def merge_order(
    base: Sequence[str], ours_in: Sequence[str], theirs_in: Sequence[str], present: Iterable[str]
) -> OrderMerge:
    """Order ``present`` (the ids the merged collection holds) from three orders of it.

    Ids that kept their place on every side that has them keep their base order (the
    skeleton); an id that one side moved or added goes after its anchor on that side
    (the nearest id before it that is present). When both sides placed an id
    differently, ours wins and the id is reported. Without such conflicts the result
    does not depend on which side is ours.
    """
    wanted = set(present)
    ours, theirs = _side(base, ours_in, wanted), _side(base, theirs_in, wanted)
    placed: dict[str, Anchor] = dict(theirs.placed)
    placed.update(ours.placed)
    conflicts = {
        ident: (anchor, theirs.placed[ident])
        for ident, anchor in ours.placed.items()
        if ident in theirs.placed and theirs.placed[ident] != anchor
    }
    skeleton = [i for i in base if i in wanted and i not in placed]
    for ident in sorted(wanted - set(skeleton) - set(placed)):  # in no order at all: at the end
        placed[ident] = skeleton[-1] if skeleton else None
    while True:
        order, unreached = place_all(skeleton, placed)
        if not unreached:
            return OrderMerge(order, conflicts)
        _break_cycle(unreached, placed, (ours, theirs), wanted, conflicts)


def _break_cycle(
    unreached: set[str],
    placed: dict[str, Anchor],
    sides: tuple[_Side, _Side],
    wanted: set[str],
    conflicts: dict[str, tuple[Anchor, Anchor]],
) -> None:
    """Anchors that point at each other in a ring (each side moved one id after the other):
    give one id that only their side moved its place on our side instead, and report it.
    Every ring has one (an id our side anchors to but their side moved), and our side's
    anchors alone make no ring, so this ends."""
    ours, theirs = sides
    for ident in sorted(unreached):
        if ident in theirs.placed and ident not in ours.placed and ident in ours.members:
            anchor = anchors(ours.order, wanted)[ident]
            conflicts[ident] = (anchor, theirs.placed.pop(ident))
            placed[ident] = anchor
            return
    raise AssertionError("an anchor ring always holds an id that only their side moved")
