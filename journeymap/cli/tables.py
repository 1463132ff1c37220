"""Plain-text tables for the terminal (right-aligned numbers, no dependencies).

Numbers are written as the terminal's language writes them (1.234,5 in Turkish); a value
already written for a person (a percentage) is a :class:`Figure`, right-aligned too."""

from __future__ import annotations

from collections.abc import Sequence

from journeymap.util.i18n import number, percent


class Figure(str):
    """A number already written out (``%25,0``): right-aligned like the numbers."""


def share(value: float | None) -> Figure | None:
    """A share (0.221) as a percentage with one decimal, in the language's way (22.1%)."""
    return None if value is None else Figure(percent(value, 1))


def format_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    cells = [[_cell(v) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    numeric = [all(_is_number(r[i]) for r in rows) and bool(rows) for i in range(len(headers))]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if n else v.ljust(w) for v, w, n in zip(values, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(headers), rule, *(line(r) for r in cells)])


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return number(value, 2)
    if isinstance(value, int) and not isinstance(value, bool):
        return number(value)
    return str(value)


def _is_number(value: object) -> bool:
    return value is None or isinstance(value, Figure) or (isinstance(value, (int, float)) and not isinstance(value, bool))
