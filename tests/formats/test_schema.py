"""The shipped JSON Schema is the generated one, and real files validate against it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from journeymap.cli import main
from journeymap.formats import journey_file, schema
from journeymap.util.paths import resource, resource_dir

SHIPPED = resource("schema", schema.SCHEMA_FILE_NAME)
MAP_FILES = sorted(resource_dir().glob("*/*.journey"))


def test_shipped_schema_equals_generated() -> None:
    assert SHIPPED.read_bytes() == schema.schema_bytes(), f"regenerate it: journeymap schema --out {SHIPPED}"


def test_schema_identifies_itself_and_covers_every_collection() -> None:
    generated = schema.journey_schema()
    assert generated["$id"] == "https://journeymap.invalid/schema/journey-3.json"
    assert generated["$schema"].endswith("/draft/2020-12/schema")
    assert generated["title"] and generated["description"]
    assert generated["additionalProperties"] is False
    assert set(generated["required"]) == {"format", "version"}
    collections = set(generated["properties"]) - {"format", "version", "journey"}
    assert collections == {
        "stages", "lanes", "personas", "touchpoints", "pain_points",
        "opportunities", "metrics", "flows", "comments", "notes", "voting_rounds", "votes", "conflicts",
    }  # fmt: skip


def test_schema_bytes_are_deterministic() -> None:
    assert schema.schema_bytes() == schema.schema_bytes()
    assert schema.schema_bytes().endswith(b"}\n")


def test_cli_prints_and_writes_the_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert capsys.readouterr().out.encode("utf-8") == schema.schema_bytes()
    out = tmp_path / "journey.schema.json"
    assert main(["schema", "--out", str(out)]) == 0
    assert out.read_bytes() == schema.schema_bytes()


def test_cli_reports_an_unwritable_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema", "--out", str(tmp_path / "missing" / "x.json")]) == 1
    assert "missing" in capsys.readouterr().err


def _validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    return jsonschema.Draft202012Validator(json.loads(SHIPPED.read_bytes()))


@pytest.mark.parametrize("path", MAP_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_shipped_maps_validate_against_the_schema(path: Path) -> None:
    errors = [error.message for error in _validator().iter_errors(json.loads(path.read_bytes()))]
    assert errors == []


def test_a_map_with_merge_conflicts_validates_against_the_schema() -> None:
    document = json.loads((Path(__file__).parent / "data" / "v2-conflicts.journey").read_bytes())
    document["version"] = 3  # a version-2 map is a version-3 map with no workshop parts
    assert [error.message for error in _validator().iter_errors(document)] == []
    document["conflicts"][0]["kind"] = "sticker"
    assert not _validator().is_valid(document)


def test_saved_map_validates_and_bad_shapes_do_not() -> None:
    validator = _validator()
    document = json.loads(journey_file.dumps(journey_file.load_data(resource("templates", "blank.journey"))))
    assert validator.is_valid(document)
    lane = dict(document["lanes"][0], cells={"stage-1": "Wants a gift"})
    assert validator.is_valid({**document, "lanes": [lane]})
    bad_cells = dict(lane, cells={"not an id!": "x"})
    touchpoint = {"id": "tp-1", "stage": "stage-1", "lane": "lane-web", "title": "Visit", "emotion": 2}
    assert validator.is_valid({**document, "touchpoints": [touchpoint]})
    for bad in (
        {**document, "version": 2},
        {**document, "colour": "red"},
        {**document, "lanes": [bad_cells]},
        {**document, "touchpoints": [dict(touchpoint, emotion=3)]},
        {**document, "touchpoints": [dict(touchpoint, id="")]},
    ):
        assert not validator.is_valid(bad)


def test_workshop_records_have_a_schema() -> None:
    validator = _validator()
    document = json.loads(journey_file.dumps(journey_file.load_data(resource("templates", "blank.journey"))))
    note = {"id": "nt-1", "stage": "stage-1", "kind": "quote", "text": "I gave up at the postage"}
    voting_round = {
        "id": "vr-1",
        "name": "Top pains",
        "participants": [{"id": "p1", "name": "Ana"}, {"id": "p2"}],
    }
    vote = {"id": "vo-1", "round": "vr-1", "participant": "p1", "element": "pp-1", "dots": 2}
    good = {**document, "notes": [note], "voting_rounds": [voting_round], "votes": [vote]}
    assert validator.is_valid(good)
    for bad in (
        {**good, "notes": [dict(note, kind="rant")]},
        {**good, "notes": [dict(note, text="")]},
        {**good, "voting_rounds": [dict(voting_round, votable=["stage"])]},
        {**good, "voting_rounds": [dict(voting_round, dots=0)]},
        {**good, "votes": [dict(vote, dots=0)]},
        {**good, "votes": [dict(vote, participant="not an id!")]},
    ):
        assert not validator.is_valid(bad)
