"""Reading a workbook back after a person edited it: new rows, deleted rows, changed cells, errors."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from journeymap.formats.excel_export import write_workbook
from journeymap.formats.excel_import import read_workbook
from journeymap.formats.journey_file import JourneyFileError
from tests.formats.exchange_samples import rich_map


def _edited(tmp_path: Path, edit: object) -> Path:
    path = tmp_path / "map.xlsx"
    write_workbook(rich_map(), path)
    book = openpyxl.load_workbook(path)
    edit(book)  # type: ignore[operator]
    book.save(path)
    return path


def _column(sheet: openpyxl.worksheet.worksheet.Worksheet, header: str) -> int:
    return [c.value for c in sheet[1]].index(header) + 1


def _problems(path: Path) -> list[str]:
    with pytest.raises(JourneyFileError) as caught:
        read_workbook(path)
    return [str(p) for p in caught.value.problems]


def test_a_new_row_without_id_gets_a_fresh_id_and_names_work_as_references(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book["Touchpoints"]
        row = [None] * sheet.max_column
        row[_column(sheet, "stage") - 1] = "Değerlendirme"  # a stage by name
        row[_column(sheet, "lane") - 1] = "ln-mail"  # a lane by id
        row[_column(sheet, "title") - 1] = "Live chat"
        row[_column(sheet, "emotion") - 1] = -1
        row[_column(sheet, "personas") - 1] = "Ayşe\nعمر"
        sheet.append(row)

    data = read_workbook(_edited(tmp_path, edit))
    chat = data.touchpoints[-1]
    assert chat.title == "Live chat" and chat.stage == "st-consider" and chat.lane == "ln-mail"
    assert chat.personas == ("pe-ayse", "pe-omar") and chat.emotion == -1
    assert chat.id.startswith("tp-") and chat.id not in {t.id for t in rich_map().touchpoints}


def test_deleted_rows_are_gone_and_changed_cells_applied(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book["Touchpoints"]
        sheet.delete_rows(3)  # tp-ads
        sheet.cell(2, _column(sheet, "title")).value = "Web search (renamed)"
        sheet.cell(2, _column(sheet, "tags")).value = "seo\n\npaid\r\n"
        stages = book["Stages"]
        stages.cell(2, _column(stages, "customers")).value = "12000"

    data = read_workbook(_edited(tmp_path, edit))
    assert [t.id for t in data.touchpoints] == ["tp-search", "tp-compare", "tp-cart", "tp-mail", "tp-loyal"]
    assert data.touchpoints[0].title == "Web search (renamed)"
    assert data.touchpoints[0].tags == ("seo", "paid")
    assert data.stages[0].customers == 12_000


def test_columns_are_found_by_header_whatever_their_order_and_extra_columns_are_ignored(
    tmp_path: Path,
) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book["Stages"]
        sheet.move_range("A1:A5", cols=sheet.max_column + 1)  # id to the far right
        sheet.cell(1, sheet.max_column + 1).value = "my notes"
        sheet.cell(2, sheet.max_column).value = "call Zofia"
        sheet.delete_cols(1)
        sheet.cell(1, 1).value = "NAME"  # case does not matter

    data = read_workbook(_edited(tmp_path, edit))
    assert data.stages == rich_map().stages


def test_every_problem_is_named_by_sheet_row_and_column_at_once(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book["Touchpoints"]
        sheet.cell(7, _column(sheet, "emotion")).value = 5
        sheet.cell(3, _column(sheet, "stage")).value = "Nowhere"
        sheet.cell(4, _column(sheet, "title")).value = None
        sheet.cell(5, _column(sheet, "layer")).value = "basement"
        pains = book["Pain points"]
        pains.cell(2, _column(pains, "severity")).value = "very"
        book["Comments"].cell(3, 1).value = "co-1"  # a duplicate id

    problems = _problems(_edited(tmp_path, edit))
    emotion = openpyxl.utils.get_column_letter(8)
    assert f"Touchpoints!{emotion}7: emotion must be -2..2 (got 5)" in problems
    assert "Touchpoints!B3: no stage with the id or name 'Nowhere'" in problems
    assert "Touchpoints!D4: title is required" in problems
    assert any(p.startswith("Touchpoints!J5: layer:") and "'basement'" in p for p in problems)
    assert any(p.startswith("Pain points!F2: severity:") for p in problems)
    assert "Comments!A3: duplicate id 'co-1'" in problems
    assert len(problems) == 6


def test_an_ambiguous_name_asks_for_the_id(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        book["Lanes"].cell(3, 2).value = "Web"  # two lanes named Web now
        sheet = book["Touchpoints"]
        sheet.cell(2, _column(sheet, "lane")).value = "Web"

    (problem,) = _problems(_edited(tmp_path, edit))
    assert problem.startswith("Touchpoints!C2: 2 elements are named 'Web'")


def test_a_wrong_kind_of_reference_and_a_rule_break_are_located(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book["Touchpoints"]
        sheet.cell(2, _column(sheet, "stage")).value = "tp-cart"
        sheet.cell(3, _column(sheet, "lane")).value = "ln-think"  # a text lane

    problems = _problems(_edited(tmp_path, edit))
    assert "Touchpoints!B2: 'tp-cart' is a touchpoint, not a stage" in problems
    problems = _problems(_edited(tmp_path, lambda b: b["Touchpoints"].cell(3, 3, "Thinking")))
    assert problems == ["Touchpoints!C3: lane 'ln-think' is a text lane; touchpoints go in channel lanes"]


def test_a_newer_workbook_asks_for_an_update(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book["Journey"]
        row = next(r for r in sheet.iter_rows() if r[0].value == "format version")
        row[1].value = 99

    (problem,) = _problems(_edited(tmp_path, edit))
    assert problem.startswith("Journey!B8: written by a newer journeymap")


@pytest.mark.parametrize("value", ["one", True, 0, 1.5])
def test_a_version_that_is_no_whole_number_is_refused(tmp_path: Path, value: object) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        sheet = book["Journey"]
        row = next(r for r in sheet.iter_rows() if r[0].value == "format version")
        row[1].value = value

    (problem,) = _problems(_edited(tmp_path, edit))
    assert problem.startswith("Journey!B8: the file version must be a whole number from 1")


def test_true_and_false_are_not_numbers(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        stages = book["Stages"]
        stages.cell(2, _column(stages, "customers")).value = False
        sheet = book["Touchpoints"]
        sheet.cell(2, _column(sheet, "emotion")).value = True

    problems = _problems(_edited(tmp_path, edit))
    stages_column = openpyxl.utils.get_column_letter(
        _column(openpyxl.load_workbook(tmp_path / "map.xlsx")["Stages"], "customers")
    )
    assert f"Stages!{stages_column}2: a number is needed here, not FALSE" in problems
    assert "Touchpoints!H2: a number is needed here, not TRUE" in problems
    assert len(problems) == 2


def test_journey_facts_are_read_from_the_journey_sheet(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        book["Journey"]["B2"] = "Renamed map"
        book["Journey"]["B5"] = "rtl"

    info = read_workbook(_edited(tmp_path, edit)).journey
    assert info.title == "Renamed map" and info.direction == "rtl"


def test_lane_texts_are_edited_in_their_own_sheet(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        book["Lane texts"].append(["ln-think", "Değerlendirme", "Which one?"])

    lane = next(lane for lane in read_workbook(_edited(tmp_path, edit)).lanes if lane.id == "ln-think")
    assert lane.cells["st-consider"] == "Which one?"


def test_a_workbook_that_is_not_ours_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "other.xlsx"
    book = openpyxl.Workbook()
    book.active["A1"] = "budget"
    book.save(path)
    (problem,) = _problems(path)
    assert "not a journeymap workbook" in problem


def test_a_retyped_sheet_name_is_still_found(tmp_path: Path) -> None:
    def edit(book: openpyxl.Workbook) -> None:
        book["Touchpoints"].title = "touchpoints "
        sheet = book["touchpoints "]
        sheet.cell(2, _column(sheet, "emotion")).value = 7

    problems = _problems(_edited(tmp_path, edit))
    emotion = openpyxl.utils.get_column_letter(8)
    assert problems == [f"touchpoints !{emotion}2: emotion must be -2..2 (got 7)"]


def test_a_formula_with_no_saved_result_is_reported_not_dropped(tmp_path: Path) -> None:
    """openpyxl (like other scripts) writes formulas without their result; the cell would
    read as empty and quietly lose its value."""

    def edit(book: openpyxl.Workbook) -> None:
        stages = book["Stages"]
        stages.cell(2, _column(stages, "customers")).value = "=SUM(E3:E6)"
        sheet = book["Touchpoints"]
        sheet.cell(3, _column(sheet, "title")).value = '="Check" & "out"'

    problems = _problems(_edited(tmp_path, edit))
    customers = openpyxl.utils.get_column_letter(
        _column(openpyxl.load_workbook(tmp_path / "map.xlsx")["Stages"], "customers")
    )
    message = "a formula with no saved result: type the value, or open and save the workbook in Excel or LibreOffice"
    assert problems == [f"Stages!{customers}2: {message}", f"Touchpoints!D3: {message}"]  # once each


def test_text_that_looks_like_a_formula_is_still_text(tmp_path: Path) -> None:
    data = rich_map()
    first = data.touchpoints[0].model_copy(update={"title": "=1+1 is not a sum"})
    path = tmp_path / "map.xlsx"
    write_workbook(data.model_copy(update={"touchpoints": (first, *data.touchpoints[1:])}), path)
    assert read_workbook(path).touchpoints[0].title == "=1+1 is not a sum"
