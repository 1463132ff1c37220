"""Import a journeymap workbook (.xlsx), also after people edited it in Excel or LibreOffice.

Import reads the "Journey" sheet and the tables (:mod:`excel_schema`); the Map and Funnel
sheets are views and are ignored. Rows are matched by their id: a row without an id is
a new element and gets a fresh one, a deleted row is gone, changed cells are applied,
and the order of the rows is the order of the elements. Columns are found by their
header (order, case and extra columns do not matter). A reference cell holds an id, or a
name that exactly one element of the right kind has ("Purchase" for a stage). Sheet names,
headers and the Journey sheet's fields may be in any language journeymap writes them in
(a Turkish map's "Temas noktaları" sheet is the Touchpoints sheet); the map keeps the
language and reading direction its Journey sheet gives.

Every problem is reported at once, located as ``Touchpoints!H7``, in a
:class:`~journeymap.formats.journey_file.JourneyFileError`.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from pydantic import ValidationError

from journeymap.formats.excel_guard import MAX_WORKBOOK_BYTES, check_workbook_file, refuse
from journeymap.formats.excel_schema import (
    FORMAT_VERSION_KEY,
    INFO_FIELDS,
    JOURNEY_SHEET,
    LANE_TEXT_COLUMNS,
    LANE_TEXTS_SHEET,
    NAME_FIELD,
    PHOTOS_SHEET,
    SHEETS,
    Column,
    SheetSpec,
    decode_list,
    from_cell_text,
    header_key,
    names_of,
)
from journeymap.formats.journey_file import JourneyFileError, read_file
from journeymap.formats.migrations import CURRENT_VERSION
from journeymap.model.data import JourneyData
from journeymap.model.elements import COLLECTION, JourneyInfo, Record
from journeymap.model.ids import ID_PATTERN, new_id
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError, Problem
from journeymap.util.i18n import tr

MAX_ROWS = 100_000
MAX_COLUMNS = 200
_ID = re.compile(ID_PATTERN)
_MODEL_LOCATION = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?")


def read_workbook(path: str | os.PathLike[str]) -> JourneyData:
    """The map in the workbook at ``path``, or :class:`JourneyFileError` naming every problem."""
    path = Path(path)
    check_workbook_file(path)
    try:
        raw = io.BytesIO(read_file(path, MAX_WORKBOOK_BYTES))  # no file handle left open on failure
        book = load_workbook(raw, read_only=True, data_only=True, keep_links=False)
        formulas = _formula_cells(raw)
    except Exception as error:  # openpyxl raises many kinds on a damaged or foreign file
        raise _unreadable(path, error) from None
    try:
        return _Reader(book, str(path), formulas).read()
    except JourneyFileError:
        raise
    except Exception as error:  # a sheet that fails to parse while being read
        raise _unreadable(path, error) from None
    finally:
        book.close()


_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


def _formula_cells(raw: io.BytesIO) -> set[tuple[str, int, int]]:
    """(sheet, row, column) of every formula cell. Excel and LibreOffice save a formula's
    result beside it, and import reads that; a workbook written by a script may hold the
    formula alone, which reads as an empty cell. Such cells are reported, not dropped.
    Workbooks without formulas (a byte scan of the sheets) cost no second reading."""
    with zipfile.ZipFile(raw) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/") and n.endswith(".xml")]
        if not any(_FORMULA.search(archive.read(name)) for name in sheets):
            return set()
    raw.seek(0)
    book = load_workbook(raw, read_only=True, data_only=False, keep_links=False)
    try:
        return {
            (sheet.title, cell.row, cell.column)
            for sheet in book.worksheets
            for row in sheet.iter_rows(max_row=MAX_ROWS)
            for cell in row
            if getattr(cell, "data_type", None) == "f"
        }
    finally:
        book.close()


def _unreadable(path: Path, error: BaseException) -> JourneyFileError:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return refuse(path, tr("the workbook declares XML entities (an entity bomb?)"))
        cause = cause.__cause__ or cause.__context__
    if isinstance(error, OSError):
        return refuse(path, error.strerror or str(error))
    first_line = str(error).split("\n", 1)[0]
    return refuse(path, tr("not a readable Excel workbook (.xlsx): {error}").format(error=first_line))


# ---- rows as read ----------------------------------------------------------------------


@dataclass
class _Row:
    number: int
    values: dict[str, Any]  # field -> raw cell value (only non-empty cells)
    skip: bool = False  # its id is already reported as wrong


@dataclass
class _Table:
    title: str
    letters: dict[str, str] = field(default_factory=dict)  # field -> column letter
    rows: list[_Row] = field(default_factory=list)

    def where(self, row: int, field_name: str | None = None) -> str:
        letter = self.letters.get(field_name or "", "")
        return f"{self.title}!{letter}{row}" if letter else f"{self.title}!{row}:{row}"


def _is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_empty(value: Any) -> bool:
    """Empty cells are left out; a cell of spaces is kept as text (it may be a name)."""
    return value is None or value == ""


class _Reader:
    def __init__(self, book: Any, source: str, formulas: set[tuple[str, int, int]] | None = None) -> None:
        self.book = book
        self.source = source
        self.formulas = formulas or set()
        self.formula_failed: set[str] = set()  # cells already reported as unsaved formulas
        self.problems: list[Problem] = []
        self.kind_of: dict[str, str] = {}  # id -> kind, for every element in the workbook
        self.names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))

    def fail(self, where: str, message: str) -> None:
        if where in self.formula_failed:
            return  # "title is required" says nothing more about a formula with no result
        self.problems.append(Problem(where, message))

    # -- sheets ---------------------------------------------------------------------------

    def read(self) -> JourneyData:
        if not any(self._sheet_name(title) for title in [*(spec.title for spec in SHEETS), JOURNEY_SHEET]):
            raise refuse(
                self.source,
                tr("not a journeymap workbook: it has none of the sheets {names}").format(
                    names=", ".join(tr(spec.title) for spec in SHEETS)
                ),
            )
        tables = {spec.kind: self._table(spec.title, spec.columns) for spec in SHEETS}
        for spec in SHEETS:
            self._collect_ids(spec, tables[spec.kind])
        for spec in SHEETS:  # after every kept id is known, so that new ids clash with none
            self._new_ids_and_names(spec, tables[spec.kind])
        info = self._info()
        collections = {COLLECTION[spec.kind]: self._records(spec, tables[spec.kind]) for spec in SHEETS}
        self._attach_lane_texts(collections)
        self._attach_photos(collections)
        if self.problems:
            raise JourneyFileError(self.source, self.problems)
        data = JourneyData(journey=info, **collections)
        self._check(data, tables)
        return data

    def _sheet_name(self, title: str) -> str | None:
        """The workbook's name for the sheet ``title``, in whatever language it was written:
        a person may have retyped it as "touchpoints " (case and surrounding spaces do not
        matter)."""
        if title in self.book.sheetnames:
            return title
        wanted = names_of(title)
        return next((n for n in self.book.sheetnames if header_key(n) in wanted), None)

    def _where(self, title: str) -> str:
        """How a location names the sheet ``title``: as the workbook spells it."""
        return self._sheet_name(title) or title

    def _sheet(self, title: str) -> ReadOnlyWorksheet | None:
        name = self._sheet_name(title)
        if name is None:
            return None
        sheet = self.book[name]
        if isinstance(sheet, ReadOnlyWorksheet):
            sheet.reset_dimensions()  # a declared A1:XFD1048576 must not make us pad a million rows
        return sheet

    def _table(self, title: str, columns: tuple[Column, ...]) -> _Table:
        table = _Table(self._sheet_name(title) or title)
        sheet = self._sheet(title)
        if sheet is None:
            return table
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, ())[:MAX_COLUMNS]
        by_key = {key: c.field for c in columns for key in names_of(c.header)}
        positions: dict[int, str] = {}
        for index, value in enumerate(header):
            found = by_key.get(header_key(value)) if value is not None else None
            if found is not None and found not in table.letters:
                table.letters[found] = get_column_letter(index + 1)
                positions[index] = found
        table.rows = list(self._rows(title, rows, positions))
        return table

    def _rows(self, title: str, rows: Iterator[tuple[Any, ...]], positions: dict[int, str]) -> Iterator[_Row]:
        width = max(positions, default=-1) + 1
        sheet = self._sheet_name(title) or title
        for number, row in enumerate(rows, start=2):
            if number > MAX_ROWS:
                message = tr("more than %Ln rows; that is the limit", "", MAX_ROWS)
                raise refuse(self.source, message, title)
            if self.formulas:
                self._report_unsaved_formulas(sheet, number, row[:width])
            values = {
                positions[i]: v for i, v in enumerate(row[:width]) if i in positions and not _is_empty(v)
            }
            if not all(_is_blank(v) for v in values.values()):
                yield _Row(number, values)

    def _report_unsaved_formulas(self, sheet: str, number: int, row: tuple[Any, ...]) -> None:
        message = tr(
            "a formula with no saved result: type the value, "
            "or open and save the workbook in Excel or LibreOffice"
        )
        for index, value in enumerate(row):
            if value is None and (sheet, number, index + 1) in self.formulas:
                where = f"{sheet}!{get_column_letter(index + 1)}{number}"
                self.fail(where, message)
                self.formula_failed.add(where)

    # -- ids and names --------------------------------------------------------------------

    def _collect_ids(self, spec: SheetSpec, table: _Table) -> None:
        """Take the ids people kept, then give the new rows fresh ones that clash with none."""
        for row in table.rows:
            raw = row.values.get("id")
            ident = _as_text(raw).strip() if raw is not None else ""
            row.values["id"] = ident or None
            if not ident:
                continue
            if not _ID.match(ident):
                self.fail(table.where(row.number, "id"), tr("not a valid id: {id!r}").format(id=ident))
                row.skip = True
            elif ident in self.kind_of:
                self.fail(table.where(row.number, "id"), tr("duplicate id {id!r}").format(id=ident))
                row.skip = True
            else:
                self.kind_of[ident] = spec.kind

    def _new_ids_and_names(self, spec: SheetSpec, table: _Table) -> None:
        name_field = NAME_FIELD.get(spec.kind)
        for row in table.rows:
            if row.values["id"] is None:
                fresh = new_id(spec.kind, self.kind_of)
                row.values["id"] = fresh
                self.kind_of[fresh] = spec.kind
            if name_field and name_field in row.values:
                name = _as_text(row.values[name_field]).strip()
                self.names[spec.kind][name].append(row.values["id"])

    def _resolve(self, value: str, kinds: tuple[str, ...]) -> tuple[str | None, str]:
        """The id that ``value`` (an id or a name) names among ``kinds``, or a message."""
        value = value.strip()
        found = self.kind_of.get(value)
        if found in kinds:
            return value, ""
        matches = [i for kind in kinds for i in self.names[kind].get(value, ())]
        if len(matches) == 1:
            return matches[0], ""
        wanted = tr(" or ").join(tr(k.replace("_", " ")) for k in kinds)
        if matches:
            message = tr("%Ln elements are named {name!r}: write the id of the {kind} you mean", "", len(matches))
            return None, message.format(name=value, kind=wanted)
        if found is not None:
            message = tr("{id!r} is a {found}, not a {kind}")
            return None, message.format(id=value, found=tr(found.replace("_", " ")), kind=wanted)
        return None, tr("no {kind} with the id or name {value!r}").format(kind=wanted, value=value)

    # -- values ---------------------------------------------------------------------------

    def _value(self, column: Column, raw: Any, where: str) -> Any:
        codec = column.codec
        if codec == "text":
            return _as_text(raw)
        if codec == "list":
            return decode_list(_as_text(raw))
        if codec in ("ref", "refs"):
            names = decode_list(_as_text(raw)) if codec == "refs" else (_as_text(raw),)
            ids = []
            for name in names:
                ident, message = self._resolve(name, column.kinds)
                if message:
                    self.fail(where, message)
                ids.append(ident)
            return tuple(ids) if codec == "refs" else ids[0]
        if codec == "number" and isinstance(raw, bool):  # Excel's TRUE is not the number 1
            self.fail(where, tr("a number is needed here, not {value}").format(value=_as_text(raw)))
            return None
        if isinstance(raw, str):
            return from_cell_text(raw).strip()
        return raw

    def _records(self, spec: SheetSpec, table: _Table) -> list[Record]:
        records: list[Record] = []
        columns = {c.field: c for c in spec.columns}
        for row in table.rows:
            if row.skip:
                continue
            values: dict[str, Any] = {"id": row.values["id"]}
            failed = set()
            for name, raw in row.values.items():
                if name != "id":
                    before = len(self.problems)
                    values[name] = self._value(columns[name], raw, table.where(row.number, name))
                    if len(self.problems) > before:
                        failed.add(name)
            try:
                record = spec.record_type.model_validate(values)
            except ValidationError as error:
                for problem in error.errors():
                    name = str(problem["loc"][0]) if problem["loc"] else ""
                    if name not in failed:  # a bad reference is reported once, above
                        self.fail(table.where(row.number, name), _message(spec, name, problem))
            else:
                if not failed:
                    records.append(record)
        return records

    # -- the other sheets -----------------------------------------------------------------

    def _info(self) -> JourneyInfo:
        sheet = self._sheet(JOURNEY_SHEET)
        values: dict[str, Any] = {}
        rows: dict[str, int] = {}
        if sheet is None:
            title = self.book.properties.title
            return JourneyInfo(title=title) if title else JourneyInfo()
        info_keys = {spelled: key for key in (*INFO_FIELDS, FORMAT_VERSION_KEY) for spelled in names_of(key)}
        for number, row in enumerate(sheet.iter_rows(min_row=2, max_col=2, values_only=True), start=2):
            if number > MAX_ROWS:
                break
            key, value = (*row, None, None)[:2]
            key = info_keys.get(header_key(key), "") if key is not None else ""
            if key == FORMAT_VERSION_KEY:
                self._check_version(value, number)
            elif key in INFO_FIELDS and not _is_empty(value):
                values[key] = _as_text(value) if key not in ("created", "modified") else value
                rows[key] = number
        try:
            return JourneyInfo.model_validate(values)
        except ValidationError as error:
            for problem in error.errors():
                name = str(problem["loc"][0])
                self.fail(f"{self._where(JOURNEY_SHEET)}!B{rows.get(name, '')}", _message(None, name, problem))
            return JourneyInfo()

    def _check_version(self, value: Any, number: int) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # Excel keeps every number as a float
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            message = tr("the file version must be a whole number from 1 (got {value!r})")
            self.fail(f"{self._where(JOURNEY_SHEET)}!B{number}", message.format(value=value))
        elif value > CURRENT_VERSION:
            message = tr(
                "written by a newer journeymap (file version {v}; this one reads up to {known}): please update"
            )
            self.fail(f"{self._where(JOURNEY_SHEET)}!B{number}", message.format(v=value, known=CURRENT_VERSION))

    def _attach_lane_texts(self, collections: dict[str, list[Record]]) -> None:
        table = self._table(LANE_TEXTS_SHEET, LANE_TEXT_COLUMNS)
        cells: dict[str, dict[str, str]] = defaultdict(dict)
        for row in table.rows:
            lane = self._value(
                LANE_TEXT_COLUMNS[0], row.values.get("lane", ""), table.where(row.number, "lane")
            )
            stage = self._value(
                LANE_TEXT_COLUMNS[1], row.values.get("stage", ""), table.where(row.number, "stage")
            )
            if lane and stage:
                if stage in cells[lane]:
                    self.fail(
                        table.where(row.number, "stage"), tr("this lane already has a text for this stage")
                    )
                cells[lane][stage] = _as_text(row.values.get("text", ""))
        collections["lanes"] = [
            lane.updated(cells=cells[lane.id]) if lane.id in cells else lane for lane in collections["lanes"]
        ]

    def _attach_photos(self, collections: dict[str, list[Record]]) -> None:
        sheet = self._sheet(PHOTOS_SHEET)
        if sheet is None:
            return
        photos: dict[str, str] = {}
        for number, row in enumerate(sheet.iter_rows(min_row=2, values_only=True), start=2):
            if number > MAX_ROWS or not row or _is_blank(row[0]):
                continue
            persona, message = self._resolve(_as_text(row[0]), ("persona",))
            if persona is None:
                self.fail(f"{self._where(PHOTOS_SHEET)}!A{number}", message)
            else:
                photos[persona] = "".join(_as_text(part) for part in row[1:] if part is not None)
        try:
            collections["personas"] = [
                p.updated(photo=photos[p.id]) if p.id in photos else p for p in collections["personas"]
            ]
        except ValidationError as error:
            self.fail(
                self._where(PHOTOS_SHEET), tr("a photo is not valid: {error}").format(error=error.errors()[0]["msg"])
            )

    # -- the map as a whole ---------------------------------------------------------------

    def _check(self, data: JourneyData, tables: dict[str, _Table]) -> None:
        try:
            Journey(data)
        except JourneyError as error:
            by_collection = {COLLECTION[kind]: (kind, table) for kind, table in tables.items()}
            problems = [self._located(p, by_collection) for p in error.problems]
            raise JourneyFileError(self.source, problems) from None

    @staticmethod
    def _located(problem: Problem, by_collection: dict[str, tuple[str, _Table]]) -> Problem:
        match = _MODEL_LOCATION.match(problem.location)
        if not match or match.group(1) not in by_collection:
            return problem
        _, table = by_collection[match.group(1)]
        index = int(match.group(2))
        if index >= len(table.rows):
            return Problem(table.title, problem.message)
        return Problem(table.where(table.rows[index].number, match.group(3)), problem.message)


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return from_cell_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return "" if value is None else str(value)


def _message(spec: SheetSpec | None, name: str, problem: Any) -> str:
    """Pydantic's complaint about one cell, as a person reads it."""
    label = name.replace("_", " ")
    kind = problem["type"]
    value = problem.get("input")
    if kind == "missing":
        return tr("{field} is required").format(field=label)
    if kind in ("greater_than_equal", "less_than_equal") and spec is not None:
        bounds = _bounds(spec, name)
        if bounds:
            return tr("{field} must be {low}..{high} (got {value!r})").format(
                field=label, low=bounds[0], high=bounds[1], value=value
            )
    message = str(problem["msg"]).removeprefix("Value error, ")
    if isinstance(value, (int, float, str, bool)) and kind != "string_too_long":
        return tr("{field}: {message} (got {value!r})").format(field=label, message=tr(message), value=value)
    return tr("{field}: {message}").format(field=label, message=tr(message))


def _bounds(spec: SheetSpec, name: str) -> tuple[Any, Any] | None:
    model_field = spec.record_type.model_fields.get(name)
    if model_field is None:
        return None
    low = next((m.ge for m in model_field.metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in model_field.metadata if hasattr(m, "le")), None)
    return (low, high) if low is not None and high is not None else None
