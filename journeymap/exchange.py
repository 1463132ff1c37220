"""Which formats journeymap reads and writes, and the one place that dispatches on a suffix.

Used by the command line (``journeymap export`` / ``import``) and by the editor's
File > Import / Export, so both behave the same. Importing this module loads no Qt; image
formats load :mod:`journeymap.render.images` only when asked for.
"""

from __future__ import annotations

from pathlib import Path

from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.problems import Problem
from journeymap.util.atomic import write_atomically
from journeymap.util.i18n import tr
from journeymap.util.progress import Progress

DATA_SUFFIXES = (".xlsx", ".mmd", ".csv")
IMAGE_SUFFIXES = (".png", ".svg", ".pdf")
EXPORT_SUFFIXES = DATA_SUFFIXES + IMAGE_SUFFIXES
MERMAID_SUFFIXES = (".mmd", ".mermaid")
IMPORT_SUFFIXES = (".xlsx", *MERMAID_SUFFIXES)
PAGE_SIZES = ("A4", "A3", "A1", "A0", "fit")
MAX_MERMAID_BYTES = 8 * 2**20


def export_data(data: JourneyData, out: Path, *, progress: Progress | None = None) -> None:
    """Write ``data`` as .xlsx, .mmd or .csv (by ``out``'s suffix), atomically. Raises OSError."""
    from journeymap.formats import csv_export, excel_export, mermaid  # only the one asked for is needed

    suffix = out.suffix.lower()
    if suffix == ".xlsx":
        excel_export.write_workbook(data, out, progress=progress)
    elif suffix == ".mmd":
        write_atomically(out, mermaid.to_mermaid(data).encode("utf-8"))
    elif suffix == ".csv":
        csv_export.write_csv(data, out)
    else:
        raise ValueError(tr("{out}: not a data format: {suffix}").format(out=out, suffix=suffix))


def read_import(source: Path) -> JourneyData:
    """A map from an .xlsx workbook or a Mermaid journey; raises JourneyFileError, located."""
    suffix = source.suffix.lower()
    if suffix == ".xlsx":
        from journeymap.formats.excel_import import read_workbook

        return read_workbook(source)
    if suffix in MERMAID_SUFFIXES:
        from journeymap.formats.mermaid import from_mermaid

        return from_mermaid(_mermaid_text(source), source=str(source))
    message = tr("can import .xlsx and .mmd files")
    raise journey_file.JourneyFileError(source, [Problem("", message)])


def _mermaid_text(source: Path) -> str:
    def refuse(where: str, message: str) -> journey_file.JourneyFileError:
        return journey_file.JourneyFileError(source, [Problem(where, message)])

    raw = journey_file.read_file(source, MAX_MERMAID_BYTES)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise refuse(tr("byte {n}").format(n=error.start), tr("not UTF-8 text")) from None
