"""The exchange service: export a map to any format of the suffix table, import one from any.

The command line (``journeymap export`` / ``import``) and the window's File > Import /
Export both call :func:`export` and :func:`import_map`, so they behave the same. Every
export is written atomically (nothing at ``out`` unless it all succeeded), reports progress
through one :data:`~journeymap.util.progress.Progress` callback, and stops with nothing
written when that callback raises :class:`~journeymap.util.progress.Cancelled`. Importing
this module loads no Qt: pictures go through :mod:`.images`, imported only when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from journeymap.exchange.options import ImageOptions
from journeymap.exchange.suffixes import Format, cannot_export, cannot_import, format_of
from journeymap.formats import journey_file
from journeymap.model.data import JourneyData
from journeymap.model.journey import Journey
from journeymap.model.lens import through_persona
from journeymap.model.problems import Problem
from journeymap.util.atomic import write_atomically
from journeymap.util.i18n import tr
from journeymap.util.progress import Progress

MAX_MERMAID_BYTES = 8 * 2**20

DataWriter = Callable[[JourneyData, Path, "Progress | None"], None]


class ExportError(ValueError):
    """An export that cannot be made as asked (no such format, a picture too large...)."""


class PicturesUnavailable(ExportError):
    """This installation cannot draw pictures (its Qt cannot be loaded)."""


# ---- export -------------------------------------------------------------------------------


def export(
    source: Journey | JourneyData,
    out: Path,
    options: ImageOptions | None = None,
    *,
    progress: Progress | None = None,
) -> Format:
    """Write ``source`` to ``out`` in the format ``out``'s suffix names; return that format.

    ``options`` says how (the persona lens for every format; scale, pages... for pictures);
    a format is given only the options it uses. Raises ExportError (an unknown suffix, a
    picture that cannot be made as asked), OSError (cannot write), or whatever ``progress``
    raises to stop; in every case nothing is written to ``out``.
    """
    format_ = format_of(out)
    if format_ is None:
        raise ExportError(cannot_export())
    used = (options or ImageOptions()).only_for(format_)
    if format_.picture:
        _export_picture(source, out, format_, used, progress)
    else:
        data = source.snapshot() if isinstance(source, Journey) else source
        if used.persona is not None:
            data = through_persona(data, used.persona)
        _DATA_WRITERS[format_.suffix](data, out, progress)
    return format_


def _export_picture(
    source: Journey | JourneyData,
    out: Path,
    format_: Format,
    options: ImageOptions,
    progress: Progress | None,
) -> None:
    try:  # the exchange's one way to Qt, taken only for a picture
        from journeymap.exchange import images
    except ImportError as error:
        message = tr("image export is not available in this installation ({error})")
        raise PicturesUnavailable(message.format(error=error)) from None
    journey = source if isinstance(source, Journey) else Journey(source)
    try:
        if format_.suffix in images.REPORTS_PROGRESS:
            images.write_picture(journey, out, format_, options, progress)
            return
        with _one_step(progress, tr("drawing")):
            images.write_picture(journey, out, format_, options, None)
    except images.ImageExportError as error:
        raise ExportError(str(error)) from None


@contextmanager
def _one_step(progress: Progress | None, step: str) -> Iterator[None]:
    """Progress for work that cannot say how far it is: ``0/1`` before (where a caller may
    still stop it), ``1/1`` after it succeeded."""
    if progress is not None:
        progress(step, 0, 1)
    yield
    if progress is not None:
        progress(step, 1, 1)


def _write_xlsx(data: JourneyData, out: Path, progress: Progress | None) -> None:
    from journeymap.formats import excel_export  # each format's module only when it is asked for

    excel_export.write_workbook(data, out, progress=progress)


def _write_mermaid(data: JourneyData, out: Path, progress: Progress | None) -> None:
    from journeymap.formats import mermaid

    with _one_step(progress, tr("writing")):
        write_atomically(out, mermaid.to_mermaid(data).encode("utf-8"))


def _write_csv(data: JourneyData, out: Path, progress: Progress | None) -> None:
    from journeymap.formats import csv_export

    with _one_step(progress, tr("writing")):
        csv_export.write_csv(data, out)


_DATA_WRITERS: dict[str, DataWriter] = {".xlsx": _write_xlsx, ".mmd": _write_mermaid, ".csv": _write_csv}
"""The writer of each data format of the suffix table (a test checks they match)."""


# ---- import -------------------------------------------------------------------------------


def import_map(source: Path, *, progress: Progress | None = None) -> JourneyData:
    """A map from an .xlsx workbook or a Mermaid journey; raises JourneyFileError, located.

    ``progress`` hears how far reading is and may raise to stop it (the editor's Cancel)."""
    format_ = format_of(source, importing=True)
    if format_ is None:
        raise journey_file.JourneyFileError(source, [Problem("", cannot_import())])
    if format_.suffix == ".xlsx":
        from journeymap.formats.excel_import import read_workbook

        return read_workbook(source, progress=progress)
    from journeymap.formats.mermaid import from_mermaid

    return from_mermaid(_mermaid_text(source), source=str(source), progress=progress)


def _mermaid_text(source: Path) -> str:
    raw = journey_file.read_file(source, MAX_MERMAID_BYTES)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problem = Problem(tr("byte {n}").format(n=error.start), tr("not UTF-8 text"))
        raise journey_file.JourneyFileError(source, [problem]) from None
