"""Image export: PNG pixels, SVG outlines, PDF pages, fonts, tiling and the page limit."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from journeymap.model.journey import Journey
from journeymap.render.images import (
    MAX_PAGE_PT,
    ImageExportError,
    page_plan,
    pdf_bytes,
    png_bytes,
    render_image,
    svg_bytes,
)
from journeymap.render.items.base import clipped_away
from journeymap.util.progress import Cancelled
from tests.render.conftest import small_map

SVG = "{http://www.w3.org/2000/svg}"


def _pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", data))


def _page_sizes(data: bytes) -> list[tuple[float, float]]:
    boxes = re.findall(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", data)
    return [(float(c) - float(a), float(d) - float(b)) for a, b, c, d in boxes]


def test_png_is_not_blank(qtbot: QtBot, journey: Journey) -> None:
    image = QImage.fromData(png_bytes(journey))
    assert not image.isNull() and image.width() > 400
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50


def test_png_scale_dpi_and_transparency(qtbot: QtBot, journey: Journey) -> None:
    one = QImage.fromData(png_bytes(journey))
    two = QImage.fromData(png_bytes(journey, dpi=192))
    assert abs(two.width() - 2 * one.width()) <= 2
    assert round(two.dotsPerMeterX() * 0.0254) == 192
    clear = render_image(journey, transparent=True)
    assert clear.pixelColor(1, 1).alpha() == 0
    assert render_image(journey).pixelColor(1, 1).alpha() == 255


def test_selection_crops(qtbot: QtBot, journey: Journey) -> None:
    whole = render_image(journey)
    part = render_image(journey, selection=["tp-0"])
    assert part.width() < whole.width() / 2 and part.height() < whole.height() / 2


def test_svg_is_well_formed_with_text_as_outlines(qtbot: QtBot) -> None:
    journey = small_map(direction="rtl", titles=("الوعي", "Değerlendirme", "Zasięg"))
    root = ET.fromstring(svg_bytes(journey))
    assert root.tag == f"{SVG}svg"
    assert len(root.findall(f".//{SVG}path")) > 20
    assert root.findall(f".//{SVG}text") == []


def test_svg_can_keep_text(qtbot: QtBot, journey: Journey) -> None:
    assert ET.fromstring(svg_bytes(journey, outline_text=False)).findall(f".//{SVG}text")


def test_pdf_has_a_page_and_embedded_fonts(qtbot: QtBot, journey: Journey) -> None:
    data = pdf_bytes(journey)
    assert data.startswith(b"%PDF")
    assert _pages(data) == 1
    assert b"/FontFile" in data


def test_pdf_page_turns_with_the_map(qtbot: QtBot, journey: Journey) -> None:
    from PySide6.QtCore import QSizeF

    from journeymap.render.images import page_plan

    wide, *_ = page_plan(QSizeF(3000, 1000), "A4", tile=False)
    tall, *_ = page_plan(QSizeF(1000, 3000), "A4", tile=False)
    assert (round(wide.width()), round(wide.height())) == (842, 595)  # landscape
    assert (round(tall.width()), round(tall.height())) == (595, 842)  # upright for a tall map
    data = pdf_bytes(journey, page_size="A4")
    (width, height), *_ = _page_sizes(data)
    assert {round(width), round(height)} == {842, 595}


def test_pdf_tiles_a_large_map_as_a_poster(qtbot: QtBot, journey: Journey) -> None:
    data = pdf_bytes(journey, page_size="A4", tile=True)
    assert _pages(data) > 1
    assert all(round(w) == 842 for w, _ in _page_sizes(data))


def test_no_page_over_the_viewer_limit() -> None:
    from PySide6.QtCore import QSizeF

    page, factor, columns, rows = page_plan(QSizeF(60_000, 30_000), "fit", tile=False)
    assert (columns, rows) == (1, 1)
    assert page.width() <= MAX_PAGE_PT and page.height() <= MAX_PAGE_PT
    assert factor < 0.75


def test_bad_requests_are_refused(qtbot: QtBot, journey: Journey) -> None:
    with pytest.raises(ImageExportError, match="page size"):
        pdf_bytes(journey, page_size="B5")
    with pytest.raises(ImageExportError, match="scale"):
        png_bytes(journey, scale=0)
    with pytest.raises(ImageExportError, match="none of the selected"):
        svg_bytes(journey, selection=["no-such-element"])


def test_a_poster_reports_each_page_and_can_be_stopped(qtbot: QtBot, journey: Journey) -> None:
    heard: list[tuple[int, int]] = []
    data = pdf_bytes(
        journey, page_size="A4", tile=True, progress=lambda step, done, total: heard.append((done, total))
    )
    pages = _pages(data)
    assert heard == [(done, pages) for done in range(pages + 1)]

    def cancel(step: str, done: int, total: int) -> None:
        if done == 1:
            raise Cancelled

    with pytest.raises(Cancelled):
        pdf_bytes(journey, page_size="A4", tile=True, progress=cancel)


def test_items_off_a_clipped_page_skip_their_drawing(qtbot: QtBot) -> None:
    image = QImage(100, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    assert not clipped_away(painter, QRectF(500, 500, 10, 10))  # no clip: everything draws
    painter.setClipRect(QRectF(0, 0, 50, 50))
    assert clipped_away(painter, QRectF(60, 60, 10, 10))
    assert not clipped_away(painter, QRectF(45, 45, 10, 10))
    painter.translate(100, 100)  # item coordinates: the clip moves with the transform
    assert not clipped_away(painter, QRectF(-60, -60, 20, 20))  # the clip is (-100, -100, 50, 50) now
    assert clipped_away(painter, QRectF(0, 0, 10, 10))
    painter.end()
