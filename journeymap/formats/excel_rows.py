"""A table as Excel import reads it: rows of cells by field, and where each cell is.

Shared by the import of the one-table sheets (:mod:`excel_import`) and of the Workshop
sheet's titled tables (:mod:`excel_workshop`), so both name a bad cell the same way:
``Touchpoints!H7``, ``Workshop!C21``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class Row:
    number: int
    values: dict[str, Any]  # field -> raw cell value (only non-empty cells)
    skip: bool = False  # its id is already reported as wrong


@dataclass
class Table:
    title: str
    letters: dict[str, str] = field(default_factory=dict)  # field -> column letter
    rows: list[Row] = field(default_factory=list)

    def where(self, row: int, field_name: str | None = None) -> str:
        letter = self.letters.get(field_name or "", "")
        return f"{self.title}!{letter}{row}" if letter else f"{self.title}!{row}:{row}"


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def is_empty(value: Any) -> bool:
    """Empty cells are left out; a cell of spaces is kept as text (it may be a name)."""
    return value is None or value == ""
