"""Version 3 of the .journey file: presenter notes, sticky notes, voting rounds and votes
(issue 12), the 2 -> 3 migration, and every way a hand-edited workshop part can be wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journeymap.formats import journey_file, migrations
from journeymap.model.elements import NoteKind

DATA = Path(__file__).parent / "data"
GOLDEN = DATA / "v3-workshop.journey"


def test_golden_v2_file_loads_with_every_workshop_part() -> None:
    data = journey_file.load_data(GOLDEN)
    assert data.stages[1].presenter_notes == "Ask about the checkout.\nThen the postage."
    assert [(n.kind, n.card) for n in data.notes] == [
        (NoteKind.QUOTE, None),
        (NoteKind.PAIN, "tp-checkout"),
        (NoteKind.QUESTION, "pp-postage"),
    ]
    closed, poll = data.voting_rounds
    assert closed.closed and [p.name for p in closed.participants] == ["Ana", "Bora"]
    assert poll.dots == 2 and [p.name for p in poll.participants] == ["", "", ""]
    assert poll.votable == ("pain_point", "opportunity")
    assert [(v.participant, v.element, v.dots) for v in data.votes][:2] == [
        ("p1", "pp-postage", 2),
        ("p2", "pp-postage", 1),
    ]


def test_golden_v2_file_saves_to_the_same_bytes() -> None:
    assert journey_file.dumps(journey_file.load_data(GOLDEN)) == GOLDEN.read_bytes()


def test_a_version_1_file_migrates_to_the_current_version() -> None:
    raw = (DATA / "v1-blank.journey").read_bytes()
    assert json.loads(raw)["version"] == 1
    data = journey_file.parse(raw)
    assert data.notes == () and data.voting_rounds == () and data.votes == ()
    assert all(stage.presenter_notes == "" for stage in data.stages)
    saved = json.loads(journey_file.dumps(data))
    assert saved["version"] == migrations.CURRENT_VERSION == 3


def test_the_2_to_3_step_changes_nothing_but_the_version() -> None:
    document = json.loads((DATA / "v2-conflicts.journey").read_bytes())
    before = dict(document)
    migrated = migrations.MIGRATIONS[2](dict(document))
    assert migrated == before and before["version"] == 2
    assert journey_file.parse(json.dumps(document)).conflicts  # a version-2 map with conflicts still reads


def test_a_version_1_file_is_migrated_before_its_fields_are_checked() -> None:
    document = json.loads((DATA / "v1-blank.journey").read_bytes())
    document["stages"][0]["presenter_notes"] = "hello"
    # a version-1 journeymap would have refused the field; migrated, it is simply read
    assert journey_file.parse(json.dumps(document)).stages[0].presenter_notes == "hello"


def _golden() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(GOLDEN.read_bytes())
    return loaded


def _problems(document: dict[str, Any]) -> list[str]:
    with pytest.raises(journey_file.JourneyFileError) as caught:
        journey_file.parse(json.dumps(document))
    return [str(p) for p in caught.value.problems]


def _replace(document: dict[str, Any], collection: str, index: int, **changes: object) -> dict[str, Any]:
    items = list(document[collection])
    items[index] = {**items[index], **changes}
    return {**document, collection: items}


@pytest.mark.parametrize(
    ("collection", "index", "changes", "expected"),
    [
        ("notes", 0, {"stage": "nowhere"}, "notes[0].stage: no stage 'nowhere'"),
        (
            "notes",
            1,
            {"card": "stage-1"},
            "notes[1].card: 'stage-1' is a stage, not a touchpoint or pain point or opportunity",
        ),
        (
            "notes",
            0,
            {"kind": "rant"},
            "notes[0].kind: Input should be 'pain', 'idea', 'quote' or 'question' (got 'rant')",
        ),
        ("votes", 0, {"round": "vr-9"}, "votes[0].round: no voting round 'vr-9'"),
        (
            "voting_rounds",
            1,
            {"votable": []},
            "voting_rounds[1].votable: a round needs at least one kind of card to vote on",
        ),
        (
            "voting_rounds",
            1,
            {"participants": [{"id": "p1"}, {"id": "p1"}]},
            "voting_rounds[1].participants: duplicate participant id 'p1'",
        ),
    ],
)
def test_bad_workshop_parts_are_located(
    collection: str, index: int, changes: dict[str, object], expected: str
) -> None:
    document = _golden()
    assert expected in _problems(_replace(document, collection, index, **changes))


def test_a_map_merged_from_two_voted_copies_opens_with_every_dot() -> None:
    """The voting rules are the editor's, not the file's: two copies voted on apart, then
    merged, may give someone more dots than the round allows; the map still opens."""
    document = _golden()
    extra = {"id": "vo-9", "round": "vr-1", "participant": "p1", "element": "tp-ad", "dots": 2}
    document["votes"] = [*document["votes"], extra]  # Ana: 2 + 2 of 3
    data = journey_file.parse(json.dumps(document))
    assert sum(v.dots for v in data.votes if v.round == "vr-1" and v.participant == "p1") == 4
