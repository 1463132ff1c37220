"""Prints in every language: the fonts are embedded (a PDF reads the same on a machine
without Noto), Arabic is drawn with an Arabic font and shaped, and the words of every card
title and stage name of each example are in the PDF's text (read back with pdftotext, as a
reader's search would).

pdftotext puts right-to-left text back in reading order itself, and not always as written:
it moves punctuation around a left-to-right run («», ':', "3-D") and can split a letter from
its vowel mark. So titles are compared word by word, letters only, and an Arabic title with
vowel marks (shadda, kasra…) is left to the eye (docs/images/).
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from journeymap.exchange import ImageOptions, export
from journeymap.formats import journey_file
from journeymap.util import paths


def _tool(name: str) -> str:
    tool = shutil.which(name)
    assert tool is not None, f"{name} (poppler-utils) is missing: run scripts/bootstrap"
    return tool


def _words(text: str) -> set[str]:
    """The words of ``text``, letters and digits only (presentation forms unfolded)."""
    text = unicodedata.normalize("NFKC", text)
    kept = "".join(c if unicodedata.category(c)[0] in "LN" else " " for c in text)
    return {word for word in kept.split() if len(word) > 1}


def _has_vowel_marks(text: str) -> bool:
    return any(unicodedata.category(c) == "Mn" for c in text)


@pytest.fixture(scope="module", params=["tr", "pl", "ar"])
def printed(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Path]:
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    code = request.param
    out = tmp_path_factory.mktemp("print") / f"{code}.pdf"
    export(journey_file.load(paths.example_map(code)), out, ImageOptions(page_size="A3"))
    return code, out


def test_every_font_is_embedded_and_arabic_has_its_own(qtbot: QtBot, printed: tuple[str, Path]) -> None:
    code, pdf = printed
    listing = subprocess.run([_tool("pdffonts"), str(pdf)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    assert rows
    assert [row[0] for row in rows if row[-5] != "yes"] == []  # the "emb" column
    assert any("Arabic" in row[0] for row in rows) == (code == "ar")


def test_every_title_and_stage_is_in_the_text(qtbot: QtBot, printed: tuple[str, Path]) -> None:
    code, pdf = printed
    journey = journey_file.load(paths.example_map(code))
    text = subprocess.run([_tool("pdftotext"), str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    found = _words(text)
    titles = [card.title for card in (*journey.touchpoints, *journey.pain_points, *journey.opportunities)]
    titles += [stage.name for stage in journey.stages]
    checked = [t for t in titles if not _has_vowel_marks(t)]
    assert len(checked) > 0.75 * len(titles)
    assert [t for t in checked if not _words(t) <= found] == []
