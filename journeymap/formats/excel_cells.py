"""A worksheet's cells as the file holds them: read by the cells that exist, one bad cell at a time.

openpyxl's read-only rows are padded to the declared dimension or to the last cell of the
row (a stray cell in column XFD makes every row 16,384 wide), and one bad cell ends the
whole read with an internal message (an integer past Python's 4,300 digits, a shared-text
index past the table, a date out of range). This reader streams the sheet's XML and
yields, for each row that exists, only the cells that exist, each converted or replaced
by a :class:`CellProblem` that says what is wrong with it, so that import can name the
cell. Cost is linear in the size of the sheet's XML; elements already read are freed.

It reads openpyxl's read-only workbook for what openpyxl parses well (sheet names and
parts, shared texts, which styles are dates) and parses the sheet itself. It also words
what validation refused in a cell (:func:`cell_message`), bounds and excerpts included.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from defusedxml.ElementTree import iterparse
from openpyxl.cell.text import Text
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.xml.constants import SHEET_MAIN_NS

from journeymap.model.bounds import range_of
from journeymap.model.elements import Record
from journeymap.util.excerpt import LongNumber, excerpt
from journeymap.util.i18n import tr

MAX_CELLS_PER_ROW = 16_384  # Excel's last column, XFD
_ROW = f"{{{SHEET_MAIN_NS}}}row"
_CELL = f"{{{SHEET_MAIN_NS}}}c"
_VALUE = f"{{{SHEET_MAIN_NS}}}v"
_FORMULA = f"{{{SHEET_MAIN_NS}}}f"
_INLINE = f"{{{SHEET_MAIN_NS}}}is"
_REFERENCE = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")
_INTEGER = re.compile(r"[+-]?[0-9]+")
_LONGEST_INTEGER = 40
_LONGEST_NUMBER = 400


@dataclass(frozen=True)
class CellProblem:
    """A cell that holds no usable value, and why (said to the person who made it)."""

    message: str


class SheetTooLarge(Exception):
    """A row with more cells than a sheet can have: the sheet is not read further."""


def unsaved_formula() -> CellProblem:
    return CellProblem(
        tr(
            "a formula with no saved result: type the value, or open and save the workbook in Excel or LibreOffice"
        )
    )


def sheet_rows(book: Any, title: str) -> Iterator[tuple[int, dict[int, Any]]]:
    """``(row number, {column number: value})`` for every row of the sheet ``title`` that
    has cells, in file order. ``book`` is an openpyxl workbook opened read-only."""
    sheet = book[title]
    reader = _CellReader(
        shared=sheet._shared_strings,  # openpyxl 3.1's read-only sheet keeps these two
        date_styles=set(book._date_formats),
        duration_styles=set(book._timedelta_formats),
        epoch=book.epoch,
    )
    with book._archive.open(sheet._worksheet_path) as source:
        number = 0
        for row in _row_elements(source):
            number = reader.row_number(row, number)
            yield number, reader.cells(row)


def _row_elements(source: Any) -> Iterator[Any]:
    """Each ``<row>`` element once it is complete; everything read is dropped from the tree,
    so memory stays at one row however long the sheet (or its other elements) is."""
    stack: list[Any] = []
    in_row = cells = 0
    for event, element in iterparse(source, events=("start", "end")):
        if event == "start":
            if element.tag == _ROW:
                in_row, cells = in_row + 1, 0
            elif element.tag == _CELL and in_row:
                cells += 1
                if cells > MAX_CELLS_PER_ROW:
                    raise SheetTooLarge(
                        tr("a row has more than %Ln cells", "", MAX_CELLS_PER_ROW)
                    )
            stack.append(element)
            continue
        stack.pop()
        if element.tag == _ROW:
            in_row -= 1
            yield element
        if not in_row and stack and len(stack[-1]) and stack[-1][-1] is element:
            del stack[-1][-1]


@dataclass
class _CellReader:
    shared: Any
    date_styles: set[int]
    duration_styles: set[int]
    epoch: Any

    def row_number(self, row: Any, previous: int) -> int:
        text = row.get("r")
        if text is None or not text.isdigit() or len(text) > 7:
            return previous + 1  # as Excel: a row without its number follows the last
        return int(text)

    def cells(self, row: Any) -> dict[int, Any]:
        found: dict[int, Any] = {}
        column = 0
        for cell in row:
            if cell.tag != _CELL:
                continue
            reference = _REFERENCE.fullmatch(cell.get("r") or "")
            column = _column_number(reference.group(1)) if reference else column + 1
            value = self.value(cell)
            if value is not None:
                found[column] = value
        return found

    def value(self, cell: Any) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_INLINE)
            return Text.from_tree(inline).content if inline is not None else None
        text = cell.findtext(_VALUE)
        if not text:
            return unsaved_formula() if cell.find(_FORMULA) is not None else None
        if kind == "s":
            return self._shared(text)
        if kind in ("str", "e"):  # a formula's text result, an error such as #DIV/0!
            return text
        if kind == "b":
            return _boolean(text)
        if kind == "d":
            return _moment(text)
        if kind == "n":
            return self._number(text, cell.get("s", ""))
        return CellProblem(tr("unknown cell type {kind}").format(kind=excerpt(kind)))

    def _shared(self, text: str) -> Any:
        index = int(text) if text.isdigit() and len(text) < 10 else -1
        if 0 <= index < len(self.shared):
            return self.shared[index]
        return CellProblem(tr("the cell refers to a shared text that the workbook does not have"))

    def _number(self, text: str, style: str) -> Any:
        number = _number(text)
        if isinstance(number, CellProblem | LongNumber) or not style.isdigit():
            return number
        if int(style) not in self.date_styles:
            return number
        try:
            return from_excel(number, self.epoch, timedelta=int(style) in self.duration_styles)
        except (OverflowError, ValueError, TypeError):
            return CellProblem(
                tr("a date cell holds {value}, which is no date").format(value=excerpt(number))
            )


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _number(text: str) -> Any:
    text = text.strip()
    if _INTEGER.fullmatch(text):
        return int(text) if len(text) <= _LONGEST_INTEGER else LongNumber(len(text.lstrip("+-")))
    if len(text) > _LONGEST_NUMBER:
        return LongNumber(len(text))
    try:
        return float(text)
    except ValueError:
        return CellProblem(tr("a number cell holds {value}, which is no number").format(value=excerpt(text)))


def _boolean(text: str) -> Any:
    if text in ("1", "true"):
        return True
    if text in ("0", "false"):
        return False
    return CellProblem(tr("a TRUE/FALSE cell holds {value}").format(value=excerpt(text)))


def _moment(text: str) -> Any:
    try:
        return from_ISO8601(text)
    except (ValueError, TypeError, OverflowError, AttributeError):
        return CellProblem(tr("a date cell holds {value}, which is no date").format(value=excerpt(text)))


# ---- what import says about a cell pydantic refused ------------------------------------


def cell_message(record_type: type[Record] | None, name: str, problem: Any) -> str:
    """Pydantic's complaint about one cell, as a person reads it."""
    label = name.replace("_", " ")
    kind = problem["type"]
    value = problem.get("input")
    if kind == "missing":
        return tr("{field} is required").format(field=label)
    if kind in ("greater_than_equal", "less_than_equal") and record_type is not None:
        bounds = _bounds(record_type, name)
        if bounds:
            return tr("{field} must be {low}..{high} (got {value})").format(
                field=label, low=_bound(bounds[0]), high=_bound(bounds[1]), value=excerpt(value)
            )
    message = str(problem["msg"]).removeprefix("Value error, ")
    if isinstance(value, LongNumber) and kind in ("int_type", "float_type", "bool_type", "int_from_float"):
        return tr("{field}: too large: {number}").format(field=label, number=excerpt(value))
    if isinstance(value, (int, float, str, bool, LongNumber)) and kind != "string_too_long":
        return tr("{field}: {message} (got {value})").format(
            field=label, message=tr(message), value=excerpt(value)
        )
    return tr("{field}: {message}").format(field=label, message=tr(message))


def _bounds(record_type: type[Record], name: str) -> tuple[Any, Any] | None:
    model_field = record_type.model_fields.get(name)
    return range_of(model_field) if model_field is not None else None


def _bound(value: float) -> str:
    """A bound as people write it: 999,999,999,999,999 rather than 1e+15 or 999999999999999."""
    return f"{int(value):,}" if abs(value) >= 10_000 and float(value).is_integer() else str(value)
