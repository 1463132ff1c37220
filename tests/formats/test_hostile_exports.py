"""Exports of colleagues' text (issue 16): formula look-alikes stay text on every sheet, and
control characters never make the workbook's XML ill-formed (SVG: tests/render)."""

from __future__ import annotations

import xml.dom.minidom
import zipfile
from pathlib import Path

import openpyxl

from journeymap.formats.excel_export import write_workbook
from journeymap.formats.excel_schema import is_formula_like
from journeymap.model.data import JourneyData
from journeymap.model.elements import JourneyInfo, Lane, LaneKind, Metric, Stage, Touchpoint

LOOK_ALIKES = ("=1+2", "@cmd", "+SUM(A1)", "-2+3", "\tx", '=HYPERLINK("http://x")')


def _formula_map() -> JourneyData:
    stages = tuple(Stage(id=f"s{i}", name=name, customers=100 - i) for i, name in enumerate(LOOK_ALIKES))
    return JourneyData(
        journey=JourneyInfo(title="=cmd|' /C calc'!A0"),
        stages=stages,
        lanes=(
            Lane(id="l1", name="=lane"),
            Lane(id="l2", name="@text", kind=LaneKind.TEXT, cells={"s0": "=A1", "s1": "+1"}),
            Lane(id="l3", name="-metrics", kind=LaneKind.METRICS),
        ),
        touchpoints=(Touchpoint(id="t1", stage="s0", lane="l1", title="=t"),),
        metrics=(Metric(id="m1", name="=m", attached_to="s2", value=1.0),),
    )


def test_no_cell_on_any_sheet_can_become_a_formula(tmp_path: Path) -> None:
    # the Map and Funnel sheets wrote stage and lane names without the quote prefix the
    # tables gave them: "=1+2" became a formula as soon as someone edited the cell
    path = tmp_path / "map.xlsx"
    write_workbook(_formula_map(), path)
    with zipfile.ZipFile(path) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n) for n in sheets)
    book = openpyxl.load_workbook(path)
    looked_at = set()
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and is_formula_like(cell.value):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate)
                    assert cell.quotePrefix, (sheet.title, cell.coordinate, cell.value)
                    looked_at.add(sheet.title)
    assert {"Map", "Funnel", "Stages", "Lanes", "Journey"} <= looked_at


def test_control_characters_leave_every_xml_part_of_the_workbook_well_formed(tmp_path: Path) -> None:
    nasty = "Q1\x01 map\x0b\x1f\ufffe end"
    data = JourneyData(
        journey=JourneyInfo(title=nasty, description=nasty),
        stages=(Stage(id="s", name=nasty),),
        lanes=(Lane(id="l", name=nasty, kind=LaneKind.TEXT, cells={"s": nasty}),),
    )
    path = tmp_path / "map.xlsx"
    write_workbook(data, path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                xml.dom.minidom.parseString(archive.read(name))  # raises if not well-formed
