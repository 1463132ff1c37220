"""The exchange's one path to Qt: pictures of a map as PNG, SVG and PDF files, the
handout (a PDF) and the slide deck (a .pptx of pictures).

Nothing imports this module until a picture is asked for (:mod:`.service` imports it inside
the call), so the command line's data exports and imports never load Qt. It is the only
module of the exchange that may import :mod:`journeymap.render` (an import-linter contract
names the three modules it reaches). It turns :class:`ImageOptions` into the renderer's
arguments, in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from journeymap.exchange.options import FRAME_ASPECTS, ImageOptions
from journeymap.exchange.suffixes import Format
from journeymap.model.journey import Journey
from journeymap.render.deck import deck_bytes
from journeymap.render.handout import handout_bytes
from journeymap.render.images import ImageExportError, pdf_bytes, png_bytes, svg_bytes
from journeymap.util.atomic import write_atomically
from journeymap.util.progress import Progress

__all__ = ["DRAW", "REPORTS_PROGRESS", "ImageExportError", "write_picture"]

Picture = Callable[[Journey, ImageOptions, "Progress | None"], bytes]


def _png(journey: Journey, options: ImageOptions, _progress: Progress | None) -> bytes:
    return png_bytes(
        journey,
        scale=options.scale,
        dpi=options.dpi,
        persona=options.persona,
        transparent=options.transparent,
        selection=options.selection or None,
        frame=_aspect(options),
    )


def _aspect(options: ImageOptions) -> float | None:
    return FRAME_ASPECTS[options.frame] if options.frame is not None else None


def _svg(journey: Journey, options: ImageOptions, _progress: Progress | None) -> bytes:
    return svg_bytes(
        journey, persona=options.persona, selection=options.selection or None, frame=_aspect(options)
    )


def _pdf(journey: Journey, options: ImageOptions, progress: Progress | None) -> bytes:
    if options.handout:
        return handout_bytes(journey, persona=options.persona, progress=progress)
    return pdf_bytes(
        journey,
        persona=options.persona,
        selection=options.selection or None,
        page_size=options.page_size,
        tile=options.tile,
        progress=progress,
    )


def _pptx(journey: Journey, options: ImageOptions, progress: Progress | None) -> bytes:
    return deck_bytes(journey, persona=options.persona, progress=progress)


DRAW: dict[str, Picture] = {".png": _png, ".svg": _svg, ".pdf": _pdf, ".pptx": _pptx}
"""The drawing for each picture format of the suffix table (a test checks they match)."""
REPORTS_PROGRESS = frozenset({".pdf", ".pptx"})
"""Pictures whose drawing reports its own steps (a poster's or a handout's pages, a deck's
pictures)."""


def write_picture(
    journey: Journey, out: Path, format_: Format, options: ImageOptions, progress: Progress | None
) -> None:
    """Draw the picture ``format_`` names and write it to ``out`` atomically. Raises
    ImageExportError (it cannot be drawn as asked) or OSError; ``progress`` may stop it."""
    write_atomically(out, DRAW[format_.suffix](journey, options, progress))
