"""``journeymap export`` of the workshop take-aways: slides (.pptx), ``--handout``, ``--frame``."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from PySide6.QtGui import QImage

from journeymap.cli import EXIT_OK, EXIT_USAGE, main
from journeymap.util.paths import example_map


@pytest.fixture
def source() -> Path:
    return example_map()


def test_a_deck_with_speaker_notes(source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "deck.pptx"
    assert main(["export", str(source), str(out)]) == EXIT_OK
    assert f"wrote {out}" in capsys.readouterr().out
    assert "ppt/presentation.xml" in zipfile.ZipFile(out).namelist()
    notes = [s.notes_slide.notes_text_frame.text for s in Presentation(str(out)).slides if s.has_notes_slide]
    assert any(n.startswith("The steepest drop") for n in notes)


def test_a_deck_through_a_persona(source: Path, tmp_path: Path) -> None:
    out = tmp_path / "maya.pptx"
    assert main(["export", str(source), str(out), "--persona", "Maya, first-home nester"]) == EXIT_OK
    assert out.stat().st_size > 100_000  # pictures of every stage


def test_the_handout_and_what_it_does_not_use(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "handout.pdf"
    assert main(["export", str(source), str(out), "--handout", "--page-size", "A3"]) == EXIT_OK
    assert "note: --page-size: not used for the handout; ignored" in capsys.readouterr().err
    sizes = re.findall(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", out.read_bytes())
    assert sizes and {(round(float(w)), round(float(h))) for w, h in sizes} == {(842, 595)}  # A4 landscape
    assert main(["export", str(source), str(tmp_path / "m.xlsx"), "--handout", "--frame", "4:3"]) == EXIT_OK
    assert "note: --frame, --handout: not used for .xlsx files; ignored" in capsys.readouterr().err


def test_a_framed_png_and_a_frame_that_does_not_exist(
    source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "map.png"
    assert main(["export", str(source), str(out), "--frame", "16:9", "--scale", "0.5"]) == EXIT_OK
    image = QImage(str(out))
    assert image.width() / image.height() == pytest.approx(16 / 9, abs=0.01)
    assert main(["export", str(source), str(tmp_path / "x.png"), "--frame", "5:4"]) == EXIT_USAGE
    assert "choose one of 16:9, 4:3" in capsys.readouterr().err
