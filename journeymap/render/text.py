"""Wrapped, shaped text blocks, drawn as text or as glyph outlines.

Every string on the map goes through :class:`TextBlock`: QTextLayout shapes it (Arabic
joins, bidi runs reorder), wraps it at a width and elides it after ``max_lines``. Drawing
honours one switch, :func:`text_as_paths`: inside it, glyph runs are filled as paths
(QRawFont.pathForGlyph), so an SVG shows the same letters in any program, with no font
and no shaping engine on the reader's side.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QTextLayout, QTextOption

from journeymap.util.bidi import starts_right_to_left

_outlines = False
ELLIPSIS = "…"


def _visual(align: Qt.AlignmentFlag, direction: Qt.LayoutDirection, text: str) -> Qt.AlignmentFlag:
    """Leading alignment made absolute: QTextLayout does not mirror AlignLeading itself."""
    if align & Qt.AlignmentFlag.AlignAbsolute or not align & Qt.AlignmentFlag.AlignLeft:
        return align
    if direction == Qt.LayoutDirection.LayoutDirectionAuto:
        rtl = starts_right_to_left(text)
    else:
        rtl = direction == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return (align & ~Qt.AlignmentFlag.AlignLeft) | side | Qt.AlignmentFlag.AlignAbsolute


def reading_side(rtl: bool) -> Qt.AlignmentFlag:
    """Where a map's texts line up: on the side its reading starts from, made absolute so
    that no text's own direction flips it. Each text still reads in its own direction (its
    first strong character): on an Arabic map "Is this for me?" keeps its question mark at
    the end and "1,000 customers" is not reordered; on an English map an Arabic name reads
    right to left."""
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute


@contextmanager
def text_as_paths(enabled: bool = True) -> Iterator[None]:
    """While active, every TextBlock draws its glyphs as filled paths instead of text."""
    global _outlines
    previous, _outlines = _outlines, enabled
    try:
        yield
    finally:
        _outlines = previous


def drawing_outlines() -> bool:
    return _outlines


class TextBlock:
    """``text`` in ``font`` wrapped to ``width``; ``size`` tells the space it takes."""

    __slots__ = ("_layout", "_natural", "height", "text", "width")

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        *,
        max_lines: int = 0,
        direction: Qt.LayoutDirection = Qt.LayoutDirection.LayoutDirectionAuto,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeading,
    ) -> None:
        self.text = text
        self.width = max(1.0, width)
        self._layout = self._make(text, font, direction, align)
        lines = self._layout.lineCount()
        if max_lines and lines > max_lines:
            self._layout = self._elided(font, direction, align, max_lines)
        self.height = self._layout.boundingRect().height() if self._layout.lineCount() else 0.0
        self._natural: float | None = None

    def _make(
        self, text: str, font: QFont, direction: Qt.LayoutDirection, align: Qt.AlignmentFlag
    ) -> QTextLayout:
        layout = QTextLayout(text.replace("\n", "\u2028"), font)
        option = QTextOption(_visual(align, direction, text))
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(direction)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0.0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def _elided(
        self, font: QFont, direction: Qt.LayoutDirection, align: Qt.AlignmentFlag, max_lines: int
    ) -> QTextLayout:
        last = self._layout.lineAt(max_lines - 1)
        head = self.text[: last.textStart()]
        tail = self.text[last.textStart() :].replace("\n", " ")
        metrics = QFontMetricsF(font)
        tail = metrics.elidedText(tail, Qt.TextElideMode.ElideRight, self.width - 1)
        return self._make(head + tail, font, direction, align)

    def rect(self) -> QRectF:
        return QRectF(0.0, 0.0, self.width, self.height)

    def natural_width(self) -> float:
        """Width of the widest line: what the text needs when not wrapped tighter."""
        if self._natural is None:
            layout = self._layout
            self._natural = max(
                (layout.lineAt(i).naturalTextWidth() for i in range(layout.lineCount())), default=0.0
            )
        return self._natural

    def draw(self, painter: QPainter, origin: QPointF, color: QColor) -> None:
        """Draw with the top-left corner at ``origin``, as glyphs or as outlines."""
        if _outlines:
            painter.fillPath(self.outline(origin), color)
            return
        painter.setPen(color)
        self._layout.draw(painter, origin)

    def outline(self, origin: QPointF) -> QPainterPath:
        """The shaped glyphs as one path: right for Arabic joins and mixed-direction lines."""
        path = QPainterPath()
        for run in self._layout.glyphRuns():
            raw = run.rawFont()
            for index, pos in zip(run.glyphIndexes(), run.positions(), strict=False):
                glyph = raw.pathForGlyph(index)
                if not glyph.isEmpty():
                    path.addPath(glyph.translated(origin + pos))
        return path


_labels: dict[tuple[str, str], TextBlock] = {}
_widths: dict[tuple[str, str], float] = {}
_font_keys: dict[int, tuple[QFont, str]] = {}


def font_key(font: QFont) -> str:
    """``font.key()``, remembered per font object (the theme hands out shared fonts)."""
    known = _font_keys.get(id(font))
    if known is None or known[0] is not font:
        if len(_font_keys) > 256:
            _font_keys.clear()
        known = _font_keys[id(font)] = (font, font.key())
    return known[1]


def label(text: str, font: QFont) -> TextBlock:
    """A one-line block for short strings (initials, numbers, marks), shaped once and shared."""
    key = (text, font_key(font))
    block = _labels.get(key)
    if block is None:
        if len(_labels) > 8192:
            _labels.clear()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
        block = _labels[key] = TextBlock(text, font, 100_000.0, align=align)
    return block


def label_width(text: str, font: QFont) -> float:
    """The natural width of one-line ``text``, measured once per (text, font)."""
    key = (text, font_key(font))
    width = _widths.get(key)
    if width is None:
        if len(_widths) > 16384:
            _widths.clear()
        width = _widths[key] = label(text, font).natural_width()
    return width


_metrics: dict[str, QFontMetricsF] = {}


def fit_label(text: str, font: QFont, width: float) -> str:
    """``text`` as it fits on one line ``width`` wide: whole, or elided with "…"."""
    if label_width(text, font) <= width:
        return text
    key = font_key(font)
    metrics = _metrics.get(key)
    if metrics is None:
        metrics = _metrics[key] = QFontMetricsF(font)
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0.0, width))
    while elided and label_width(elided, font) > width:  # shaping can differ from metrics
        elided = elided[:-2] + ELLIPSIS if len(elided) > 1 else ""
    return elided


def draw_label(
    painter: QPainter, text: str, font: QFont, color: QColor, rect: QRectF, *, align: str = "center"
) -> float:
    """Draw a one-line ``text`` in ``rect``: "center", "left" or "right"; return its width."""
    block = label(text, font)
    width = block.natural_width()
    if align == "center":
        x = rect.center().x() - width / 2
    elif align == "right":
        x = rect.right() - width
    else:
        x = rect.left()
    y = rect.center().y() - block.height / 2
    block.draw(painter, QPointF(x, y), color)
    return width


def line_height(font: QFont) -> float:
    """The height one wrapped line takes in ``font``."""
    return label("Ag", font).height
