"""THE exchange service: every format journeymap exports or imports, for every caller.

- :mod:`.suffixes`: the one suffix table (xlsx, mmd, csv, png, svg, pdf).
- :mod:`.options`: :class:`ImageOptions`, how a picture is made (and the persona lens).
- :mod:`.service`: :func:`export` and :func:`import_map`, with one progress and
  cancellation path; the command line and the window are thin callers of these.
- :mod:`.images`: the one lazy path to Qt, for pictures only.

Importing this package loads no Qt, and not the service either until one of its names is
used: the command line's ``--help`` lists the suffixes without loading the file formats.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeymap.exchange.options import MAX_SCALE, MIN_SCALE, PAGE_SIZES, ImageOptions, PageSize
from journeymap.exchange.suffixes import (
    EXPORT_SUFFIXES,
    FORMATS,
    IMPORT_SUFFIXES,
    PICTURE_SUFFIXES,
    Format,
    cannot_export,
    cannot_import,
    export_formats_text,
    format_of,
)

if TYPE_CHECKING:
    from journeymap.exchange.service import ExportError, PicturesUnavailable, export, import_map

_SERVICE = ("ExportError", "PicturesUnavailable", "export", "import_map")


def __getattr__(name: str) -> object:
    """The service's names, loaded with it on first use (PEP 562)."""
    if name in _SERVICE:
        from journeymap.exchange import service

        return getattr(service, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "EXPORT_SUFFIXES",
    "FORMATS",
    "IMPORT_SUFFIXES",
    "MAX_SCALE",
    "MIN_SCALE",
    "PAGE_SIZES",
    "PICTURE_SUFFIXES",
    "ExportError",
    "Format",
    "ImageOptions",
    "PageSize",
    "PicturesUnavailable",
    "cannot_export",
    "cannot_import",
    "export",
    "export_formats_text",
    "format_of",
    "import_map",
]
