"""Prints carry their text: every card title of the example is in the text of its PDFs.

A page scaled down to A4 is not a far-out zoom: exports never greek. The text is read back
with pdftotext (poppler-utils, installed by scripts/bootstrap), as a reader's search would.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeymap.exchange import ImageOptions, PageSize, export
from journeymap.formats import journey_file
from journeymap.model.journey import Journey

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "online-shop.journey"


def _squeezed(text: str) -> str:
    """Text as compared: ligatures unfolded (ﬂ -> fl), no white space and no hyphens, so a
    title wrapped over two lines still reads as itself (pdftotext joins a line that ends
    in a hyphen to the next without it: "room-" + "makeover" reads "roommakeover")."""
    return "".join(unicodedata.normalize("NFKC", text).split()).replace("-", "")


def _pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext (poppler-utils) is missing: run scripts/bootstrap"
    done = subprocess.run([tool, str(path), "-"], capture_output=True, check=True, text=True)
    return _squeezed(done.stdout)


def _card_titles(journey: Journey) -> list[str]:
    return (
        [t.title for t in journey.touchpoints]
        + [p.title for p in journey.pain_points]
        + [o.title for o in journey.opportunities]
    )


@pytest.mark.parametrize(("page", "tile"), [("A4", False), ("A3", False), ("A4", True)])
def test_every_card_title_is_in_the_pdf_text(
    qtbot: QtBot, tmp_path: Path, page: PageSize, tile: bool
) -> None:
    journey = journey_file.load(EXAMPLE)
    out = tmp_path / "map.pdf"
    export(journey, out, ImageOptions(page_size=page, tile=tile))
    text = _pdf_text(out)
    missing = [title for title in _card_titles(journey) if _squeezed(title) not in text]
    assert missing == []
    assert len(_card_titles(journey)) > 50
    # the marks under the titles print too: persona initials, evidence, pain counts
    for mark in ("observed", "assumed", "MN", "DU"):
        assert mark in text, mark
