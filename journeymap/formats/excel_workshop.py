"""Reading the workbook's Workshop sheet: titled tables one after another.

The sheet (written by :mod:`excel_export`) holds a table each of sticky notes, voting
rounds, the rounds' participants and votes, each under a title row (a cell in column A
that names the table, in any language journeymap speaks, the rest of the row empty) and a
header row. People may add rows,
columns or space between tables in Excel: a table runs from its title to the next title.
Notes, rounds and votes are records, read like the other tables (matched by id); a
participant belongs to its round, so the Participants table is folded into the rounds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from pydantic import ValidationError

from journeymap.formats.excel_rows import Table, is_blank
from journeymap.formats.excel_schema import (
    PARTICIPANT_COLUMNS,
    PARTICIPANTS_TITLE,
    WORKSHOP_TABLES,
    Column,
    header_key,
    names_of,
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

Numbered = tuple[int, dict[int, Any]]
T = TypeVar("T")


def workshop_tables(
    rows: Iterable[Numbered], table_of: Callable[[int, list[Numbered], tuple[Column, ...]], T]
) -> dict[str, T]:
    """Each table of the sheet's ``rows`` (number, {column: value}, as read), made by
    ``table_of(header row number, its rows, columns)``; a missing table has no rows."""
    titles = {name: kind for kind, (title, _columns) in TABLES.items() for name in names_of(title)}
    found: dict[str, tuple[int, list[Numbered]]] = {}
    current: list[Numbered] | None = None
    for number, cells in rows:
        filled = {column: value for column, value in cells.items() if not is_blank(value)}
        title = header_key(filled[1]) if list(filled) == [1] and isinstance(filled[1], str) else None
        if title in titles:
            current = []
            found[titles[title]] = (number + 1, current)  # the header comes right below the title
        elif current is not None:
            current.append((number, cells))
    return {kind: table_of(*found.get(kind, (0, [])), columns) for kind, (_title, columns) in TABLES.items()}


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
