"""Hypothesis strategies for valid journeys (shared by model, format and UI tests)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from journeymap.model.bounds import FIRST_YEAR, LAST_YEAR, MAX_AMOUNT, MAX_COUNT
from journeymap.model.cascades import removal_plan
from journeymap.model.data import JourneyData
from journeymap.model.diff import group_key
from journeymap.model.elements import (
    KINDS,
    NAME_FIELD,
    Channel,
    Comment,
    Flow,
    JourneyInfo,
    Lane,
    LaneKind,
    Metric,
    Note,
    NoteKind,
    Opportunity,
    PainPoint,
    Participant,
    Persona,
    Stage,
    Touchpoint,
    Vote,
    VotingRound,
)
from journeymap.model.journey import Journey
from journeymap.model.operations import Add, Move, Operation, Update

# any printable text, Turkish, Polish and Arabic included; no surrogates (not UTF-8)
TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)),
    max_size=30,
)
NAME = TEXT.filter(lambda t: len(t) >= 1)
SAMPLES = st.sampled_from(["Farkındalık", "Zasięg", "الوعي", "=SUM(A1)", "a: b; #c", "Kauf", "x\ny"])
WORDS = st.one_of(NAME, SAMPLES)
# the model's bounds, edges included: whatever validates must save, export and import
COUNTS = st.none() | st.integers(0, MAX_COUNT) | st.sampled_from([0, MAX_COUNT])
AMOUNTS = st.none() | st.floats(-MAX_AMOUNT, MAX_AMOUNT) | st.sampled_from([-MAX_AMOUNT, MAX_AMOUNT])
ZONES = st.sampled_from([UTC, timezone(timedelta(hours=14)), timezone(timedelta(hours=-14))])
MOMENTS = st.none() | st.datetimes(
    min_value=datetime(FIRST_YEAR, 1, 1), max_value=datetime(LAST_YEAR, 12, 31, 23, 59, 59), timezones=ZONES
)


@st.composite
def journeys(draw: Any, *, max_touchpoints: int = 8) -> JourneyData:
    stages = [
        Stage(id=f"st-{i}", name=draw(WORDS), customers=draw(COUNTS)) for i in range(draw(st.integers(1, 4)))
    ]
    channels = [
        Lane(id=f"ln-{i}", name=draw(WORDS), channel=draw(st.sampled_from(list(Channel))))
        for i in range(draw(st.integers(1, 3)))
    ]
    stage_ids = [s.id for s in stages]
    text_lane = Lane(
        id="ln-text",
        name=draw(WORDS),
        kind=LaneKind.TEXT,
        cells=draw(st.dictionaries(st.sampled_from(stage_ids), NAME, max_size=len(stage_ids))),
    )
    personas = [
        Persona(id=f"pe-{i}", name=draw(WORDS), quote=draw(TEXT)) for i in range(draw(st.integers(0, 2)))
    ]
    persona_ids = [p.id for p in personas]
    touchpoints = [
        Touchpoint(
            id=f"tp-{i}",
            stage=draw(st.sampled_from(stage_ids)),
            lane=draw(st.sampled_from([c.id for c in channels])),
            title=draw(WORDS),
            description=draw(TEXT),
            emotion=draw(st.none() | st.integers(-2, 2)),
            personas=tuple(draw(st.lists(st.sampled_from(persona_ids), unique=True)) if persona_ids else []),
            tags=tuple(draw(st.lists(NAME, max_size=2))),
        )
        for i in range(draw(st.integers(0, max_touchpoints)))
    ]
    tp_ids = [t.id for t in touchpoints]
    pains = [
        PainPoint(
            id=f"pp-{i}",
            stage=draw(st.sampled_from(stage_ids)),
            title=draw(WORDS),
            touchpoints=tuple(
                draw(st.lists(st.sampled_from(tp_ids), unique=True, max_size=2)) if tp_ids else []
            ),
            severity=draw(st.integers(1, 5)),
            affected=draw(st.none() | st.floats(0, 1)),
        )
        for i in range(draw(st.integers(0, 3)))
    ]
    opportunities = [
        Opportunity(
            id=f"op-{i}",
            stage=draw(st.sampled_from(stage_ids)),
            title=draw(WORDS),
            pain_points=tuple(p.id for p in pains[:1]),
            impact=draw(st.integers(1, 5)),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    flows = []
    if len(tp_ids) >= 2:
        pairs = draw(
            st.lists(st.tuples(st.sampled_from(tp_ids), st.sampled_from(tp_ids)), max_size=4, unique=True)
        )
        flows = [
            Flow(
                id=f"fl-{i}", source=a, target=b, share=draw(st.none() | st.floats(0, 1)), volume=draw(COUNTS)
            )
            for i, (a, b) in enumerate(pairs)
        ]
    metrics = [
        Metric(
            id=f"me-{i}",
            name=draw(WORDS),
            attached_to=draw(st.none() | st.sampled_from(stage_ids)),
            value=draw(AMOUNTS),
            target=draw(AMOUNTS),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    comments = [
        Comment(
            id=f"co-{i}",
            text=draw(NAME),
            attached_to=draw(st.none() | st.sampled_from(stage_ids)),
            resolved=draw(st.booleans()),
            created=draw(MOMENTS),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    cards = tp_ids + [p.id for p in pains] + [o.id for o in opportunities]
    notes = [
        Note(
            id=f"nt-{i}",
            stage=draw(st.sampled_from(stage_ids)),
            card=draw(st.none() | st.sampled_from(cards)) if cards else None,
            kind=draw(st.sampled_from(list(NoteKind))),
            text=draw(NAME),
            author=draw(TEXT),
        )
        for i in range(draw(st.integers(0, 2)))
    ]
    rounds, votes = draw(_voting(cards))
    return JourneyData(
        journey=JourneyInfo(
            title=draw(WORDS),
            description=draw(TEXT),
            direction=draw(st.sampled_from(["ltr", "rtl"])),
            created=draw(MOMENTS),
            modified=draw(MOMENTS),
        ),
        stages=tuple(stages),
        lanes=(*channels, text_lane),
        personas=tuple(personas),
        touchpoints=tuple(touchpoints),
        pain_points=tuple(pains),
        opportunities=tuple(opportunities),
        metrics=tuple(metrics),
        flows=tuple(flows),
        comments=tuple(comments),
        notes=tuple(notes),
        voting_rounds=tuple(rounds),
        votes=tuple(votes),
    )


@st.composite
def _voting(draw: Any, cards: list[str]) -> tuple[list[VotingRound], list[Vote]]:
    """At most one round, everyone within their allowance, on any kind of card."""
    if not cards or not draw(st.booleans()):
        return [], []
    people = tuple(Participant(id=f"p{n}", name=draw(TEXT)) for n in range(1, draw(st.integers(1, 3)) + 1))
    dots = draw(st.integers(1, 4))
    voting_round = VotingRound(
        id="vr-1",
        name=draw(WORDS),
        participants=people,
        dots=dots,
        votable=("touchpoint", "pain_point", "opportunity"),
        closed=draw(st.booleans()),
    )
    votes = [
        Vote(id=f"vo-{person.id}-{n}", round="vr-1", participant=person.id, element=card, dots=1)
        for person in people
        for n, card in enumerate(draw(st.lists(st.sampled_from(cards), unique=True, max_size=dots)))
    ]
    return [voting_round], votes


# ---- edited copies of a map: what two people do to one file before a merge ----------------

EDITS = (
    "rename",
    "text",
    "emotion",
    "remove",
    "move",
    "reorder",
    "add_card",
    "add_stage",
    "cell",
    "persona",
    "flow",
)


@st.composite
def edited(draw: Any, base: JourneyData, *, tag: str, max_edits: int = 5) -> JourneyData:
    """``base`` after a few random, valid edits by one person (``tag`` keeps their new ids
    apart from the other person's, except when both pick the same shared id)."""
    journey = Journey(base)
    for step in range(draw(st.integers(0, max_edits))):
        edit = draw(st.sampled_from(EDITS))
        ops = _edit_ops(draw, journey, edit, f"{tag}{step}")
        if ops:
            journey.apply_all(ops)
    return journey.snapshot()


def _pick(draw: Any, journey: Journey, *kinds: str) -> Any:
    ids = [i for kind in kinds for i in journey.ids(kind)]
    return journey[draw(st.sampled_from(ids))] if ids else None


def _edit_ops(draw: Any, journey: Journey, edit: str, fresh: str) -> list[Operation]:
    """One random edit as operations (empty when the map has nothing to edit that way)."""
    channels = [lane.id for lane in journey.lanes if lane.kind == LaneKind.CHANNEL]
    stages = journey.ids("stage")
    if edit in ("move", "add_card", "cell") and not (stages and channels):
        return []
    if edit == "rename":
        record = _pick(draw, journey, *(k for k in KINDS if k not in ("conflict", "vote")))
        if record is None:
            return []
        return [Update(record, record.updated(**{NAME_FIELD[record.KIND]: draw(WORDS)}))]
    if edit == "text":
        record = _pick(draw, journey, "touchpoint", "stage", "pain_point")
        return [Update(record, record.updated(description=draw(TEXT)))] if record else []
    if edit == "emotion":
        record = _pick(draw, journey, "touchpoint")
        return (
            [Update(record, record.updated(emotion=draw(st.none() | st.integers(-2, 2))))] if record else []
        )
    if edit == "remove":
        record = _pick(draw, journey, *(k for k in KINDS if k != "conflict"))
        return removal_plan(journey, [record.id]) if record else []
    if edit == "move":
        record = _pick(draw, journey, "touchpoint")
        if record is None:
            return []
        place = {"stage": draw(st.sampled_from(stages)), "lane": draw(st.sampled_from(channels))}
        return [Update(record, record.updated(**place))]
    if edit == "reorder":
        record = _pick(draw, journey, "stage", "lane", "touchpoint", "pain_point", "persona")
        if record is None:
            return []
        index = draw(st.integers(0, journey.count(record.KIND) - 1))
        return [Move(record.id, journey.index_of(record.id), index)]
    if edit == "add_card":
        ident = draw(st.sampled_from([f"tp-{fresh}", "tp-shared"]))
        if ident in journey:
            return []
        card = Touchpoint(
            id=ident,
            stage=draw(st.sampled_from(stages)),
            lane=draw(st.sampled_from(channels)),
            title=draw(WORDS),
        )
        return [Add(card, draw(st.integers(0, journey.count("touchpoint"))))]
    if edit == "add_stage":
        stage = Stage(id=f"st-{fresh}", name=draw(WORDS))
        return [Add(stage, draw(st.integers(0, len(stages))))]
    if edit == "cell":
        lane = journey.get("ln-text")
        if not isinstance(lane, Lane):
            return []
        cells = {**lane.cells, draw(st.sampled_from(stages)): draw(TEXT)}
        return [Update(lane, lane.updated(cells=cells))]
    if edit == "persona":
        card, persona = _pick(draw, journey, "touchpoint"), _pick(draw, journey, "persona")
        if card is None or persona is None:
            return []
        chosen = set(card.personas) ^ {persona.id}
        return [Update(card, card.updated(personas=tuple(p for p in journey.ids("persona") if p in chosen)))]
    cards = journey.ids("touchpoint")
    if len(cards) < 2:
        return []
    source, target = draw(st.sampled_from(cards)), draw(st.sampled_from(cards))
    pain = _pick(draw, journey, "pain_point")
    ops: list[Operation] = [Add(Flow(id=f"fl-{fresh}", source=source, target=target))]
    if pain is not None:
        ops.append(Update(pain, pain.updated(touchpoints=tuple(dict.fromkeys([*pain.touchpoints, source])))))
    return ops


def meaning(data: JourneyData) -> tuple[Any, ...]:
    """What a map means, written without the diff: every record by id, the map's fields,
    and the order of each group (a touchpoint's cell, a card's stage, each other collection)."""
    groups: dict[tuple[Any, ...], list[str]] = {}
    for record in data.records():
        groups.setdefault((record.KIND, *group_key(record)), []).append(record.id)
    return data.journey, {r.id: r for r in data.records()}, groups
