"""Mermaid journey export and import: escaping that always parses, round trips, located errors."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from journeymap.formats.journey_file import JourneyFileError
from journeymap.formats.mermaid import carried_name, carried_title, from_mermaid, score, to_mermaid
from journeymap.model.data import JourneyData
from journeymap.model.elements import Persona, Stage, Touchpoint
from journeymap.model.journey import Journey
from tests.formats.exchange_samples import journeys, rich_map
from tests.formats.mermaid_grammar import MermaidSyntaxError, parse

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_rich_map_as_mermaid() -> None:
    text = to_mermaid(rich_map())
    assert text.startswith("journey\n    title Online shop — çevrimiçi mağaza\n    accDescr {\n")
    assert "    section Farkındalık\n        Web search∶ SEO: 4: Ayşe\n        =Paid ads: 3\n" in text
    assert "        سلة التسوق: 1: Ayşe, عمر\n" in text
    assert text.endswith("    section Utrzymanie\n        Sadakat programı: 4\n")


def test_emotion_maps_to_scores_one_to_five() -> None:
    assert [score(e) for e in (-2, -1, 0, 1, 2, None)] == [1, 2, 3, 4, 5, 3]


def test_a_map_without_personas_has_no_actors() -> None:
    data = JourneyData(
        stages=(Stage(id="st-1", name="A"),),
        touchpoints=(),
    )
    assert to_mermaid(data) == "journey\n    title Untitled journey\n    section A\n"


@pytest.mark.parametrize(
    "name",
    [
        "a: b",
        "x; y",
        "#1",
        "50%% off",
        "%start",
        "title page",
        "Section 2",
        "journey planner",
        "accDescr { x",
        "accTitle: y",
        "  spaced\nout  ",
        "\ufeff",
        "   ",
        "a%%b",
    ],
)
def test_reserved_characters_and_keywords_still_parse(name: str) -> None:
    data = JourneyData(
        stages=(Stage(id="st-1", name=name),),
        personas=(Persona(id="pe-1", name=name + ", x"),),
        touchpoints=(
            Touchpoint(id="tp-1", stage="st-1", lane="ln-1", title=name, emotion=2, personas=("pe-1",)),
        ),
    ).model_copy(update={"lanes": (rich_map().lanes[0].updated(id="ln-1"),)})
    diagram = parse(to_mermaid(data))
    assert len(diagram.sections) == 1 and len(diagram.tasks) == 1
    back = from_mermaid(to_mermaid(data))
    assert back.stages[0].name == carried_name(name)
    assert back.touchpoints[0].title == carried_name(name)
    assert back.personas[0].name == carried_name(name + ", x", actor=True)
    assert carried_name(name) in (" ".join(name.replace("\ufeff", " ").split()), "–")


@SETTINGS
@given(data=journeys())
def test_every_export_parses_with_mermaids_grammar_and_means_the_same(data: JourneyData) -> None:
    diagram = parse(to_mermaid(data))
    back = from_mermaid(to_mermaid(data))
    assert len(diagram.sections) == len(back.stages) == len(data.stages)
    assert len(diagram.tasks) == len(back.touchpoints) == len(data.touchpoints)
    for (section, _task, points, people), touchpoint in zip(diagram.tasks, back.touchpoints, strict=True):
        assert back.stages[section].id == touchpoint.stage
        assert points == score(touchpoint.emotion)
        assert len(people) == len(touchpoint.personas)


@SETTINGS
@given(data=journeys())
def test_round_trip_keeps_what_mermaid_can_carry(data: JourneyData) -> None:
    back = from_mermaid(to_mermaid(data))
    Journey(back)  # a valid map
    assert back.journey.title == carried_title(data.journey.title)
    assert back.journey.description.split() == data.journey.description.split()
    assert [s.name for s in back.stages] == [carried_name(s.name) for s in data.stages]
    expected = [t for s in data.stages for t in data.touchpoints if t.stage == s.id]
    assert [t.title for t in back.touchpoints] == [carried_name(t.title) for t in expected]
    assert [t.emotion for t in back.touchpoints] == [t.emotion or 0 for t in expected]
    names = {p.id: p.name for p in back.personas}
    actors = {p.id: p.name for p in data.personas}
    for original, copy in zip(expected, back.touchpoints, strict=True):
        carried = [carried_name(actors[p], actor=True) for p in original.personas]
        assert [names[p] for p in copy.personas] == carried or len(set(actors.values())) < len(actors)
    assert len(back.lanes) == 1 and back.lanes[0].kind == "channel"


def test_import_handles_comments_accessibility_and_front_matter() -> None:
    text = """---
title: From front matter
---
%%{init: {"theme": "forest"}}%%
journey
  %% a comment
  accTitle: Accessible title
  accDescr: One line description
  section Go to work
    Make tea: 5: Me
    Go upstairs: 3: Me # a comment after the data
    %% Do work: 1: Me, Cat
  section Go home
    Go downstairs: 5: Me
    Sit down: 2.6: Me, Cat
"""
    data = from_mermaid(text)
    assert data.journey.title == "From front matter"
    assert data.journey.description == "One line description"
    assert [s.name for s in data.stages] == ["Go to work", "Go home"]
    assert [(t.title, t.emotion) for t in data.touchpoints] == [
        ("Make tea", 2),
        ("Go upstairs", 0),
        ("Go downstairs", 2),
        ("Sit down", 0),
    ]
    assert [p.name for p in data.personas] == ["Me", "Cat"]
    assert len({t.lane for t in data.touchpoints}) == 1


def test_accessible_title_is_used_when_there_is_no_title_and_scores_are_clamped() -> None:
    data = from_mermaid("journey\naccTitle: Shop\nTask before sections: 9\nsection S\nT: -4\n")
    assert data.journey.title == "Shop"
    assert [s.name for s in data.stages] == ["Journey", "S"]
    assert [t.emotion for t in data.touchpoints] == [2, -2]


def test_errors_name_their_lines_all_at_once() -> None:
    with pytest.raises(JourneyFileError) as caught:
        from_mermaid(
            "journey\nsection A\nTask without score\nT: lots\nU: 3; more\nV: inf\nW: 1e400\n",
            source="doc.mmd",
        )
    assert [str(p) for p in caught.value.problems] == [
        "line 3: expected 'task name: score' or 'task name: score: actor, actor'",
        "line 4: the score 'lots' is not a number",
        "line 5: ';' is not allowed in a Mermaid journey",
        "line 6: the score 'inf' is not a number",
        "line 7: the score '1e400' is not a number",
    ]


def test_an_unclosed_description_says_so_in_plain_braces() -> None:
    with pytest.raises(JourneyFileError) as caught:
        from_mermaid("journey\n title T\n accDescr {\n x\n section S\n t: 3\n")
    assert [str(p) for p in caught.value.problems] == ["line 3: accDescr { is never closed with }"]


def test_text_that_is_no_journey_is_refused() -> None:
    with pytest.raises(JourneyFileError) as caught:
        from_mermaid("flowchart LR\nA --> B\n")
    assert str(caught.value.problems[0]) == "line 1: a Mermaid journey starts with the word 'journey'"
    with pytest.raises(JourneyFileError):
        from_mermaid("")


def test_the_oracle_rejects_what_mermaid_rejects() -> None:
    for bad in ("journey\nsection a: b\n", "journey\nTask; 3\n", "journey\nTask\n", "journey\n: 3\n"):
        with pytest.raises(MermaidSyntaxError):
            parse(bad)
