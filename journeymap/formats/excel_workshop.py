"""Reading the workbook's Workshop sheet: titled tables one after another.

The sheet (written by :mod:`excel_export`) holds a table each of sticky notes, voting
rounds, the rounds' participants and votes, each under a title row (a cell in column A
that names the table, the rest of the row empty) and a header row. People may add rows,
columns or space between tables in Excel: a table runs from its title to the next title.
Notes, rounds and votes are records, read like the other tables (matched by id); a
participant belongs to its round, so the Participants table is folded into the rounds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from pydantic import ValidationError

from journeymap.formats.excel_rows import Table
from journeymap.formats.excel_schema import (
    PARTICIPANT_COLUMNS,
    PARTICIPANTS_TITLE,
    WORKSHOP_TABLES,
    Column,
    header_key,
)
from journeymap.model.elements import Participant, Record, VotingRound
from journeymap.util.i18n import tr

PARTICIPANTS = "participant"
"""The key of the Participants table among the Workshop sheet's tables."""
TABLES: dict[str, tuple[str, tuple[Column, ...]]] = {
    **{spec.kind: (spec.title, spec.columns) for spec in WORKSHOP_TABLES},
    PARTICIPANTS: (PARTICIPANTS_TITLE, PARTICIPANT_COLUMNS),
}
"""Each table of the sheet: its title and columns, by record kind."""

Numbered = tuple[int, Sequence[Any]]
T = TypeVar("T")


def workshop_tables(
    rows: Iterable[Sequence[Any]], table_of: Callable[[Sequence[Any], list[Numbered], tuple[Column, ...]], T]
) -> dict[str, T]:
    """Each table of the sheet's ``rows`` (as read, from row 1), made by
    ``table_of(header, numbered rows, columns)``; a missing table has no header and no rows."""
    titles = {header_key(title): kind for kind, (title, _columns) in TABLES.items()}
    found: dict[str, list[Numbered]] = defaultdict(list)
    current: str | None = None
    for number, row in enumerate(rows, start=1):
        filled = [value for value in row if value is not None and str(value).strip()]
        if len(filled) == 1 and row and filled[0] is row[0] and header_key(row[0]) in titles:
            current = titles[header_key(row[0])]
            found[current] = []
        elif current is not None:
            found[current].append((number, row))
    tables = {}
    for kind, (_title, columns) in TABLES.items():
        header, *body = found.get(kind) or [(0, ())]
        tables[kind] = table_of(header[1], body, columns)
    return tables


def with_participants(
    rounds: list[Record],
    table: Table,
    value: Callable[[Column, Any, str], Any],
    fail: Callable[[str, str], None],
) -> list[Record]:
    """The voting rounds with the participants the Participants table gives each."""
    columns = {column.field: column for column in PARTICIPANT_COLUMNS}
    by_round: dict[str, list[Participant]] = defaultdict(list)
    for row in table.rows:
        fields = {
            name: value(columns[name], raw, table.where(row.number, name)) for name, raw in row.values.items()
        }
        voting_round = fields.pop("round", None)
        if "round" not in row.values:
            fail(table.where(row.number, "round"), tr("round is required"))
        if voting_round is None:  # missing, or a round that does not exist (reported)
            continue
        try:
            participant = Participant.model_validate(fields)
        except ValidationError as error:
            for problem in error.errors():
                name = str(problem["loc"][0]) if problem["loc"] else ""
                fail(table.where(row.number, name), f"{name}: {problem['msg']}")
            continue
        if any(p.id == participant.id for p in by_round[voting_round]):
            message = tr("duplicate participant id {id!r} in this round").format(id=participant.id)
            fail(table.where(row.number, "id"), message)
            continue
        by_round[voting_round].append(participant)
    return [
        record.model_copy(update={"participants": tuple(by_round.get(record.id, ()))})
        if isinstance(record, VotingRound)
        else record
        for record in rounds
    ]
