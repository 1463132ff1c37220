"""Find on the map: case- and accent-insensitive, every searched kind, reading order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journeymap.model.data import JourneyData
from journeymap.model.elements import Lane, LaneKind, Opportunity, PainPoint, Stage, Touchpoint
from journeymap.model.journey import Journey
from journeymap.model.search import Match, find, fold


def seed_map() -> Journey:
    return Journey(
        JourneyData(
            stages=(
                Stage(id="s1", name="Zasięg", description="first contact"),
                Stage(id="s2", name="Satın alma"),
                Stage(id="s3", name="الشراء"),
            ),
            lanes=(
                Lane(id="web", name="Web", channel="web"),
                Lane(id="notes", name="Notatki", kind=LaneKind.TEXT, cells={"s2": "Klient PŁACI kartą"}),
                Lane(id="pains", name="Pains", kind=LaneKind.PAIN_POINTS),
                Lane(id="ideas", name="Ideas", kind=LaneKind.OPPORTUNITIES),
            ),
            touchpoints=(
                Touchpoint(id="t2", stage="s2", lane="web", title="Ödeme sayfası"),
                Touchpoint(id="t1", stage="s1", lane="web", title="Ad", description="Reklam, satın al!"),
            ),
            pain_points=(PainPoint(id="p1", stage="s2", title="Card declined at payment"),),
            opportunities=(Opportunity(id="o1", stage="s1", title="Retry", description="Pay later"),),
        )
    )


def test_fold_drops_case_and_accents() -> None:
    assert fold("Satın ALMA") == "satin alma"
    assert fold("Zasięg") == "zasieg"
    assert fold("Łódź") == "lodz"
    assert fold("Straße") == "strasse"
    assert fold("ﬁle") == "file"  # compatibility ligature


def test_accent_insensitive_queries_find_turkish_and_polish_names() -> None:
    journey = seed_map()
    assert find(journey, "satin") == [Match("t1"), Match("s2")]
    assert find(journey, "zasieg") == [Match("s1")]
    assert find(journey, "ZASIĘG") == [Match("s1")]
    assert find(journey, "odeme") == [Match("t2")]


def test_arabic_text_matches_itself() -> None:
    assert find(seed_map(), "الشراء") == [Match("s3")]


def test_descriptions_text_cells_pain_points_and_opportunities_match() -> None:
    journey = seed_map()
    assert find(journey, "first contact") == [Match("s1")]
    assert find(journey, "placi") == [Match("notes", "s2")]
    assert find(journey, "pay") == [Match("o1"), Match("p1")]
    assert find(journey, "notatki") == [Match("notes")]


def test_matches_come_in_reading_order_column_by_column() -> None:
    journey = seed_map()
    # lane headers first, then column s1 (stage, cards by lane), then column s2
    assert find(journey, "a") == [  # "Web" has no "a"
        Match("notes"),
        Match("pains"),
        Match("ideas"),
        Match("s1"),
        Match("t1"),
        Match("o1"),
        Match("s2"),
        Match("t2"),
        Match("notes", "s2"),
        Match("p1"),
    ]


def test_blank_queries_find_nothing_and_nothing_is_found_in_an_empty_map() -> None:
    assert find(seed_map(), "") == []
    assert find(seed_map(), "   ") == []
    assert find(Journey(), "x") == []


@given(st.text(min_size=1, max_size=20))
def test_every_title_finds_its_own_card(title: str) -> None:
    if not title.strip():
        return
    journey = Journey(
        JourneyData(
            stages=(Stage(id="s1", name="S"),),
            lanes=(Lane(id="web", name="Web"),),
            touchpoints=(Touchpoint(id="t1", stage="s1", lane="web", title=title),),
        )
    )
    assert Match("t1") in find(journey, title.upper())
