"""Workbooks and Mermaid files from colleagues (issue 16): every break the fuzzing run found,
with its reproducer. Import ends with a map or with problems located by sheet, row and
column (or line), never an internal message, and its cost is linear in the file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journeymap.formats.excel_import import read_workbook
from journeymap.formats.journey_file import JourneyFileError
from journeymap.formats.mermaid import from_mermaid
from tests.deadline import deadline
from tests.formats.exchange_samples import rich_map
from tests.formats.test_excel_hostile import _rewritten, _sheet_part

FORMULA_MESSAGE = (
    "a formula with no saved result: type the value, or open and save the workbook in Excel or LibreOffice"
)


def _problems(path: Path) -> list[str]:
    with deadline(60), pytest.raises(JourneyFileError) as caught:
        read_workbook(path)
    return [str(p) for p in caught.value.problems]


def _cell(content: bytes, reference: str, new: bytes) -> bytes:
    """``content`` with the cell ``reference`` replaced by ``new``."""
    pattern = rb'<c r="%s"[^>]*?(?:/>|>.*?</c>)' % reference.encode()
    changed, count = re.subn(pattern, new, content, count=1, flags=re.DOTALL)
    assert count == 1, reference
    return changed


def _with_cell(tmp_path: Path, sheet: str, reference: str, new: bytes) -> Path:
    """The example workbook with the cell ``reference`` of ``sheet`` replaced by ``new``."""
    return _rewritten(tmp_path, _sheet_part(tmp_path, sheet), lambda c: _cell(c, reference, new))


def _sheet_xml(rows: bytes, *, dimension: bytes = b"") -> bytes:
    return (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        + dimension
        + b"<sheetData>"
        + rows
        + b"</sheetData></worksheet>"
    )


def test_the_whole_sheet_declared_with_a_formula_far_down_reads_at_once(tmp_path: Path) -> None:
    # 35 KB: a Map sheet declaring A1:XFD1048576 with one formula and one value at row
    # 99,999 hung import for 2 minutes (the formula scan padded every row to XFD)
    rows = b'<row r="1"><c r="A1"><f>1+1</f></c></row><row r="99999"><c r="XFD99999"><v>1</v></c></row>'
    sheet = _sheet_xml(rows, dimension=b'<dimension ref="A1:XFD1048576"/>')
    path = _rewritten(tmp_path, _sheet_part(tmp_path, "Map"), lambda _c: sheet)
    with deadline(30):
        assert read_workbook(path) == rich_map()


def test_sixty_thousand_rows_with_one_cell_in_column_xfd_read_at_once(tmp_path: Path) -> None:
    header = (
        b'<row r="1">'
        + b"".join(
            b'<c r="%s1" t="inlineStr"><is><t>%s</t></is></c>' % (col, name)
            for col, name in ((b"A", b"id"), (b"B", b"attached to"), (b"C", b"text"))
        )
        + b"</row>"
    )
    far = b"".join(b'<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (n, n) for n in range(2, 60_002))
    sheet = _sheet_xml(header + far, dimension=b'<dimension ref="A1:XFD60001"/>')
    path = _rewritten(tmp_path, _sheet_part(tmp_path, "Comments"), lambda _c: sheet)
    with deadline(60):
        assert read_workbook(path) == rich_map().model_copy(update={"comments": ()})


@pytest.mark.parametrize("digits", [401, 5000])
def test_customers_with_hundreds_or_thousands_of_digits_are_located(tmp_path: Path, digits: int) -> None:
    # a 401-digit count imported cleanly (and then crashed the editor); 5,000 digits ended
    # the import with Python's "Exceeds the limit (4300 digits)"
    big = b"1" + b"0" * (digits - 1)
    path = _with_cell(tmp_path, "Stages", "E2", b'<c r="E2" t="n"><v>%s</v></c>' % big)
    assert _problems(path) == [f"Stages!E2: customers: too large: a number of {digits:,} digits"]


def test_a_count_past_the_bound_names_the_bound(tmp_path: Path) -> None:
    path = _with_cell(tmp_path, "Stages", "E2", b'<c r="E2" t="n"><v>1000000000000000</v></c>')
    assert _problems(path) == ["Stages!E2: customers must be 0..999,999,999,999,999 (got 1000000000000000)"]


def test_a_formula_without_result_in_the_journey_sheet_is_reported(tmp_path: Path) -> None:
    # it was read as empty: the title quietly fell back to "Untitled journey"
    path = _with_cell(tmp_path, "Journey", "B2", b'<c r="B2" t="str"><f>CONCAT("a","b")</f></c>')
    assert _problems(path) == [f"Journey!B2: {FORMULA_MESSAGE}"]


def test_a_shared_text_that_does_not_exist_is_located(tmp_path: Path) -> None:
    # "list index out of range" before
    path = _with_cell(tmp_path, "Stages", "B3", b'<c r="B3" t="s"><v>999</v></c>')
    assert _problems(path) == ["Stages!B3: the cell refers to a shared text that the workbook does not have"]


def test_a_lane_text_past_the_limit_is_located(tmp_path: Path) -> None:
    # "1 validation error for Lane" before
    long = b"x" * 30_000
    path = _with_cell(tmp_path, "Lane texts", "C2", b'<c r="C2" t="inlineStr"><is><t>%s</t></is></c>' % long)
    assert _problems(path) == ["Lane texts!C2: text is longer than 20,000 characters"]


def test_bad_dates_booleans_numbers_and_photos_are_located(tmp_path: Path) -> None:
    path = _rewritten(
        tmp_path,
        _sheet_part(tmp_path, "Comments"),
        lambda c: c.replace(
            b"</sheetData>",
            b'<row r="40"><c r="A40" t="inlineStr"><is><t>co-x</t></is></c>'
            b'<c r="C40" t="inlineStr"><is><t>hello</t></is></c>'
            b'<c r="E40" t="d"><v>not a date</v></c><c r="F40" t="b"><v>7</v></c></row>'
            b'<row r="41"><c r="A41" t="inlineStr"><is><t>co-y</t></is></c>'
            b'<c r="C41" t="inlineStr"><is><t>hello</t></is></c>'
            b'<c r="F41"><v>1e5x</v></c></row></sheetData>',
        ),
    )
    problems = _problems(path)
    assert "Comments!E40: a date cell holds 'not a date', which is no date" in problems
    assert "Comments!F40: a TRUE/FALSE cell holds '7'" in problems
    assert "Comments!F41: a number cell holds '1e5x', which is no number" in problems
    assert all("Traceback" not in p and "validation error" not in p for p in problems)


def test_messages_quote_a_short_excerpt_of_a_huge_cell(tmp_path: Path) -> None:
    huge = b"y" * 2_000_000
    path = _with_cell(tmp_path, "Touchpoints", "B2", b'<c r="B2" t="inlineStr"><is><t>%s</t></is></c>' % huge)
    problems = _problems(path)
    assert problems and all(len(p) < 400 for p in problems)
    assert "(2,000,000 characters)" in problems[0]


# ---- Mermaid ----------------------------------------------------------------------------


def test_unclosed_directives_cost_linear_time() -> None:
    # `journey` then `%%{` 40,000 times (120 KB) took 38 s; 6 MB ran past a minute
    with deadline(30):
        assert from_mermaid("journey\n" + "%%{" * 2_000_000).stages == ()
    with deadline(30), pytest.raises(JourneyFileError) as caught:
        from_mermaid("journey\n    section A\n        t: 3 " + "%%{" * 2_000_000)
    (problem,) = caught.value.problems
    assert str(problem).startswith("line 3: the score '3 %%{")
    assert len(str(problem)) < 200


def test_a_front_matter_title_padded_with_spaces_costs_linear_time() -> None:
    text = "---\ntitle: a" + " " * 3_000_000 + "b\n---\njourney\n    section S\n        Task: 5\n"
    with deadline(30):
        assert from_mermaid(text).journey.title.startswith("a ")


def test_a_huge_bad_score_is_quoted_by_an_excerpt() -> None:
    with pytest.raises(JourneyFileError) as caught:
        from_mermaid("journey\n    section A\n        Task: " + "z" * 5_000_000 + "\n")
    (problem,) = caught.value.problems
    assert str(problem).startswith("line 3: the score 'zzz")
    assert len(str(problem)) < 200
