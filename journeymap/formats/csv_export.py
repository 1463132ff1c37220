"""CSV of a map's touchpoints, for spreadsheets and scripts.

UTF-8 with a byte order mark (so Excel opens Turkish, Polish and Arabic text right),
comma-separated, CRLF line ends, one header row. Stages and lanes appear by id and by
name. Lists (personas by name, tags) are one item per line inside the quoted cell, as in
the workbook. Text that a spreadsheet would run as a formula (starting with ``=`` ``+``
``-`` ``@``, a tab or a carriage return) gets a leading apostrophe, OWASP's advice for
CSV injection; numbers are written as numbers.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable
from pathlib import Path

from journeymap.formats.excel_schema import encode_list, is_formula_like
from journeymap.model.data import JourneyData
from journeymap.model.elements import Touchpoint
from journeymap.util.atomic import write_atomically
from journeymap.util.i18n import language, tr, tr_noop

COLUMNS = (
    tr_noop("id"), tr_noop("stage id"), tr_noop("stage"), tr_noop("lane id"), tr_noop("lane"),
    tr_noop("title"), tr_noop("description"), tr_noop("action"), tr_noop("thoughts"),
    tr_noop("emotion"), tr_noop("owner"), tr_noop("layer"), tr_noop("evidence"), tr_noop("personas"),
    tr_noop("tags"),
)  # fmt: skip


def safe_text(text: str) -> str:
    """``text`` as a CSV cell that no spreadsheet runs as a formula."""
    return "'" + text if is_formula_like(text) else text


def _row(
    touchpoint: Touchpoint, stages: dict[str, str], lanes: dict[str, str], personas: dict[str, str]
) -> list[str | int]:
    text = [
        touchpoint.id, touchpoint.stage, stages[touchpoint.stage], touchpoint.lane, lanes[touchpoint.lane],
        touchpoint.title, touchpoint.description, touchpoint.action, touchpoint.thoughts,
    ]  # fmt: skip
    rest = [
        touchpoint.owner, touchpoint.layer.value, touchpoint.evidence.value,
        encode_list(personas[p] for p in touchpoint.personas), encode_list(touchpoint.tags),
    ]  # fmt: skip
    emotion: str | int = "" if touchpoint.emotion is None else touchpoint.emotion
    return [safe_text(v) for v in text] + [emotion] + [safe_text(v) for v in rest]


def rows(data: JourneyData) -> Iterable[list[str | int]]:
    stages = {s.id: s.name for s in data.stages}
    lanes = {lane.id: lane.name for lane in data.lanes}
    personas = {p.id: p.name for p in data.personas}
    with language(data.journey.language):  # the header row in the map's language
        yield [tr(c) for c in COLUMNS]
    for touchpoint in data.touchpoints:
        yield _row(touchpoint, stages, lanes, personas)


def to_csv(data: JourneyData) -> bytes:
    stream = io.StringIO(newline="")
    csv.writer(stream, lineterminator="\r\n").writerows(rows(data))
    return stream.getvalue().encode("utf-8-sig")


def write_csv(data: JourneyData, path: str | os.PathLike[str]) -> None:
    write_atomically(Path(path), to_csv(data))
