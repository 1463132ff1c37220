"""Files written whole or not at all, and files read with a limit; stdlib only.

Every file journeymap writes (maps, exports, autosave, the schema) goes through
:func:`write_atomically`: a temporary file in the same folder is flushed and fsynced, then
replaces the target, so a crash or a full disk never leaves half a file; saving a map keeps
the previous version beside it as ``NAME.bak``. Every file a user hands us is read with
:func:`read_limited`, which refuses folders, devices and pipes and never reads past its limit.
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from journeymap.util.i18n import tr

BACKUP_SUFFIX = ".bak"


class UnreadableFile(Exception):
    """A file that was not read; ``reason`` says why in a user's words (no location format:
    the caller knows how to report it, e.g. as a located problem)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def write_atomically(path: Path, content: bytes, *, backup: bool = False) -> None:
    """Temp file in the same folder, flush and fsync, then replace: never a half-written file.

    ``backup`` keeps the file being replaced as ``NAME.bak``; an existing file's permissions
    are kept either way."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(content)
            stream.flush()
            os.fsync(stream.fileno())
        if path.exists():
            shutil.copymode(path, temp)
            if backup:
                shutil.copy2(path, backup_path(path))
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def backup_path(path: Path) -> Path:
    """Where :func:`write_atomically` keeps the previous version of ``path``."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of the regular file ``path``, or UnreadableFile if it is not one (a
    folder, a device such as /dev/zero, a pipe) or holds more than ``limit`` bytes. At
    most ``limit`` + 1 bytes are ever read: a file that grows, or lies about its size,
    cannot make a reader hang or fill memory."""

    def refuse(message: str) -> UnreadableFile:
        return UnreadableFile(path, message)

    too_big = tr("the file is over the limit of {limit} MB").format(limit=limit // 2**20)
    try:
        facts = path.stat()
        if stat.S_ISDIR(facts.st_mode):
            raise refuse(tr("is a folder, not a file"))
        if not stat.S_ISREG(facts.st_mode):
            raise refuse(tr("is not a regular file (a device or a pipe)"))
        if facts.st_size > limit:
            raise refuse(too_big)
        with path.open("rb") as stream:
            raw = stream.read(limit + 1)
    except OSError as error:
        raise refuse(error.strerror or str(error)) from None
    if len(raw) > limit:
        raise refuse(too_big)
    return raw
