"""THE exchange service: every format journeymap exports or imports, for every caller.

- :mod:`.suffixes`: the one suffix table (xlsx, mmd, csv, png, svg, pdf, pptx).
- :mod:`.options`: :class:`ImageOptions`, how a picture is made (and the persona lens).
- :mod:`.service`: :func:`export` and :func:`import_map`, with one progress and
  cancellation path; the command line and the window are thin callers of these.
- :mod:`.images`: the one lazy path to Qt, for pictures only.

Importing this package loads no Qt, and only the suffix table until another name is used
(then its module loads): ``journeymap --help`` lists the suffixes and page sizes without
loading the file formats or the dataclasses machinery.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from journeymap.exchange.suffixes import (
    EXPORT_SUFFIXES,
    FORMATS,
    FRAMES,
    IMAGE_SUFFIXES,
    IMPORT_SUFFIXES,
    PAGE_SIZES,
    PICTURE_SUFFIXES,
    Format,
    Frame,
    PageSize,
    cannot_export,
    cannot_import,
    export_formats_text,
    format_of,
)

if TYPE_CHECKING:
    from journeymap.exchange.options import MAX_SCALE, MIN_SCALE, ImageOptions
    from journeymap.exchange.service import ExportError, PicturesUnavailable, export, import_map

_LATER = {
    "MAX_SCALE": "options",
    "MIN_SCALE": "options",
    "ImageOptions": "options",
    "ExportError": "service",
    "PicturesUnavailable": "service",
    "export": "service",
    "import_map": "service",
}


def __getattr__(name: str) -> object:
    """The names of :mod:`.options` and :mod:`.service`, each module loaded on first use."""
    if name in _LATER:
        return getattr(importlib.import_module(f"journeymap.exchange.{_LATER[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "EXPORT_SUFFIXES",
    "FORMATS",
    "FRAMES",
    "IMAGE_SUFFIXES",
    "IMPORT_SUFFIXES",
    "MAX_SCALE",
    "MIN_SCALE",
    "PAGE_SIZES",
    "PICTURE_SUFFIXES",
    "ExportError",
    "Format",
    "Frame",
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
