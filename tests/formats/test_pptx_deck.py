"""The slide deck's file (formats/pptx_deck.py), read back with python-pptx: no Qt needed."""

from __future__ import annotations

import io
from dataclasses import replace
from typing import Any

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.presentation import Presentation as Deck
from pptx.util import Inches

from journeymap.formats import journey_file
from journeymap.formats.pptx_deck import MAP_BOX, NOTES_PER_SLIDE, STAGE_BOX, DeckPictures, deck_bytes
from journeymap.formats.report import NoteLine, Report, StageNotes, report
from journeymap.util.paths import example_map


def _png(color: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), color).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def words() -> Report:
    return report(journey_file.load_data(example_map()))


def _deck(words: Report) -> Deck:
    pictures = DeckPictures(_png("#ff0000"), {stage.id: _png("#00ff00") for stage in words.stages})
    return Presentation(io.BytesIO(deck_bytes(words, pictures)))


def _texts(slide: Any) -> str:
    shapes = slide.shapes
    found = [shape.text_frame.text for shape in shapes if shape.has_text_frame]
    for shape in shapes:
        if shape.has_table:
            found += [cell.text for row in shape.table.rows for cell in row.cells]
    return "\n".join(found)


def test_the_deck_is_16_9_with_every_part(words: Report) -> None:
    deck = _deck(words)
    assert (deck.slide_width, deck.slide_height) == (Inches(13.333), Inches(7.5))
    slides = list(deck.slides)
    assert len(slides) == 2 + len(words.stages) + 3  # title, map, stages, funnel, results, notes
    assert words.title in _texts(slides[0]) and "Awareness" in _texts(slides[0])
    assert "The whole journey" in _texts(slides[1])
    assert deck.core_properties.title == words.title


def test_each_stage_slide_has_its_picture_figures_and_speaker_notes(words: Report) -> None:
    slides = list(_deck(words).slides)[2 : 2 + len(words.stages)]
    for slide, stage in zip(slides, words.stages, strict=True):
        text = _texts(slide)
        assert stage.name in text and f"Stage {stage.number} of 5" in text
        assert " · ".join(stage.figures) in text and stage.goal in text
        assert slide.notes_slide.notes_text_frame.text == stage.notes
        (picture,) = [s for s in slide.shapes if s.shape_type == 13]  # MSO_SHAPE_TYPE.PICTURE
        assert picture.width / picture.height == pytest.approx(STAGE_BOX.aspect, rel=0.01)
    first = list(_deck(words).slides)[1]
    (whole,) = [s for s in first.shapes if s.shape_type == 13]
    assert whole.width / whole.height == pytest.approx(MAP_BOX.aspect, rel=0.01)


def test_the_funnel_is_a_native_chart(words: Report) -> None:
    slide = list(_deck(words).slides)[2 + len(words.stages)]
    (chart,) = [s.chart for s in slide.shapes if s.has_chart]
    assert chart.chart_type == XL_CHART_TYPE.COLUMN_CLUSTERED
    assert list(chart.plots[0].categories) == [s.name for s in words.stages]
    assert list(chart.series[0].values) == [120_000, 38_000, 6_200, 2_300, 540]
    assert "From previous" in _texts(slide) and "16%" in _texts(slide)


def test_votes_and_notes_have_their_slides(words: Report) -> None:
    slides = list(_deck(words).slides)
    results, notes = _texts(slides[-2]), _texts(slides[-1])
    assert "Voting results: What do we fix first?" in results
    assert "Delivery fee appears only at checkout" in results and "●●●●●  5" in results
    assert "What the room said" in notes
    assert all(n.text in notes for group in words.notes for n in group.notes)


def test_long_note_lists_continue_on_more_slides(words: Report) -> None:
    many = tuple(NoteLine("Idea", "#fff0a0", f"Idea number {n}", "") for n in range(NOTES_PER_SLIDE * 2 + 1))
    deck = _deck(replace(words, notes=(StageNotes("Purchase", "#c08b3e", many),)))
    tail = [_texts(s) for s in list(deck.slides)[-3:]]
    assert "What the room said (continued)" in tail[1] and "What the room said (continued)" in tail[2]
    assert "Idea number 16" in tail[2]


def test_a_map_without_workshop_or_counts_has_no_empty_slides(words: Report) -> None:
    bare = replace(words, rounds=(), notes=(), funnel=())
    assert len(_deck(bare).slides) == 2 + len(words.stages)


def test_a_right_to_left_map_aligns_right_and_each_paragraph_reads_its_own_way(words: Report) -> None:
    arabic = replace(words.stages[0], name="الوعي")
    deck = _deck(replace(words, rtl=True, stages=(arabic, *words.stages[1:])))
    paragraphs = {
        p.text: p._p.pPr
        for shape in deck.slides[2].shapes
        if shape.has_text_frame
        for p in shape.text_frame.paragraphs
    }
    assert paragraphs["الوعي"].get("rtl") == "1" and paragraphs["الوعي"].get("algn") == "r"
    figures = paragraphs["120,000 customers"]
    assert figures.get("rtl") is None and figures.get("algn") == "l"  # the figures sit on the far side


def test_a_right_to_left_map_s_tables_start_on_the_right(words: Report) -> None:
    deck = _deck(replace(words, rtl=True))
    slide = list(deck.slides)[2 + len(words.stages)]
    (table,) = [shape.table for shape in slide.shapes if shape.has_table]
    assert [cell.text for cell in table.rows[0].cells] == ["From previous", "Of all", "Customers", "Stage"]
    assert [cell.text for cell in table.rows[1].cells][-1] == "Awareness"
