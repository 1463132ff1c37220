"""The one suffix table: every format journeymap exports or imports, what it is, what it uses.

A file's format is its suffix, case-insensitively. The command line (``export``, ``import``),
the window's File > Import / Export and the service's dispatch all read this table, so a new
format is one row here plus its writer in :mod:`.service` or :mod:`.images` (as the slide
deck, ``.pptx``, is). The PDF page sizes and the slide-shaped frames are here too. The module is light (a NamedTuple, not a
dataclass: dataclasses loads inspect), as ``journeymap --help`` reads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, NamedTuple

from journeymap.util.i18n import tr, tr_noop

PageSize = Literal["A4", "A3", "A1", "A0", "fit"]
PAGE_SIZES: tuple[PageSize, ...] = ("A4", "A3", "A1", "A0", "fit")
"""The page sizes of a PDF; "fit" is one page the size of the map (tiles then are A3)."""
Frame = Literal["16:9", "4:3"]
FRAMES: tuple[Frame, ...] = ("16:9", "4:3")
"""The shapes a PNG or SVG can be laid out to fill (``--frame``): a slide's."""


class Format(NamedTuple):
    suffix: str
    """The suffix written, lower case with its dot: ``".xlsx"``."""
    files: str
    """What a file dialog calls files of this format (English; translated where shown)."""
    picture: bool = False
    """Drawn by the renderer (and so by Qt), not written from the data alone."""
    imports: bool = False
    """journeymap can also read a map from it."""
    options: frozenset[str] = frozenset({"persona"})
    """The :class:`~journeymap.exchange.options.ImageOptions` fields this format uses."""
    aliases: tuple[str, ...] = ()
    """Other suffixes read as this format (``.mermaid``)."""

    @property
    def suffixes(self) -> tuple[str, ...]:
        return (self.suffix, *self.aliases)

    def file_filter(self) -> str:
        """``"Excel workbooks (*.xlsx)"``: one entry of a file dialog's filter."""
        return "{files} ({patterns})".format(
            files=tr(self.files), patterns=" ".join(f"*{s}" for s in self.suffixes)
        )


_PICTURE = frozenset({"persona", "selection"})

FORMATS: tuple[Format, ...] = (
    Format(".xlsx", tr_noop("Excel workbooks"), imports=True),
    Format(".mmd", tr_noop("Mermaid journeys"), imports=True, aliases=(".mermaid",)),
    Format(".csv", tr_noop("CSV files")),
    Format(".png", tr_noop("PNG image"), picture=True, options=_PICTURE | {"scale", "dpi", "transparent", "frame"}),
    Format(".svg", tr_noop("SVG drawing"), picture=True, options=_PICTURE | {"frame"}),
    Format(".pdf", tr_noop("PDF document"), picture=True, options=_PICTURE | {"page_size", "tile", "handout"}),
    Format(".pptx", tr_noop("PowerPoint presentations"), picture=True),
)

EXPORT_SUFFIXES = tuple(f.suffix for f in FORMATS)
IMPORT_SUFFIXES = tuple(s for f in FORMATS if f.imports for s in f.suffixes)
PICTURE_SUFFIXES = tuple(f.suffix for f in FORMATS if f.picture)
IMAGE_SUFFIXES = (".png", ".svg", ".pdf")
"""The pictures of the map that File > Export > Image offers (the deck is a picture format
too, drawn by the renderer, but it is slides, not an image)."""


def format_of(path: Path | str, *, importing: bool = False) -> Format | None:
    """The format ``path``'s suffix names (for reading when ``importing``), or None."""
    suffix = Path(path).suffix.lower()
    for found in FORMATS:
        if suffix == found.suffix or (importing and suffix in found.aliases):
            return found if found.imports or not importing else None
    return None


def export_formats_text() -> str:
    """``".xlsx .mmd .csv .png .svg .pdf .pptx"``, for messages and help."""
    return " ".join(EXPORT_SUFFIXES)


def cannot_export() -> str:
    """What to say of a file whose suffix no format has."""
    return tr("cannot tell the format; use one of {known}").format(known=export_formats_text())


def cannot_import() -> str:
    """What to say of a file whose suffix no importing format has."""
    names = [f.suffix for f in FORMATS if f.imports]
    return tr("can import {suffixes} and {last} files").format(suffixes=", ".join(names[:-1]), last=names[-1])
