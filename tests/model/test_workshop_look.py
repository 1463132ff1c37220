"""One home for how notes and dots look (model/workshop_look.py): the paper of each kind of
note is written once, reads with its ink, and the report (deck, handout) takes it from there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from journeymap.formats.report import report
from journeymap.model import workshop
from journeymap.model.elements import NoteKind
from journeymap.model.workshop_look import (
    NOTE_INK,
    NOTE_PAPER,
    NOTE_WORDS,
    PARTICIPANT_PALETTE,
    note_paper,
    participant_color,
)
from tests.model.test_workshop import sample

PACKAGE = Path(__file__).resolve().parents[2] / "journeymap"
HOME = PACKAGE / "model" / "workshop_look.py"


def luminance(color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_every_kind_has_a_paper_and_a_word_and_its_ink_reads_at_7_to_1() -> None:
    assert set(NOTE_PAPER) == set(NOTE_WORDS) == set(NoteKind)
    assert len(set(NOTE_PAPER.values())) == len(NoteKind)
    for kind, paper in NOTE_PAPER.items():
        assert contrast(paper, NOTE_INK) >= 7.0, kind
        assert note_paper(str(kind)) == note_paper(kind) == paper


@pytest.mark.parametrize("color", sorted({*NOTE_PAPER.values(), *PARTICIPANT_PALETTE}))
def test_each_colour_is_written_once_in_the_package(color: str) -> None:
    """The deck, the handout, the slides and the canvas take the colours from one place."""
    pattern = re.compile(re.escape(color), re.IGNORECASE)
    found = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if pattern.search(path.read_text(encoding="utf-8"))
    ]
    assert found == [str(HOME.relative_to(PACKAGE))]


def test_the_report_colours_each_note_by_its_kind() -> None:
    journey = sample()
    for kind in NoteKind:
        edit = workshop.capture_note(journey, stage="s2", kind=kind, text=f"A {kind} note")
        for op in edit.ops:
            journey.apply(op)
    lines = [line for stage in report(journey.snapshot()).notes for line in stage.notes]
    assert {line.text: line.color for line in lines} == {f"A {k} note": NOTE_PAPER[k] for k in NoteKind}


def test_a_participant_has_their_own_colour_else_the_palettes_by_place() -> None:
    journey = sample()
    edit = workshop.new_round(journey, name="R", participants=[("Ana", "#123456"), ("Bo", None)])
    for op in edit.ops:
        journey.apply(op)
    voting_round = journey.voting_rounds[0]
    assert participant_color(voting_round, "p1") == "#123456"
    assert participant_color(voting_round, "p2") == PARTICIPANT_PALETTE[1]
