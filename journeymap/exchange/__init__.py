"""THE exchange service: every format journeymap exports or imports, for every caller.

- :mod:`.suffixes`: the one suffix table (xlsx, mmd, csv, png, svg, pdf, pptx).
- :mod:`.options`: :class:`ImageOptions`, how a picture is made (and the persona lens).
- :mod:`.service`: :func:`export` and :func:`import_map`, with one progress and
  cancellation path; the command line and the window are thin callers of these.
- :mod:`.images`: the one lazy path to Qt, for pictures only.

Importing this package loads no Qt.
"""

from __future__ import annotations

from journeymap.exchange.options import (
    FRAMES,
    MAX_SCALE,
    MIN_SCALE,
    PAGE_SIZES,
    Frame,
    ImageOptions,
    PageSize,
)
from journeymap.exchange.service import ExportError, PicturesUnavailable, export, import_map
from journeymap.exchange.suffixes import (
    EXPORT_SUFFIXES,
    FORMATS,
    IMAGE_SUFFIXES,
    IMPORT_SUFFIXES,
    PICTURE_SUFFIXES,
    Format,
    cannot_export,
    cannot_import,
    export_formats_text,
    format_of,
)

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
