"""Files written whole or not at all, and files read with a limit; stdlib only.

Every file journeymap writes (maps, exports, autosave, the schema) goes through
:func:`write_atomically`: a temporary file in the same folder is flushed and fsynced, then
replaces the target, so a crash or a full disk never leaves half a file; saving a map keeps
the previous version beside it as ``NAME.bak``, written the same way (a temporary file and
a rename), so that the backup survives a kill or a full disk too. A new file gets the mode
any program's new file gets (0666 less the umask: 0644 under the usual 022, or what the
folder's default ACL says), so that colleagues on a shared drive can open it; a replaced
file keeps its mode. Every file a user hands us is read with
:func:`read_limited`, which refuses folders, devices and pipes and never reads past its limit.
"""

from __future__ import annotations

import glob
import os
import secrets
import shutil
import stat
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

if sys.platform != "win32":
    import fcntl

from journeymap.util.i18n import os_reason, tr

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
STALE_AFTER_S = 3600.0


class UnreadableFile(Exception):
    """A file that was not read; ``reason`` says why in a user's words (no location format:
    the caller knows how to report it, e.g. as a located problem)."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


def write_atomically(path: Path, content: bytes, *, backup: bool = False) -> None:
    """Temp file in the same folder, flush and fsync, then replace: never a half-written file.

    ``backup`` keeps the file being replaced as ``NAME.bak``, itself written through a
    temporary file and a rename, so that a kill or a full disk at any moment leaves the
    previous ``.bak`` or the new one, never a torn one. An existing file's permissions are
    kept either way. Temporary files left by saves that were killed are removed first."""
    remove_stale_temporaries(path)
    with _temporary(path) as (stream, temp):
        stream.write(content)
        _flush(stream)
        if path.exists():
            shutil.copymode(path, temp)
            if backup:
                _back_up(path)
        os.replace(temp, path)
    _sync_folder(path.parent)


def _back_up(path: Path) -> None:
    """``path`` copied to ``NAME.bak`` through a temporary file and a rename."""
    target = backup_path(path)
    with _temporary(target) as (stream, temp), path.open("rb") as source:
        shutil.copyfileobj(source, stream, 1 << 20)
        _flush(stream)
        shutil.copystat(path, temp)
        os.replace(temp, target)


@contextmanager
def _temporary(target: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """A new ``.NAME.XXXXXXXX.tmp`` beside ``target``, locked while it is being written
    (so that :func:`remove_stale_temporaries` in another process leaves it alone), and
    removed unless it was renamed."""
    handle, temp = _new_temporary(target)
    stream = os.fdopen(handle, "wb")
    try:
        _lock(stream.fileno(), wait=True)
        yield stream, temp
    finally:
        stream.close()
        temp.unlink(missing_ok=True)  # gone already when it was renamed


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Remove the temporary files that killed saves of ``path`` (and of its .bak) left in
    its folder; return them. A temporary file that a running save holds locked is kept;
    where files cannot be locked, only those older than an hour are removed."""
    removed: list[Path] = []
    try:
        candidates = list(path.parent.glob(f".{glob.escape(path.name)}.*{TEMP_SUFFIX}"))
    except OSError:
        return removed
    for candidate in candidates:
        if _abandoned(candidate):
            try:
                candidate.unlink()
            except OSError:
                continue
            removed.append(candidate)
    return removed


def _abandoned(candidate: Path) -> bool:
    try:
        if sys.platform == "win32":  # no flock: stale files are told by their age instead
            return time.time() - candidate.stat().st_mtime > STALE_AFTER_S
        with candidate.open("rb") as stream:
            return _lock(stream.fileno(), wait=False)
    except OSError:
        return False


def _lock(descriptor: int, *, wait: bool) -> bool:
    """Take an exclusive lock; False when ``wait`` is off and someone holds it. The kernel
    drops the lock when its holder dies, even by SIGKILL: that is how a stale file is told."""
    if sys.platform == "win32":
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError:
        return wait  # a file system without locks: a writer goes on, a cleaner keeps the file
    return True


def _flush(stream: BinaryIO) -> None:
    stream.flush()
    os.fsync(stream.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX); folders cannot be opened on every system."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _new_temporary(target: Path) -> tuple[int, Path]:
    """A new, empty ``.NAME.XXXXXXXX.tmp`` beside ``target``, opened for writing. Created as
    open() creates a file (mode 0666, which the umask and a default ACL then narrow), not as
    mkstemp does (always 0600: a new map on a shared drive that no colleague could open)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    while True:
        temp = target.parent / f".{target.name}.{secrets.token_hex(4)}{TEMP_SUFFIX}"
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:  # 2^32 names: another try finds a free one
            continue


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
        raise refuse(os_reason(error)) from None
    if len(raw) > limit:
        raise refuse(too_big)
    return raw
