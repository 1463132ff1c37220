"""What the exported workbook holds: sheets, tables, the map grid, properties, safe text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from journeymap.formats.excel_export import write_workbook
from journeymap.formats.excel_map import SOFT_PALETTE
from journeymap.formats.migrations import CURRENT_VERSION
from journeymap.model.data import JourneyData
from journeymap.model.elements import ReadingDirection, Stage
from tests.formats.exchange_samples import rich_map

TABLE_SHEETS = (
    "Stages",
    "Lanes",
    "Touchpoints",
    "Pain points",
    "Opportunities",
    "Personas",
    "Metrics",
    "Flows",
    "Comments",
)


@pytest.fixture
def book_path(tmp_path: Path) -> Path:
    path = tmp_path / "map.xlsx"
    write_workbook(rich_map(), path)
    return path


@pytest.fixture
def book(book_path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(book_path)


def test_every_sheet_is_there_map_first(book: openpyxl.Workbook) -> None:
    assert book.sheetnames[:3] == ["Map", "Funnel", "Journey"]
    for title in (*TABLE_SHEETS, "Lane texts", "Photos"):
        assert title in book.sheetnames
    assert book["Photos"].sheet_state == "hidden"


def test_data_sheets_are_excel_tables_with_ids_first(book: openpyxl.Workbook) -> None:
    data = rich_map()
    for title in TABLE_SHEETS:
        sheet = book[title]
        (table,) = sheet.tables.values()
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert sheet["A1"].value == "id"
        headers = [cell.value for cell in sheet[1]]
        assert [c.name for c in table.tableColumns] == headers
    assert [row[0] for row in book["Touchpoints"].iter_rows(min_row=2, values_only=True)] == [
        t.id for t in data.touchpoints
    ]


def test_an_empty_collection_still_makes_a_valid_table(tmp_path: Path) -> None:
    write_workbook(JourneyData(), tmp_path / "empty.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "empty.xlsx")["Touchpoints"]
    (table,) = sheet.tables.values()
    assert table.ref.endswith("2")  # a header and one blank row: Excel wants a data row


def test_the_map_sheet_is_the_grid(book: openpyxl.Workbook) -> None:
    sheet = book["Map"]
    assert sheet["A1"].value.startswith("Online shop")
    assert [c.value for c in sheet[2]][1:5] == ["Farkındalık", "Değerlendirme", "الشراء", "Utrzymanie"]
    rows = {row[0].value: [c.value for c in row[1:5]] for row in sheet.iter_rows(min_row=3) if row[0].value}
    assert rows["Web"][0] == "• Web search: SEO · ▲ positive\n• =Paid ads"
    assert "▼▼ very negative" in rows["Web"][2]
    assert rows["Thinking"][2] == "هل السعر مناسب؟"
    assert "severity 5/5, 30% affected" in rows["Pain points"][2]
    assert "Reminder email" in rows["Opportunities"][2]
    assert rows["Metrics"][0].startswith("10,000 customers\nCost per acquisition: 12.50 €")
    assert "off target" in rows["Metrics"][0]
    assert sheet["B2"].fill.fgColor.rgb.endswith("4E79A7")  # the stage's own colour
    assert sheet["C2"].fill.fgColor.rgb.endswith(SOFT_PALETTE[1].lstrip("#"))  # a soft default
    assert sheet["B3"].alignment.wrap_text


def test_the_map_sheet_prints_landscape_one_page_wide(book: openpyxl.Workbook) -> None:
    sheet = book["Map"]
    assert sheet.freeze_panes == "B3"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == "$1:$2"
    assert 20 <= sheet.column_dimensions["B"].width <= 42
    assert not sheet.sheet_view.rightToLeft


def test_a_right_to_left_map_gets_a_right_to_left_sheet(tmp_path: Path) -> None:
    write_workbook(rich_map(direction=ReadingDirection.RTL), tmp_path / "rtl.xlsx")
    assert openpyxl.load_workbook(tmp_path / "rtl.xlsx")["Map"].sheet_view.rightToLeft


def test_a_map_without_special_lanes_still_shows_pains_opportunities_and_metrics(tmp_path: Path) -> None:
    data = JourneyData(stages=(Stage(id="st-1", name="Reach", customers=5),))
    write_workbook(data, tmp_path / "plain.xlsx")
    labels = [
        r[0] for r in openpyxl.load_workbook(tmp_path / "plain.xlsx")["Map"].iter_rows(values_only=True)
    ]
    assert {"Pain points", "Opportunities", "Key metrics"} <= set(labels)


def test_the_funnel_has_numbers_and_a_native_chart(book_path: Path, book: openpyxl.Workbook) -> None:
    rows = list(book["Funnel"].iter_rows(min_row=2, max_col=5, values_only=True))
    assert rows[0] == ("Farkındalık", 10_000, 1.0, None, None)
    assert rows[1][:3] == ("Değerlendirme", 4_200, 0.42)
    assert rows[1][3] == pytest.approx(0.42) and rows[1][4] == pytest.approx(0.58)
    names = zipfile.ZipFile(book_path).namelist()
    assert any(n.startswith("xl/charts/chart") for n in names)
    assert b"<barChart>" in zipfile.ZipFile(book_path).read(next(n for n in names if "charts/chart" in n))


def test_title_date_and_version_are_in_the_properties(book: openpyxl.Workbook) -> None:
    assert book.properties.title == rich_map().journey.title
    assert book.properties.created.year == 2024
    assert book.properties.version == str(CURRENT_VERSION)
    assert book.custom_doc_props["journeymap format version"].value == CURRENT_VERSION


def test_formula_like_text_is_stored_as_text_never_as_a_formula(book_path: Path) -> None:
    raw = b"".join(
        zipfile.ZipFile(book_path).read(n)
        for n in zipfile.ZipFile(book_path).namelist()
        if n.startswith("xl/worksheets/sheet")
    )
    assert b"<f>" not in raw and b"<f " not in raw
    sheet = openpyxl.load_workbook(book_path)["Touchpoints"]
    cells = {c.value: c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)}
    for text in ("=Paid ads",):
        assert cells[text].data_type == "s" and cells[text].quotePrefix
    assert openpyxl.load_workbook(book_path)["Stages"]["C2"].value == "=1+1"


def test_unicode_is_intact(book: openpyxl.Workbook) -> None:
    values = {c for row in book["Touchpoints"].iter_rows(values_only=True) for c in row}
    assert {"سلة التسوق", "Porównywarka cen", "Sadakat programı"} <= values


def test_lists_are_one_item_per_line_with_escapes(book: openpyxl.Workbook) -> None:
    sheet = book["Personas"]
    headers = [c.value for c in sheet[1]]
    omar = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == "pe-omar")
    assert omar[headers.index("frustrations")] == "line\\nbreak\nback\\\\slash"


def test_a_failed_export_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from journeymap.formats import excel_map

    def broken(*args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(excel_map, "write_map_sheet", broken)
    target = tmp_path / "out.xlsx"
    with pytest.raises(RuntimeError):
        write_workbook(rich_map(), target)
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"the old workbook")
    with pytest.raises(RuntimeError):
        write_workbook(rich_map(), target)
    assert [p.name for p in tmp_path.iterdir()] == ["out.xlsx"] and target.read_bytes() == b"the old workbook"
