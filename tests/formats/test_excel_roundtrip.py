"""Journey -> xlsx -> journey gives back the same map, for any map (hypothesis)."""

from __future__ import annotations

import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from journeymap.formats.excel_export import workbook_bytes, write_workbook
from journeymap.formats.excel_import import read_workbook
from journeymap.model.data import JourneyData
from journeymap.model.elements import ReadingDirection
from tests.formats.exchange_samples import journeys, rich_map


def _round_trip(data: JourneyData, folder: Path) -> JourneyData:
    path = folder / "map.xlsx"
    write_workbook(data, path)
    return read_workbook(path)


def test_the_rich_map_comes_back_equal(tmp_path: Path) -> None:
    data = rich_map()
    assert _round_trip(data, tmp_path) == data


def test_a_right_to_left_map_comes_back_equal(tmp_path: Path) -> None:
    data = rich_map(direction=ReadingDirection.RTL)
    assert _round_trip(data, tmp_path) == data


def test_an_empty_map_comes_back_equal(tmp_path: Path) -> None:
    assert _round_trip(JourneyData(), tmp_path) == JourneyData()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=journeys())
def test_any_map_comes_back_equal(data: JourneyData, tmp_path: Path) -> None:
    assert _round_trip(data, tmp_path) == data


def test_the_workbook_is_the_same_in_memory_and_on_disk(tmp_path: Path) -> None:
    data = rich_map()
    raw = workbook_bytes(data)
    assert raw[:2] == b"PK"
    import zipfile

    assert "xl/workbook.xml" in zipfile.ZipFile(io.BytesIO(raw)).namelist()
