"""What the deck and the handout say (formats/report.py), read from the example map."""

from __future__ import annotations

import pytest

from journeymap.formats import journey_file
from journeymap.formats.report import Report, percent, report
from journeymap.model.data import JourneyData
from journeymap.model.lens import through_persona
from journeymap.util.paths import example_map


@pytest.fixture(scope="module")
def data() -> JourneyData:
    return journey_file.load_data(example_map())


@pytest.fixture(scope="module")
def words(data: JourneyData) -> Report:
    return report(data)


def test_percentages_read_as_people_write_them() -> None:
    assert [percent(v) for v in (1.0, 0.32, 0.052, 0.0, 0.004)] == ["100%", "32%", "5.2%", "0%", "0.4%"]


def test_the_cover_facts(words: Report, data: JourneyData) -> None:
    assert words.title == data.journey.title
    assert words.summary == "5 stages · 31 touchpoints · 11 pain points · 11 opportunities"
    assert words.date == "2025-04-14"


def test_each_stage_has_its_figures_notes_and_every_card(words: Report, data: JourneyData) -> None:
    purchase = words.stages[2]
    assert (purchase.number, purchase.name) == (3, "Purchase")
    assert purchase.figures == ("6,200 customers", "5.2% of all", "16% from the previous stage")
    assert words.stages[0].figures == ("120,000 customers",)  # the first stage is all there is
    assert purchase.notes.startswith("The steepest drop")
    assert purchase.color == "#c08b3e"  # the palette's third colour, as on the map
    for stage in words.stages:
        titles = {line.title for line in stage.lines}
        cards = [*data.touchpoints, *data.pain_points, *data.opportunities]
        assert {c.title for c in cards if c.stage == stage.id} <= titles
    headings = [section.heading for section in purchase.sections]
    assert headings == ["Web shop", "Email", "Chat", "Showroom", "Pain points", "Opportunities", "Metrics"]
    assert [name for name, _ in purchase.texts] == ["Customer goals", "Thoughts", "Backstage processes"]


def test_lines_carry_the_facts_a_reader_needs(words: Report) -> None:
    lines = {line.title: line for line in words.stages[2].lines}
    assert lines["Checkout and payment"].facts == "▼ negative" and lines["Checkout and payment"].emotion == -1
    assert lines["Delivery fee appears only at checkout"].facts == "severity 4 of 5 · 31% affected"
    assert lines["Show delivery fee and date on the product page"].facts == "impact 5 · effort 2 · planned"
    assert "off target" in lines["Conversion rate"].facts


def test_the_funnel_and_the_voting_results(words: Report) -> None:
    assert [step.customers for step in words.funnel] == [120_000, 38_000, 6_200, 2_300, 540]
    (voting,) = words.rounds
    assert voting.name == "What do we fix first?"
    assert voting.facts == "closed · 6 participants · 3 dots each · 18 of 18 dots given · 2025-04-14"
    first = voting.cards[0]
    assert (first.rank, first.title, first.kind, first.stage, first.dots) == (
        1,
        "Delivery fee appears only at checkout",
        "pain point",
        "Purchase",
        5,
    )
    assert [c.dots for c in voting.cards] == sorted((c.dots for c in voting.cards), reverse=True)


def test_the_notes_by_stage(words: Report) -> None:
    assert [group.stage for group in words.notes] == [
        "Awareness",
        "Consideration",
        "Purchase",
        "Retention",
        "Advocacy",
    ]
    pain = words.notes[2].notes[0]
    assert (pain.kind, pain.about) == ("Pain", "on “Checkout and payment” · Jonas")
    assert words.workshop


def test_a_map_without_a_workshop_has_nothing_to_report(data: JourneyData) -> None:
    bare = report(data.model_copy(update={"notes": (), "voting_rounds": (), "votes": ()}))
    assert not bare.workshop and bare.rounds == () and bare.notes == ()


def test_through_a_persona_the_words_leave_out_what_is_not_theirs(data: JourneyData) -> None:
    maya = report(through_persona(data, "pe-maya"))
    titles = {line.title for stage in maya.stages for line in stage.lines}
    davids = [t.title for t in data.touchpoints if t.personas and "pe-maya" not in t.personas]
    assert davids and not set(davids) & titles
