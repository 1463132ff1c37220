"""Maps for the exchange-format tests: a rich hand-made one and a hypothesis strategy.

The strategy draws a few stages, lanes, personas, touchpoints, pain points,
opportunities, metrics, flows and comments with text from every script the product is
used in (Turkish, Polish, Arabic), spreadsheet-formula look-alikes and control characters.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

from journeymap.model.bounds import FIRST_YEAR, LAST_YEAR, MAX_AMOUNT, MAX_COUNT
from journeymap.model.data import JourneyData
from journeymap.model.elements import (
    Better,
    Channel,
    Comment,
    Evidence,
    Flow,
    JourneyInfo,
    Lane,
    LaneKind,
    Layer,
    Metric,
    Opportunity,
    OpportunityStatus,
    PainPoint,
    Persona,
    ReadingDirection,
    Stage,
    Touchpoint,
)

TRICKY = (
    "Farkındalık",
    "Değerlendirme İçin Şİ ı",
    "Zasięg źdźbło ŻÓŁĆ",
    "الوعي والتقييم",
    "Checkout: step 1; #2 %% done",
    '=HYPERLINK("http://x","y")',
    "+1 more",
    "-5% off",
    "@mention",
    "\tindented",
    "\rreturn",
    "line one\nline two",
    "_x0041_ literal",
    "back\\slash",
    "title of the page",
    "section two",
)

PNG_1PX = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="


def rich_map(*, direction: ReadingDirection = ReadingDirection.LTR, language: str = "en") -> JourneyData:
    """A small but complete map: every kind, every lane kind, unicode and formula-like text.
    Its ``language`` is the language exports write its sheet names and legends in."""
    stages = (
        Stage(id="st-aware", name="Farkındalık", description="=1+1", customers=10_000, color="#4E79A7"),
        Stage(id="st-consider", name="Değerlendirme", goal="Compare; decide", customers=4_200),
        Stage(id="st-buy", name="الشراء", customers=1_300, color="#E15759"),
        Stage(id="st-keep", name="Utrzymanie", customers=900),
    )
    lanes = (
        Lane(id="ln-web", name="Web", channel=Channel.WEB),
        Lane(id="ln-mail", name="E-posta", channel=Channel.EMAIL, color="#F28E2B"),
        Lane(
            id="ln-think",
            name="Thinking",
            kind=LaneKind.TEXT,
            cells={"st-aware": "Is this for me?", "st-buy": "هل السعر مناسب؟", "st-keep": "+ loyal?"},
        ),
        Lane(id="ln-feel", name="Emotion", kind=LaneKind.EMOTION),
        Lane(id="ln-pain", name="Pain points", kind=LaneKind.PAIN_POINTS),
        Lane(id="ln-opp", name="Opportunities", kind=LaneKind.OPPORTUNITIES),
        Lane(id="ln-kpi", name="Metrics", kind=LaneKind.METRICS),
    )
    personas = (
        Persona(
            id="pe-ayse",
            name="Ayşe",
            role="Shopper",
            goals=("Fast delivery", "fair; price"),
            preferred_channels=(Channel.WEB, Channel.APP),
            photo=PNG_1PX,
            quote="=SUM(A1)",
        ),
        Persona(id="pe-omar", name="عمر", frustrations=("line\nbreak", "back\\slash")),
    )
    touchpoints = (
        Touchpoint(
            id="tp-search",
            stage="st-aware",
            lane="ln-web",
            title="Web search: SEO",
            emotion=1,
            personas=("pe-ayse",),
            tags=("seo", "organic"),
        ),
        Touchpoint(id="tp-ads", stage="st-aware", lane="ln-web", title="=Paid ads", emotion=None),
        Touchpoint(
            id="tp-compare",
            stage="st-consider",
            lane="ln-web",
            title="Porównywarka cen",
            emotion=0,
            layer=Layer.BACKSTAGE,
            evidence=Evidence.OBSERVED,
        ),
        Touchpoint(
            id="tp-cart",
            stage="st-buy",
            lane="ln-web",
            title="سلة التسوق",
            emotion=-2,
            personas=("pe-ayse", "pe-omar"),
            description="Abandoned; #1 problem",
        ),
        Touchpoint(id="tp-mail", stage="st-buy", lane="ln-mail", title="Abandoned-cart email", emotion=2),
        Touchpoint(id="tp-loyal", stage="st-keep", lane="ln-mail", title="Sadakat programı", emotion=1),
    )
    pain_points = (
        PainPoint(
            id="pp-ship",
            stage="st-buy",
            title="Shipping cost shown late",
            touchpoints=("tp-cart",),
            severity=5,
            affected=0.3,
            personas=("pe-ayse",),
        ),
        PainPoint(id="pp-compare", stage="st-consider", title="-Hard to compare", severity=2),
    )
    opportunities = (
        Opportunity(
            id="op-remind",
            stage="st-buy",
            title="Reminder email",
            pain_points=("pp-ship",),
            impact=4,
            effort=2,
            status=OpportunityStatus.PLANNED,
            owner="CRM",
        ),
    )
    metrics = (
        Metric(
            id="me-cpa",
            name="Cost per acquisition",
            attached_to="st-aware",
            value=12.5,
            target=10,
            better=Better.LOWER,
            unit="€",
        ),
        Metric(id="me-nps", name="NPS", kind="nps", attached_to="st-keep", value=42, target=40),
        Metric(id="me-open", name="Email open rate", attached_to="tp-mail", value=0.30000000000000004),
        Metric(id="me-all", name="CSAT", value=None),
    )
    flows = (
        Flow(id="fl-1", source="st-aware", target="st-consider", share=0.42, volume=4200),
        Flow(id="fl-2", source="tp-cart", target="tp-mail", share=0.7, label="left the cart"),
    )
    comments = (
        Comment(
            id="co-1",
            attached_to="tp-cart",
            text="@team check this",
            author="Zofia",
            created=datetime(2024, 5, 1, 9, 30, 15, 123456, tzinfo=UTC),
        ),
        Comment(id="co-2", text="Overall fine", resolved=True),
    )
    info = JourneyInfo(
        title="Online shop — çevrimiçi mağaza",
        description="Seeds 000-003\nsecond line",
        language=language,
        direction=direction,
        created=datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC),
    )
    return JourneyData(
        journey=info,
        stages=stages,
        lanes=lanes,
        personas=personas,
        touchpoints=touchpoints,
        pain_points=pain_points,
        opportunities=opportunities,
        metrics=metrics,
        flows=flows,
        comments=comments,
    )


# ---- hypothesis ------------------------------------------------------------------------

_ALPHABET = st.characters(blacklist_categories=("Cs",))
_SCRIPTS = st.sampled_from("abcçğıİöşüąęłńśźżأبتثجحخدذرزسشصضطظعغفقكلمنهوي :;#%=+-@\t\n\r\\_,.")


def text(min_size: int = 0, max_size: int = 24) -> st.SearchStrategy[str]:
    """Any text: tricky look-alikes, the seeds' scripts, or arbitrary unicode."""
    return st.one_of(
        st.sampled_from(TRICKY),
        st.text(_SCRIPTS, min_size=min_size, max_size=max_size),
        st.text(_ALPHABET, min_size=min_size, max_size=max_size),
    ).filter(lambda s: len(s) >= min_size)


def name() -> st.SearchStrategy[str]:
    return text(1, 30)


def items() -> st.SearchStrategy[tuple[str, ...]]:
    """List items as the list encoding can carry them: not blank."""
    return st.lists(text(1, 12).filter(lambda s: s.strip()), max_size=3).map(tuple)


_numbers = st.one_of(
    st.none(),
    st.floats(-MAX_AMOUNT, MAX_AMOUNT),
    st.integers(-(10**6), 10**6),
    st.sampled_from([-MAX_AMOUNT, MAX_AMOUNT]),
)


@st.composite
def journeys(draw: st.DrawFn) -> JourneyData:
    """A valid map with a few of everything, references all resolved."""
    n_stages = draw(st.integers(1, 4))
    stages = tuple(
        Stage(
            id=f"st-{i}",
            name=draw(name()),
            description=draw(text()),
            customers=draw(st.none() | st.integers(0, 10**7) | st.just(MAX_COUNT)),
            color=draw(st.none() | st.sampled_from(["#123456", "#ABCDEF"])),
        )
        for i in range(n_stages)
    )
    stage_ids = [s.id for s in stages]
    lanes = (
        Lane(id="ln-0", name=draw(name()), channel=draw(st.none() | st.sampled_from(list(Channel)))),
        Lane(
            id="ln-1",
            name=draw(name()),
            kind=LaneKind.TEXT,
            cells=draw(st.dictionaries(st.sampled_from(stage_ids), text(1), max_size=2)),
        ),
        *(
            Lane(id=f"ln-k{i}", name=draw(name()), kind=kind)
            for i, kind in enumerate(draw(st.lists(st.sampled_from(list(LaneKind)), max_size=2)))
        ),
    )
    personas = tuple(
        Persona(
            id=f"pe-{i}",
            name=draw(name()),
            goals=draw(items()),
            brands=draw(items()),
            preferred_channels=tuple(draw(st.lists(st.sampled_from(list(Channel)), max_size=2))),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    persona_ids = [p.id for p in personas]
    touchpoints = tuple(
        Touchpoint(
            id=f"tp-{i}",
            stage=draw(st.sampled_from(stage_ids)),
            lane="ln-0",
            title=draw(name()),
            description=draw(text()),
            emotion=draw(st.none() | st.integers(-2, 2)),
            personas=tuple(draw(st.lists(st.sampled_from(persona_ids), unique=True)) if persona_ids else ()),
            tags=draw(items()),
            layer=draw(st.sampled_from(list(Layer))),
        )
        for i in range(draw(st.integers(0, 5)))
    )
    tp_ids = [t.id for t in touchpoints]
    pain_points = tuple(
        PainPoint(
            id=f"pp-{i}",
            stage=draw(st.sampled_from(stage_ids)),
            title=draw(name()),
            touchpoints=tuple(draw(st.lists(st.sampled_from(tp_ids), unique=True)) if tp_ids else ()),
            severity=draw(st.integers(1, 5)),
            affected=draw(st.none() | st.floats(0, 1)),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    opportunities = tuple(
        Opportunity(
            id=f"op-{i}",
            stage=draw(st.sampled_from(stage_ids)),
            title=draw(name()),
            pain_points=tuple(p.id for p in pain_points[:1]),
            owner=draw(text()),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    targets = [None, *stage_ids, "ln-0", *tp_ids]
    metrics = tuple(
        Metric(
            id=f"me-{i}",
            name=draw(name()),
            attached_to=draw(st.sampled_from(targets)),
            value=draw(_numbers),
            target=draw(_numbers),
            unit=draw(text(0, 5)),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    flows = tuple(
        Flow(
            id=f"fl-{i}",
            source=stage_ids[0],
            target=stage_ids[-1],
            share=draw(st.none() | st.floats(0, 1)),
            volume=draw(st.none() | st.integers(0, MAX_COUNT)),
            label=draw(text()),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    comments = tuple(
        Comment(
            id=f"co-{i}",
            attached_to=draw(st.sampled_from([None, *stage_ids, *tp_ids])),
            text=draw(name()),
            created=draw(
                st.none()
                | st.datetimes(
                    min_value=datetime(FIRST_YEAR, 1, 1),
                    max_value=datetime(LAST_YEAR, 12, 31, 23, 59, 59),
                    timezones=st.sampled_from([UTC, None]),
                )
            ),
            resolved=draw(st.booleans()),
        )
        for i in range(draw(st.integers(0, 2)))
    )
    info = JourneyInfo(
        title=draw(name()), description=draw(text()), direction=draw(st.sampled_from(list(ReadingDirection)))
    )
    return JourneyData(
        journey=info,
        stages=stages,
        lanes=lanes,
        personas=personas,
        touchpoints=touchpoints,
        pain_points=pain_points,
        opportunities=opportunities,
        metrics=metrics,
        flows=flows,
        comments=comments,
    )
