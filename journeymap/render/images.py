"""Pictures of a map: PNG, SVG and PDF bytes and clipboard images, drawn by a JourneyScene.

The picture is the canvas's own drawing: a fresh JourneyScene in the export theme,
optionally through a persona lens and cropped to a selection. SVG text becomes glyph
outlines (so Arabic and mixed text look right in any program); PDF keeps real text with
embedded font subsets, on A4..A0 pages (landscape, or upright for a map taller than
wide) or one page that fits the map, and can
tile a large map across pages as a poster. Works with no display: a QApplication on the
"offscreen" platform is made when none exists. Which format a file gets, and writing it, is
the exchange service's (:mod:`journeymap.exchange`); this module only draws.
"""

from __future__ import annotations

import functools
import math
import os
import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from journeymap.model.journey import Journey
from journeymap.render.frame import Composition, frame
from journeymap.render.png import encode_png
from journeymap.render.text import text_as_paths
from journeymap.render.theme import Theme
from journeymap.util import i18n
from journeymap.util.i18n import tr
from journeymap.util.progress import Progress

if TYPE_CHECKING:  # imported when a picture is made: the scene loads QtWidgets
    from journeymap.render.scene import JourneyScene

PAGE_SIZES = {
    "a4": QPageSize.PageSizeId.A4,
    "a3": QPageSize.PageSizeId.A3,
    "a1": QPageSize.PageSizeId.A1,
    "a0": QPageSize.PageSizeId.A0,
}
MAX_PAGE_PT = 14_400.0
"""PDF viewers reject pages larger than 200 inches."""
PT_PER_PX = 0.75
"""One map pixel (1/96 in) is 3/4 of a point: the map prints at its on-screen size."""
PAGE_MARGIN_PT = 24.0
SELECTION_MARGIN = 24.0
MAX_PIXELS = 400_000_000

_app: QGuiApplication | None = None


class ImageExportError(ValueError):
    """A picture cannot be made as asked (unknown format, too large, bad page size)."""


def ensure_app() -> QGuiApplication:
    """The running Qt application, or a new one on the offscreen platform when headless."""
    global _app
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        return app
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _app = QApplication(["journeymap"])
    return _app


P = ParamSpec("P")
R = TypeVar("R")


def in_map_language(export: Callable[Concatenate[Journey, P], R]) -> Callable[Concatenate[Journey, P], R]:
    """``export(journey, …)`` made in the map's language, whatever language the program
    speaks: the words a picture draws (legends, "customers", "affected"…) are the map's."""

    @functools.wraps(export)
    def in_language(journey: Journey, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with i18n.language(journey.info.language):
            return export(journey, *args, **kwargs)

    return in_language


def _scene(journey: Journey, persona: str | None, theme: Theme | None) -> JourneyScene:
    ensure_app()
    from journeymap.render.scene import JourneyScene

    scene = JourneyScene(journey, theme=theme or Theme.light())
    if persona is not None:
        scene.set_persona_lens(persona)
    return scene


@in_map_language
def export_scene(journey: Journey, *, persona: str | None = None, transparent: bool = False) -> JourneyScene:
    """A fresh scene of ``journey`` in the export theme on a white (or no) background."""
    scene = _scene(journey, persona, None)
    _background(scene, transparent)
    return scene


def _source(scene: JourneyScene, selection: Iterable[str] | None) -> QRectF:
    """The part of the map to draw: everything, or the selected elements plus a margin."""
    if not selection:
        return scene.sceneRect()
    rect = QRectF()
    for ident in selection:
        rect = rect.united(scene.element_rect(ident))
    if rect.isEmpty():
        raise ImageExportError(tr("none of the selected elements is drawn on the map"))
    return rect.adjusted(-SELECTION_MARGIN, -SELECTION_MARGIN, SELECTION_MARGIN, SELECTION_MARGIN)


def _background(scene: JourneyScene, transparent: bool) -> QColor:
    color = QColor(Qt.GlobalColor.transparent) if transparent else QColor("#ffffff")
    scene.setBackgroundBrush(color)
    return color


@in_map_language
def render_image(
    journey: Journey,
    *,
    scale: float = 1.0,
    persona: str | None = None,
    transparent: bool = False,
    selection: Iterable[str] | None = None,
    theme: Theme | None = None,
    frame: float | None = None,
) -> QImage:
    """The map (or the selection) as an image, ``scale`` device pixels per map pixel; with
    ``frame`` (width / height), the whole map laid out to fill a picture of that shape."""
    if not 0 < scale <= 16:
        raise ImageExportError(tr("scale must be between 0 and 16, not {scale}").format(scale=scale))
    scene = _scene(journey, persona, theme)
    color = _background(scene, transparent)
    if frame is not None:
        framed = _framed_map(scene, frame, selection)
        return paint_image(_pixels(framed_size(framed, frame), scale), color, framed.paint)
    source = _source(scene, selection)

    def draw(painter: QPainter, target: QRectF) -> None:
        scene.render(painter, target, source)

    return paint_image(_pixels(source.size(), scale), color, draw)


def _pixels(size: QSizeF, scale: float) -> QSize:
    pixels = QSize(max(1, math.ceil(size.width() * scale)), max(1, math.ceil(size.height() * scale)))
    if pixels.width() * pixels.height() > MAX_PIXELS:
        raise ImageExportError(
            tr("the image would be {w} x {h} pixels; use a smaller scale").format(
                w=pixels.width(), h=pixels.height()
            )
        )
    return pixels


def paint_image(size: QSize, background: QColor, draw: Callable[[QPainter, QRectF], None]) -> QImage:
    """An image ``size`` big on ``background``, with ``draw(painter, target)`` filling it."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    try:
        draw(painter, QRectF(image.rect()))
    finally:
        painter.end()
    return image


def _framed_map(scene: JourneyScene, aspect: float, selection: Iterable[str] | None) -> Composition:
    if selection:
        raise ImageExportError(tr("a framed picture shows the whole map, not a selection"))
    return frame(scene, aspect)


def framed_size(composition: Composition, aspect: float) -> QSizeF:
    """The smallest picture of shape ``aspect`` (width / height) that holds ``composition``."""
    size = composition.size
    width = max(size.width(), size.height() * aspect)
    return QSizeF(width, width / aspect)


def _svg(size: QSizeF, draw: Callable[[QPainter, QRectF], None], *, outlines: bool, title: str) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(math.ceil(size.width()), math.ceil(size.height())))
    generator.setViewBox(QRectF(0, 0, size.width(), size.height()))
    generator.setTitle(title)
    generator.setDescription(tr("Customer journey map drawn by journeymap"))
    painter = QPainter(generator)
    with text_as_paths(outlines):
        draw(painter, QRectF(0, 0, size.width(), size.height()))
    painter.end()
    buffer.close()
    return well_formed_xml(bytes(data.data()))


_NOT_XML = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]|\xef\xbf[\xbe\xbf]")
"""Characters XML 1.0 cannot carry, as UTF-8 bytes: C0 controls but tab, line feed and
carriage return, and U+FFFE, U+FFFF (no other character's UTF-8 contains these bytes)."""


def well_formed_xml(svg: bytes) -> bytes:
    """``svg`` less the characters XML cannot carry. QSvgGenerator escapes ``<`` and ``&``
    but writes a title (or text kept as text) with control characters as they are, and
    such a file is not well-formed XML: browsers and Inkscape refuse it."""
    return _NOT_XML.sub(b"", svg)


def page_plan(source: QSizeF, page_size: str, *, tile: bool) -> tuple[QSizeF, float, int, int]:
    """(page size in pt, map px -> pt factor, columns, rows of pages) for a PDF."""
    natural = QSizeF(source.width() * PT_PER_PX, source.height() * PT_PER_PX)
    key = page_size.lower()
    if key == "fit" and not tile:
        room = MAX_PAGE_PT - 2 * PAGE_MARGIN_PT
        factor = min(PT_PER_PX, room / source.width(), room / source.height())
        page = QSizeF(
            source.width() * factor + 2 * PAGE_MARGIN_PT, source.height() * factor + 2 * PAGE_MARGIN_PT
        )
        return page, factor, 1, 1
    if key == "fit":
        key = "a3"
    if key not in PAGE_SIZES:
        raise ImageExportError(
            tr("unknown page size {size!r}: use fit, A4, A3, A1 or A0").format(size=page_size)
        )
    portrait = QPageSize(PAGE_SIZES[key]).size(QPageSize.Unit.Point)
    page = QSizeF(max(portrait.width(), portrait.height()), min(portrait.width(), portrait.height()))
    inner = QSizeF(page.width() - 2 * PAGE_MARGIN_PT, page.height() - 2 * PAGE_MARGIN_PT)
    if not tile:
        if source.height() > source.width():  # a tall map gets an upright page, not a strip
            page = page.transposed()
            inner = inner.transposed()
        factor = min(inner.width() / source.width(), inner.height() / source.height())
        return page, factor, 1, 1
    columns = max(1, math.ceil(natural.width() / inner.width()))
    rows = max(1, math.ceil(natural.height() / inner.height()))
    return page, PT_PER_PX, columns, rows


def _pdf(
    scene: JourneyScene,
    source: QRectF,
    *,
    page_size: str,
    tile: bool,
    title: str,
    outlines: bool,
    progress: Progress | None = None,
) -> bytes:
    page, factor, columns, rows = page_plan(source.size(), page_size, tile=tile)
    writer, buffer = pdf_writer(page, title)
    painter = QPainter(writer)
    inner_w, inner_h = page.width() - 2 * PAGE_MARGIN_PT, page.height() - 2 * PAGE_MARGIN_PT
    try:
        with text_as_paths(outlines):
            for row in range(rows):
                for column in range(columns):
                    if progress is not None:
                        progress(tr("page"), row * columns + column, rows * columns)
                    if row or column:
                        writer.newPage()
                    tile_at = (column, row, columns, rows)
                    _pdf_page(scene, painter, source, factor, tile_at, QSizeF(inner_w, inner_h))
    finally:
        painter.end()
    if progress is not None:
        progress(tr("page"), rows * columns, rows * columns)
    buffer.close()
    return bytes(buffer.data().data())


def pdf_writer(page: QSizeF, title: str) -> tuple[QPdfWriter, QBuffer]:
    """A PDF writer into memory (read ``buffer.data()`` once the painter has ended): one
    unit a point, pages ``page`` big with no margins."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(72)
    writer.setTitle(title)
    writer.setCreator("journeymap")
    layout = QPageLayout(
        QPageSize(page, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
        QPageLayout.Orientation.Portrait,
        QMarginsF(0, 0, 0, 0),
    )
    writer.setPageLayout(layout)
    return writer, buffer


def _pdf_page(
    scene: JourneyScene,
    painter: QPainter,
    source: QRectF,
    factor: float,
    tile: tuple[int, int, int, int],
    inner: QSizeF,
) -> None:
    column, row, columns, rows = tile
    if columns == 1 and rows == 1:
        width, height = source.width() * factor, source.height() * factor
        target = QRectF(PAGE_MARGIN_PT + (inner.width() - width) / 2, PAGE_MARGIN_PT, width, height)
        if inner.height() > height:
            target.moveTop(PAGE_MARGIN_PT + (inner.height() - height) / 2)
        scene.render(painter, target, source)
        return
    span_w, span_h = inner.width() / factor, inner.height() / factor
    piece = QRectF(source.left() + column * span_w, source.top() + row * span_h, span_w, span_h)
    piece = piece.intersected(source)
    target = QRectF(PAGE_MARGIN_PT, PAGE_MARGIN_PT, piece.width() * factor, piece.height() * factor)
    painter.save()
    painter.setClipRect(target)
    scene.render(painter, target, piece, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.restore()


def png_bytes(
    journey: Journey,
    *,
    scale: float = 1.0,
    dpi: float | None = None,
    persona: str | None = None,
    transparent: bool = False,
    selection: Iterable[str] | None = None,
    frame: float | None = None,
) -> bytes:
    """The map (or the selection) as a PNG file's bytes. ``dpi`` sets the scale as dpi/96
    and records that resolution in the file; ``frame`` lays the map out to fill a picture of
    that shape (width / height)."""
    if dpi:
        scale = dpi / 96.0
    image = render_image(
        journey, scale=scale, persona=persona, transparent=transparent, selection=selection, frame=frame
    )
    return encode_png(image, dpi=dpi or 96.0 * scale)


@in_map_language
def svg_bytes(
    journey: Journey,
    *,
    persona: str | None = None,
    selection: Iterable[str] | None = None,
    outline_text: bool = True,
    frame: float | None = None,
) -> bytes:
    """The map as an SVG drawing; text as glyph outlines unless ``outline_text`` is False;
    ``frame`` lays the map out to fill a drawing of that shape (width / height)."""
    title = journey.info.title
    if frame is not None:
        framed = _framed_map(export_scene(journey, persona=persona), frame, selection)
        return _svg(framed_size(framed, frame), framed.paint, outlines=outline_text, title=title)
    scene, source = _framed(journey, persona, selection)

    def draw(painter: QPainter, target: QRectF) -> None:
        scene.render(painter, target, source)

    return _svg(source.size(), draw, outlines=outline_text, title=title)


@in_map_language
def pdf_bytes(
    journey: Journey,
    *,
    persona: str | None = None,
    selection: Iterable[str] | None = None,
    page_size: str = "fit",
    tile: bool = False,
    outline_text: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """The map as a PDF: one page (``fit``, or A4..A0 turned to the map), or a poster of
    ``page_size`` pages with ``tile``. Real text with embedded fonts unless ``outline_text``.
    ``progress`` hears of each page (a tiled poster has hundreds) and may raise to stop."""
    scene, source = _framed(journey, persona, selection)
    return _pdf(
        scene,
        source,
        page_size=page_size,
        tile=tile,
        title=journey.info.title,
        outlines=outline_text,
        progress=progress,
    )


def _framed(
    journey: Journey, persona: str | None, selection: Iterable[str] | None
) -> tuple[JourneyScene, QRectF]:
    """A scene on a white page, and the part of it to draw."""
    scene = export_scene(journey, persona=persona)
    return scene, _source(scene, selection)
