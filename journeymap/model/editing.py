"""Pure builders for the canvas's edits: each returns the operations of one undoable step.

A gesture (double-click, drag, paste, Alt+arrow) names ids, cells and indexes; a builder
here turns that into a list of :mod:`operations <journeymap.model.operations>` plus the
ids to select afterwards, without touching the journey. The editor pushes the list as
one command; scripts and tests may ``journey.apply_all`` it. Builders refuse what the
journey would refuse (a flow between a stage and a touchpoint, an empty name) with a
located :class:`JourneyError`, so that the UI can say why before anything changes.

Clipboard fragments (copy, duplicate, paste between maps) live here too: a fragment is a
JSON document of records, pasted back with fresh ids and with every reference either
re-pointed to a pasted record, kept when it resolves in the target map, or dropped.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from journeymap.model.edits import removal_plan
from journeymap.model.elements import (
    COLLECTION,
    KINDS,
    NAME_FIELD,
    RECORD_TYPE,
    WORKSHOP_KINDS,
    Flow,
    Lane,
    LaneKind,
    Opportunity,
    PainPoint,
    Record,
    Stage,
    Touchpoint,
)
from journeymap.model.ids import new_id
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Move, Operation, Update
from journeymap.model.problems import JourneyError, Problem
from journeymap.util.i18n import tr

FRAGMENT_FORMAT = "journeymap-fragment"
FRAGMENT_VERSION = 1

CARD_KIND: dict[str, str] = {
    LaneKind.CHANNEL: "touchpoint",
    LaneKind.PAIN_POINTS: "pain_point",
    LaneKind.OPPORTUNITIES: "opportunity",
}
"""Which kind of card a lane of each kind holds (other lanes hold no cards)."""


@dataclass(frozen=True)
class Edit:
    """The operations of one step and the ids to select once it is done."""

    ops: list[Operation]
    select: list[str] = field(default_factory=list)


def refused(where: str, message: str) -> JourneyError:
    return JourneyError([Problem(where, message)])


def _build(record_type: type[Record], **fields: Any) -> Any:
    """A validated record, with pydantic's complaints turned into located problems."""
    try:
        return record_type.model_validate(fields)
    except ValidationError as error:
        raise _problems(fields.get("id", ""), error) from None


def _changed(record: Record, **changes: Any) -> Any:
    try:
        return record.updated(**changes)
    except ValidationError as error:
        raise _problems(record.id, error) from None


def _problems(ident: str, error: ValidationError) -> JourneyError:
    return JourneyError(
        Problem(".".join([ident, *(str(p) for p in e["loc"])]), e["msg"]) for e in error.errors()
    )


def _expect(journey: Journey, ident: str, *kinds: str) -> Any:
    record = journey.get(ident)
    if record is None or record.KIND not in kinds:
        wanted = tr(" or ").join(tr(k.replace("_", " ")) for k in kinds)
        raise refused(ident, tr("no {kind} {id!r}").format(kind=wanted, id=ident))
    return record


# ---- cells and cards -------------------------------------------------------------------


def card_kind(journey: Journey, lane: str) -> str | None:
    """The kind of card that ``lane`` holds, or None (text, emotion and metric lanes)."""
    record = journey.get(lane)
    return CARD_KIND.get(record.kind) if isinstance(record, Lane) else None


def is_text_lane(journey: Journey, lane: str) -> bool:
    """Whether ``lane`` is a text lane (one note per stage, edited in place)."""
    record = journey.get(lane)
    return isinstance(record, Lane) and record.kind == LaneKind.TEXT


def cards_in(journey: Journey, stage: str, lane: str) -> list[str]:
    """Ids of the cards of one cell, in map order."""
    kind = card_kind(journey, lane)
    if kind == "touchpoint":
        return [t.id for t in journey.touchpoints_in(stage, lane)]
    if kind is None:
        return []
    return [i for i in journey.referring(stage, "stage") if journey.kind_of(i) == kind]


def cell_insertion_index(journey: Journey, stage: str, lane: str, position: int) -> int:
    """Collection index at which a card lands as the ``position``-th card of a cell."""
    cards = cards_in(journey, stage, lane)
    if position < len(cards):
        return journey.index_of(cards[max(0, position)])
    if cards:
        return journey.index_of(cards[-1]) + 1
    kind = card_kind(journey, lane) or "touchpoint"
    return journey.count(kind)


def new_card(journey: Journey, stage: str, lane: str, *, title: str, index: int | None = None) -> Edit:
    """A touchpoint (channel lane), pain point or opportunity in the cell ``(stage, lane)``."""
    _expect(journey, stage, "stage")
    kind = card_kind(journey, _expect(journey, lane, "lane").id)
    if kind is None:
        raise refused(lane, tr("this lane holds no cards"))
    ident = new_id(kind, journey)
    fields: dict[str, Any] = {"id": ident, "stage": stage, "title": title}
    if kind == "touchpoint":
        fields["lane"] = lane
    record = _build(RECORD_TYPE[kind], **fields)
    return Edit([Add(record, index)], [ident])


def new_touchpoint(journey: Journey, stage: str, lane: str, *, title: str, index: int | None = None) -> Edit:
    if card_kind(journey, lane) != "touchpoint":
        raise refused(lane, tr("touchpoints go in channel lanes"))
    return new_card(journey, stage, lane, title=title, index=index)


def new_stage(journey: Journey, *, name: str, index: int | None = None) -> Edit:
    ident = new_id("stage", journey)
    return Edit([Add(_build(Stage, id=ident, name=name), index)], [ident])


def new_lane(
    journey: Journey,
    *,
    name: str,
    kind: LaneKind = LaneKind.CHANNEL,
    channel: str | None = None,
    index: int | None = None,
) -> Edit:
    ident = new_id("lane", journey)
    record = _build(Lane, id=ident, name=name, kind=kind, channel=channel)
    return Edit([Add(record, index)], [ident])


def new_comment(journey: Journey, attached_to: str | None, *, text: str, author: str = "") -> Edit:
    if attached_to is not None and attached_to not in journey:
        raise refused(attached_to, tr("no element {id!r}").format(id=attached_to))
    ident = new_id("comment", journey)
    record = _build(RECORD_TYPE["comment"], id=ident, attached_to=attached_to, text=text, author=author)
    return Edit([Add(record)], [ident])


def rename(journey: Journey, ident: str, text: str) -> Edit:
    """Set the name, title, label or text (per :data:`NAME_FIELD`) of one element."""
    record = _expect(journey, ident, *NAME_FIELD)
    name_field = NAME_FIELD[record.KIND]
    text = text.strip()
    if not text and name_field != "label":
        raise refused(ident, tr("a name cannot be empty"))
    new = _changed(record, **{name_field: text})
    return Edit([Update(record, new)] if new != record else [], [ident])


def set_cell_text(journey: Journey, stage: str, lane: str, text: str) -> Edit:
    """The text of a text lane's cell for ``stage``; blank text empties the cell."""
    record = _expect(journey, lane, "lane")
    _expect(journey, stage, "stage")
    if record.kind != LaneKind.TEXT:
        raise refused(lane, tr("only text lanes have cell text"))
    new = _changed(record, cells={**record.cells, stage: text.strip("\n") if text.strip() else ""})
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
    _expect(journey, stage, "stage")
    kind = card_kind(journey, _expect(journey, lane, "lane").id)
    if kind is None:
        raise refused(lane, tr("this lane holds no cards"))
    movers = sorted((i for i in dict.fromkeys(ids) if journey.kind_of(i) == kind), key=journey.index_of)
    changes = {"stage": stage, "lane": lane} if kind == "touchpoint" else {"stage": stage}
    ops: list[Operation] = []
    for ident in movers:
        old = journey[ident]
        new = _changed(old, **changes)
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
    old = journey.index_of(_expect(journey, ident, *KINDS).id)
    new = max(0, min(index, journey.count(journey[ident].KIND) - 1))
    return Edit([Move(ident, old, new)] if new != old else [], [ident])


def nudge(journey: Journey, ids: Sequence[str], *, stages: int = 0, lanes: int = 0) -> Edit:
    """Alt+arrow: move cards one stage over, or one place/lane up or down.

    A single card steps within its cell first and leaves it at the cell's edge; lanes
    of other kinds are skipped. Cards already at the map's edge stay.
    """
    cards = [i for i in dict.fromkeys(ids) if journey.kind_of(i) in CARD_KIND.values()]
    if len(cards) == 1 and lanes and not stages:
        step = _step_in_cell(journey, cards[0], lanes)
        if step is not None:
            return step
    ops: list[Operation] = []
    for ident in cards:
        old = journey[ident]
        changes = _neighbour_cell(journey, old, stages=stages, lanes=lanes)
        if changes:
            ops.append(Update(old, _changed(old, **changes)))
    return Edit(ops, cards)


def _step_in_cell(journey: Journey, ident: str, lanes: int) -> Edit | None:
    record = journey[ident]
    lane = getattr(record, "lane", None) or _lane_of_kind(journey, record.KIND)
    siblings = cards_in(journey, record.stage, lane) if lane else [ident]  # type: ignore[attr-defined]
    where = siblings.index(ident) + lanes
    if not 0 <= where < len(siblings):
        return None
    target = journey.index_of(siblings[where])
    return Edit([Move(ident, journey.index_of(ident), target)], [ident])


def _lane_of_kind(journey: Journey, card: str) -> str | None:
    return next((lane.id for lane in journey.lanes if CARD_KIND.get(lane.kind) == card), None)


def _neighbour_cell(journey: Journey, card: Any, *, stages: int, lanes: int) -> dict[str, str]:
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
    if any(journey[f].target == target for f in journey.referring(source, "source")):  # type: ignore[attr-defined]
        raise refused(source, tr("these two are already connected"))
    ident = new_id("flow", journey)
    record = _build(Flow, id=ident, source=source, target=target, share=share)
    return Edit([Add(record)], [ident])


def can_connect(journey: Journey, source: str, target: str) -> bool:
    try:
        connect(journey, source, target)
    except JourneyError:
        return False
    return True


# ---- fragments: copy, paste, duplicate ---------------------------------------------------


@dataclass(frozen=True)
class Fragment:
    """Copied records (in kind order) and text-lane cells of copied stages."""

    records: tuple[Record, ...] = ()
    cells: tuple[tuple[str, str, str], ...] = ()  # (lane, stage, text)

    def __bool__(self) -> bool:
        return bool(self.records or self.cells)

    def to_json(self) -> str:
        payload: dict[str, Any] = {"format": FRAGMENT_FORMAT, "version": FRAGMENT_VERSION}
        for kind, name in COLLECTION.items():
            found = [r.model_dump(mode="json") for r in self.records if kind == r.KIND]
            if found:
                payload[name] = found
        if self.cells:
            payload["cells"] = [{"lane": ln, "stage": st, "text": t} for ln, st, t in self.cells]
        return json.dumps(payload, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str | bytes) -> Fragment:
        """Parse a clipboard payload; a located JourneyError says what is wrong with it."""
        try:
            payload = json.loads(text)
        except (ValueError, UnicodeDecodeError) as error:
            raise refused("", tr("not a journeymap fragment: {error}").format(error=error)) from None
        if not isinstance(payload, dict) or payload.get("format") != FRAGMENT_FORMAT:
            raise refused("format", tr("not a journeymap fragment"))
        if payload.get("version") != FRAGMENT_VERSION:
            message = tr("fragment version {v!r} is not supported").format(v=payload.get("version"))
            raise refused("version", message)
        records = tuple(_parse_records(payload))
        return cls(records, tuple(_parse_cells(payload.get("cells", []))))


def _parse_records(payload: dict[str, Any]) -> list[Record]:
    records: list[Record] = []
    problems: list[Problem] = []
    for kind, name in COLLECTION.items():
        if kind in WORKSHOP_KINDS:  # never copied (see copy_fragment): a hand-made one is ignored
            continue
        items = payload.get(name, [])
        if not isinstance(items, list):
            problems.append(Problem(name, tr("must be a list")))
            continue
        for n, item in enumerate(items):
            try:
                records.append(RECORD_TYPE[kind].model_validate(item))
            except ValidationError as error:
                problems.extend(
                    Problem(f"{name}[{n}]." + ".".join(str(p) for p in e["loc"]), e["msg"])
                    for e in error.errors()
                )
    if problems:
        raise JourneyError(problems)
    return records


def _parse_cells(cells: Any) -> list[tuple[str, str, str]]:
    if not isinstance(cells, list) or not all(
        isinstance(c, dict) and all(isinstance(c.get(k), str) for k in ("lane", "stage", "text"))
        for c in cells
    ):
        raise refused("cells", tr("each cell needs a lane, a stage and a text"))
    return [(c["lane"], c["stage"], c["text"]) for c in cells]


def copy_fragment(journey: Journey, ids: Iterable[str]) -> Fragment:
    """The selection and what belongs to it: a stage's cards and text cells, a lane's
    touchpoints, flows between copied elements, metrics and comments on copied elements."""
    chosen = {i for i in ids if i in journey}
    for ident in list(chosen):
        kind = journey.kind_of(ident)
        if kind == "stage":
            chosen.update(journey.referring(ident, "stage"))
        elif kind == "lane":
            chosen.update(journey.referring(ident, "lane"))
    for flow in journey.flows:
        if flow.source in chosen and flow.target in chosen:
            chosen.add(flow.id)
    for kind in ("metric", "comment"):
        for record in journey.records(kind):
            if record.attached_to in chosen:
                chosen.add(record.id)
    # what the room said and voted belongs to that workshop, not to a copy of the map's parts
    kinds = [kind for kind in KINDS if kind not in WORKSHOP_KINDS]
    records = tuple(r for kind in kinds for r in journey.records(kind) if r.id in chosen)
    cells = tuple(
        (lane.id, stage, text)
        for lane in journey.lanes
        if lane.id not in chosen
        for stage, text in lane.cells.items()
        if stage in chosen
    )
    return Fragment(records, cells)


def duplicate(journey: Journey, ids: Iterable[str]) -> Edit:
    """Copies of the selection with fresh ids, each card in its original's cell."""
    return paste(journey, copy_fragment(journey, ids))


def paste(journey: Journey, fragment: Fragment, *, stage: str | None = None, lane: str | None = None) -> Edit:
    """Add ``fragment`` with fresh ids; loose cards go to the cell ``(stage, lane)`` if given.

    Copied stages and lanes go after the target (or after their originals). A card whose
    stage or lane was copied keeps its place in the copied structure.
    """
    return _Paster(journey, fragment, stage, lane).run()


class _Paster:
    """One paste: allocates ids, re-points references, and collects the operations."""

    def __init__(self, journey: Journey, fragment: Fragment, stage: str | None, lane: str | None) -> None:
        self.journey = journey
        self.fragment = fragment
        self.stage = stage if journey.kind_of(stage or "") == "stage" else None
        self.target_lane = lane if journey.kind_of(lane or "") == "lane" else None
        self.lane = lane if card_kind(journey, lane or "") == "touchpoint" else None
        self.ids: dict[str, str] = {}  # fragment id -> new id
        self.new: dict[str, Record] = {}  # new id -> pasted record
        self.copied = {r.id for r in fragment.records}
        self.ops: list[Operation] = []
        self.pairs: set[tuple[str, str]] = set()

    def __contains__(self, ident: object) -> bool:  # ids taken, for new_id
        return ident in self.journey or ident in self.new or ident in self.copied

    def run(self) -> Edit:
        stage_at = self._insert_at("stage", self.stage)
        lane_at = self._insert_at("lane", self.target_lane)
        for record in self.fragment.records:
            pasted = self._paste(record)
            if pasted is None:
                continue
            self.ids[record.id] = pasted.id
            self.new[pasted.id] = pasted
            index: int | None = None
            if pasted.KIND == "stage" and stage_at is not None:
                index, stage_at = stage_at, stage_at + 1
            elif pasted.KIND == "lane" and lane_at is not None:
                index, lane_at = lane_at, lane_at + 1
            self.ops.append(Add(pasted, index))
        self.ops.extend(self._cell_updates())
        return Edit(self.ops, list(self.new))

    def _insert_at(self, kind: str, target: str | None) -> int | None:
        originals = [r.id for r in self.fragment.records if kind == r.KIND and r.id in self.journey]
        anchor = target or (originals[-1] if originals else None)
        return self.journey.index_of(anchor) + 1 if anchor else None

    def kind_of(self, ident: str) -> str | None:
        if ident in self.ids:
            return self.new[self.ids[ident]].KIND
        return self.journey.kind_of(ident)

    def resolve(self, ident: str | None, *kinds: str) -> str | None:
        """The pasted copy of ``ident``, else ``ident`` if the map has it, else None."""
        if ident is None:
            return None
        if ident in self.ids:
            return self.ids[ident] if self.new[self.ids[ident]].KIND in kinds else None
        return ident if self.journey.kind_of(ident) in kinds else None

    def resolve_all(self, ids: Iterable[str], *kinds: str) -> tuple[str, ...]:
        return tuple(r for r in (self.resolve(i, *kinds) for i in ids) if r is not None)

    def _paste(self, record: Record) -> Record | None:
        ident = new_id(record.KIND, self)
        if isinstance(record, Lane):
            cells = {self.resolve(k, "stage"): v for k, v in record.cells.items()}
            return record.updated(id=ident, cells={k: v for k, v in cells.items() if k})
        if isinstance(record, Touchpoint):
            return self._paste_touchpoint(record, ident)
        if isinstance(record, PainPoint | Opportunity):
            stage = self._place_stage(record.stage, structural=False)
            if stage is None:
                return None
            if isinstance(record, PainPoint):
                return record.updated(
                    id=ident,
                    stage=stage,
                    touchpoints=self.resolve_all(record.touchpoints, "touchpoint"),
                    personas=self.resolve_all(record.personas, "persona"),
                )
            return record.updated(
                id=ident, stage=stage, pain_points=self.resolve_all(record.pain_points, "pain_point")
            )
        if isinstance(record, Flow):
            return self._paste_flow(record, ident)
        refs = {name: self.resolve(getattr(record, name), *ref.kinds) for name, ref in record.REFS.items()}
        return record.updated(id=ident, **refs)

    def _paste_touchpoint(self, record: Touchpoint, ident: str) -> Record | None:
        stage = self._place_stage(record.stage, structural=record.lane in self.ids)
        lane = self._place_lane(record.lane, structural=record.stage in self.ids)
        if stage is None or lane is None:
            return None
        personas = self.resolve_all(record.personas, "persona")
        return record.updated(id=ident, stage=stage, lane=lane, personas=personas)

    def _paste_flow(self, record: Flow, ident: str) -> Record | None:
        source = self.resolve(record.source, "touchpoint", "stage")
        target = self.resolve(record.target, "touchpoint", "stage")
        if source is None or target is None or source == target:
            return None
        if self.kind_of(source) != self.kind_of(target) or (source, target) in self.pairs:
            return None
        if any(self.journey[f].target == target for f in self.journey.referring(source, "source")):  # type: ignore[attr-defined]
            return None
        self.pairs.add((source, target))
        return record.updated(id=ident, source=source, target=target)

    def _place_stage(self, old: str, *, structural: bool) -> str | None:
        if old in self.ids:
            return self.ids[old]
        has_old = self.journey.kind_of(old) == "stage"
        if structural and has_old:
            return old
        if self.stage is not None:
            return self.stage
        if has_old:
            return old
        stages = self.journey.ids("stage") + [i for i, r in self.new.items() if r.KIND == "stage"]
        return stages[0] if stages else None

    def _place_lane(self, old: str, *, structural: bool) -> str | None:
        if old in self.ids:
            return self.ids[old]
        has_old = card_kind(self.journey, old) == "touchpoint"
        if structural and has_old:
            return old
        if self.lane is not None:
            return self.lane
        if has_old:
            return old
        lanes = [*self.journey.lanes, *(r for r in self.new.values() if isinstance(r, Lane))]
        return next((ln.id for ln in lanes if ln.kind == LaneKind.CHANNEL), None)

    def _cell_updates(self) -> list[Operation]:
        """Text cells of copied stages, written into the map's own text lanes."""
        cells: dict[str, dict[str, str]] = {}
        for lane, stage, text in self.fragment.cells:
            new_stage = self.ids.get(stage)
            record = self.journey.get(lane)
            if new_stage is not None and isinstance(record, Lane) and record.kind == LaneKind.TEXT:
                cells.setdefault(lane, dict(record.cells))[new_stage] = text
        ops: list[Operation] = []
        for lane, merged in cells.items():
            old = self.journey[lane]
            ops.append(Update(old, old.updated(cells=merged)))
        return ops


# ---- plain text ------------------------------------------------------------------------


def fragment_text(journey: Journey, fragment: Fragment) -> str:
    """The fragment as an indented outline, for pasting into mail, documents or chat."""
    names = {r.id: _label(r) for r in journey}
    names.update({r.id: _label(r) for r in fragment.records})
    lines: list[str] = []
    by_stage: dict[str, list[Record]] = {}
    for record in fragment.records:
        owner = getattr(record, "stage", None)
        if record.KIND in ("touchpoint", "pain_point", "opportunity") and owner:
            by_stage.setdefault(owner, []).append(record)
    stage_ids = [r.id for r in fragment.records if r.KIND == "stage"]
    stage_ids += [s for s in by_stage if s not in stage_ids]
    for stage in stage_ids:
        lines.append(names.get(stage, stage))
        lines.extend(_stage_lines(journey, fragment, stage, by_stage.get(stage, []), names))
    for record in fragment.records:
        if record.KIND == "lane" and not any(c[0] == record.id for c in fragment.cells):
            lines.append(tr("Lane: {name}").format(name=names[record.id]))
        elif record.KIND in ("persona", "metric", "comment"):
            lines.append(f"{tr(record.KIND.replace('_', ' ')).capitalize()}: {_label(record)}")
        elif isinstance(record, Flow):
            arrow = f"{names.get(record.source, '?')} → {names.get(record.target, '?')}"
            lines.append(tr("Flow: {arrow}").format(arrow=arrow))
    return "\n".join(lines) + ("\n" if lines else "")


def _stage_lines(
    journey: Journey, fragment: Fragment, stage: str, cards: list[Record], names: dict[str, str]
) -> list[str]:
    lines: list[str] = []
    groups: dict[str, list[Record]] = {}
    for card in cards:
        heading = names.get(card.lane, "") if isinstance(card, Touchpoint) else ""
        heading = heading or (tr("Pain points") if card.KIND == "pain_point" else tr("Opportunities"))
        groups.setdefault(heading, []).append(card)
    for heading, members in groups.items():
        lines.append(f"  {heading}")
        lines.extend(f"    - {_label(card)}{_detail(card)}" for card in members)
    for lane, cell_stage, text in fragment.cells:
        if cell_stage == stage:
            lines.append(f"  {names.get(lane, lane)}: {' '.join(text.split())}")
    return lines


def _label(record: Record) -> str:
    field_name = NAME_FIELD.get(record.KIND, "id")
    return " ".join(str(getattr(record, field_name) or record.id).split())


def _detail(card: Record) -> str:
    description = " ".join(str(getattr(card, "description", "")).split())
    return f": {description}" if description else ""
