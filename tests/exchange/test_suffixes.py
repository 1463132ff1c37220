"""The suffix table and ImageOptions: one row per format, the options each uses, what is unused."""

from __future__ import annotations

import pytest

from journeymap import exchange
from journeymap.exchange import FORMATS, ImageOptions, format_of
from journeymap.exchange.service import _DATA_WRITERS


def test_every_format_has_one_row_and_one_writer(qtbot) -> None:
    from journeymap.exchange.images import DRAW  # loads Qt: pictures only

    suffixes = [f.suffix for f in FORMATS]
    assert len(set(suffixes)) == len(suffixes) == 7
    assert sorted(_DATA_WRITERS) == sorted(f.suffix for f in FORMATS if not f.picture)
    assert sorted(DRAW) == sorted(exchange.PICTURE_SUFFIXES)
    assert exchange.IMPORT_SUFFIXES == (".xlsx", ".mmd", ".mermaid")


@pytest.mark.parametrize(
    ("name", "importing", "found"),
    [
        ("map.XLSX", False, ".xlsx"),
        ("map.Png", False, ".png"),
        ("map.mermaid", True, ".mmd"),
        ("map.mermaid", False, None),  # read as Mermaid, never written under that name
        ("map.csv", True, None),  # written, never read
        ("map.docx", False, None),
        ("map", False, None),
    ],
)
def test_a_file_s_format_is_its_suffix(name: str, importing: bool, found: str | None) -> None:
    format_ = format_of(name, importing=importing)
    assert (format_.suffix if format_ else None) == found


def test_messages_come_from_the_table() -> None:
    assert exchange.cannot_import() == "can import .xlsx and .mmd files"
    assert (
        exchange.cannot_export() == "cannot tell the format; use one of .xlsx .mmd .csv .png .svg .pdf .pptx"
    )
    assert format_of("x.pdf").file_filter() == "PDF document (*.pdf)"  # type: ignore[union-attr]
    assert format_of("x.mmd").file_filter() == "Mermaid journeys (*.mmd *.mermaid)"  # type: ignore[union-attr]


def test_each_format_gets_only_the_options_it_uses() -> None:
    options = ImageOptions(
        persona="pe-ana", selection=("tp-1",), scale=2, page_size="A4", tile=True, transparent=True
    )
    csv, png, svg, pdf = (format_of(f"x.{s}") for s in ("csv", "png", "svg", "pdf"))
    assert options.unused_by(csv) == ["selection", "scale", "page_size", "tile", "transparent"]  # type: ignore[arg-type]
    assert options.only_for(csv) == ImageOptions(persona="pe-ana")  # type: ignore[arg-type]
    assert options.unused_by(png) == ["page_size", "tile"]  # type: ignore[arg-type]
    assert options.unused_by(svg) == ["scale", "page_size", "tile", "transparent"]  # type: ignore[arg-type]
    assert options.only_for(pdf) == ImageOptions(  # type: ignore[arg-type]
        persona="pe-ana", selection=("tp-1",), page_size="A4", tile=True
    )
    assert ImageOptions().unused_by(csv) == []  # type: ignore[arg-type]


def test_dpi_sets_the_pixel_scale() -> None:
    assert ImageOptions(scale=3).pixel_scale == 3
    assert ImageOptions(scale=3, dpi=192).pixel_scale == 2
