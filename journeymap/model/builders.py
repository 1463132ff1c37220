"""Pure builders for the editor's edits: each returns the operations of one undoable step.

A gesture (double-click, drag, Alt+arrow, a menu action) names ids, cells and indexes; a
builder here turns that into an :class:`Edit`: a list of :mod:`operations
<journeymap.model.operations>`, the ids to select afterwards, and the ids it creates,
without touching the journey. The editor pushes the list as one command; scripts and tests
may ``journey.apply_all`` it. Builders refuse what the journey would refuse (a flow between
a stage and a touchpoint, an empty name) with a located :class:`JourneyError`, so that the
UI can say why before anything changes.

Removal plans live in :mod:`~journeymap.model.cascades`, copy and paste in
:mod:`~journeymap.model.clipboard`, and the questions about cells in
:mod:`~journeymap.model.cells`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import ValidationError

from journeymap.model.cascades import removal_plan
from journeymap.model.cells import card_kind, cards_in, lane_of_kind
from journeymap.model.elements import (
    CARD_TYPES,
    KINDS,
    NAME_FIELD,
    RECORD_TYPE,
    Card,
    Comment,
    Flow,
    Lane,
    LaneKind,
    Record,
    Stage,
    Touchpoint,
)
from journeymap.model.ids import new_id
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Move, Operation, Update
from journeymap.model.problems import JourneyError, Problem
from journeymap.util.i18n import tr

R = TypeVar("R", bound=Record)


@dataclass(frozen=True)
class Edit:
    """The operations of one step and the ids to select once it is done."""

    ops: list[Operation]
    select: list[str] = field(default_factory=list)

    @property
    def created(self) -> list[str]:
        """The ids of the records this edit adds, in the order it adds them."""
        return [op.record.id for op in self.ops if isinstance(op, Add)]


def refused(where: str, message: str) -> JourneyError:
    return JourneyError([Problem(where, message)])


def build(record_type: type[R], **fields: Any) -> R:
    """A validated record, with pydantic's complaints turned into located problems."""
    try:
        return record_type.model_validate(fields)
    except ValidationError as error:
        raise _problems(fields.get("id", ""), error) from None


def changed(record: R, **changes: Any) -> R:
    """``record.updated(**changes)``, with pydantic's complaints turned into located problems."""
    try:
        return record.updated(**changes)
    except ValidationError as error:
        raise _problems(record.id, error) from None


def _problems(ident: str, error: ValidationError) -> JourneyError:
    return JourneyError(
        Problem(".".join([ident, *(str(p) for p in e["loc"])]), e["msg"]) for e in error.errors()
    )


def _expect(journey: Journey, ident: str, *kinds: str) -> Record:
    """The record ``ident`` if it is of one of ``kinds`` (for one kind: ``journey.require``)."""
    record = journey.get(ident)
    if record is None or record.KIND not in kinds:
        wanted = tr(" or ").join(tr(k.replace("_", " ")) for k in kinds)
        raise refused(ident, tr("no {kind} {id!r}").format(kind=wanted, id=ident))
    return record


# ---- adding and changing ---------------------------------------------------------------


def new_card(journey: Journey, stage: str, lane: str, *, title: str, index: int | None = None) -> Edit:
    """A touchpoint (channel lane), pain point or opportunity in the cell ``(stage, lane)``."""
    journey.require(Stage, stage)
    kind = card_kind(journey, journey.require(Lane, lane).id)
    if kind is None:
        raise refused(lane, tr("this lane holds no cards"))
    ident = new_id(kind, journey)
    fields: dict[str, Any] = {"id": ident, "stage": stage, "title": title}
    if kind == "touchpoint":
        fields["lane"] = lane
    return Edit([Add(build(RECORD_TYPE[kind], **fields), index)], [ident])


def new_touchpoint(journey: Journey, stage: str, lane: str, *, title: str, index: int | None = None) -> Edit:
    if card_kind(journey, lane) != "touchpoint":
        raise refused(lane, tr("touchpoints go in channel lanes"))
    return new_card(journey, stage, lane, title=title, index=index)


def new_stage(journey: Journey, *, name: str, index: int | None = None) -> Edit:
    ident = new_id("stage", journey)
    return Edit([Add(build(Stage, id=ident, name=name), index)], [ident])


def new_lane(
    journey: Journey,
    *,
    name: str,
    kind: LaneKind = LaneKind.CHANNEL,
    channel: str | None = None,
    index: int | None = None,
) -> Edit:
    ident = new_id("lane", journey)
    record = build(Lane, id=ident, name=name, kind=kind, channel=channel)
    return Edit([Add(record, index)], [ident])


def new_comment(journey: Journey, attached_to: str | None, *, text: str, author: str = "") -> Edit:
    if attached_to is not None and attached_to not in journey:
        raise refused(attached_to, tr("no element {id!r}").format(id=attached_to))
    ident = new_id("comment", journey)
    record = build(Comment, id=ident, attached_to=attached_to, text=text, author=author)
    return Edit([Add(record)], [ident])


def rename(journey: Journey, ident: str, text: str) -> Edit:
    """Set the name, title, label or text (per :data:`NAME_FIELD`) of one element."""
    record = _expect(journey, ident, *NAME_FIELD)
    name_field = NAME_FIELD[record.KIND]
    text = text.strip()
    if not text and name_field != "label":
        raise refused(ident, tr("a name cannot be empty"))
    new = changed(record, **{name_field: text})
    return Edit([Update(record, new)] if new != record else [], [ident])


def set_cell_text(journey: Journey, stage: str, lane: str, text: str) -> Edit:
    """The text of a text lane's cell for ``stage``; blank text empties the cell."""
    record = journey.require(Lane, lane)
    journey.require(Stage, stage)
    if record.kind != LaneKind.TEXT:
        raise refused(lane, tr("only text lanes have cell text"))
    new = changed(record, cells={**record.cells, stage: text.strip("\n") if text.strip() else ""})
    return Edit([Update(record, new)] if new != record else [], [])


def delete(journey: Journey, ids: Iterable[str]) -> Edit:
    """Remove ``ids`` with their cascades (see :func:`removal_plan`)."""
    return Edit(removal_plan(journey, ids), [])


# ---- moving ----------------------------------------------------------------------------


def move_cards(journey: Journey, ids: Sequence[str], stage: str, lane: str, index: int | None) -> Edit:
    """Move cards into the cell ``(stage, lane)``, before collection index ``index``.

    ``index`` counts in the current collection order (as a drop position does), None
    keeps each card's place in that order. Only cards of the kind the lane holds move.
    """
    journey.require(Stage, stage)
    kind = card_kind(journey, journey.require(Lane, lane).id)
    if kind is None:
        raise refused(lane, tr("this lane holds no cards"))
    movers = sorted((i for i in dict.fromkeys(ids) if journey.kind_of(i) == kind), key=journey.index_of)
    changes = {"stage": stage, "lane": lane} if kind == "touchpoint" else {"stage": stage}
    ops: list[Operation] = []
    for ident in movers:
        old = journey[ident]
        new = changed(old, **changes)
        if new != old:
            ops.append(Update(old, new))
    if index is not None:
        ops.extend(_block_moves(journey.ids(kind), movers, index))
    return Edit(ops, list(movers))


def _block_moves(order: list[str], movers: list[str], index: int) -> list[Operation]:
    """Moves that put ``movers`` together, in their order, before ``order[index]``."""
    moving = set(movers)
    anchor = next((i for i in order[max(0, index) :] if i not in moving), None)
    sim = list(order)
    ops: list[Operation] = []
    for ident in reversed(movers):
        old = sim.index(ident)
        del sim[old]
        new = sim.index(anchor) if anchor is not None else len(sim)
        sim.insert(new, ident)
        if new != old:
            ops.append(Move(ident, old, new))
        anchor = ident
    return ops


def move_to(journey: Journey, ident: str, index: int) -> Edit:
    """Reorder one element (a stage or lane header drag) to final position ``index``."""
    record = _expect(journey, ident, *KINDS)
    old = journey.index_of(ident)
    new = max(0, min(index, journey.count(record.KIND) - 1))
    return Edit([Move(ident, old, new)] if new != old else [], [ident])


def nudge(journey: Journey, ids: Sequence[str], *, stages: int = 0, lanes: int = 0) -> Edit:
    """Alt+arrow: move cards one stage over, or one place/lane up or down.

    A single card steps within its cell first and leaves it at the cell's edge; lanes
    of other kinds are skipped. Cards already at the map's edge stay.
    """
    found = (journey.get(i) for i in dict.fromkeys(ids))
    cards = [record for record in found if isinstance(record, CARD_TYPES)]
    if len(cards) == 1 and lanes and not stages:
        step = _step_in_cell(journey, cards[0], lanes)
        if step is not None:
            return step
    ops: list[Operation] = []
    for card in cards:
        moves = _neighbour_cell(journey, card, stages=stages, lanes=lanes)
        if moves:
            ops.append(Update(card, changed(card, **moves)))
    return Edit(ops, [card.id for card in cards])


def _step_in_cell(journey: Journey, card: Card, lanes: int) -> Edit | None:
    lane = card.lane if isinstance(card, Touchpoint) else lane_of_kind(journey, card.KIND)
    siblings = cards_in(journey, card.stage, lane) if lane else [card.id]
    where = siblings.index(card.id) + lanes
    if not 0 <= where < len(siblings):
        return None
    target = journey.index_of(siblings[where])
    return Edit([Move(card.id, journey.index_of(card.id), target)], [card.id])


def _neighbour_cell(journey: Journey, card: Card, *, stages: int, lanes: int) -> dict[str, str]:
    changes: dict[str, str] = {}
    if stages:
        order = journey.ids("stage")
        where = order.index(card.stage) + stages
        if 0 <= where < len(order):
            changes["stage"] = order[where]
    if lanes and isinstance(card, Touchpoint):
        channel_lanes = [lane.id for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
        where = channel_lanes.index(card.lane) + lanes
        if 0 <= where < len(channel_lanes):
            changes["lane"] = channel_lanes[where]
    return changes


# ---- flows -----------------------------------------------------------------------------


def connect(journey: Journey, source: str, target: str, *, share: float | None = None) -> Edit:
    """A flow from ``source`` to ``target``: two touchpoints or two stages, once only."""
    start = _expect(journey, source, "touchpoint", "stage")
    end = _expect(journey, target, "touchpoint", "stage")
    if source == target:
        raise refused(source, tr("a flow cannot start and end at the same element"))
    if start.KIND != end.KIND:
        raise refused(source, tr("a flow links two touchpoints or two stages, not one of each"))
    if is_connected(journey, source, target):
        raise refused(source, tr("these two are already connected"))
    ident = new_id("flow", journey)
    record = build(Flow, id=ident, source=source, target=target, share=share)
    return Edit([Add(record)], [ident])


def is_connected(journey: Journey, source: str, target: str) -> bool:
    """Whether a flow already runs from ``source`` to ``target``."""
    flows = (journey.require(Flow, f) for f in journey.referring(source, "source"))
    return any(flow.target == target for flow in flows)


def can_connect(journey: Journey, source: str, target: str) -> bool:
    try:
        connect(journey, source, target)
    except JourneyError:
        return False
    return True
