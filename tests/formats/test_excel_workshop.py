"""The workbook's Workshop sheet: notes, rounds, participants and votes, written and read back."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from journeymap.formats import journey_file
from journeymap.formats.excel_export import write_workbook
from journeymap.formats.excel_import import read_workbook
from journeymap.formats.journey_file import JourneyFileError
from journeymap.model.data import JourneyData

DATA = Path(__file__).parent / "data" / "v3-workshop.journey"


@pytest.fixture
def data() -> JourneyData:
    return journey_file.load_data(DATA)


@pytest.fixture
def book(data: JourneyData, tmp_path: Path) -> Path:
    path = tmp_path / "map.xlsx"
    write_workbook(data, path)
    return path


def _edit(path: Path, change: object) -> None:
    workbook = openpyxl.load_workbook(path)
    change(workbook["Workshop"])  # type: ignore[operator]
    workbook.save(path)


def _row(sheet: object, first: str) -> int:
    return next(cell.row for cell in sheet["A"] if cell.value == first)  # type: ignore[attr-defined]


def test_the_sheet_holds_four_titled_excel_tables(book: Path, data: JourneyData) -> None:
    sheet = openpyxl.load_workbook(book)["Workshop"]
    assert set(sheet.tables) == {"Notes", "Votingrounds", "Participants", "Votes"}
    titles = [
        cell.value for cell in sheet["A"] if cell.value in ("Notes", "Voting rounds", "Participants", "Votes")
    ]
    assert titles == ["Notes", "Voting rounds", "Participants", "Votes"]
    for name, count in (("Notes", 3), ("Votingrounds", 2), ("Participants", 5), ("Votes", 4)):
        top, bottom = sheet.tables[name].ref.split(":")
        assert int(bottom[1:]) - int(top[1:]) == count  # the header row and one row per record
    assert read_workbook(book) == data


def test_people_add_a_note_without_an_id_and_name_the_card(book: Path, data: JourneyData) -> None:
    def add(sheet: object) -> None:
        row = _row(sheet, "nt-3")
        sheet.insert_rows(row + 1)  # type: ignore[attr-defined]
        for column, value in zip(
            "BCDE", ("stage-2", "Checkout", "idea", "Show the total first"), strict=True
        ):
            sheet[f"{column}{row + 1}"] = value  # type: ignore[index]

    _edit(book, add)
    back = read_workbook(book)
    added = back.notes[-1]
    assert added.text == "Show the total first" and added.card == "tp-checkout" and added.id.startswith("nt-")
    assert back.notes[:-1] == data.notes and back.votes == data.votes


def test_a_participant_can_be_added_to_a_round_named_by_its_name(book: Path) -> None:
    def add(sheet: object) -> None:
        row = _row(sheet, "Votes") - 1  # the blank row before the Votes table
        sheet[f"A{row}"], sheet[f"B{row}"], sheet[f"C{row}"] = "Quick poll", "p4", "Deniz"  # type: ignore[index]

    _edit(book, add)
    rounds = {r.name: r for r in read_workbook(book).voting_rounds}
    assert [p.id for p in rounds["Quick poll"].participants] == ["p1", "p2", "p3", "p4"]
    assert rounds["Quick poll"].participants[-1].name == "Deniz"


def test_problems_are_located_on_the_workshop_sheet(book: Path) -> None:
    def spoil(sheet: object) -> None:
        participants = _row(sheet, "Participants") + 2
        sheet[f"B{participants}"] = "p2"  # type: ignore[index]  # p1 becomes a second p2
        vote = _row(sheet, "vo-4")
        sheet[f"C{vote}"] = "p9"  # type: ignore[index]
        sheet[f"B{_row(sheet, 'nt-1')}"] = "Nowhere"  # type: ignore[index]

    _edit(book, spoil)
    with pytest.raises(JourneyFileError) as caught:
        read_workbook(book)
    problems = [str(p) for p in caught.value.problems]
    assert any(p.startswith("Workshop!B") and "duplicate participant id 'p2'" in p for p in problems)
    assert any(p.startswith("Workshop!B") and "'Nowhere'" in p for p in problems)
    assert len(problems) == 2  # the vote by p9 waits for the first two: nothing is read while they stand


def test_a_workbook_without_the_sheet_reads_as_no_workshop(book: Path, data: JourneyData) -> None:
    workbook = openpyxl.load_workbook(book)
    del workbook["Workshop"]
    workbook.save(book)
    back = read_workbook(book)
    assert (back.notes, back.voting_rounds, back.votes) == ((), (), ())
    assert back.touchpoints == data.touchpoints
