"""A map's handout: an A4 landscape PDF to print for a workshop's participants.

A cover (the title, what the map is, the whole map laid out for the page), then one page
per stage set as readable text: the stage's figures and goal, its text lanes and its cards
(each channel's touchpoints with their emotion, the pain points, opportunities and
metrics) in three columns; a stage with more than a page holds continues on the next.
Last, when the map has them, the results: each voting round's top-voted cards and the
notes the room wrote, by stage. Words
come from :func:`journeymap.formats.report.report`, the same as the slide deck's. Text is
real PDF text (pdftotext reads every card title); a right-to-left map is set right to left,
its first column on the right.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageSize, QPainter

from journeymap.formats.report import Line, NoteLine, Report, Section, StageReport, Voted, report
from journeymap.model.journey import Journey
from journeymap.model.lens import through_persona
from journeymap.render.images import ensure_app, in_map_language, pdf_writer
from journeymap.render.pictures import map_picture
from journeymap.render.text import TextBlock
from journeymap.render.theme import Theme
from journeymap.util.i18n import number as written
from journeymap.util.i18n import tr
from journeymap.util.progress import Progress

PAGE = QPageSize(QPageSize.PageSizeId.A4).size(QPageSize.Unit.Point).transposed()
"""A4 landscape, in points (the PDF is drawn one unit a point)."""
SIDE, TOP, FOOT = 40.0, 26.0, 28.0
COLUMNS, GUTTER = 3, 22.0
TITLE_PT, HEADING_PT, BODY_PT, SMALL_PT = 24, 12, 11, 9
"""Type sizes in points: body text at 11 pt reads comfortably on paper."""

Draw = Callable[[QPainter, QPointF], None]


@dataclass(frozen=True)
class Block:
    """A piece of a column: ``height`` tall, drawn at a top-left point."""

    height: float
    draw: Draw
    keep_with_next: bool = False
    continues: str = ""
    """The heading of the section it belongs to, said again when it opens a page."""


class _Type:
    """Fonts, colours and direction of the handout's text."""

    def __init__(self, rtl: bool) -> None:
        self.theme = Theme.light()
        self.rtl = rtl
        # each paragraph reads in its own text's direction, aligned to the map's reading side
        self.direction = Qt.LayoutDirection.LayoutDirectionAuto

    def font(self, size: float, *, bold: bool = False) -> QFont:
        # a pixel size, not a point size: the page is drawn one unit a point, and a point
        # size would be scaled by the screen's 96 dpi on top of that
        font = QFont(self.theme.font(round(size), bold=bold))
        font.setFeature(QFont.Tag("liga"), 0)  # "fl", not "ﬂ": the PDF's text is found by search
        return font

    def block(
        self,
        text: str,
        size: float,
        width: float,
        *,
        bold: bool = False,
        lines: int = 0,
        trailing: bool = False,
    ) -> TextBlock:
        """``text`` wrapped to ``width``, on the reading side (or the other, ``trailing``)."""
        right = self.rtl != trailing
        side = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
        align = side | Qt.AlignmentFlag.AlignAbsolute
        font = self.font(size, bold=bold)
        return TextBlock(text, font, width, max_lines=lines, direction=self.direction, align=align)

    def x(self, left: float, width: float, inner: float) -> float:
        """Where something ``inner`` wide starts in a span: the reading side."""
        return left + width - inner if self.rtl else left


@in_map_language
def handout_bytes(journey: Journey, *, persona: str | None = None, progress: Progress | None = None) -> bytes:
    """The handout PDF's bytes; ``progress`` hears of each page and may raise to stop."""
    ensure_app()
    data = journey.snapshot()
    words = report(through_persona(data, persona) if persona else data)
    kind = _Type(words.rtl)
    pages: list[Callable[[QPainter], None]] = [lambda painter: _cover(painter, journey, words, kind, persona)]
    width = _column_width()
    for stage in words.stages:
        pages += _pages(
            _Head.of_stage(stage, len(words.stages), kind), list(_stage_blocks(stage, kind, width)), kind
        )
    if words.workshop:
        pages += _pages(_results_head(words, kind), list(_results_blocks(words, kind, width)), kind)
    writer, buffer = pdf_writer(PAGE, words.title)
    painter = QPainter(writer)
    try:
        for number, page in enumerate(pages, start=1):
            if progress is not None:
                progress(tr("page"), number - 1, len(pages))
            if number > 1:
                writer.newPage()
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            page(painter)
            _footer(painter, words, kind, number, len(pages))
    finally:
        painter.end()
    if progress is not None:
        progress(tr("page"), len(pages), len(pages))
    buffer.close()
    return bytes(buffer.data().data())


# ---- pages ------------------------------------------------------------------------------


def _cover(painter: QPainter, journey: Journey, words: Report, kind: _Type, persona: str | None) -> None:
    width = PAGE.width() - 2 * SIDE
    y = TOP + 6
    for text, size, bold, color, lines in (
        (tr("Customer journey map"), SMALL_PT + 1, False, kind.theme.muted, 1),
        (words.title, TITLE_PT + 4, True, kind.theme.text, 2),
        (words.description, BODY_PT, False, kind.theme.muted, 3),
        (" · ".join(p for p in (words.summary, words.date) if p), SMALL_PT + 1, False, kind.theme.muted, 1),
    ):
        if text:
            block = kind.block(text, size, width, bold=bold, lines=lines)
            block.draw(painter, QPointF(SIDE, y), color)
            y += block.height + 8
    box = QRectF(SIDE, y + 6, width, PAGE.height() - FOOT - 10 - (y + 6))
    map_picture(journey, box.width() / box.height(), persona=persona).paint(painter, box)


def _pages(head: _Head, blocks: list[Block], kind: _Type) -> list[Callable[[QPainter], None]]:
    """A page of ``blocks`` in three columns below ``head``, and more when they do not fit."""
    width = _column_width()
    pages = []
    first = True
    while True:
        top = head.height(first=first)
        columns, blocks = _fill(blocks, PAGE.height() - FOOT - 12 - top)
        pages.append(_page_of(head, columns, kind, width, first=first))
        first = False
        if not blocks:
            return pages
        if blocks[0].continues:  # a section goes on over the page: say which
            again = tr("{heading} (continued)").format(heading=blocks[0].continues)
            blocks.insert(0, _heading(again, kind, width))


def _page_of(
    head: _Head, columns: list[list[Block]], kind: _Type, width: float, *, first: bool
) -> Callable[[QPainter], None]:
    def draw(painter: QPainter) -> None:
        top = head.draw(painter, first=first)
        for index, column in enumerate(columns):
            place = COLUMNS - 1 - index if kind.rtl else index
            x, y = SIDE + place * (width + GUTTER), top
            for block in column:
                block.draw(painter, QPointF(x, y))
                y += block.height

    return draw


def _column_width() -> float:
    return (PAGE.width() - 2 * SIDE - (COLUMNS - 1) * GUTTER) / COLUMNS


def _fill(blocks: list[Block], height: float) -> tuple[list[list[Block]], list[Block]]:
    """Blocks poured into the columns of one page; what is left over for the next."""
    columns: list[list[Block]] = [[] for _ in range(COLUMNS)]
    index, used = 0, 0.0
    queue = list(blocks)
    while queue and index < COLUMNS:
        block = queue[0]
        following = queue[1].height if block.keep_with_next and len(queue) > 1 else 0.0
        fits = used + block.height + following <= height
        if fits or (not columns[index] and not block.keep_with_next):
            columns[index].append(queue.pop(0))  # a block taller than a column goes in anyway
            used += block.height
        else:
            index, used = index + 1, 0.0
    return columns, queue


class _Head:
    """The top of a page: a colour band, a small line above the name, the name, figures
    on the other side, and a few lines below (a stage's goal and description)."""

    def __init__(
        self,
        kind: _Type,
        *,
        color: str,
        where: str,
        name: str,
        figures: str,
        lines: Sequence[tuple[str, float, QColor]],
    ) -> None:
        self.kind, self.color = kind, color
        width = PAGE.width() - 2 * SIDE
        self.where = kind.block(where, SMALL_PT + 1, width)
        self.figures = kind.block(figures, BODY_PT, width * 0.5, lines=2, trailing=True) if figures else None
        name_w = width - (self.figures.natural_width() + 24 if self.figures else 0)
        self.name = kind.block(name, TITLE_PT, name_w, bold=True, lines=2)
        self.more = kind.block(tr("{name} (continued)").format(name=name), HEADING_PT + 3, width, bold=True)
        self.lines = [(kind.block(text, size, width, lines=3), color) for text, size, color in lines]

    @classmethod
    def of_stage(cls, stage: StageReport, count: int, kind: _Type) -> _Head:
        lines = []
        if stage.goal:
            lines.append((tr("Customer goal: {goal}").format(goal=stage.goal), BODY_PT + 1, kind.theme.text))
        if stage.description:
            lines.append((stage.description, BODY_PT, kind.theme.muted))
        where = tr("Stage {n} of {count}").format(n=written(stage.number), count=written(count))
        figures = " · ".join(stage.figures)
        return cls(kind, color=stage.color, where=where, name=stage.name, figures=figures, lines=lines)

    def height(self, *, first: bool) -> float:
        if not first:
            return TOP + 14 + self.more.height + 14
        return (
            TOP
            + 14
            + self.where.height
            + 2
            + self.name.height
            + 8
            + sum(b.height + 4 for b, _ in self.lines)
            + 14
        )

    def draw(self, painter: QPainter, *, first: bool) -> float:
        """Draw the head; return where the columns start."""
        theme, kind = self.kind.theme, self.kind
        painter.fillRect(QRectF(0, 0, PAGE.width(), 10), QColor(self.color))
        width = PAGE.width() - 2 * SIDE
        y = TOP + 14
        if not first:
            self.more.draw(painter, QPointF(SIDE, y), theme.text)
            return self.height(first=False)
        self.where.draw(painter, QPointF(SIDE, y), theme.muted)
        y += self.where.height + 2
        self.name.draw(painter, QPointF(kind.x(SIDE, width, self.name.width), y), theme.text)
        if self.figures is not None:  # on the other side, level with the name's last line
            x = SIDE if kind.rtl else SIDE + width - self.figures.width
            self.figures.draw(
                painter, QPointF(x, y + self.name.height - self.figures.height - 3), theme.muted
            )
        y += self.name.height + 8
        for block, color in self.lines:
            block.draw(painter, QPointF(SIDE, y), color)
            y += block.height + 4
        painter.setPen(theme.line)
        painter.drawLine(QPointF(SIDE, y + 5), QPointF(SIDE + width, y + 5))
        return y + 14


def _stage_blocks(stage: StageReport, kind: _Type, width: float) -> Iterator[Block]:
    for lane, text in stage.texts:
        yield _heading(lane, kind, width)
        yield _text(text, kind, width)
    for section in stage.sections:
        yield from _section(section, kind, width)


def _section(section: Section, kind: _Type, width: float) -> Iterator[Block]:
    yield _heading(section.heading, kind, width)
    for line in section.lines:
        yield replace(_line(line, kind, width), continues=section.heading)


def _heading(
    text: str, kind: _Type, width: float, *, color: QColor | None = None, upper: bool = True
) -> Block:
    """A small heading that stays with what follows it (upper case, unless the script has none)."""
    block = kind.block(text.upper() if upper and not kind.rtl else text, SMALL_PT, width, bold=True, lines=2)

    def draw(painter: QPainter, at: QPointF) -> None:
        block.draw(painter, at + QPointF(0, 6), color or kind.theme.muted)

    return Block(block.height + 10, draw, keep_with_next=True)


def _text(
    text: str, kind: _Type, width: float, *, size: float = BODY_PT, color: QColor | None = None
) -> Block:
    block = kind.block(text, size, width)

    def draw(painter: QPainter, at: QPointF) -> None:
        block.draw(painter, at, color or kind.theme.text)

    return Block(block.height + 4, draw)


DOT = 7.0


def _line(line: Line, kind: _Type, width: float) -> Block:
    """A card: its title (after an emotion dot for a touchpoint) and its facts below."""
    indent = DOT + 5 if line.emotion is not None else 0.0
    title = kind.block(line.title, BODY_PT, width - indent, bold=False)
    facts = kind.block(line.facts, SMALL_PT, width - indent) if line.facts else None
    height = title.height + (facts.height + 1 if facts else 0.0) + 6

    def draw(painter: QPainter, at: QPointF) -> None:
        x = at.x() + (0.0 if kind.rtl else indent)
        if line.emotion is not None:
            dot_x = at.x() + width - DOT if kind.rtl else at.x()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(kind.theme.emotion_color(line.emotion))
            painter.drawEllipse(QRectF(dot_x, at.y() + 4, DOT, DOT))
        title.draw(painter, QPointF(x, at.y()), kind.theme.text)
        if facts is not None:
            facts.draw(painter, QPointF(x, at.y() + title.height + 1), kind.theme.muted)

    return Block(height, draw)


def _footer(painter: QPainter, words: Report, kind: _Type, number: int, total: int) -> None:
    text = tr("{title} · page {n} of {total}").format(title=words.title, n=written(number), total=written(total))
    width = PAGE.width() - 2 * SIDE
    block = kind.block(text, SMALL_PT, width, lines=1)
    block.draw(painter, QPointF(SIDE, PAGE.height() - FOOT + 8), kind.theme.muted)


# ---- the results page ---------------------------------------------------------------------

TOP_VOTED = 10
"""The handout lists a round's ten cards with the most dots (the deck lists them all)."""


def _results_head(words: Report, kind: _Type) -> _Head:
    counts = []
    if words.rounds:
        counts.append(tr("%Ln voting rounds", "", len(words.rounds)))
    notes = sum(len(group.notes) for group in words.notes)
    if notes:
        counts.append(tr("%Ln notes", "", notes))
    return _Head(
        kind,
        color=kind.theme.text.name(),
        where=tr("Workshop"),
        name=tr("Results"),
        figures=" · ".join(counts),
        lines=[],
    )


def _results_blocks(words: Report, kind: _Type, width: float) -> Iterator[Block]:
    for voting_round in words.rounds:
        yield _heading(tr("Voting: {name}").format(name=voting_round.name), kind, width)
        yield _text(voting_round.facts, kind, width, size=SMALL_PT, color=kind.theme.muted)
        heading = tr("Voting: {name}").format(name=voting_round.name)
        for card in voting_round.cards[:TOP_VOTED]:
            yield replace(_ranked(card, kind, width), continues=heading)
    if words.notes:
        yield _heading(tr("Notes from the room"), kind, width)
    for group in words.notes:
        yield _heading(group.stage, kind, width, color=QColor(group.color), upper=False)
        for note in group.notes:
            yield replace(_note(note, kind, width), continues=group.stage)


RANK_W = 18.0


def _ranked(card: Voted, kind: _Type, width: float) -> Block:
    """A card of a round's results: its rank, title, and dots in its stage's colour."""
    rank = kind.block(f"{written(card.rank)}.", BODY_PT, RANK_W, bold=True)
    title = kind.block(card.title, BODY_PT, width - RANK_W, bold=card.rank <= 3)
    facts = kind.block(" · ".join((card.kind, card.stage)), SMALL_PT, width - RANK_W)
    dots = kind.block("●" * min(card.dots, 20) + f"  {written(card.dots)}", SMALL_PT + 1, width - RANK_W, lines=1)
    height = title.height + facts.height + dots.height + 8

    def draw(painter: QPainter, at: QPointF) -> None:
        left = kind.x(at.x(), width, RANK_W)
        x = at.x() if kind.rtl else at.x() + RANK_W
        rank.draw(painter, QPointF(left, at.y()), kind.theme.muted)
        title.draw(painter, QPointF(x, at.y()), kind.theme.text)
        facts.draw(painter, QPointF(x, at.y() + title.height), kind.theme.muted)
        dots.draw(painter, QPointF(x, at.y() + title.height + facts.height + 1), QColor(card.color))

    return Block(height, draw)


TAG_PAD = 4.0


def _note(note: NoteLine, kind: _Type, width: float) -> Block:
    """A sticky note: its kind on a tag of its paper colour, its text, and where it was written."""
    natural = kind.block(note.kind, SMALL_PT, width, bold=True, lines=1).natural_width()
    tag = kind.block(note.kind, SMALL_PT, natural + 1, bold=True, lines=1)  # exactly its width, either way
    tag_w = tag.width + 2 * TAG_PAD
    text = kind.block(note.text, BODY_PT, width)
    about = kind.block(note.about, SMALL_PT, width) if note.about else None
    height = tag.height + 4 + text.height + (about.height if about else 0.0) + 8

    def draw(painter: QPainter, at: QPointF) -> None:
        box = QRectF(kind.x(at.x(), width, tag_w), at.y(), tag_w, tag.height + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(note.color))
        painter.drawRoundedRect(box, 3, 3)
        tag.draw(painter, QPointF(box.left() + TAG_PAD, at.y() + 1), kind.theme.text)
        y = at.y() + tag.height + 6
        text.draw(painter, QPointF(at.x(), y), kind.theme.text)
        if about is not None:
            about.draw(painter, QPointF(at.x(), y + text.height), kind.theme.muted)

    return Block(height, draw)
