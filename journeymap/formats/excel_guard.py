"""Checks that a workbook is safe to hand to openpyxl: size, zip bombs, XML entity bombs.

Run before anything parses the file, on the zip directory and the first bytes of each
XML part, so that a hostile file is refused in milliseconds. openpyxl itself parses with
defusedxml (installed with journeymap), which refuses entity declarations as a second
line of defence; :func:`journeymap.formats.excel_import.read_workbook` maps that refusal
to the same message.
"""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from pathlib import Path

from journeymap.formats.journey_file import JourneyFileError
from journeymap.model.problems import Problem
from journeymap.util.i18n import os_reason, tr

MAX_WORKBOOK_BYTES = 64 * 2**20
MAX_UNCOMPRESSED_BYTES = 400 * 2**20
MAX_RATIO = 150  # uncompressed / compressed for one large part; XML rarely passes 30
RATIO_FLOOR = 8 * 2**20  # smaller parts may compress as well as they like
MAX_PARTS = 5_000
_PROLOG_BYTES = 4096
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")


def refuse(path: str | os.PathLike[str], message: str, where: str = "") -> JourneyFileError:
    return JourneyFileError(path, [Problem(where, message)])


def check_workbook_file(path: Path) -> None:
    """Raise :class:`JourneyFileError` unless ``path`` looks like a workbook safe to parse."""
    try:
        facts = path.stat()
    except OSError as error:
        raise refuse(path, os_reason(error)) from None
    if stat.S_ISDIR(facts.st_mode):
        raise refuse(path, tr("is a folder, not a file"))
    if not stat.S_ISREG(facts.st_mode):
        raise refuse(path, tr("is not a regular file (a device or a pipe)"))
    size = facts.st_size
    if size > MAX_WORKBOOK_BYTES:
        message = tr("the workbook is {size} MB; the limit is {limit} MB")
        raise refuse(path, message.format(size=size // 2**20, limit=MAX_WORKBOOK_BYTES // 2**20))
    if size == 0:
        raise refuse(path, tr("empty file"))
    if not zipfile.is_zipfile(path):
        raise refuse(path, tr("not an Excel workbook (.xlsx): the file is not a zip archive"))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_directory(path, archive.infolist())
            _check_prologs(path, archive)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        OSError,
        EOFError,
        zlib.error,
    ) as error:
        raise refuse(path, tr("the workbook is damaged: {error}").format(error=error)) from None


def _check_directory(path: Path, parts: list[zipfile.ZipInfo]) -> None:
    if len(parts) > MAX_PARTS:
        raise refuse(
            path, tr("the workbook has %Ln parts; the limit is {limit}", "", len(parts)).format(limit=MAX_PARTS)
        )
    total = sum(part.file_size for part in parts)
    if total > MAX_UNCOMPRESSED_BYTES:
        message = tr("the workbook unpacks to {size} MB; the limit is {limit} MB (a zip bomb?)")
        raise refuse(path, message.format(size=total // 2**20, limit=MAX_UNCOMPRESSED_BYTES // 2**20))
    for part in parts:
        if part.file_size > RATIO_FLOOR and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            message = tr("{part} is compressed {ratio}:1, far more than any workbook (a zip bomb?)")
            ratio = part.file_size // max(part.compress_size, 1)
            raise refuse(path, message.format(part=part.filename, ratio=ratio))


def _check_prologs(path: Path, archive: zipfile.ZipFile) -> None:
    """Entity declarations live in the DOCTYPE, before the root element: the first bytes."""
    for part in archive.infolist():
        if not part.filename.endswith((".xml", ".rels", ".vml")):
            continue
        with archive.open(part) as stream:
            prolog = stream.read(_PROLOG_BYTES)
        if any(marker in prolog for marker in _DTD_MARKERS):
            message = tr("{part} declares a DOCTYPE or entities, which workbooks never do (an entity bomb?)")
            raise refuse(path, message.format(part=part.filename))
