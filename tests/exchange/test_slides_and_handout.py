"""The workshop's take-aways through the exchange service: the slide deck (.pptx), the
handout (a PDF with ``handout``) and slide-shaped pictures (``frame``), read back: the deck
with python-pptx and LibreOffice Impress (when installed), the handout with pdftotext."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from journeymap import exchange
from journeymap.exchange import ImageOptions, format_of
from journeymap.formats import journey_file
from journeymap.model.journey import Journey
from journeymap.util.paths import example_map
from journeymap.util.progress import Cancelled

SOFFICE = shutil.which("soffice")
PDFTOTEXT = shutil.which("pdftotext")


@pytest.fixture(scope="module")
def example() -> Journey:
    return journey_file.load(example_map())


@pytest.fixture(scope="module")
def deck(example: Journey, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("deck") / "workshop.pptx"
    exchange.export(example, out)
    return out


@pytest.fixture(scope="module")
def handout(example: Journey, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("handout") / "handout.pdf"
    exchange.export(example, out, ImageOptions(handout=True))
    return out


def _words(text: str) -> str:
    return " ".join(text.split())


def _pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        [PDFTOTEXT or "pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    )
    return [_words(page) for page in text.stdout.split("\f")[:-1]]


def test_the_deck_reads_back_with_its_slides_notes_and_chart(
    qtbot: QtBot, example: Journey, deck: Path
) -> None:
    slides = list(Presentation(str(deck)).slides)
    assert len(slides) == 2 + len(example.stages) + 3
    for slide, stage in zip(slides[2:], example.stages, strict=False):
        assert slide.notes_slide.notes_text_frame.text == stage.presenter_notes
    (chart,) = [shape.chart for shape in slides[2 + len(example.stages)].shapes if shape.has_chart]
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    assert list(chart.series[0].values) == [s.customers for s in example.stages]


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None or PDFTOTEXT is None, reason="LibreOffice or pdftotext is not installed")
def test_libreoffice_impress_opens_the_deck_and_prints_every_slide(deck: Path, tmp_path: Path) -> None:
    subprocess.run(
        [SOFFICE or "soffice", f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(deck)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    pages = _pages(tmp_path / "workshop.pdf")
    assert len(pages) == len(Presentation(str(deck)).slides)
    assert "Nestwell home-goods web shop" in pages[0]
    assert "Stage 3 of 5" in pages[4] and "Purchase" in pages[4]
    assert "Voting results: What do we fix first?" in pages[-2] and "What the room said" in pages[-1]


@pytest.mark.skipif(PDFTOTEXT is None, reason="pdftotext (poppler-utils) is not installed")
def test_every_card_title_of_a_stage_is_in_its_handout_page(
    qtbot: QtBot, example: Journey, handout: Path
) -> None:
    pages = _pages(handout)
    assert len(pages) == 1 + len(example.stages) + 1  # cover, a page per stage, the results
    assert pages[0].startswith("Customer journey map Nestwell home-goods web shop")
    for page, stage in zip(pages[1:], example.stages, strict=False):
        assert f"Stage {example.index_of(stage.id) + 1} of 5 {stage.name}" in page
        cards = [*example.touchpoints, *example.pain_points, *example.opportunities]
        titles = [card.title for card in cards if card.stage == stage.id]
        assert titles and all(_words(title) in page for title in titles), [
            t for t in titles if _words(t) not in page
        ]
    results = pages[-1]
    assert "VOTING: WHAT DO WE FIX FIRST?" in results
    assert results.index("Delivery fee appears only at checkout") < results.index("Delivery slot changed")
    assert all(_words(note.text) in results for note in example.notes)


def test_the_handout_is_a4_landscape(qtbot: QtBot, handout: Path) -> None:
    sizes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", handout.read_bytes())
    assert sizes and {(round(float(w)), round(float(h))) for w, h in sizes} == {(842, 595)}


@pytest.mark.parametrize(
    ("name", "options"), [("deck.pptx", ImageOptions()), ("h.pdf", ImageOptions(handout=True))]
)
def test_deck_and_handout_report_progress_and_can_be_stopped(
    qtbot: QtBot, example: Journey, tmp_path: Path, name: str, options: ImageOptions
) -> None:
    heard: list[tuple[int, int]] = []

    def stop_at_the_third(step: str, done: int, total: int) -> None:
        heard.append((done, total))
        if len(heard) == 3:
            raise Cancelled

    with pytest.raises(Cancelled):
        exchange.export(example, tmp_path / name, options, progress=stop_at_the_third)
    assert not (tmp_path / name).exists() and list(tmp_path.iterdir()) == []
    assert heard[0][0] == 0 and heard[0][1] >= 6


@pytest.mark.parametrize(("suffix", "frame", "aspect"), [(".png", "16:9", 16 / 9), (".svg", "4:3", 4 / 3)])
def test_a_framed_picture_has_the_slide_s_shape(
    qtbot: QtBot, example: Journey, tmp_path: Path, suffix: str, frame: str, aspect: float
) -> None:
    out = tmp_path / f"map{suffix}"
    exchange.export(example, out, ImageOptions(frame=frame, scale=0.25))  # type: ignore[arg-type]
    if suffix == ".png":
        image = QImage(str(out))
        assert image.width() / image.height() == pytest.approx(aspect, abs=0.01)
    else:
        width, height = re.search(rb'viewBox="0 0 ([\d.]+) ([\d.]+)"', out.read_bytes()).groups()  # type: ignore[union-attr]
        assert float(width) / float(height) == pytest.approx(aspect, abs=0.01)


def test_the_options_of_a_handout_and_a_frame() -> None:
    pdf, png, pptx = (format_of(f"m.{s}") for s in ("pdf", "png", "pptx"))
    handout = ImageOptions(handout=True, page_size="A3", tile=True, persona="pe-maya")
    assert handout.unused_by(pdf) == ["page_size", "tile"]  # type: ignore[arg-type]
    assert handout.only_for(pdf) == ImageOptions(handout=True, persona="pe-maya")  # type: ignore[arg-type]
    assert ImageOptions(frame="16:9").unused_by(png) == []  # type: ignore[arg-type]
    assert ImageOptions(frame="16:9", scale=2).unused_by(pptx) == ["scale", "frame"]  # type: ignore[arg-type]
