"""THE exchange service: every format journeymap exports or imports, for every caller."""

from __future__ import annotations

from journeymap.exchange.service import (
    DATA_SUFFIXES,
    EXPORT_SUFFIXES,
    IMAGE_SUFFIXES,
    IMPORT_SUFFIXES,
    MAX_MERMAID_BYTES,
    MERMAID_SUFFIXES,
    PAGE_SIZES,
    export_data,
    read_import,
)

__all__ = [
    "DATA_SUFFIXES",
    "EXPORT_SUFFIXES",
    "IMAGE_SUFFIXES",
    "IMPORT_SUFFIXES",
    "MAX_MERMAID_BYTES",
    "MERMAID_SUFFIXES",
    "PAGE_SIZES",
    "export_data",
    "read_import",
]
