"""Each text on the map reads in its own direction, whatever the map's: on an Arabic (right
to left) map an English title keeps its question mark at the end ("Is this for me?", not
"?Is this for me"), and an Arabic title reads right to left on an English map. Card
titles, text-lane notes, stage and lane names and the map's title are checked in the text
of a PDF export, read back with pdftotext as a reader's search or copy would."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeymap.exchange import ImageOptions, export
from journeymap.model.data import JourneyData
from journeymap.model.elements import JourneyInfo, Lane, PainPoint, Stage, Touchpoint
from journeymap.model.journey import Journey

ENGLISH = {
    "map title": "Nestwell: home goods!",
    "stage name": "Compare, then choose.",
    "lane name": "Goals & needs:",
    "note": "Is it the right size?",
    "card title": "Is this for me?",
    "pain point": "Delivery fee shown late!",
}
ARABIC = {
    "stage name": "الوعي",
    "note": "هل هذا مناسب لي؟",
    "card title": "إعلان البحث",
    "pain point": "لا أجد المقاس",
}
CONTROLS = {"RLE", "LRE", "PDF", "RLO", "LRO", "RLI", "LRI", "FSI", "PDI"}


def mixed_map(direction: str) -> Journey:
    return Journey(
        JourneyData(
            journey=JourneyInfo(title=ENGLISH["map title"], direction=direction),
            stages=(
                Stage(id="s1", name=ARABIC["stage name"]),
                Stage(id="s2", name=ENGLISH["stage name"]),
            ),
            lanes=(
                Lane(
                    id="goals",
                    name=ENGLISH["lane name"],
                    kind="text",
                    cells={"s1": ENGLISH["note"], "s2": ARABIC["note"]},
                ),
                Lane(id="web", name="الموقع", channel="web"),
                Lane(id="pain", name="Pain points", kind="pain_points"),
            ),
            touchpoints=(
                Touchpoint(id="t1", stage="s1", lane="web", title=ENGLISH["card title"]),
                Touchpoint(id="t2", stage="s2", lane="web", title=ARABIC["card title"]),
            ),
            pain_points=(
                PainPoint(id="p1", stage="s2", title=ENGLISH["pain point"]),
                PainPoint(id="p2", stage="s1", title=ARABIC["pain point"]),
            ),
        )
    )


def pdf_lines(path: Path) -> list[str]:
    """The PDF's lines of text in their logical order, Arabic's presentation forms read as
    letters and pdftotext's direction marks left out."""
    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext (poppler-utils) is missing: run scripts/bootstrap"
    text = subprocess.run([tool, str(path), "-"], capture_output=True, check=True, text=True).stdout
    text = "".join(
        c for c in unicodedata.normalize("NFKC", text) if unicodedata.bidirectional(c) not in CONTROLS
    )
    return [line.strip() for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("direction", ["rtl", "ltr"])
def test_every_text_reads_in_its_own_direction(qtbot: QtBot, tmp_path: Path, direction: str) -> None:
    out = tmp_path / "map.pdf"
    export(mixed_map(direction), out, ImageOptions(page_size="A4"))
    lines = pdf_lines(out)
    misread = {part: text for part, text in ENGLISH.items() if text not in lines}
    misread |= {f"Arabic {part}": text for part, text in ARABIC.items() if text not in lines}
    assert misread == {}
