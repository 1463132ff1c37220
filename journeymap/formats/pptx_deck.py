"""A map as a 16:9 PowerPoint deck (python-pptx), from its :class:`~.report.Report` and pictures.

Slides: a title slide; the whole map; one slide per stage with the stage's picture, its
figures and goal, and its presenter notes as speaker notes; the funnel as a native
PowerPoint chart beside a table; each voting round's results, ranked; the notes the room
wrote, by stage (longer lists continue on more slides). The pictures are drawn by the renderer and handed in as
PNG bytes (this module stays pure: no Qt), each for the box :data:`MAP_BOX` or
:data:`STAGE_BOX` it fills, so the renderer lays the map out to that box's shape.

Every shape is a plain text box, picture, table or chart on the default template's blank
layout, nothing a slide program has to repair (the tests have LibreOffice Impress open and
print it); a right-to-left map gets its text aligned right, each paragraph in its own
text's direction, and its tables mirrored.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import cast

from pptx import Presentation
from pptx.chart.data import ChartData
from pptx.dml.color import RGBColor
from pptx.enum.chart import XL_CHART_TYPE, XL_LABEL_POSITION
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.presentation import Presentation as Deck
from pptx.shapes.graphfrm import GraphicFrame
from pptx.slide import Slide, SlideLayout, Slides
from pptx.table import _Cell
from pptx.text.text import TextFrame, _Paragraph
from pptx.util import Emu, Inches, Pt

from journeymap.formats.report import Report, RoundReport, StageReport, percent
from journeymap.util.bidi import starts_right_to_left
from journeymap.util.i18n import number, tr

SLIDE_W, SLIDE_H = 13.333, 7.5
"""A 16:9 slide, in inches (PowerPoint's "Widescreen")."""
SIDE = 0.45
TEXT, MUTED, WHITE, BAND = "#1f2430", "#6b7180", "#ffffff", "#f1f0ec"
TABLE_PT = 14
MAX_TEXT = 600
"""Longer descriptions and notes are cut here on a slide (the speaker notes keep all)."""
ROWS_PER_SLIDE = 10
NOTES_PER_SLIDE = 8


@dataclass(frozen=True)
class Box:
    """A rectangle of a slide, in inches."""

    left: float
    top: float
    width: float
    height: float

    @property
    def aspect(self) -> float:
        return self.width / self.height

    def pixels(self, dpi: float) -> tuple[int, int]:
        """Its size in pixels at ``dpi``: what a picture for it is drawn at."""
        return round(self.width * dpi), round(self.height * dpi)


MAP_BOX = Box(SIDE, 1.05, SLIDE_W - 2 * SIDE, 6.1)
STAGE_BOX = Box(SIDE, 1.75, SLIDE_W - 2 * SIDE, 5.45)
PICTURE_DPI = 200.0
"""Pictures are drawn at 200 pixels per inch of the box: crisp on a projector and in print."""


@dataclass(frozen=True)
class DeckPictures:
    map: bytes
    """PNG of the whole map, shaped like :data:`MAP_BOX`."""
    stages: Mapping[str, bytes]
    """PNG of each stage's close-up by stage id, shaped like :data:`STAGE_BOX`."""


def deck_bytes(report: Report, pictures: DeckPictures, *, when: datetime | None = None) -> bytes:
    """The .pptx file's bytes. ``when`` dates the file (else now)."""
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(SLIDE_W), Inches(SLIDE_H)
    _properties(deck, report, when or datetime.now(UTC))
    slides = _Slides(deck, rtl=report.rtl)
    slides.title(report)
    slides.whole_map(report, pictures.map)
    for stage in report.stages:
        slides.stage(stage, len(report.stages), pictures.stages[stage.id])
    if report.funnel:
        slides.funnel(report)
    for voting_round in report.rounds:
        slides.results(voting_round)
    if report.notes:
        slides.notes(report)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def _properties(deck: Deck, report: Report, when: datetime) -> None:
    props = deck.core_properties
    props.title = report.title[:255]
    props.subject = tr("Customer journey map")
    props.keywords = "journeymap"
    props.author = props.last_modified_by = "journeymap"
    naive = when.astimezone(UTC).replace(tzinfo=None) if when.tzinfo else when
    props.created = props.modified = naive
    props.revision = 1


def _rgb(color: str) -> RGBColor:
    """``"#rrggbb"`` as python-pptx's colour."""
    red, green, blue = (int(color.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return RGBColor(red, green, blue)


def _cut(text: str, limit: int = MAX_TEXT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class _Slides:
    """Adds slides to a deck on its blank layout, in the map's reading direction."""

    def __init__(self, deck: Deck, *, rtl: bool) -> None:
        self.deck = deck
        self.rtl = rtl
        self.layout: SlideLayout = deck.slide_layouts[6]  # the default template's "Blank"

    def new(self, notes: str = "") -> Slide:
        slides: Slides = self.deck.slides  # python-pptx leaves this property unannotated
        slide = slides.add_slide(self.layout)
        if notes.strip():
            frame = slide.notes_slide.notes_text_frame
            assert frame is not None  # every notes slide of the default template has a body
            frame.text = notes.strip()
        return slide

    def text(
        self,
        slide: Slide,
        box: Box,
        text: str,
        *,
        size: float,
        bold: bool = False,
        color: str = TEXT,
        shrink: bool = False,
        anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    ) -> TextFrame:
        """A text box; each line of ``text`` a paragraph."""
        shape = slide.shapes.add_textbox(
            Inches(box.left), Inches(box.top), Inches(box.width), Inches(box.height)
        )
        frame: TextFrame = shape.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = anchor
        frame.margin_left = frame.margin_right = Emu(0)
        if shrink:
            frame.auto_size = MSO_AUTO_SIZE.TEXT_TO_FIT_SHAPE
        for index, line in enumerate(text.split("\n")):
            paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            self.direct(paragraph, line)
            run = paragraph.add_run()
            run.text = line
            run.font.size, run.font.bold = Pt(size), bold
            run.font.color.rgb = _rgb(color)
        return frame

    def direct(self, paragraph: _Paragraph, text: str) -> None:
        """A right-to-left map's paragraphs are aligned right; each reads in its own text's
        direction (an Arabic name right to left, "1,300 customers" left to right), as the
        canvas does."""
        if self.rtl:
            paragraph.alignment = PP_ALIGN.RIGHT
        if starts_right_to_left(text):
            paragraph._p.get_or_add_pPr().set("rtl", "1")  # python-pptx has no API for it

    def band(self, slide: Slide, box: Box, color: str) -> None:
        shape = slide.shapes.add_shape(
            MSO_SHAPE.RECTANGLE, Inches(box.left), Inches(box.top), Inches(box.width), Inches(box.height)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(color)
        shape.line.fill.background()
        shape.shadow.inherit = False

    def picture(self, slide: Slide, box: Box, png: bytes) -> None:
        slide.shapes.add_picture(
            io.BytesIO(png), Inches(box.left), Inches(box.top), Inches(box.width), Inches(box.height)
        )

    def heading(self, slide: Slide, text: str) -> None:
        self.text(slide, Box(SIDE, 0.35, SLIDE_W - 2 * SIDE, 0.6), text, size=26, bold=True)

    # ---- the slides ------------------------------------------------------------------

    def title(self, report: Report) -> None:
        slide = self.new(report.description)
        width = SLIDE_W - 2 * 0.9
        self.text(
            slide,
            Box(0.9, 1.55, width, 1.5),
            report.title,
            size=40,
            bold=True,
            shrink=True,
            anchor=MSO_ANCHOR.BOTTOM,
        )
        if report.description:
            self.text(
                slide,
                Box(0.9, 3.2, width, 1.5),
                _cut(report.description, 360),
                size=16,
                color=MUTED,
                shrink=True,
            )
        facts = " · ".join(part for part in (tr("Customer journey map"), report.summary, report.date) if part)
        self.text(slide, Box(0.9, 4.85, width, 0.45), facts, size=14, color=MUTED)
        self.stage_strip(slide, report, Box(0.9, 5.75, width, 0.62))

    def stage_strip(self, slide: Slide, report: Report, box: Box) -> None:
        """The stages in order as coloured blocks, as they head the map's columns."""
        count = len(report.stages)
        if not count:
            return
        gap = 0.08
        width = (box.width - gap * (count - 1)) / count
        for index, stage in enumerate(report.stages):
            place = count - 1 - index if self.rtl else index
            block = Box(box.left + place * (width + gap), box.top, width, box.height)
            self.band(slide, block, stage.color)
            frame = self.text(
                slide,
                Box(block.left + 0.1, block.top, block.width - 0.2, block.height),
                stage.name,
                size=14 if count <= 6 else 11,
                bold=True,
                color=WHITE,
                shrink=True,
                anchor=MSO_ANCHOR.MIDDLE,
            )
            for paragraph in frame.paragraphs:
                paragraph.alignment = PP_ALIGN.CENTER

    def whole_map(self, report: Report, png: bytes) -> None:
        slide = self.new(report.summary)
        self.heading(slide, tr("The whole journey"))
        self.picture(slide, MAP_BOX, png)

    def stage(self, stage: StageReport, count: int, png: bytes) -> None:
        slide = self.new(stage.notes or stage.description)
        self.band(slide, Box(0, 0, SLIDE_W, 0.14), stage.color)
        width = SLIDE_W - 2 * SIDE
        where = tr("Stage {n} of {count}").format(n=number(stage.number), count=number(count))
        self.text(slide, Box(SIDE, 0.3, width, 0.3), where, size=12, color=MUTED)
        name_x, figures_x = (SIDE + width * 0.5, SIDE) if self.rtl else (SIDE, SIDE + width * 0.5)
        self.text(slide, Box(name_x, 0.55, width * 0.5, 0.6), stage.name, size=28, bold=True, shrink=True)
        figures = self.text(
            slide,
            Box(figures_x, 0.62, width * 0.5, 0.5),
            " · ".join(stage.figures),
            size=14,
            color=MUTED,
            anchor=MSO_ANCHOR.MIDDLE,
        )
        for paragraph in figures.paragraphs:
            paragraph.alignment = PP_ALIGN.LEFT if self.rtl else PP_ALIGN.RIGHT
        if stage.goal:
            goal = tr("Customer goal: {goal}").format(goal=_cut(stage.goal, 200))
            self.text(slide, Box(SIDE, 1.2, width, 0.45), goal, size=15, shrink=True)
        self.picture(slide, STAGE_BOX, png)

    def funnel(self, report: Report) -> None:
        slide = self.new(tr("Customers per stage, from the map's stage counts."))
        self.heading(slide, tr("Customers through the journey"))
        data = ChartData()
        data.categories = [step.name for step in report.funnel]
        data.add_series(tr("Customers"), [step.customers for step in report.funnel], number_format="#,##0")
        box = Box(SIDE, 1.15, 6.6, 5.9)
        frame = slide.shapes.add_chart(
            XL_CHART_TYPE.COLUMN_CLUSTERED,
            Inches(box.left),
            Inches(box.top),
            Inches(box.width),
            Inches(box.height),
            data,
        )
        chart = cast(GraphicFrame, frame).chart  # python-pptx's hint says Chart; it returns the frame
        chart.has_legend = chart.has_title = False
        chart.font.size = Pt(12)  # stage names stay level under their columns
        plot = chart.plots[0]
        plot.gap_width = 60
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format, labels.number_format_is_linked = "#,##0", False
        labels.position = XL_LABEL_POSITION.OUTSIDE_END
        labels.font.size = Pt(14)
        for point, step in zip(plot.series[0].points, report.funnel, strict=True):
            point.format.fill.solid()
            point.format.fill.fore_color.rgb = _rgb(step.color)
        chart.value_axis.has_major_gridlines = False
        chart.value_axis.tick_labels.number_format = "#,##0"
        chart.value_axis.tick_labels.number_format_is_linked = False
        self.funnel_table(slide, report, Box(7.3, 1.3, SLIDE_W - 7.3 - SIDE, 0.5))

    def funnel_table(self, slide: Slide, report: Report, box: Box) -> None:
        headers = (tr("Stage"), tr("Customers"), tr("Of all"), tr("From previous"))
        rows = [
            (
                step.name,
                number(step.customers) if step.customers is not None else "–",
                percent(step.share) if step.share is not None else "–",
                percent(step.conversion) if step.conversion is not None else "–",
            )
            for step in report.funnel
        ]
        cells = [tuple(Cell(text) for text in row) for row in rows]
        self.table(slide, box, headers, cells, (0.33, 0.24, 0.17, 0.26), numbers=(1, 2, 3))

    def results(self, voting_round: RoundReport) -> None:
        """A round's cards ranked by their dots (in their stage's colour), ten to a slide."""
        headers = ("#", tr("Card"), tr("Kind"), tr("Stage"), tr("Dots"))
        rows = [
            (
                Cell(number(card.rank)),
                Cell(_cut(card.title, 160), bold=card.rank <= 3),
                Cell(card.kind),
                Cell(card.stage),
                Cell("●" * min(card.dots, 15), color=card.color, more=f"  {number(card.dots)}"),
            )
            for card in voting_round.cards
        ]
        top = voting_round.cards[:3]
        notes = voting_round.facts + "\n" + "\n".join(f"{number(c.rank)}. {c.title}: {number(c.dots)}" for c in top)
        heading = tr("Voting results: {name}").format(name=voting_round.name)
        for page, start in enumerate(range(0, len(rows), ROWS_PER_SLIDE)):
            slide = self.new(notes)
            self.heading(slide, heading if not page else tr("{heading} (continued)").format(heading=heading))
            self.text(
                slide, Box(SIDE, 0.95, SLIDE_W - 2 * SIDE, 0.4), voting_round.facts, size=14, color=MUTED
            )
            box = Box(SIDE, 1.55, SLIDE_W - 2 * SIDE, 0.5)
            chunk = rows[start : start + ROWS_PER_SLIDE]
            self.table(slide, box, headers, chunk, (0.05, 0.47, 0.13, 0.15, 0.2), numbers=(0,))

    def notes(self, report: Report) -> None:
        """What the room wrote, by stage, eight notes to a slide; each kind on its paper."""
        rows = [
            (Cell(group.stage, color=group.color, bold=True), Cell(note.kind, fill=note.color),
             Cell(_cut(note.text, 300)), Cell(note.about, color=MUTED))
            for group in report.notes
            for note in group.notes
        ]  # fmt: skip
        headers = (tr("Stage"), tr("Kind"), tr("Note"), tr("On, by"))
        heading = tr("What the room said")
        for page, start in enumerate(range(0, len(rows), NOTES_PER_SLIDE)):
            slide = self.new()
            self.heading(slide, heading if not page else tr("{heading} (continued)").format(heading=heading))
            box = Box(SIDE, 1.15, SLIDE_W - 2 * SIDE, 0.55)
            self.table(slide, box, headers, rows[start : start + NOTES_PER_SLIDE], (0.14, 0.1, 0.5, 0.26))

    def table(
        self,
        slide: Slide,
        box: Box,
        headers: tuple[str, ...],
        rows: Sequence[tuple[Cell, ...]],
        widths: tuple[float, ...],
        *,
        numbers: tuple[int, ...] = (),
    ) -> None:
        """A table ``box.height`` per row (rows grow with their text): a dark header, then
        rows on white and a light band; the ``numbers`` columns aligned right. A right-to-left
        map's table has its first column on the right: the columns are laid out mirrored
        here, since slide programs differ in honouring a table's own direction."""
        order = list(range(len(headers)))[:: -1 if self.rtl else 1]
        shape = slide.shapes.add_table(
            len(rows) + 1,
            len(headers),
            Inches(box.left),
            Inches(box.top),
            Inches(box.width),
            Inches(box.height * (len(rows) + 1)),
        )
        table = shape.table
        for place, column in enumerate(order):
            table.columns[place].width = Inches(box.width * widths[column])
        for place, column in enumerate(order):
            header = Cell(headers[column], bold=True, color=WHITE, fill=TEXT)
            self.cell(table.cell(0, place), header, right=column in numbers)
        for row, values in enumerate(rows, start=1):
            band = BAND if row % 2 == 0 else WHITE
            for place, column in enumerate(order):
                self.cell(table.cell(row, place), values[column], right=column in numbers, band=band)

    def cell(self, cell: _Cell, value: Cell, *, right: bool = False, band: str = WHITE) -> None:
        cell.fill.solid()
        cell.fill.fore_color.rgb = _rgb(value.fill or band)
        cell.vertical_anchor = MSO_ANCHOR.MIDDLE
        cell.margin_top = cell.margin_bottom = Inches(0.06)
        frame = cell.text_frame
        frame.word_wrap = True
        paragraph = frame.paragraphs[0]
        self.direct(paragraph, value.text)
        if right:
            paragraph.alignment = PP_ALIGN.RIGHT
        for text, color in ((value.text, value.color), (value.more, TEXT)):
            if text:
                run = paragraph.add_run()
                run.text = text
                run.font.size, run.font.bold = Pt(TABLE_PT), value.bold and color == value.color
                run.font.color.rgb = _rgb(color)


@dataclass(frozen=True)
class Cell:
    """What a table cell says, and how."""

    text: str
    color: str = TEXT
    bold: bool = False
    fill: str | None = None
    more: str = ""
    """Text after ``text``, in the text colour (a count after coloured dots)."""
