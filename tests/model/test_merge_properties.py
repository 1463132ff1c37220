"""The merge's promises, for random maps and random edits by two people:
merge(base, x, base) = x; merge(base, base, y) = y; without conflicts the two sides can be
swapped; every merge result is a valid map that saves and reads back; every conflict can be
resolved either way; and the diff, applied, gives the other map."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.formats import journey_file
from journeymap.model.conflicts import Choice, resolve_ops
from journeymap.model.data import JourneyData
from journeymap.model.diff import diff
from journeymap.model.journey import Journey
from journeymap.model.merge import merge
from journeymap.model.patch import patch_ops
from tests.strategies import edited, journeys, meaning

SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=list(HealthCheck))


@st.composite
def three_maps(draw: st.DrawFn) -> tuple[JourneyData, JourneyData, JourneyData]:
    base = draw(journeys())
    return base, draw(edited(base, tag="x", max_edits=10)), draw(edited(base, tag="y", max_edits=10))


@SETTINGS
@given(three_maps())
def test_merging_with_an_unchanged_side_gives_the_changed_side(maps: tuple[JourneyData, ...]) -> None:
    base, x, y = maps
    assert merge(base, x, base).data == x
    assert merge(base, base, y).data == y
    assert merge(base, x, base).clean and merge(base, base, y).clean


@SETTINGS
@given(three_maps())
def test_without_conflicts_the_sides_can_be_swapped(maps: tuple[JourneyData, ...]) -> None:
    base, x, y = maps
    one = merge(base, x, y)
    if one.clean:
        other = merge(base, y, x)
        assert other.clean
        assert meaning(one.data) == meaning(other.data)


@SETTINGS
@given(three_maps())
def test_every_merge_result_is_a_valid_map(maps: tuple[JourneyData, ...]) -> None:
    base, x, y = maps
    result = merge(base, x, y)
    Journey(result.data)  # references and rules, as every open checks them
    raw = journey_file.dumps(result.data)
    assert journey_file.parse(raw) == result.data
    assert [c for c in result.data.conflicts if c in result.conflicts] == list(result.conflicts)


@SETTINGS
@given(three_maps(), st.sampled_from(["ours", "theirs"]))
def test_every_conflict_can_be_resolved_either_way(maps: tuple[JourneyData, ...], choice: Choice) -> None:
    base, x, y = maps
    journey = Journey(merge(base, x, y).data)
    for conflict in journey.records("conflict"):
        if conflict.id in journey:  # resolving one may settle others (a field of a removed card)
            journey.apply_all(resolve_ops(journey, conflict.id, choice))
    assert journey.records("conflict") == []
    Journey(journey.snapshot())


@SETTINGS
@given(three_maps())
def test_diff_applied_gives_the_other_map(maps: tuple[JourneyData, ...]) -> None:
    _, x, y = maps
    journey = Journey(x)
    journey.apply_all(patch_ops(journey, diff(x, y)))
    assert meaning(journey.snapshot()) == meaning(y)
