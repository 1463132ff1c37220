"""Import a journeymap workbook (.xlsx), also after people edited it in Excel or LibreOffice.

Import reads the "Journey" sheet and the tables (:mod:`excel_schema`); the Map and Funnel
sheets are views and are ignored. Rows are matched by their id: a row without an id is
a new element and gets a fresh one, a deleted row is gone, changed cells are applied,
and the order of the rows is the order of the elements. Columns are found by their
header (order, case and extra columns do not matter). Sheet names, headers and the
Journey sheet's fields may be in any language journeymap writes them in (a Turkish map's
"Temas noktaları" sheet is the Touchpoints sheet); the map keeps the language and reading
direction its Journey sheet gives. A reference cell holds an id, or a
name that exactly one element of the right kind has ("Purchase" for a stage).

Every problem is reported at once, located as ``Touchpoints!H7``, in a
:class:`~journeymap.formats.journey_file.JourneyFileError`.
"""

from __future__ import annotations

import io
import os
import re
import zipfile
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from pydantic import ValidationError

from journeymap.formats.excel_cells import CellProblem, SheetTooLarge, cell_message, sheet_rows
from journeymap.formats.excel_guard import MAX_WORKBOOK_BYTES, check_workbook_file, refuse
from journeymap.formats.excel_missing import BadReference, fold_missing_sheets
from journeymap.formats.excel_rows import Row, Table, is_blank, is_empty
from journeymap.formats.excel_schema import (
    FORMAT_VERSION_KEY,
    INFO_FIELDS,
    JOURNEY_SHEET,
    LANE_TEXT_COLUMNS,
    LANE_TEXTS_SHEET,
    NAME_FIELD,
    PHOTOS_SHEET,
    SHEETS,
    WORKSHOP_SHEET,
    WORKSHOP_TABLES,
    Column,
    SheetSpec,
    decode_list,
    from_cell_text,
    header_key,
    names_of,
)
from journeymap.formats.excel_workshop import PARTICIPANTS, with_participants, workshop_tables
from journeymap.formats.journey_file import JourneyFileError, read_file
from journeymap.formats.migrations import CURRENT_VERSION
from journeymap.model.data import JourneyData
from journeymap.model.elements import COLLECTION, LONG_TEXT, JourneyInfo, Record, check_photo
from journeymap.model.ids import ID_PATTERN, new_id
from journeymap.model.journey import Journey
from journeymap.model.problems import JourneyError, Problem
from journeymap.util.excerpt import LIMIT, excerpt, shortened
from journeymap.util.i18n import os_reason, tr
from journeymap.util.progress import Progress

MAX_ROWS = 100_000
MAX_COLUMNS = 200
_ID = re.compile(ID_PATTERN)
_MODEL_LOCATION = re.compile(r"^(\w+)\[(\d+)\](?:\.(\w+))?")


def read_workbook(path: str | os.PathLike[str], *, progress: Progress | None = None) -> JourneyData:
    """The map in the workbook at ``path``, or :class:`JourneyFileError` naming every problem.

    ``progress(sheet, done, total)`` hears of each sheet and every few thousand rows, and
    may raise to stop the import (the editor's Cancel)."""
    path = Path(path)
    check_workbook_file(path)
    try:
        raw = io.BytesIO(read_file(path, MAX_WORKBOOK_BYTES))  # no file handle left open on failure
        book = load_workbook(raw, read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # openpyxl raises many kinds on a damaged or foreign file
        raise _unreadable(path, error) from None
    try:
        return _Reader(book, str(path), progress).read()
    except JourneyFileError:
        raise
    except (
        SheetTooLarge, ParseError, ValueError, KeyError, IndexError, TypeError, OSError, EOFError,
        zipfile.BadZipFile, zlib.error,
    ) as error:  # fmt: skip
        raise _unreadable(path, error) from None  # a sheet's XML that fails to parse
    finally:
        book.close()


def _unreadable(path: Path, error: BaseException) -> JourneyFileError:
    cause: BaseException | None = error
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return refuse(path, tr("the workbook declares XML entities (an entity bomb?)"))
        cause = cause.__cause__ or cause.__context__
    if isinstance(error, OSError):
        return refuse(path, os_reason(error))
    first_line = shortened(str(error).split("\n", 1)[0], LIMIT)
    return refuse(path, tr("not a readable Excel workbook (.xlsx): {error}").format(error=first_line))


class _Reader:
    def __init__(self, book: Any, source: str, progress: Progress | None = None) -> None:
        self.book = book
        self.source = source
        self.progress = progress or (lambda step, done, total: None)
        self.sheets_read = 0
        self.reported: set[str] = set()  # cells already reported for what they hold
        self.problems: list[Problem] = []
        self.bad_references: list[BadReference] = []
        self.kind_of: dict[str, str] = {}  # id -> kind, for every element in the workbook
        self.names: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))

    def fail(self, where: str, message: str) -> None:
        if where in self.reported:
            return  # "title is required" says nothing more about a cell already reported
        self.problems.append(Problem(where, message))

    def fail_reference(self, where: str, value: str, kinds: tuple[str, ...], message: str) -> None:
        """A reference to nothing of ``kinds``; kept for :func:`fold_missing_sheets` too."""
        self.fail(where, message)
        named = value.strip() in self.kind_of or any(self.names[k].get(value.strip()) for k in kinds)
        self.bad_references.append(BadReference(Problem(where, message), kinds, dangling=not named))

    def fail_cell(self, where: str, problem: CellProblem) -> None:
        self.fail(where, problem.message)
        self.reported.add(where)

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
        name = self._sheet_name(WORKSHOP_SHEET) or WORKSHOP_SHEET
        tables |= workshop_tables(self._rows(WORKSHOP_SHEET), partial(self._table_of, name))
        for spec in (specs := SHEETS + WORKSHOP_TABLES):
            self._collect_ids(spec, tables[spec.kind])
        for spec in specs:  # after every kept id is known, so that new ids clash with none
            self._new_ids_and_names(spec, tables[spec.kind])
        info = self._info()
        collections = {COLLECTION[spec.kind]: self._records(spec, tables[spec.kind]) for spec in specs}
        rounds, participants = collections["voting_rounds"], tables.pop(PARTICIPANTS)
        collections["voting_rounds"] = with_participants(rounds, participants, self._value, self.fail)
        self._attach_lane_texts(collections)
        self._attach_photos(collections)
        present = set(self.kind_of.values())
        self.problems = fold_missing_sheets(self.problems, self.bad_references, present, self._sheet_name)
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

    def _rows(self, title: str) -> Iterator[tuple[int, dict[int, Any]]]:
        """The rows of the sheet ``title`` (none when the workbook lacks it), by the cells
        that exist: a declared A1:XFD1048576 or a stray cell in column XFD costs nothing."""
        name = self._sheet_name(title)
        if name is None:
            return
        self.sheets_read += 1
        total = len(SHEETS) + 4  # and Journey, Lane texts, Photos, Workshop
        self.progress(name, self.sheets_read, total)
        rows = enumerate(sheet_rows(self.book, name), start=1)
        while True:
            try:
                count, (number, cells) = next(rows)
            except StopIteration:
                return
            except (
                ParseError,
                SheetTooLarge,
                zlib.error,
                zipfile.BadZipFile,
                EOFError,
            ) as error:  # the sheet's XML
                message = tr("the sheet cannot be read: {error}").format(error=shortened(str(error), LIMIT))
                raise refuse(self.source, message, name) from None
            if number > MAX_ROWS or count > MAX_ROWS:
                message = tr("more than %Ln rows; that is the limit", "", MAX_ROWS)
                raise refuse(self.source, message, name)
            if count % 2_000 == 0:
                self.progress(name, self.sheets_read, total)
            yield number, cells

    def _table(self, title: str, columns: tuple[Column, ...]) -> Table:
        return self._table_of(self._sheet_name(title) or title, 1, self._rows(title), columns)

    def _table_of(
        self, sheet: str, header: int, rows: Iterable[tuple[int, dict[int, Any]]], columns: tuple[Column, ...]
    ) -> Table:
        """The table of ``sheet`` whose header is row ``header`` of ``rows`` (the rows after it
        are its records): a sheet's own table, or one of the Workshop sheet's."""
        table = Table(sheet)
        by_key = {key: c.field for c in columns for key in names_of(c.header)}
        positions: dict[int, str] = {}
        for number, cells in rows:
            if number == header:
                for index, value in sorted(cells.items()):
                    found = by_key.get(header_key(value)) if index <= MAX_COLUMNS else None
                    if found is not None and found not in table.letters:
                        table.letters[found] = get_column_letter(index)
                        positions[index] = found
                continue
            values: dict[str, Any] = {}
            for index, value in cells.items():
                name = positions.get(index)
                if name is None or is_empty(value):
                    continue
                if isinstance(value, CellProblem):
                    self.fail_cell(table.where(number, name), value)
                else:
                    values[name] = value
            if not all(is_blank(v) for v in values.values()):
                table.rows.append(Row(number, values))
        return table

    # -- ids and names --------------------------------------------------------------------

    def _collect_ids(self, spec: SheetSpec, table: Table) -> None:
        """Take the ids people kept, then give the new rows fresh ones that clash with none."""
        for row in table.rows:
            raw = row.values.get("id")
            ident = _as_text(raw).strip() if raw is not None else ""
            row.values["id"] = ident or None
            if not ident:
                continue
            if not _ID.match(ident):
                self.fail(table.where(row.number, "id"), tr("not a valid id: {id}").format(id=excerpt(ident)))
                row.skip = True
            elif ident in self.kind_of:
                self.fail(table.where(row.number, "id"), tr("duplicate id {id}").format(id=excerpt(ident)))
                row.skip = True
            else:
                self.kind_of[ident] = spec.kind

    def _new_ids_and_names(self, spec: SheetSpec, table: Table) -> None:
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
            message = tr("%Ln elements are named {name}: write the id of the {kind} you mean", "", len(matches))
            return None, message.format(name=excerpt(value), kind=wanted)
        if found is not None:
            message = tr("{id} is a {found}, not a {kind}")
            return None, message.format(id=excerpt(value), found=tr(found.replace("_", " ")), kind=wanted)
        return None, tr("no {kind} with the id or name {value}").format(kind=wanted, value=excerpt(value))

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
                    self.fail_reference(where, name, column.kinds, message)
                ids.append(ident)
            return tuple(ids) if codec == "refs" else ids[0]
        if codec == "number" and isinstance(raw, bool):  # Excel's TRUE is not the number 1
            self.fail(where, tr("a number is needed here, not {value}").format(value=_as_text(raw)))
            return None
        if isinstance(raw, str):
            return from_cell_text(raw).strip()
        return raw

    def _records(self, spec: SheetSpec, table: Table) -> list[Record]:
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
                        self.fail(
                            table.where(row.number, name), cell_message(spec.record_type, name, problem)
                        )
            else:
                if not failed:
                    records.append(record)
        return records

    # -- the other sheets -----------------------------------------------------------------

    def _info(self) -> JourneyInfo:
        values: dict[str, Any] = {}
        rows: dict[str, int] = {}
        if self._sheet_name(JOURNEY_SHEET) is None:
            return self._info_from_properties()
        info_keys = {spelled: key for key in (*INFO_FIELDS, FORMAT_VERSION_KEY) for spelled in names_of(key)}
        for number, cells in self._rows(JOURNEY_SHEET):
            key, value = cells.get(1), cells.get(2)
            key = info_keys.get(header_key(key), "") if isinstance(key, str) else ""
            if isinstance(value, CellProblem):
                if key == FORMAT_VERSION_KEY or key in INFO_FIELDS:
                    self.fail_cell(f"{self._where(JOURNEY_SHEET)}!B{number}", value)
                continue
            if number == 1:
                continue
            if key == FORMAT_VERSION_KEY:
                self._check_version(value, number)
            elif key in INFO_FIELDS and not is_empty(value):
                values[key] = _as_text(value) if key not in ("created", "modified") else value
                rows[key] = number
        try:
            return JourneyInfo.model_validate(values)
        except ValidationError as error:
            for problem in error.errors():
                name = str(problem["loc"][0])
                self.fail(f"{self._where(JOURNEY_SHEET)}!B{rows.get(name, '')}", cell_message(None, name, problem))
            return JourneyInfo()

    def _info_from_properties(self) -> JourneyInfo:
        title = self.book.properties.title
        try:
            return JourneyInfo(title=title) if title else JourneyInfo()
        except ValidationError:
            return JourneyInfo()  # a title no map could have: the properties are only a hint

    def _check_version(self, value: Any, number: int) -> None:
        if isinstance(value, float) and value.is_integer():
            value = int(value)  # Excel keeps every number as a float
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            message = tr("the file version must be a whole number from 1 (got {value})")
            self.fail(f"{self._where(JOURNEY_SHEET)}!B{number}", message.format(value=excerpt(value)))
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
            text = _as_text(row.values.get("text", ""))
            if len(text) > LONG_TEXT:
                message = tr("text is longer than %Ln characters", "", LONG_TEXT)
                self.fail(table.where(row.number, "text"), message)
            elif lane and stage:
                if stage in cells[lane]:
                    self.fail(
                        table.where(row.number, "stage"), tr("this lane already has a text for this stage")
                    )
                cells[lane][stage] = text
        collections["lanes"] = [
            lane.updated(cells=cells[lane.id]) if lane.id in cells else lane for lane in collections["lanes"]
        ]

    def _attach_photos(self, collections: dict[str, list[Record]]) -> None:
        photos: dict[str, str] = {}
        for number, cells in self._rows(PHOTOS_SHEET):
            name = cells.get(1)
            if number == 1 or name is None or isinstance(name, CellProblem) or is_blank(name):
                continue
            persona, message = self._resolve(_as_text(name), ("persona",))
            parts = [cells[c] for c in sorted(cells) if c > 1]
            bad = next((p for p in parts if isinstance(p, CellProblem)), None)
            if persona is None:
                self.fail(f"{self._where(PHOTOS_SHEET)}!A{number}", message)
            elif bad is not None:
                self.fail(f"{self._where(PHOTOS_SHEET)}!{number}:{number}", bad.message)
            else:
                photos[persona] = "".join(_as_text(part) for part in parts)
                try:
                    check_photo(photos[persona])
                except ValueError as error:
                    self.fail(f"{self._where(PHOTOS_SHEET)}!B{number}", str(error))
                    del photos[persona]
        collections["personas"] = [
            p.updated(photo=photos[p.id]) if p.id in photos else p for p in collections["personas"]
        ]

    # -- the map as a whole ---------------------------------------------------------------

    def _check(self, data: JourneyData, tables: dict[str, Table]) -> None:
        try:
            Journey(data)
        except JourneyError as error:
            by_collection = {COLLECTION[kind]: (kind, table) for kind, table in tables.items()}
            problems = [self._located(p, by_collection) for p in error.problems]
            raise JourneyFileError(self.source, problems) from None

    @staticmethod
    def _located(problem: Problem, by_collection: dict[str, tuple[str, Table]]) -> Problem:
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
