"""Export a journey to an Excel workbook (.xlsx) that people are glad to open and can edit.

The workbook holds the "Map" sheet (the map as a grid, see :mod:`excel_map`), the
"Funnel" sheet with a native chart, the "Journey" sheet with the map's own facts, one
Excel table per record kind, ids in the first column, and the "Workshop" sheet with one
titled table after another for sticky notes, voting rounds, participants and votes
(layout: :mod:`excel_schema`).
:func:`journeymap.formats.excel_import.read_workbook` reads it back to an equal map.

Written with openpyxl's write-only mode so that a 10,000-touchpoint map stays fast;
data cells are plain values, and only text that a spreadsheet would take as a formula
gets a cell of its own (stored as text, with Excel's quote prefix).
"""

from __future__ import annotations

import io
import math
import os
import warnings
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from enum import Enum
from functools import partial
from operator import attrgetter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

from journeymap import __version__
from journeymap.formats import excel_map
from journeymap.formats.excel_schema import (
    FORMAT_VERSION_KEY,
    FUNNEL_SHEET,
    INFO_FIELDS,
    JOURNEY_SHEET,
    LANE_TEXT_COLUMNS,
    LANE_TEXTS_SHEET,
    MAP_SHEET,
    PARTICIPANT_COLUMNS,
    PARTICIPANTS_TITLE,
    PHOTO_PART,
    PHOTOS_SHEET,
    SHEETS,
    WORKSHOP_SHEET,
    WORKSHOP_TABLES,
    Column,
    SheetSpec,
    encode_list,
    is_formula_like,
    to_cell_text,
)
from journeymap.formats.migrations import CURRENT_VERSION
from journeymap.model.data import JourneyData
from journeymap.model.elements import COLLECTION
from journeymap.util import i18n
from journeymap.util.atomic import write_atomically
from journeymap.util.i18n import tr
from journeymap.util.progress import Progress

_HEADER_FONT = Font(bold=True)
_TITLE_FONT = Font(bold=True, size=13)
_NOTE_FONT = Font(italic=True, color="666666")
_WIDTH_SAMPLE = 200


def write_workbook(
    data: JourneyData, path: str | os.PathLike[str], *, progress: Progress | None = None
) -> None:
    """Write ``data`` to ``path`` atomically: a failed export leaves no file behind."""
    write_atomically(Path(path), workbook_bytes(data, progress=progress))


def workbook_bytes(data: JourneyData, *, progress: Progress | None = None) -> bytes:
    """The workbook, in the map's language (sheet names, headers, the Map sheet's words) and,
    for a right-to-left map, with every sheet reading right to left. Progress speaks the
    program's language."""
    book = Workbook(write_only=True)
    in_map_language = partial(i18n.language, data.journey.language)
    with in_map_language():
        _set_properties(book, data)
    steps = 5 + len(SHEETS)
    report = progress or (lambda step, done, total: None)
    report(tr(MAP_SHEET), 0, steps)
    with in_map_language():
        excel_map.write_map_sheet(book, data)
    report(tr(FUNNEL_SHEET), 1, steps)
    with in_map_language():
        excel_map.write_funnel_sheet(book, data)
    report(tr(JOURNEY_SHEET), 2, steps)
    with in_map_language():
        _write_journey_sheet(book, data)
    for done, spec in enumerate(SHEETS, start=3):
        report(tr(spec.title), done, steps)
        with in_map_language():
            _write_table_sheet(book, spec, getattr(data, _collection(spec)), rtl=_rtl(data))
    with in_map_language():
        _write_lane_texts(book, data)
        _write_photos(book, data)
    report(tr(WORKSHOP_SHEET), steps - 2, steps)
    with in_map_language():
        _write_workshop_sheet(book, data)
    report(tr("saving"), steps - 1, steps)
    stream = io.BytesIO()
    book.save(stream)
    report(tr("done"), steps, steps)
    return stream.getvalue()


def _collection(spec: SheetSpec) -> str:
    return COLLECTION[spec.kind]


def _rtl(data: JourneyData) -> bool:
    return data.journey.direction == "rtl"


def _naive_utc(moment: datetime | None) -> datetime:
    moment = moment or datetime.now(UTC)
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def _set_properties(book: Workbook, data: JourneyData) -> None:
    info = data.journey
    props = book.properties
    props.title = to_cell_text(info.title)
    props.subject = tr("Customer journey map")
    props.creator = f"journeymap {__version__}"
    props.keywords = "journeymap"
    props.language = info.language
    props.version = str(CURRENT_VERSION)
    props.created = _naive_utc(info.created)
    props.modified = _naive_utc(info.modified)
    book.custom_doc_props.append(IntProperty(name="journeymap format version", value=CURRENT_VERSION))
    book.custom_doc_props.append(
        StringProperty(name="journeymap exported", value=_naive_utc(None).isoformat())
    )


# ---- cells ---------------------------------------------------------------------------


def text_cell(sheet: WriteOnlyWorksheet, text: str) -> Any:
    """A value for ``append``: the text itself, or a text cell when it looks like a formula."""
    if not text:
        return None
    text = to_cell_text(text)
    if not is_formula_like(text):
        return text
    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"  # openpyxl would store "=..." as a formula
    cell.quotePrefix = True  # and Excel keeps it text when a person edits the cell
    return cell


def number_cell(sheet: WriteOnlyWorksheet, value: float | None) -> Any:
    """Numbers keep every digit: openpyxl writes 16 significant digits, some floats need 17."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # "nan", "inf": Excel has no such numbers; import reads the text back
    if float(f"{value:.16g}") == value and abs(value) < 10**15:
        return value
    cell = WriteOnlyCell(sheet, repr(value))
    cell.data_type = "n"
    return cell


def _converter(sheet: WriteOnlyWorksheet, column: Column) -> Callable[[Any], Any]:
    codec = column.codec
    if codec in ("list", "refs"):
        return lambda items: text_cell(sheet, encode_list(str(getattr(i, "value", i)) for i in items))
    if codec == "number":
        return lambda value: number_cell(sheet, value)
    if codec == "bool":
        return lambda value: value
    if codec == "datetime":
        return lambda value: value.isoformat() if value is not None else None
    return lambda value: text_cell(sheet, value.value if isinstance(value, Enum) else value or "")


# ---- sheets --------------------------------------------------------------------------


def _write_table_sheet(book: Workbook, spec: SheetSpec, records: tuple[Any, ...], *, rtl: bool) -> None:
    rows = iter(_field_rows(spec, records))
    write_table(book, spec.title, spec.table, spec.columns, rows, len(records), rtl=rtl)


def write_table(
    book: Workbook,
    title: str,
    table_name: str,
    columns: tuple[Column, ...],
    rows: Iterator[tuple[Any, ...]],
    count: int,
    *,
    hidden: bool = False,
    rtl: bool = False,
) -> WriteOnlyWorksheet:
    """A sheet holding one Excel table (header row, autofilter, ids first); its name and
    headers in the current language (an export speaks the map's)."""
    sheet = book.create_sheet(tr(title))
    sheet.sheet_view.rightToLeft = rtl
    columns = tuple(replace(c, header=tr(c.header)) for c in columns)
    if hidden:
        sheet.sheet_state = "hidden"
    convert = [_converter(sheet, c) for c in columns]
    rows = iter(rows)
    sample = [next(rows) for _ in range(min(count, _WIDTH_SAMPLE))]
    _set_widths(sheet, columns, sample)
    sheet.freeze_panes = "B2"
    sheet.append([_header(sheet, c.header) for c in columns])
    for row in sample:
        sheet.append([f(v) for f, v in zip(convert, row, strict=True)])
    for row in rows:
        sheet.append([f(v) for f, v in zip(convert, row, strict=True)])
    _add_table(sheet, table_name, [c.header for c in columns], count)
    return sheet


def _header(sheet: WriteOnlyWorksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(sheet, text)
    cell.font = _HEADER_FONT
    return cell


def _add_table(sheet: WriteOnlyWorksheet, name: str, headers: list[str], count: int, top: int = 1) -> None:
    """An Excel table whose header row is row ``top``."""
    # Excel wants a table to have a data row; an empty one gets one blank row
    ref = f"A{top}:{get_column_letter(len(headers))}{top + max(count, 1)}"
    table = Table(displayName=name, ref=ref)
    table.tableColumns = [TableColumn(id=i, name=h) for i, h in enumerate(headers, start=1)]
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    table.autoFilter = AutoFilter(ref=ref)
    with warnings.catch_warnings():  # openpyxl warns in write-only mode; the columns are set above
        warnings.simplefilter("ignore", UserWarning)
        sheet.add_table(table)


def _set_widths(
    sheet: WriteOnlyWorksheet, columns: tuple[Column, ...], sample: list[tuple[Any, ...]]
) -> None:
    for index, column in enumerate(columns):
        longest = len(column.header) + 4  # room for the filter button
        for row in sample:
            value = row[index]
            text = encode_list(map(str, value)) if isinstance(value, tuple) else str(value or "")
            longest = max(longest, *(len(line) for line in text.split("\n")))
        sheet.column_dimensions[get_column_letter(index + 1)].width = min(max(longest + 2, 8), 60)


def _write_journey_sheet(book: Workbook, data: JourneyData) -> None:
    sheet = book.create_sheet(tr(JOURNEY_SHEET))
    sheet.sheet_view.rightToLeft = _rtl(data)
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 80
    sheet.append([_header(sheet, tr("field")), _header(sheet, tr("value"))])
    info = data.journey
    for field in INFO_FIELDS:
        value = getattr(info, field)
        if isinstance(value, datetime):
            value = value.isoformat()
        elif isinstance(value, Enum):
            value = value.value
        sheet.append([tr(field), text_cell(sheet, value or "")])
    sheet.append([tr(FORMAT_VERSION_KEY), CURRENT_VERSION])
    note = WriteOnlyCell(
        sheet, tr("Import reads this sheet and the tables; the Map and Funnel sheets are views.")
    )
    note.font = _NOTE_FONT
    sheet.append([])
    sheet.append([note])


def _write_lane_texts(book: Workbook, data: JourneyData) -> None:
    rows = [(lane.id, stage, text) for lane in data.lanes for stage, text in lane.cells.items()]
    write_table(book, LANE_TEXTS_SHEET, "LaneTexts", LANE_TEXT_COLUMNS, iter(rows), len(rows), rtl=_rtl(data))


def _write_photos(book: Workbook, data: JourneyData) -> None:
    with_photo = [p for p in data.personas if p.photo]
    if not with_photo:
        return
    parts = max(-(-len(p.photo or "") // PHOTO_PART) for p in with_photo)
    columns = (
        Column("persona", "persona", "ref", ("persona",)),
        *(Column(f"part {n}", f"part {n}", "text") for n in range(1, parts + 1)),
    )
    rows = [
        (p.id, *((p.photo or "")[i * PHOTO_PART : (i + 1) * PHOTO_PART] for i in range(parts)))
        for p in with_photo
    ]
    write_table(book, PHOTOS_SHEET, "Photos", columns, iter(rows), len(rows), hidden=True)


def _write_workshop_sheet(book: Workbook, data: JourneyData) -> None:
    """What workshops added, as titled Excel tables one after another: Notes, Voting rounds,
    Participants (of each round), Votes. Import finds each table by its title row, in any
    language journeymap speaks; titles and headers are written in the current one."""
    sheet = book.create_sheet(tr(WORKSHOP_SHEET))
    sheet.sheet_view.rightToLeft = _rtl(data)
    tables = [
        (spec.title, spec.table, spec.columns, _field_rows(spec, getattr(data, COLLECTION[spec.kind])))
        for spec in WORKSHOP_TABLES
    ]
    participants = [
        (voting_round.id, p.id, p.name, p.color or "")
        for voting_round in data.voting_rounds
        for p in voting_round.participants
    ]
    tables.insert(2, (PARTICIPANTS_TITLE, PARTICIPANTS_TITLE, PARTICIPANT_COLUMNS, participants))
    tables = [
        (tr(title), name, tuple(replace(c, header=tr(c.header)) for c in columns), rows)
        for title, name, columns, rows in tables
    ]
    widths: dict[int, int] = {}
    for _title, _name, columns, rows in tables:
        for index, column in enumerate(columns):
            texts = [_width_text(row[index]) for row in rows[:_WIDTH_SAMPLE]]
            longest = max([len(column.header) + 4, *(len(line) for t in texts for line in t.split("\n"))])
            widths[index] = max(widths.get(index, 0), min(max(longest + 2, 8), 60))
    for index, width in widths.items():
        sheet.column_dimensions[get_column_letter(index + 1)].width = width
    note = WriteOnlyCell(sheet, tr("What workshops added to the map: sticky notes, voting rounds and votes."))
    note.font = _NOTE_FONT
    sheet.append([note])
    top = 2  # each table: a blank row, its title, its header, its rows (at least one)
    for title, name, columns, rows in tables:
        heading = WriteOnlyCell(sheet, title)
        heading.font = _TITLE_FONT
        sheet.append([])
        sheet.append([heading])
        sheet.append([_header(sheet, c.header) for c in columns])
        convert = [_converter(sheet, c) for c in columns]
        for row in rows or [()]:
            sheet.append([f(v) for f, v in zip(convert, row, strict=True)] if row else [])
        _add_table(sheet, name, [c.header for c in columns], len(rows), top=top + 2)
        top += 3 + max(len(rows), 1)


def _field_rows(spec: SheetSpec, records: tuple[Any, ...]) -> list[tuple[Any, ...]]:
    fetch = attrgetter(*(c.field for c in spec.columns))
    return [tuple(fetch(record)) for record in records]


def _width_text(value: Any) -> str:
    if isinstance(value, tuple):
        return encode_list(map(str, value))
    return str(getattr(value, "value", value) or "")
