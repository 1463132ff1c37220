"""A sheet a workbook lacks is one problem, not one per cell that needed it.

A workbook without its Stages sheet (or with the sheet emptied) leaves every stage cell of
the Touchpoints, Pain points, Opportunities, Metrics, Flows and Lane texts sheets pointing at
nothing: a hundred lines that all say the same thing. :func:`fold_missing_sheets` replaces
them with one line naming the sheet and what depends on it, as the .journey reader does for a
missing key (:func:`journeymap.model.data.absent_kinds` decides what counts as missing).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from journeymap.formats.excel_schema import SHEETS
from journeymap.model.data import absent_kinds
from journeymap.model.problems import Problem
from journeymap.util.i18n import number, tr


@dataclass(frozen=True)
class BadReference:
    problem: Problem
    """As reported, located at its cell (``Touchpoints!B7``)."""
    kinds: tuple[str, ...]
    """The kinds the cell may name."""
    dangling: bool
    """It names nothing at all (not an element of another kind)."""


def fold_missing_sheets(
    problems: list[Problem],
    bad: list[BadReference],
    present: set[str],
    sheet_name: Callable[[str], str | None],
) -> list[Problem]:
    """``problems`` with the references that only a missing sheet broke said once, first.
    ``sheet_name(title)`` is the workbook's name for a sheet, None where it has none."""
    absent = absent_kinds(((b.kinds, b.dangling) for b in bad), present)
    folded = [b.problem for b in bad if b.dangling and not absent.isdisjoint(b.kinds)]
    if not folded:
        return problems
    gone = set(folded)
    uses = Counter(p.location.rstrip("0123456789") for p in folded)  # Touchpoints!B7 -> Touchpoints!B
    titles = [spec.title for spec in SHEETS if spec.kind in absent]
    if any(sheet_name(t) is not None for t in titles):
        message = tr("the sheet is missing or empty, so %Ln cells point nowhere: {uses}", "", len(folded))
    else:
        message = tr("the sheet is missing, so %Ln cells point nowhere: {uses}", "", len(folded))
    message = message.format(uses=", ".join(f"{cells} ({number(n)})" for cells, n in uses.most_common()))
    return [Problem(tr(" and ").join(titles), message), *(p for p in problems if p not in gone)]
