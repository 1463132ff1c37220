"""Hypothesis strategies for valid journeys (shared by model, format and UI tests)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from journeymap.model.bounds import FIRST_YEAR, LAST_YEAR, MAX_AMOUNT, MAX_COUNT
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
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
