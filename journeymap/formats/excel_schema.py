"""The layout of a journeymap workbook, shared by the Excel export and import.

One data sheet per record kind, its columns derived from the record's fields (so a new
field appears in the workbook without touching this module), plus the "Journey",
"Lane texts" and "Photos" sheets, and the "Workshop" sheet: what a workshop added (sticky
notes, voting rounds, their participants, votes), one titled Excel table after another.
How each kind of value sits in a cell:

- text: as is. Characters XML cannot hold (C0 controls other than tab and line feed,
  carriage return, U+FFFE/U+FFFF) are written in OOXML's ``_xHHHH_`` notation, and a
  literal ``_xHHHH_`` gets its underscore escaped as ``_x005F_``, as Excel does.
- lists (tags, goals, personas...): one item per line. Inside an item a backslash is
  written ``\\\\``, a line break ``\\n`` and a carriage return ``\\r``; blank lines are
  ignored, so an empty item cannot be stored.
- references: the element's id. Import also takes a name (a stage's, a touchpoint's
  title...) when exactly one element of the right kind has it.
- numbers and booleans: native cells; dates: ISO 8601 text (Excel dates have no time
  zone and only millisecond precision); enumerations: their value (``frontstage``).

Sheet names, column headers and the Journey sheet's field names are written in the map's
language ("Temas noktaları", "başlık" for a Turkish map; the English names below are the
source text) and read back in any language journeymap speaks: :func:`names_of` gives every
spelling. Values stay what they are (ids, enumeration values, ISO dates), so a workbook
round-trips whatever language it was written in.
"""

from __future__ import annotations

import re
import types
import typing
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Literal

from journeymap.model import elements
from journeymap.model.elements import RECORD_TYPES, Record
from journeymap.util.i18n import tr_noop, translations_of

Codec = Literal["text", "list", "number", "bool", "datetime", "ref", "refs"]

JOURNEY_SHEET = tr_noop("Journey")
MAP_SHEET = tr_noop("Map")
FUNNEL_SHEET = tr_noop("Funnel")
LANE_TEXTS_SHEET = tr_noop("Lane texts")
PHOTOS_SHEET = tr_noop("Photos")
WORKSHOP_SHEET = tr_noop("Workshop")
FORMAT_VERSION_KEY = tr_noop("format version")
INFO_FIELDS = ("title", "description", "language", "direction", "created", "modified")
PHOTO_PART = 32_000  # Excel holds at most 32,767 characters in a cell

_SHEET_TITLES = {
    "stage": tr_noop("Stages"),
    "lane": tr_noop("Lanes"),
    "touchpoint": tr_noop("Touchpoints"),
    "pain_point": tr_noop("Pain points"),
    "opportunity": tr_noop("Opportunities"),
    "persona": tr_noop("Personas"),
    "metric": tr_noop("Metrics"),
    "flow": tr_noop("Flows"),
    "comment": tr_noop("Comments"),
}
HEADER_WORDS = (
    *(tr_noop("id"), tr_noop("name"), tr_noop("title"), tr_noop("description"), tr_noop("goal")),
    *(tr_noop("customers"), tr_noop("color"), tr_noop("kind"), tr_noop("channel"), tr_noop("collapsed")),
    *(tr_noop("stage"), tr_noop("lane"), tr_noop("action"), tr_noop("thoughts"), tr_noop("emotion")),
    *(tr_noop("owner"), tr_noop("layer"), tr_noop("evidence"), tr_noop("personas"), tr_noop("tags")),
    *(tr_noop("severity"), tr_noop("affected"), tr_noop("source"), tr_noop("touchpoints")),
    *(tr_noop("pain points"), tr_noop("impact"), tr_noop("effort"), tr_noop("status")),
    *(tr_noop("role"), tr_noop("age band"), tr_noop("gender"), tr_noop("income band"), tr_noop("location")),
    *(tr_noop("goals"), tr_noop("frustrations"), tr_noop("motivations"), tr_noop("preferred channels")),
    *(tr_noop("shops"), tr_noop("sites"), tr_noop("platforms"), tr_noop("brands"), tr_noop("quote")),
    *(tr_noop("attached to"), tr_noop("value"), tr_noop("target"), tr_noop("unit"), tr_noop("better")),
    *(tr_noop("period"), tr_noop("label"), tr_noop("share"), tr_noop("volume"), tr_noop("text")),
    *(tr_noop("author"), tr_noop("created"), tr_noop("resolved"), tr_noop("persona")),
    *(tr_noop("language"), tr_noop("direction"), tr_noop("modified"), tr_noop("field")),
    *(tr_noop("cells"), tr_noop("photo")),
    *(tr_noop("reason"), tr_noop("related"), tr_noop("base"), tr_noop("ours"), tr_noop("theirs")),
    *(tr_noop("presenter notes"), tr_noop("participant"), tr_noop("participants"), tr_noop("round")),
    *(tr_noop("votable"), tr_noop("date")),
)
"""The fields' names as people read them (column headers, the Journey sheet, "Change
touchpoint “X”: owner" in the history), marked for the catalogues; a test checks that every
field of every record is among them."""
_SHEET_ORDER = (
    "stage",
    "lane",
    "touchpoint",
    "pain_point",
    "opportunity",
    "persona",
    "metric",
    "flow",
    "comment",
)
_LEFT_OUT = {  # in the "Lane texts", "Photos" and the Workshop sheet's "Participants"
    ("lane", "cells"),
    ("persona", "photo"),
    ("voting_round", "participants"),
}
_WORKSHOP_TITLES = {"note": tr_noop("Notes"), "voting_round": tr_noop("Voting rounds"), "vote": tr_noop("Votes")}
NAME_FIELD = {
    kind: name
    for kind, name in elements.NAME_FIELD.items()
    if kind not in ("flow", "comment", "note", "vote")
}
"""The field by which import finds an element written by name instead of id (a flow's
label, a comment's or a note's text and a vote's participant name nothing: they are
neither short nor unique)."""


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    codec: Codec
    kinds: tuple[str, ...] = ()  # for references: the kinds they may name


@dataclass(frozen=True)
class SheetSpec:
    kind: str
    title: str
    table: str
    columns: tuple[Column, ...]

    @property
    def record_type(self) -> type[Record]:
        return next(t for t in RECORD_TYPES if self.kind == t.KIND)


def header_of(field: str) -> str:
    return field.replace("_", " ")


def header_key(header: object) -> str:
    """How import compares headers: case, spaces and underscores do not matter."""
    return re.sub(r"[\s_]+", " ", str(header)).strip().casefold()


def names_of(text: str) -> set[str]:
    """``text`` (a sheet name, a header) as :func:`header_key` compares it, in every language
    journeymap speaks: import finds "Touchpoints", "Temas noktaları" and "نقاط الاتصال"."""
    return {header_key(name) for name in translations_of(text).values()}


def _codec(annotation: Any) -> Codec:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:  # a bounded number or date (model/bounds.py)
        return _codec(args[0])
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _codec(args[0])
    if origin is tuple:
        return "list"
    if annotation is bool:
        return "bool"
    if annotation in (int, float):
        return "number"
    if annotation is datetime:
        return "datetime"
    if annotation is str or (isinstance(annotation, type) and issubclass(annotation, Enum)):
        return "text"
    raise TypeError(f"no Excel codec for {annotation!r}")


def _columns(record_type: type[Record]) -> tuple[Column, ...]:
    columns = []
    for name, field in record_type.model_fields.items():
        if (record_type.KIND, name) in _LEFT_OUT:
            continue
        ref = record_type.REFS.get(name)
        if ref is not None:
            codec: Codec = "refs" if ref.many else "ref"
            columns.append(Column(name, header_of(name), codec, ref.kinds))
        else:
            columns.append(Column(name, header_of(name), _codec(field.annotation)))
    return tuple(columns)


def _sheet(kind: str, title: str) -> SheetSpec:
    record_type = next(t for t in RECORD_TYPES if kind == t.KIND)
    return SheetSpec(kind, title, title.replace(" ", ""), _columns(record_type))


SHEETS: tuple[SheetSpec, ...] = tuple(_sheet(kind, _SHEET_TITLES[kind]) for kind in _SHEET_ORDER)
WORKSHOP_TABLES: tuple[SheetSpec, ...] = tuple(
    _sheet(kind, title) for kind, title in _WORKSHOP_TITLES.items()
)
"""The tables of the Workshop sheet that hold records; ``title`` is the table's title row."""
PARTICIPANTS_TITLE = tr_noop("Participants")
PARTICIPANT_COLUMNS = (
    Column("round", "round", "ref", ("voting_round",)),
    Column("id", "id", "text"),
    Column("name", "name", "text"),
    Column("color", "color", "text"),
)
"""The Workshop sheet's "Participants" table: who votes in which round (a round's own list)."""
LANE_TEXT_COLUMNS = (
    Column("lane", "lane", "ref", ("lane",)),
    Column("stage", "stage", "ref", ("stage",)),
    Column("text", "text", "text"),
)
PHOTO_COLUMNS = (Column("persona", "persona", "ref", ("persona",)),)

# ---- cell text ------------------------------------------------------------------------

_XML_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\ufffe\uffff]|_(?=x[0-9A-Fa-f]{4}_)")
_OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _escape_char(match: re.Match[str]) -> str:
    return f"_x{ord(match.group()):04X}_"


def to_cell_text(text: str) -> str:
    """Text as a cell can hold it (see the module docstring)."""
    return _XML_UNSAFE.sub(_escape_char, text) if _XML_UNSAFE.search(text) else text


def from_cell_text(text: str) -> str:
    return _OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


def is_formula_like(text: str) -> bool:
    """True for text a spreadsheet would take as a formula if a person re-entered it."""
    return text.startswith(FORMULA_START)


# ---- lists ----------------------------------------------------------------------------

_ITEM_UNESCAPE = re.compile(r"\\(.)", re.DOTALL)
_ITEM_UNESCAPES = {"\\": "\\", "n": "\n", "r": "\r"}


def encode_list(items: typing.Iterable[str]) -> str:
    """One item per line; backslash, line feed and carriage return escaped inside items."""
    return "\n".join(item.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r") for item in items)


def decode_list(text: str) -> tuple[str, ...]:
    """The items of a list cell; blank lines and Windows line ends are ignored."""
    items = []
    for line in text.split("\n"):
        line = line.removesuffix("\r")
        if line.strip():
            items.append(_ITEM_UNESCAPE.sub(lambda m: _ITEM_UNESCAPES.get(m.group(1), m.group()), line))
    return tuple(items)
