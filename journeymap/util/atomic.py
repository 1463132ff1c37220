"""Files written whole or not at all, and files read with a limit; stdlib only.

Every file journeymap writes (maps, exports, autosave, the schema) goes through
:func:`write_atomically`: a temporary file in the same folder is flushed and fsynced, then
replaces the target, so a crash or a full disk never leaves half a file; saving a map keeps
the previous version beside it as ``NAME.bak``. A new file gets the mode any program's new
file gets (0666 less the umask: 0644 under the usual 022, or what the folder's default ACL
says), so that colleagues on a shared drive can open it; a replaced file keeps its mode. Every file a user hands us is read with
:func:`read_limited`, which refuses folders, devices and pipes and never reads past its limit.
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
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
    handle, temp = _new_temporary(path)
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


def _new_temporary(path: Path) -> tuple[int, str]:
    """A new, empty file beside ``path``, opened for writing. Created as open() creates a file
    (mode 0666, which the umask and a default ACL then narrow), not as mkstemp does (always
    0600: a new map on a shared drive that no colleague could open)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temp = os.path.join(path.parent, f".{path.name}.{secrets.token_hex(4)}.tmp")
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(temp)


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
