"""The .journey file: round trips, determinism, atomic save, and every class of bad input."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from journeymap.formats import journey_file, migrations
from journeymap.model.data import JourneyData
from journeymap.model.elements import Persona, Stage
from journeymap.model.journey import Journey
from tests.strategies import journeys

DATA = Path(__file__).parent / "data"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journeys())
def test_save_then_load_gives_an_equal_journey_and_identical_bytes(data: JourneyData) -> None:
    raw = journey_file.dumps(data)
    again = journey_file.parse(raw)
    assert again == data
    assert journey_file.dumps(again) == raw
    assert journey_file.dumps(Journey(again)) == raw


def test_small_edit_changes_few_lines() -> None:
    data = journey_file.load_data(DATA / "v1-blank.journey")
    renamed = data.model_copy(update={"stages": (data.stages[0].updated(name="Reach"), *data.stages[1:])})
    old = journey_file.dumps(data).decode().splitlines()
    new = journey_file.dumps(renamed).decode().splitlines()
    assert len(old) == len(new)
    assert sum(a != b for a, b in zip(old, new, strict=True)) == 1


def test_header_comes_first() -> None:
    text = journey_file.dumps(JourneyData()).decode()
    assert text.startswith('{\n  "format": "journeymap",\n  "version": 3')
    assert text.endswith("}\n")


def test_save_is_atomic_and_keeps_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "map.journey"
    first = JourneyData(stages=(Stage(id="s", name="A"),))
    journey_file.save(first, path)
    journey_file.save(JourneyData(), path)
    assert journey_file.load_data(path) == JourneyData()
    assert journey_file.parse((tmp_path / "map.journey.bak").read_bytes()) == first
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.journey", "map.journey.bak"]


def test_failed_save_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "map.journey"
    journey_file.save(JourneyData(), path)
    before = path.read_bytes()

    def broken_replace(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(journey_file.os, "replace", broken_replace)
    with pytest.raises(OSError):
        journey_file.save(JourneyData(stages=(Stage(id="s", name="A"),)), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []


def test_golden_v1_file_loads() -> None:
    data = journey_file.load_data(DATA / "v1-blank.journey")
    assert [s.name for s in data.stages] == ["Stage 1", "Stage 2", "Stage 3"]


def test_migration_1_to_2_keeps_everything_and_adds_no_conflicts() -> None:
    raw = json.loads((DATA / "v1-blank.journey").read_bytes())
    migrated = migrations.migrate(dict(raw), 1)
    assert migrated == {**raw, "version": migrations.CURRENT_VERSION}  # 2, then 3 (the workshop)
    data = journey_file.load_data(DATA / "v1-blank.journey")
    assert data.conflicts == ()
    assert json.loads(journey_file.dumps(data))["version"] == migrations.CURRENT_VERSION


def test_golden_v2_file_keeps_its_merge_conflicts() -> None:
    path = DATA / "v2-conflicts.journey"
    data = journey_file.load_data(path)
    assert [(c.reason.value, c.element, c.field) for c in data.conflicts] == [
        ("deleted_ours", "st-loyalty", None),
        ("changed", "tp-ad", "title"),
        ("blocked", "tp-points", None),
    ]
    assert (data.conflicts[1].base, data.conflicts[1].ours, data.conflicts[1].theirs) == (
        "Sees an ad", "Sees a banner ad", "Sees a video ad",
    )  # fmt: skip
    # saved again, only the version changes (to 3, which adds the workshop's collections)
    assert journey_file.dumps(data) == path.read_bytes().replace(b'"version": 2', b'"version": 3', 1)


def test_a_conflict_with_a_bad_shape_is_located() -> None:
    document = json.loads((DATA / "v2-conflicts.journey").read_bytes())
    document["conflicts"][0]["reason"] = "unsure"
    del document["conflicts"][1]["kind"]
    with pytest.raises(journey_file.JourneyFileError) as caught:
        journey_file.parse(json.dumps(document))
    locations = [p.location for p in caught.value.problems]
    assert locations == ["conflicts[0].reason", "conflicts[1].kind"]


def test_migrations_run_in_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(migrations, "CURRENT_VERSION", 3)
    monkeypatch.setattr(
        migrations,
        "MIGRATIONS",
        {1: lambda d: {**d, "steps": ["1->2"]}, 2: lambda d: {**d, "steps": [*d["steps"], "2->3"]}},
    )
    assert migrations.migrate({"version": 1}, 1) == {"version": 3, "steps": ["1->2", "2->3"]}


# ---- bad input: every problem located, nothing on disk changed ---------------------

GOOD = {
    "format": "journeymap",
    "version": 1,
    "stages": [{"id": "s1", "name": "Awareness"}],
    "lanes": [{"id": "web", "name": "Web", "channel": "web"}],
    "touchpoints": [{"id": "t1", "stage": "s1", "lane": "web", "title": "Ad"}],
}


def _with(**changes: object) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


NOT_AN_IMAGE = base64.b64encode(b"GIF? no, a text file").decode()
BAD_INPUTS = {
    "truncated": (json.dumps(GOOD).encode()[:40], "line 1 column 40: not valid JSON"),
    "not json": (b"stages: [Awareness]", "line 1 column 1: not valid JSON"),
    "not utf-8": (b'{"format": "journeymap", "title": "\xff\xfe"}', "not UTF-8 text"),
    "not ours": (b'{"name": "package.json"}', "format: not a journeymap file"),
    "newer version": (_with(version=99), "version: written by a newer journeymap (file version 99"),
    "version true": (_with(version=True), "version: version must be a whole number from 1"),
    "version text": (_with(version="1"), "version: version must be a whole number from 1"),
    "wrong type": (_with(stages=[{"id": "s1", "name": 7}]), "stages[0].name: Input should be a valid string"),
    "unknown field": (
        _with(stages=[{"id": "s1", "name": "A", "colour": "red"}]),
        "stages[0].colour: unknown field",
    ),
    "out of range": (
        _with(touchpoints=[{"id": "t1", "stage": "s1", "lane": "web", "title": "Ad", "emotion": 9}]),
        "touchpoints[0].emotion: Input should be less than or equal to 2 (got 9)",
    ),
    "dangling reference": (
        _with(touchpoints=[{"id": "t1", "stage": "x", "lane": "web", "title": "Ad"}]),
        "touchpoints[0].stage: no stage 'x'",
    ),
    "duplicate id": (
        _with(stages=[{"id": "s1", "name": "A"}, {"id": "s1", "name": "B"}]),
        "stages[1].id: duplicate id 's1'",
    ),
    "not an image": (
        _with(personas=[{"id": "p1", "name": "Ana", "photo": NOT_AN_IMAGE}]),
        "personas[0].photo: photo is not a PNG, JPEG, GIF or WebP image",
    ),
    "nested too deep": (b"[" * 100_000 + b"]" * 100_000, "JSON is nested too deeply"),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUTS))
def test_bad_input_is_located_and_the_file_untouched(case: str, tmp_path: Path) -> None:
    raw, expected = BAD_INPUTS[case]
    path = tmp_path / "bad.journey"
    path.write_bytes(raw)
    with pytest.raises(journey_file.JourneyFileError) as caught:
        journey_file.load(path)
    text = "\n".join(str(p) for p in caught.value.problems)
    assert expected in text
    assert path.read_bytes() == raw
    assert list(tmp_path.iterdir()) == [path]


def test_every_problem_is_reported_at_once() -> None:
    raw = _with(
        stages=[{"id": "s1", "name": ""}, {"id": "s1", "name": "B"}],
        touchpoints=[{"id": "t1", "stage": "nope", "lane": "web", "title": "Ad", "mood": 1}],
    )
    with pytest.raises(journey_file.JourneyFileError) as caught:
        journey_file.parse(raw)
    locations = [p.location for p in caught.value.problems]
    assert locations == ["stages[0].name", "touchpoints[0].mood", "stages[1].id", "touchpoints[0].stage"]


def test_file_over_the_size_limit_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(journey_file, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.journey"
    path.write_bytes(b" " * 101)
    with pytest.raises(journey_file.JourneyFileError, match="over the limit of"):
        journey_file.load(path)


def test_a_file_that_grows_past_the_limit_is_read_no_further(tmp_path: Path) -> None:
    """The size on disk may be 0 and the stream endless (/dev/zero): reading stops at the limit."""
    with pytest.raises(journey_file.JourneyFileError, match="not a regular file"):
        journey_file.load("/dev/zero")
    with pytest.raises(journey_file.JourneyFileError, match="is a folder"):
        journey_file.load(tmp_path)
    grown = tmp_path / "grown.journey"
    grown.write_bytes(b" " * 101)
    with pytest.raises(journey_file.JourneyFileError, match="over the limit of"):
        journey_file.read_file(grown, 100)
    assert journey_file.read_file(grown, 101) == b" " * 101


def test_missing_file_is_a_message(tmp_path: Path) -> None:
    with pytest.raises(journey_file.JourneyFileError, match="No such file"):
        journey_file.load(tmp_path / "gone.journey")


def test_oversized_photo_is_refused() -> None:
    big = base64.b64encode(b"\x89PNG\r\n\x1a\n" + b"0" * (600 * 1024)).decode()
    with pytest.raises(ValueError, match="limit"):
        Persona(id="p", name="Ana", photo=big)
