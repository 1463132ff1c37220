"""Workbooks in the map's language: sheet names, column headers and the Journey sheet's field
names are the map's words (an Arabic map's sheets read right to left), and a workbook comes
back whatever language it was written in and whatever language the reader's interface speaks,
with the map's language and direction kept."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest

from journeymap.formats import journey_file
from journeymap.formats.excel_export import workbook_bytes, write_workbook
from journeymap.formats.excel_import import read_workbook
from journeymap.model.data import JourneyData
from journeymap.model.elements import ReadingDirection
from journeymap.util import i18n, paths

SHEETS = {
    "en": ("Map", "Touchpoints", "Pain points", "field"),
    "tr": ("Harita", "Temas noktaları", "Sıkıntılı noktalar", "alan"),
    "pl": ("Mapa", "Punkty styku", "Punkty bólu", "pole"),
    "ar": ("الخريطة", "نقاط الاتصال", "نقاط الألم", "الحقل"),
}


def example(code: str) -> JourneyData:
    return journey_file.load_data(paths.example_map(code))


@pytest.mark.parametrize("code", SHEETS)
def test_sheets_and_headers_are_in_the_maps_language(code: str) -> None:
    book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(example(code))))
    first, touchpoints, pains, field = SHEETS[code]
    assert book.sheetnames[0] == first
    assert {touchpoints, pains} <= set(book.sheetnames)
    journey_sheet = book[book.sheetnames[2]]
    assert journey_sheet.cell(1, 1).value == field
    assert all(book[name].sheet_view.rightToLeft == (code == "ar") for name in book.sheetnames)


@pytest.mark.parametrize("interface", ["en", "pl", "ar"])
def test_the_interface_language_does_not_change_the_workbook(interface: str) -> None:
    """A Turkish map exported from a Polish or Arabic interface is still a Turkish workbook."""
    with i18n.language(interface):
        book = openpyxl.load_workbook(io.BytesIO(workbook_bytes(example("tr"))))
    assert book.sheetnames[0] == "Harita" and not book["Harita"].sheet_view.rightToLeft


@pytest.mark.parametrize("code", ["tr", "pl", "ar"])
@pytest.mark.parametrize("interface", ["en", "tr", "ar"])
def test_a_workbook_in_any_language_comes_back_equal(code: str, interface: str, tmp_path: Path) -> None:
    data = example(code)
    path = tmp_path / "map.xlsx"
    write_workbook(data, path)
    with i18n.language(interface):
        back = read_workbook(path)
    assert back == data
    assert back.journey.language == code
    expected = ReadingDirection.RTL if code == "ar" else ReadingDirection.LTR
    assert back.journey.direction == expected


def test_an_english_workbook_of_a_turkish_map_is_read_too(tmp_path: Path) -> None:
    """Sheets and headers renamed by hand into English (or left English by an older version)
    are still found: import knows every language's words for them."""
    data = example("tr")
    path = tmp_path / "map.xlsx"
    write_workbook(data, path)
    book = openpyxl.load_workbook(path)
    with i18n.language("en"):
        english = {i18n.tr(name): name for name in ("Touchpoints", "Stages", "Pain points")}
    renames = {"Temas noktaları": "Touchpoints", "Aşamalar": "Stages", "Sıkıntılı noktalar": english["Pain points"]}
    for old, new in renames.items():
        book[old].title = new
    headers = {cell.value: cell for cell in book["Touchpoints"][1]}
    headers["başlık"].value, headers["aşama"].value = "title", "stage"
    book.save(path)
    back = read_workbook(path)
    assert back.touchpoints == data.touchpoints
    assert back.journey.language == "tr"
