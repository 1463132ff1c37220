"""CSV of touchpoints: BOM, names and ids, safe against formula injection, unicode intact."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from journeymap.formats.csv_export import COLUMNS, safe_text, to_csv, write_csv
from journeymap.model.data import JourneyData
from tests.formats.exchange_samples import journeys, rich_map


def _read(raw: bytes) -> list[list[str]]:
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_one_row_per_touchpoint_with_stage_and_lane_names_and_ids(tmp_path: Path) -> None:
    write_csv(rich_map(), tmp_path / "t.csv")
    table = _read((tmp_path / "t.csv").read_bytes())
    assert table[0] == list(COLUMNS)
    row = dict(zip(table[0], table[4], strict=True))
    assert row["id"] == "tp-cart" and row["stage"] == "الشراء" and row["stage id"] == "st-buy"
    assert row["lane"] == "Web" and row["emotion"] == "-2" and row["personas"] == "Ayşe\nعمر"
    assert dict(zip(table[0], table[2], strict=True))["emotion"] == ""
    assert len(table) == 1 + len(rich_map().touchpoints)


def test_formula_like_text_is_defused() -> None:
    table = _read(to_csv(rich_map()))
    titles = [row[COLUMNS.index("title")] for row in table[1:]]
    assert "'=Paid ads" in titles
    for text in ("=1+1", "+1", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert safe_text(text) == "'" + text
    assert safe_text("fine = ok") == "fine = ok"


def test_lines_end_in_crlf() -> None:
    raw = to_csv(rich_map())
    assert raw.count(b"\r\n") >= len(rich_map().touchpoints) + 1


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=journeys())
def test_no_cell_can_start_a_formula_and_every_title_survives(data: JourneyData) -> None:
    table = _read(to_csv(data))
    numeric = COLUMNS.index("emotion")
    for row in table[1:]:
        for index, cell in enumerate(row):
            if index != numeric:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    titles = [row[COLUMNS.index("title")] for row in table[1:]]
    assert titles == [safe_text(t.title) for t in data.touchpoints]
