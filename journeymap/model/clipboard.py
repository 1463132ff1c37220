"""Copy, paste and duplicate: clipboard fragments of records (pure, no Qt).

A fragment is a JSON document of records and text-lane cells. It is pasted back with
fresh ids, and every reference is either re-pointed to a pasted record, kept when it
resolves in the target map, or dropped, so that a fragment pastes into the map it came
from and into any other. :func:`fragment_text` gives the same fragment as an outline for
mail and documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from journeymap.model.builders import Edit, is_connected, refused
from journeymap.model.cells import card_kind
from journeymap.model.elements import (
    CARD_TYPES,
    COLLECTION,
    KINDS,
    NAME_FIELD,
    RECORD_TYPE,
    WORKSHOP_KINDS,
    Card,
    Flow,
    Lane,
    LaneKind,
    Opportunity,
    PainPoint,
    Record,
    Touchpoint,
)
from journeymap.model.ids import new_id
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Operation, Update
from journeymap.model.problems import JourneyError, Problem
from journeymap.util.i18n import arrow, tr

FRAGMENT_FORMAT = "journeymap-fragment"
FRAGMENT_VERSION = 1


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
    # found through the reference index, not by walking every flow, metric and comment
    for ident in list(chosen):
        for flow in journey.referring(ident, "source", "flow"):
            if journey.require(Flow, flow).target in chosen:
                chosen.add(flow)
    for kind in ("metric", "comment"):  # metrics first: a comment on a copied metric comes along
        for ident in list(chosen):
            chosen.update(journey.referring(ident, "attached_to", kind))
    # what the room said and voted belongs to that workshop, not to a copy of the map's parts
    kinds = {journey.kind_of(i) for i in chosen} - set(WORKSHOP_KINDS)
    records = tuple(journey[i] for kind in KINDS if kind in kinds for i in journey.ids(kind) if i in chosen)
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
        if is_connected(self.journey, source, target):
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
        lanes: dict[str, Lane] = {}
        cells: dict[str, dict[str, str]] = {}
        for lane, stage, text in self.fragment.cells:
            new_stage = self.ids.get(stage)
            record = self.journey.find(Lane, lane)
            if new_stage is not None and record is not None and record.kind == LaneKind.TEXT:
                lanes[lane] = record
                cells.setdefault(lane, dict(record.cells))[new_stage] = text
        return [Update(lanes[lane], lanes[lane].updated(cells=merged)) for lane, merged in cells.items()]


# ---- plain text ------------------------------------------------------------------------


def fragment_text(journey: Journey, fragment: Fragment) -> str:
    """The fragment as an indented outline, for pasting into mail, documents or chat."""
    names = {r.id: _label(r) for r in journey}
    names.update({r.id: _label(r) for r in fragment.records})
    lines: list[str] = []
    by_stage: dict[str, list[Card]] = {}
    for record in fragment.records:
        if isinstance(record, CARD_TYPES) and record.stage:
            by_stage.setdefault(record.stage, []).append(record)
    stage_ids = [r.id for r in fragment.records if r.KIND == "stage"]
    stage_ids += [s for s in by_stage if s not in stage_ids]
    for stage in stage_ids:
        lines.append(names.get(stage, stage))
        lines.extend(_stage_lines(fragment, stage, by_stage.get(stage, []), names))
    for record in fragment.records:
        if record.KIND == "lane" and not any(c[0] == record.id for c in fragment.cells):
            lines.append(tr("Lane: {name}").format(name=names[record.id]))
        elif record.KIND in ("persona", "metric", "comment"):
            lines.append(f"{tr(record.KIND.replace('_', ' ')).capitalize()}: {_label(record)}")
        elif isinstance(record, Flow):
            ends = names.get(record.source, "?") + arrow() + names.get(record.target, "?")
            lines.append(tr("Flow: {arrow}").format(arrow=ends))
    return "\n".join(lines) + ("\n" if lines else "")


def _stage_lines(fragment: Fragment, stage: str, cards: list[Card], names: dict[str, str]) -> list[str]:
    lines: list[str] = []
    groups: dict[str, list[Card]] = {}
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


def _detail(card: Card) -> str:
    description = " ".join(card.description.split())
    return f": {description}" if description else ""
