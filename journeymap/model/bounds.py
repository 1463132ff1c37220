"""The one set of bounds for every number and date in a map.

Chosen so that anything that validates can be drawn, analysed and exported to every
format (xlsx, Mermaid, CSV, PNG, SVG, PDF) without overflow:

- **counts** (a stage's customers, a flow's volume): whole numbers 0 to 10^15 − 1. Each is
  exact as a float (below 2^53) and in the 15 digits a spreadsheet keeps; shares and
  conversions computed from them are ordinary floats.
- **amounts** (a metric's value and target: money, rates, scores): finite numbers from
  −10^15 to 10^15.
- **shares** (a flow's share, a pain point's affected): 0 to 1.
- **scores**: emotion −2..2; severity, impact, effort 1..5.
- **dates** (created, modified): years 1900 to 9998 as written. Any time zone offset then
  converts to UTC and back inside the years Python, Excel's properties and ISO 8601 hold
  (``9999-12-31`` at −14:00 is already year 10000 in UTC).

The file format (docs/file-format.md), the JSON Schema, the workbook reader and the
Mermaid reader all apply these same bounds, because they validate through the records.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable
from datetime import datetime
from typing import Annotated, Any

from pydantic import AfterValidator, Field
from pydantic.fields import FieldInfo

from journeymap.util.i18n import tr

MAX_COUNT = 10**15 - 1
MAX_AMOUNT = 1e15
FIRST_YEAR, LAST_YEAR = 1900, 9998
YEAR_PATTERN = r"^(19\d\d|[2-8]\d\d\d|9[0-8]\d\d|99[0-8]\d|999[0-8])-"
"""Date-time text whose year is FIRST_YEAR..LAST_YEAR (for the JSON Schema)."""


def _in_years(moment: datetime) -> datetime:
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        message = tr("must be a date in the years {first} to {last}")
        raise ValueError(message.format(first=FIRST_YEAR, last=LAST_YEAR))
    return moment


Count = Annotated[int, Field(ge=0, le=MAX_COUNT)]
Amount = Annotated[float, Field(ge=-MAX_AMOUNT, le=MAX_AMOUNT)]
Share = Annotated[float, Field(ge=0.0, le=1.0)]
Emotion = Annotated[int, Field(ge=-2, le=2)]
Scale = Annotated[int, Field(ge=1, le=5)]
Moment = Annotated[
    datetime,
    AfterValidator(_in_years),
    Field(
        json_schema_extra={
            "pattern": YEAR_PATTERN,
            "description": f"ISO 8601 date-time in the years {FIRST_YEAR} to {LAST_YEAR}.",
        }
    ),
]


def range_of(field: FieldInfo) -> tuple[Any, Any] | None:
    """``(lowest, highest)`` a record field allows (``customers``: 0, MAX_COUNT), else None."""
    return _range(field.metadata) or _range_in(field.annotation)


def _range(metadata: Iterable[Any]) -> tuple[Any, Any] | None:
    items = [m for item in metadata for m in (item, *getattr(item, "metadata", ()))]
    low = next((m.ge for m in items if getattr(m, "ge", None) is not None), None)
    high = next((m.le for m in items if getattr(m, "le", None) is not None), None)
    return (low, high) if low is not None and high is not None else None


def _range_in(annotation: Any) -> tuple[Any, Any] | None:
    if typing.get_origin(annotation) is Annotated:
        return _range(typing.get_args(annotation)[1:])
    return next((r for arg in typing.get_args(annotation) if (r := _range_in(arg))), None)
